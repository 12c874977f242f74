import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/errors.js';
import { readGlossaryDir } from '../../src/io/read-glossary.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'wire-l10n-glossary-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function rejectionOf(promise: Promise<unknown>): Promise<GlossaryError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(GlossaryError);
  return error as GlossaryError;
}

describe('readGlossaryDir', () => {
  it('reads every CSV file of a folder, in name order', async () => {
    await writeFile(join(folder, 'b-desk.csv'), 'en,fr,ar,note\nGaza,Gaza,غزة,\n');
    await writeFile(join(folder, 'a-core.csv'), 'en,fr,ar,note\nBaghdad,Bagdad,بغداد,\n');
    await writeFile(join(folder, 'README.md'), '# not a termbase');
    await writeFile(join(folder, '~$a-core.csv'), 'owner file of an open spreadsheet');
    await mkdir(join(folder, 'old.csv'));
    const glossary = await readGlossaryDir(folder);
    expect(glossary.entries.map((entry) => [entry.source, entry.origin.file])).toEqual([
      ['Baghdad', join(folder, 'a-core.csv')],
      ['Gaza', join(folder, 'b-desk.csv')],
    ]);
  });

  it('reads a single CSV file', async () => {
    const file = join(folder, 'terms.csv');
    await writeFile(file, 'en,fr,ar,note\nBaghdad,Bagdad,بغداد,\n');
    expect((await readGlossaryDir(file)).entries).toHaveLength(1);
  });

  it('reports conflicts across files with paths relative as given', async () => {
    await writeFile(join(folder, 'a.csv'), 'en,fr,ar,note\nBaghdad,Bagdad,بغداد,\n');
    await writeFile(join(folder, 'b.csv'), 'en,fr,ar,note\n\nBaghdad,Baghdad,بغداد,\n');
    const given = relative(process.cwd(), folder);
    const error = await rejectionOf(readGlossaryDir(given));
    expect(error.location).toEqual({ file: join(given, 'b.csv'), line: 3 });
    expect(error.message).toContain(`defined at ${join(given, 'a.csv')}:2`);
  });

  it('reads a folder without CSV files as an empty glossary', async () => {
    expect((await readGlossaryDir(folder)).entries).toEqual([]);
  });

  it('rejects a missing folder with a hint', async () => {
    const missing = join(folder, 'glossary');
    const error = await rejectionOf(readGlossaryDir(missing));
    expect(error.location).toEqual({ file: missing });
    expect(error.message).toContain('glossary not found');
    expect(error.hint).toContain('glossary/README.md');
  });

  it('rejects a file that is not UTF-8', async () => {
    await writeFile(join(folder, 'latin1.csv'), Buffer.from('en,fr,ar,note\nair strike,frappe a\xe9rienne,,\n', 'latin1'));
    const error = await rejectionOf(readGlossaryDir(folder));
    expect(error.location).toEqual({ file: join(folder, 'latin1.csv'), line: 2 });
  });
});
