import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { repoRoot, runCli, sampleName, scratchProject, type CliRun } from '../helpers/cli.js';
import { announceSkip, hasCommand, omegatJar, skipReason, xliffCheckScript } from '../helpers/external-tools.js';

/** Every file below `folder`, as relative path → sha256 of its content. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const path = join(folder, name);
    if ((await stat(path)).isFile()) {
      result[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
    }
  }
  return result;
}

const exists = (path: string) => stat(path).then(() => true, () => false);
const demoArgs = ['run', `samples/${sampleName}`, '--to', 'fr,ar', '--engine', 'pseudo', '--xliff', '1.2,2.1', '--out', 'out'];

describe('wire-l10n run (spawned)', () => {
  let project: string;
  let first: CliRun;

  beforeAll(async () => {
    project = await scratchProject();
    first = await runCli(demoArgs, { cwd: project });
  });

  it('runs the main job on the sample and says which engine it used', () => {
    // stderr carries only progress lines when it is not a terminal
    expect(first.stderr.trim().split('\n').every((line) => /^(fr|ar): \d+\/\d+ units/.test(line))).toBe(true);
    expect(first.stderr).toMatch(/^fr: 13\/13 units/m);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^engine: pseudo \(pseudo-translation for testing layout and the pipeline; not a translation\)/);
    expect(first.stdout).toMatch(/^fr: (\d+)\/\1 units with a target \(pseudo-translation \1\), 0 untranslated$/m);
    expect(first.stdout).toMatch(/^pseudo-translation: fr \d+, ar \d+ units; NOT a translation/m);
    // An offline engine bills nothing: no billing line.
    expect(first.stdout).not.toMatch(/billed/);
    expect(first.stdout).toMatch(/glossary hits: .*Kataib Hezbollah ×1/);
  });

  it('writes XLIFF 1.2 and 2.1, bundles, stories, review pages and the report', async () => {
    const files = Object.keys(await snapshot(project)).filter(
      (path) => !path.startsWith('samples') && !path.startsWith('glossary') && !path.startsWith('.wire-l10n'),
    );
    const id = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')).articles[0].id as string;
    expect(files.sort()).toEqual(
      [
        `locales/en/${id}.json`,
        `locales/fr/${id}.json`,
        `locales/ar/${id}.json`,
        `out/${id}.fr.txt`,
        `out/${id}.ar.txt`,
        `out/xliff-1.2/${id}.fr.xlf`,
        `out/xliff-1.2/${id}.ar.xlf`,
        `out/xliff-2.1/${id}.fr.xlf`,
        `out/xliff-2.1/${id}.ar.xlf`,
        `out/review/${id}.html`,
        'out/review/index.html',
        `out/${id}.report.json`,
        'out/report.json',
      ].sort(),
    );
  });

  it('writes bundles that i18next loads as they are', async () => {
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    const id = report.articles[0].id as string;
    const load = async (lang: string) => JSON.parse(await readFile(join(project, 'locales', lang, `${id}.json`), 'utf8'));
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'fr',
      fallbackLng: 'en',
      ns: [id],
      defaultNS: id,
      resources: { en: { [id]: await load('en') }, fr: { [id]: await load('fr') }, ar: { [id]: await load('ar') } },
    });
    expect(i18n.t('headline', { lng: 'en' })).toBe('Islamic Resistance in Iraq vows to strike more at US-led coalition forces');
    expect(i18n.t('dateline.place')).toBe('Bagdad');
    expect(i18n.t('dateline.date', { lng: 'ar' })).toBe('السبت، 23 تشرين الثاني/نوفمبر 2024');
    expect(i18n.t('paragraphs.p1')).toContain('groupes armés pro-Iran');
  });

  const checkScript = xliffCheckScript();
  const toolsMissing = skipReason({
    '../shared/tools/xliff-check.sh': checkScript !== undefined,
    'xmllint (apt-get install libxml2-utils)': hasCommand('xmllint'),
    'pocount (apt-get install translate-toolkit)': hasCommand('pocount'),
    'OmegaT (apt-get install omegat)': omegatJar() !== undefined && hasCommand('java'),
  });
  announceSkip('the xliff-check.sh run on the main job output', toolsMissing);

  it.skipIf(toolsMissing !== undefined)('writes XLIFF that passes xliff-check.sh: schemas, pocount, OmegaT', async () => {
    const xliffFiles = Object.keys(await snapshot(project)).filter((path) => path.endsWith('.xlf'));
    expect(xliffFiles).toHaveLength(4);
    const check = spawnSync('bash', [checkScript!, ...xliffFiles], { cwd: project, encoding: 'utf8' });
    expect(check.stdout).toMatch(/xliff-check: 8 passed, 0 failed, 4 skipped/);
    expect(check.status, check.stdout).toBe(0);
  }, 180_000);

  it('rewrites every output byte for byte when run again, sending nothing to the engine', async () => {
    const outputs = async () => {
      const all = await snapshot(project);
      return Object.fromEntries(Object.entries(all).filter(([path]) => !path.startsWith('.wire-l10n')));
    };
    const before = await outputs();
    const again = await runCli(demoArgs, { cwd: project });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/sent to pseudo: 0 units in 0 requests/);
    expect(again.stdout).toMatch(/^1 of 1 stories already up to date; wrote 0 files$/m);
    expect(await outputs()).toEqual(before);
  });

  it('--json prints progress events, then the report, one JSON object per line', async () => {
    const scratch = await scratchProject();
    const result = await runCli(['run', `samples/${sampleName}`, '--to', 'fr', '--engine', 'pseudo', '--json'], { cwd: scratch });
    expect(result.code).toBe(0);
    const events = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({ event: 'planned', workload: { fr: { units: 13 } } });
    expect(events.filter((event) => event.event === 'translated').reduce((sum, event) => sum + event.units, 0)).toBe(13);
    expect(events.at(-1)).toMatchObject({ event: 'report', report: { tool: 'wire-l10n' } });
  });

  it('--dry-run says what the engine would be sent and writes nothing', async () => {
    const scratch = await scratchProject();
    const result = await runCli(['run', `samples/${sampleName}`, '--to', 'fr,ar', '--engine', 'pseudo', '--dry-run'], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^dry run: nothing sent, nothing written\. pseudo would be sent \d+ characters:$/m);
    expect(result.stdout).toMatch(/^  fr: 13 units, \d+ characters$/m);
    expect(await exists(join(scratch, 'out'))).toBe(false);
    expect(await exists(join(scratch, 'locales'))).toBe(false);
  });

  it('--max-chars stops before the budget with exit 10, and a re-run with a larger budget finishes', async () => {
    const scratch = await scratchProject();
    const args = ['run', `samples/${sampleName}`, '--to', 'fr,ar', '--engine', 'pseudo'];
    const limited = await runCli([...args, '--max-chars', '1000'], { cwd: scratch });
    expect(limited.code).toBe(10);
    expect(limited.stderr).toMatch(/stopped before the --max-chars budget/);
    expect(limited.stderr).toMatch(/run the same command again to resume/);
    const rest = await runCli(args, { cwd: scratch });
    expect(rest.code).toBe(0);
    expect(rest.stdout).toMatch(/^fr: 13\/13 units with a target/m);
  });

  it('without a key or --engine uses none, says so, and writes no story', async () => {
    const scratch = await scratchProject();
    const result = await runCli(['run', `samples/${sampleName}`, '--to', 'fr'], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/note: engine none: no DEEPL_AUTH_KEY is set/);
    expect(result.stdout).toMatch(/story not written, \d+ units untranslated/);
    expect(await exists(join(scratch, 'out', 'report.json'))).toBe(true);
    expect((await readdir(join(scratch, 'out'))).filter((name) => name.endsWith('.txt'))).toEqual([]);
  });
});

describe('wire-l10n run on bad input (spawned)', () => {
  it.each([
    ['an empty story', '', /empty\.txt:1: /],
    ['a binary file', 'abc\u0000\u0001\u0002def', /empty\.txt:1: /],
  ])('rejects %s with exit 3, file and line, and writes nothing; beside another story, skips it (exit 14)', async (_name, content, message) => {
    const project = await scratchProject();
    await writeFile(join(project, 'empty.txt'), content);
    const result = await runCli(['run', 'empty.txt', '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(message);
    expect(await exists(join(project, 'out'))).toBe(false);
    expect(await exists(join(project, 'locales'))).toBe(false);

    const batch = await runCli(['run', 'empty.txt', `samples/${sampleName}`, '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(batch.code).toBe(14);
    expect(batch.stderr).toMatch(message);
    expect(JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')).articles).toHaveLength(1);
  });

  it('rejects a story that is not UTF-8 with exit 3', async () => {
    const project = await scratchProject();
    await writeFile(join(project, 'latin1.txt'), Buffer.from('Headline\n\nCaf\xe9 society grows.\n', 'latin1'));
    const result = await runCli(['run', 'latin1.txt', '--to', 'fr'], { cwd: project });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/latin1\.txt:3: .*UTF-8/);
  });

  it('rejects a malformed termbase with exit 4, naming file and line, and writes nothing', async () => {
    const project = await scratchProject();
    await writeFile(join(project, 'glossary', 'zz-extra.csv'), 'en,fr,ar,note\nair strike,,غارة جوية,empty French\n');
    const result = await runCli(['run', `samples/${sampleName}`, '--to', 'fr'], { cwd: project });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/zz-extra\.csv:2: /);
    expect(await exists(join(project, 'out'))).toBe(false);
  });

  it('rejects an unknown option with exit 2', async () => {
    const project = await scratchProject();
    const result = await runCli(['run', `samples/${sampleName}`, '--to', 'fr', '--bogus'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus'/);
  });

  it('rejects a missing story with exit 3 and a hint', async () => {
    const project = await scratchProject();
    const result = await runCli(['run', 'nope.txt', '--to', 'fr'], { cwd: project });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/nope\.txt/);
  });
});
