/**
 * `wire-l10n glossary sync` against the DeepL-compatible fake: the command function with a fake
 * CliIO (reads the termbase from disk, the key and server from the environment), and the spawned
 * CLI.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { GlossaryEntries } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import { glossarySyncCommand, type GlossarySyncCommandOptions } from '../../src/cli/commands/glossary.js';
import type { CliIO } from '../../src/cli/io.js';
import { WireL10nError } from '../../src/errors.js';
import { readGlossaryDir } from '../../src/io/read-glossary.js';
import { runCli, scratchProject } from '../helpers/cli.js';
import { clientFor } from '../helpers/fake-deepl/client.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const authKey = 'glossary-sync-SECRET-9c2e41:fx';
const header = 'en,en_variants,fr,fr_variants,ar,ar_variants,type,case,note';
const rows = [
  'Kataib Hezbollah,Kataeb Hezbollah,Brigades du Hezbollah,,كتائب حزب الله,,name,,',
  'air strike,airstrike,frappe aérienne,,غارة جوية,,,,',
  'Telegram,,,,تلغرام,,dnt,,brand name',
];

const fakeDeepL = fakeDeepLPerTest({ authKey });

/** A termbase folder with one CSV of `lines` under the header. */
async function termbaseFolder(...lines: string[]): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-glossary-sync-'));
  await writeFile(join(folder, 'newsroom.csv'), [header, ...lines].join('\n'));
  return folder;
}

interface CapturedIO {
  readonly io: CliIO;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function captureIO(env: NodeJS.ProcessEnv): CapturedIO {
  const capture = () => {
    const stream = new PassThrough();
    let text = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    return { stream, text: () => text };
  };
  const out = capture();
  const err = capture();
  return { io: { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream, env, isTTY: false }, stdout: out.text, stderr: err.text };
}

const envFor = (fake: FakeDeepL): NodeJS.ProcessEnv => ({ DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: fake.url });
const options = (glossaryPath: string, extra: Partial<GlossarySyncCommandOptions> = {}): GlossarySyncCommandOptions => ({
  glossaryPath,
  targetLangs: ['fr', 'ar'],
  prune: false,
  ...extra,
});

async function cliErrorOf(work: Promise<unknown>): Promise<WireL10nError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(WireL10nError);
  return error as WireL10nError;
}

