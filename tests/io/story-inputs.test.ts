import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { expandStoryInputs } from '../../src/io/story-inputs.js';

/** A feed folder: stories of every format, and what is not a story. */
async function feed(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'wire-l10n-inputs-'));
  await mkdir(join(root, 'inbox', 'done'), { recursive: true });
  for (const name of ['b.txt', 'a.txt', 'C.json', 'd.xml', 'e.html', 'notes.csv', '.hidden.txt', '.f.txt.tmp-1-0123456789ab']) {
    await writeFile(join(root, 'inbox', name), 'x');
  }
  await writeFile(join(root, 'inbox', 'done', 'old.txt'), 'x');
  return root;
}

describe('the stories a batch names', () => {
  it('takes a folder as its story files, by name, written as the shell writes them', async () => {
    const root = await feed();
    const expected = ['C.json', 'a.txt', 'b.txt', 'd.xml', 'e.html'].map((name) => `${root}/inbox/${name}`);
    expect(await expandStoryInputs([join(root, 'inbox')])).toEqual(expected);
    expect(await expandStoryInputs([`${join(root, 'inbox')}/`])).toEqual(expected);
  });

  it('expands a quoted pattern from its fixed folder, keeping the given files and their order', async () => {
    const root = await feed();
    const story = join(root, 'inbox', 'b.txt');
    expect(await expandStoryInputs([`${root}/inbox/*.txt`, story])).toEqual([`${root}/inbox/a.txt`, `${root}/inbox/b.txt`, story]);
    expect(await expandStoryInputs([`${root}/**/*.txt`])).toEqual([`${root}/inbox/a.txt`, `${root}/inbox/b.txt`, `${root}/inbox/done/old.txt`]);
  });

  it('leaves a file that is not there to the reader, and refuses a pattern or a folder that gives no story', async () => {
    const root = await feed();
    expect(await expandStoryInputs([join(root, 'missing.txt')])).toEqual([join(root, 'missing.txt')]);
    await expect(expandStoryInputs([`${root}/inbox/*.nitf`])).rejects.toThrow(UsageError);
    await expect(expandStoryInputs([`${root}/inbox/*.nitf`])).rejects.toThrow(/no story file matches .*\*\.nitf/);
    await expect(expandStoryInputs([join(root, 'inbox', 'done', '..', 'done', '..', '..')])).rejects.toThrow(/holds no story file/);
  });
});