describe('glossarySyncCommand', () => {
  it('creates the glossary, then reuses it, printing what it did and the entries per language', async () => {
    const fake = await fakeDeepL();
    const folder = await termbaseFolder(...rows);
    const hash = (await readGlossaryDir(folder)).hash.slice(0, 12);

    const first = captureIO(envFor(fake));
    const created = await glossarySyncCommand(options(folder), first.io);
    const id = created.glossaryIds['fr']!;
    expect(created).toMatchObject({ api: 'v3', action: 'created', glossaryIds: { fr: id, ar: id }, entryCounts: { fr: 4, ar: 4 } });
    expect(first.stdout()).toBe(
      [`glossary: created DeepL glossary "wire-l10n ${hash}" (v3)`, `  fr: 4 entries (glossary ${id})`, `  ar: 4 entries (glossary ${id})`, ''].join('\n'),
    );
    expect(first.stderr()).toBe('');

    const second = captureIO(envFor(fake));
    const before = fake.log.length;
    expect(await glossarySyncCommand(options(folder), second.io)).toMatchObject({ action: 'reused', glossaryIds: { fr: id, ar: id } });
    expect(fake.log.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual(['GET /v3/glossaries']);
    expect(second.stdout()).toMatch(/^glossary: reused DeepL glossary "wire-l10n [0-9a-f]{12}" \(v3\): the termbase is unchanged\n/);
    for (const text of [first.stdout(), first.stderr(), second.stdout(), second.stderr()]) expect(text).not.toContain(authKey);
  });

  it('takes the termbase languages when none are given, and --deepl-server-url over DEEPL_SERVER_URL', async () => {
    const fake = await fakeDeepL();
    const folder = await termbaseFolder(...rows);
    const { io, stdout } = captureIO({ DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: 'http://127.0.0.1:9' });
    const result = await glossarySyncCommand(options(folder, { targetLangs: [], deeplServerUrl: fake.url }), io);
    expect(Object.keys(result.glossaryIds).sort()).toEqual(['ar', 'fr']);
    expect(stdout()).toContain('  ar: 4 entries');
  });

  it('with --prune deletes the stale glossary it created and says so; keeps others', async () => {
    const fake = await fakeDeepL();
    const someoneElses = await clientFor(fake).createGlossary('newsroom', 'en', 'fr', new GlossaryEntries({ entries: { a: 'b' } }));
    const stale = await glossarySyncCommand(options(await termbaseFolder(...rows)), captureIO(envFor(fake)).io);
    const changed = await termbaseFolder(...rows, 'ceasefire,,cessez-le-feu,,وقف إطلاق النار,,,,');
    const { io, stdout } = captureIO(envFor(fake));
    const result = await glossarySyncCommand(options(changed, { prune: true }), io);
    expect(result.deleted).toEqual([stale.glossaryIds['fr']]);
    expect(stdout()).toContain(`deleted 1 stale wire-l10n glossary: ${stale.glossaryIds['fr']}\n`);
    const left = (await clientFor(fake).listMultilingualGlossaries()).map((glossary) => glossary.glossaryId).sort();
    expect(left).toEqual([someoneElses.glossaryId, result.glossaryIds['fr']].sort());
  });

  it('prints the v2 fallback and the source forms not sent', async () => {
    const fake = await fakeDeepL({ v3: false });
    // A C1 control (text mis-decoded from Windows-1252) passes the termbase but not DeepL; a term
    // over DeepL's 1024 bytes can no longer reach it (the termbase takes 200 characters).
    const folder = await termbaseFolder(...rows, `bad form,,x\u0086y,,y,,,,`);
    const { io, stdout, stderr } = captureIO(envFor(fake));
    const result = await glossarySyncCommand(options(folder, { targetLangs: ['fr'] }), io);
    expect(result).toMatchObject({ api: 'v2', action: 'created', entryCounts: { fr: 4 } });
    expect(stdout()).toMatch(/^glossary: created DeepL glossary "wire-l10n [0-9a-f]{12} en-fr" \(v2, one per language pair: the server offers no v3 glossaries\)\n  fr: 4 entries/);
    expect(stderr()).toBe('glossary: 1 source form not sent to DeepL:\n  fr "bad form" (entry bad-form): "x\u0086y" holds control character U+0086\n');
  });

  it('fails with a usage error without DEEPL_AUTH_KEY, and a glossary error for a missing termbase', async () => {
    const noKey = await cliErrorOf(glossarySyncCommand(options('glossary'), captureIO({}).io));
    expect(noKey.code).toBe('E_USAGE');
    expect(noKey.message).toBe('no DEEPL_AUTH_KEY is set');
    const fake = await fakeDeepL();
    const missing = await cliErrorOf(glossarySyncCommand(options(join(tmpdir(), 'no-such-termbase-7d1e')), captureIO(envFor(fake)).io));
    expect(missing.code).toBe('E_GLOSSARY');
    expect(fake.log).toEqual([]);
    const badTag = await cliErrorOf(glossarySyncCommand(options('glossary', { targetLangs: ['fr_FR!'] }), captureIO(envFor(fake)).io));
    expect(badTag.code).toBe('E_USAGE');
  });

  it('turns the glossary limit and a refused key into engine errors with hints, never with the key', async () => {
    const fake = await fakeDeepL({ glossaryLimit: 1 });
    await clientFor(fake).createGlossary('newsroom', 'en', 'fr', new GlossaryEntries({ entries: { a: 'b' } }));
    const folder = await termbaseFolder(...rows);
    const limit = await cliErrorOf(glossarySyncCommand(options(folder), captureIO(envFor(fake)).io));
    expect(limit.code).toBe('E_ENGINE');
    expect(limit.message).toMatch(/^DeepL: the account's glossary limit \(Free: 1\) is reached/);
    expect(limit.hint).toMatch(/1 glossary on the Free plan/);

    fake.faults.fail(1, { status: 403, message: `unknown key ${authKey}` });
    const refused = await cliErrorOf(glossarySyncCommand(options(folder), captureIO(envFor(fake)).io));
    expect(refused.code).toBe('E_ENGINE');
    expect(refused.hint).toBe('check DEEPL_AUTH_KEY (free keys end in :fx)');
    for (const error of [limit, refused]) {
      expect(`${error.message} ${error.hint ?? ''} ${error.stack ?? ''}`).not.toContain(authKey);
    }
  });
});

describe('wire-l10n glossary sync (spawned)', () => {
  it('creates, then reuses, the glossary of the project termbase', async () => {
    const fake = await fakeDeepL();
    const project = await scratchProject();
    const args = ['glossary', 'sync', '--glossary', 'glossary', '--to', 'fr,ar'];
    const env = envFor(fake);
    const first = await runCli(args, { cwd: project, env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^glossary: created DeepL glossary "wire-l10n [0-9a-f]{12}" \(v3\)\n/);
    const second = await runCli(args, { cwd: project, env });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^glossary: reused DeepL glossary/);
    const pruned = await runCli([...args, '--prune'], { cwd: project, env });
    expect(pruned.code, pruned.stderr).toBe(0);
    for (const run of [first, second, pruned]) expect(run.stdout + run.stderr).not.toContain(authKey);
  });
});
