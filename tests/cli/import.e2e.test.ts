/**
 * `wire-l10n import`, spawned as users run it: files as CAT tools return them (states changed,
 * codes moved, BOM, CRLF, a DOCTYPE, foreign namespaces), refused units and refused files.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchProject } from '../helpers/cli.js';

const storyId = 'port-strike-2026-11-20';
const storyPath = 'stories/port-strike.txt';
const runArgs = [storyPath, '--to', 'fr,ar', '--engine', 'pseudo', '--xliff', '1.2,2.1'];
const xliff12 = (lang: string) => `out/xliff-1.2/${storyId}.${lang}.xlf`;
const xliff21 = (lang: string) => `out/xliff-2.1/${storyId}.${lang}.xlf`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The unit's element in a 1.2 (`trans-unit`) or 2.1 (`unit`) file. */
function unitXml(xml: string, id: string): string {
  const match = new RegExp(`<(trans-unit|unit) id="${escapeRegExp(id)}"[^]*?</\\1>`).exec(xml);
  if (!match) throw new Error(`no unit ${id}`);
  return match[0];
}

/** The inline codes of a unit's source, as written. */
function sourceCodes(xml: string, id: string): string[] {
  const source = /<source>([^]*?)<\/source>/.exec(unitXml(xml, id))![1]!;
  return [...source.matchAll(/<ph\b[^>]*?(?:\/>|>[^<]*<\/ph>)/g)].map((match) => match[0]);
}

/** What a translator does in a 1.2 tool: a new target and state for one unit. */
function translate12(xml: string, id: string, target: string, attributes: string): string {
  const unit = unitXml(xml, id);
  return xml.replace(unit, unit.replace(/<target[^>]*>[^]*?<\/target>/, `<target ${attributes}>${target}</target>`));
}

/** The same in a 2.1 tool: the segment's state and target. */
function translate21(xml: string, id: string, target: string, state: string): string {
  const unit = unitXml(xml, id);
  const edited = unit
    .replace(/<segment ([^>]*?)state="[^"]*" subState="[^"]*"/, `<segment $1state="${state}"`)
    .replace(/<target>[^]*?<\/target>/, `<target>${target}</target>`);
  return xml.replace(unit, edited);
}

/** How CAT tools hand files back: BOM, CRLF, a DOCTYPE and their own namespace. */
function asToolsReturnIt(xml: string): string {
  return `\uFEFF${xml
    .replace('<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">\n')
    .replace(/<xliff /, '<xliff xmlns:cat="urn:example:cat-tool" cat:build="7" ')
    .replace(/\n/g, '\r\n')}`;
}

async function snapshot(folder: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const name of await readdir(folder, { recursive: true })) {
    const path = join(folder, name);
    if ((await stat(path)).isFile()) result[relative(folder, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return result;
}

describe('wire-l10n import (spawned)', () => {
  let project: string;
  /** The French 1.2 file as the first run exported it, before any import. */
  let firstExport: string;
  const read = (path: string) => readFile(join(project, path), 'utf8');
  const write = (path: string, text: string) => writeFile(join(project, path), text);
  const cli = (args: string[]) => runCli(args, { cwd: project });

  beforeAll(async () => {
    project = await scratchProject();
    await mkdir(join(project, 'stories'));
    await mkdir(join(project, 'returned'));
    await cp(join(repoRoot, 'tests', 'fixtures', 'stories', 'port-strike.txt'), join(project, storyPath));
    const run = await cli(['run', ...runArgs]);
    expect(run.code, run.stderr).toBe(0);
    firstExport = await read(xliff12('fr'));
  });

  it('applies translated and signed-off units from a 1.2 file as tools return it, and regenerates the outputs', async () => {
    const exported = await read(xliff12('fr'));
    // "… on Friday after 12 days …": the translator writes the weekday as text, not as its code.
    const [, days] = sourceCodes(exported, 'p1.s1');
    const [workers] = sourceCodes(exported, 'p2.s1');
    let returned = translate12(exported, 'headline.s1', 'Les dockers de Marseille cessent la grève', 'state="translated"');
    returned = translate12(returned, 'p1.s1', `Après ${days} jours, les dockers ont cessé la grève vendredi, a indiqué le syndicat.`, 'state="signed-off"');
    returned = translate12(returned, 'p2.s1', `${workers} salariés avaient cessé le travail.`, 'state="needs-review-translation"');
    await write('returned/fr.xlf', asToolsReturnIt(returned));

    // No options: the story is regenerated as `run` ran it (fr and ar, XLIFF 1.2 and 2.1, engine pseudo).
    const result = await cli(['import', 'returned/fr.xlf']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^returned\/fr\.xlf: story port-strike-2026-11-20 \(fr\): 2 applied, 3 skipped, 0 refused$/m);
    expect(result.stdout).toMatch(/skipped 1: state needs-review-translation: a draft, not marked translated, reviewed or final/);
    expect(result.stdout).toMatch(/^outputs regenerated for 1 story \(fr, ar; engine pseudo\): \d+ files changed$/m);
    const report = JSON.parse(await read('out/report.json')) as { lastRun: { targetLangs: string[]; engine: { name: string } } };
    expect(report.lastRun).toMatchObject({ targetLangs: ['fr', 'ar'], engine: { name: 'pseudo' } });
    expect(unitXml(await read(xliff21('fr')), 'p1.s1')).toMatch(/state="reviewed" subState="wire-l10n:reviewed"/);
    expect(await read(`out/${storyId}.ar.txt`)).toMatch(/\[/);

    const story = await read(`out/${storyId}.fr.txt`);
    expect(story).toContain('Les dockers de Marseille cessent la grève');
    expect(story).toContain('Après 12 jours, les dockers ont cessé la grève vendredi, a indiqué le syndicat.');
    const bundle = JSON.parse(await read(`locales/fr/${storyId}.json`)) as { segments: Record<string, Record<string, string>> };
    expect(bundle.segments['p1']!['s1']).toBe('Après 12 jours, les dockers ont cessé la grève vendredi, a indiqué le syndicat.');
    const regenerated = await read(xliff12('fr'));
    expect(unitXml(regenerated, 'p1.s1')).toMatch(/approved="yes"[^]*state="signed-off"/);
    expect(unitXml(regenerated, 'headline.s1')).toMatch(/<target state="translated">Les dockers de Marseille cessent la grève<\/target>/);

    const tm = await cli(['tm', 'export', '--target', 'fr']);
    expect(tm.stdout).toContain('<seg>Les dockers de Marseille cessent la grève</seg>');
  });

  it('keeps the human work when the job runs again, and a second import of the same file applies nothing', async () => {
    // What import regenerated is what run computes: check (no writes, no network) finds it current.
    const check = await cli(['check', ...runArgs]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const run = await cli(['run', ...runArgs]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^1 of 1 stories already up to date; wrote 0 files$/m);
    expect(await read(`out/${storyId}.fr.txt`)).toContain('Les dockers de Marseille cessent la grève');
    const again = await cli(['import', 'returned/fr.xlf']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/0 applied, 5 skipped, 0 refused/);
    expect(again.stdout).toMatch(/skipped 2: already imported/);
  });

  it('refuses a unit from a file exported before someone else\'s work on it came in, and exits 12', async () => {
    // A second translator worked on the first export too, and sends the headline back late.
    await write('returned/late.xlf', translate12(firstExport, 'headline.s1', 'Fin de la grève au port de Marseille', 'state="final"'));
    const result = await cli(['import', 'returned/late.xlf']);
    expect(result.code).toBe(12);
    expect(result.stdout).toMatch(
      /returned\/late\.xlf:\d+: headline\.s1: refused: the store's translation changed after this file was exported \(a translated human translation came in since\): export again/,
    );
    expect(await read(`out/${storyId}.fr.txt`)).toContain('Les dockers de Marseille cessent la grève');
  });

  it('prints what happened to every unit as one JSON line with --json', async () => {
    const result = await cli(['import', 'returned/fr.xlf', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const event = JSON.parse(lines[0]!) as { event: string; files: Array<{ path: string; targetLang: string; units: Array<{ unitId: string; outcome: string; reason: string; line: number }> }> };
    expect(event.event).toBe('import');
    expect(event.files[0]).toMatchObject({ path: 'returned/fr.xlf', targetLang: 'fr' });
    expect(event.files[0]!.units.find((unit) => unit.unitId === 'p1.s1')).toMatchObject({ outcome: 'skipped', reason: 'already imported' });
    expect(event.files[0]!.units.every((unit) => Number.isInteger(unit.line) && unit.line > 1)).toBe(true);
  });

  it('applies a reviewed unit from a 2.1 file (Arabic)', async () => {
    const exported = await read(xliff21('ar'));
    await write('returned/ar.xlf', translate21(exported, 'headline.s1', 'عمال الرصيف في مرسيليا ينهون الإضراب', 'reviewed'));
    const result = await cli(['import', 'returned/ar.xlf']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\(ar\): 1 applied/);
    expect(await read(`out/${storyId}.ar.txt`)).toContain('عمال الرصيف في مرسيليا ينهون الإضراب');
    expect(unitXml(await read(xliff21('ar')), 'headline.s1')).toMatch(/state="reviewed"/);
  });

  it('refuses units whose inline codes were lost, applies the rest, and exits 12', async () => {
    const exported = await read(xliff12('fr'));
    let returned = translate12(exported, 'p2.s1', 'Des milliers de salariés avaient cessé le travail.', 'state="translated"');
    returned = translate12(returned, 'p2.s2', 'Les discussions reprendront en mars.', 'state="translated"');
    await write('returned/codes.xlf', returned);
    const result = await cli(['import', 'returned/codes.xlf']);
    expect(result.code).toBe(12);
    expect(result.stdout).toMatch(/^ {2}returned\/codes\.xlf:\d+: p2\.s1: refused: the target lacks inline code 1 \("2,500"\)/m);
    expect(result.stderr).toMatch(/1 units refused/);
    expect(await read(`out/${storyId}.fr.txt`)).toContain('Les discussions reprendront en mars.');
  });

  it('refuses a unit whose source changed since export and exits 12', async () => {
    const exported = await read(xliff12('fr'));
    const story = await read(storyPath);
    await write(storyPath, story.replace('Talks will resume in March.', 'Talks will resume in April.'));
    try {
      await write('returned/changed.xlf', translate12(exported, 'p2.s2', 'Les discussions reprendront en mars.', 'state="final"'));
      const result = await cli(['import', 'returned/changed.xlf']);
      expect(result.code).toBe(12);
      expect(result.stdout).toMatch(/p2\.s2: refused: the source changed since export/);
    } finally {
      await write(storyPath, story);
    }
  });

  it.each([
    [
      'an entity bomb',
      (xml: string) => xml.replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>\n<xliff '),
      /DTD/,
    ],
    ['an unknown unit id', (xml: string) => xml.replace('id="p2.s2"', 'id="p9.s9"'), /unit "p9\.s9" is not a segment of story/],
    ['truncated XML', (xml: string) => xml.slice(0, Math.floor(xml.length / 2)), /:\d+: /],
    [
      'a story id the project does not know',
      (xml: string) => xml.replace(/product-name="[^"]*"/, 'product-name="another-story"'),
      /the file translates story "another-story", which this project does not know/,
    ],
    ['another target language', (xml: string) => xml.replace('target-language="fr"', 'target-language="de"'), /the file is for "de", but the story's target languages are fr, ar/],
  ])('refuses %s whole: exit 11, file:line in the message, nothing written', async (name, spoil, message) => {
    const before = await snapshot(project);
    const bad = `returned/${name.replace(/ /g, '-')}.xlf`;
    await write(bad, spoil(translate12(await read(xliff12('fr')), 'p2.s2', 'Les discussions reprendront en mars.', 'state="final"')));
    const withBad = await snapshot(project);
    const result = await cli(['import', bad]);
    expect(result.code).toBe(11);
    expect(result.stderr).toContain(`${bad}:`);
    expect(result.stderr).toMatch(/\.xlf:\d+(:\d+)?: /);
    expect(result.stderr).toMatch(message);
    expect(await snapshot(project)).toEqual(withBad);
    expect(Object.keys(withBad).filter((path) => !(path in before))).toEqual([bad]);
  });

  it.each([
    ['no story id', ''],
    ['the id that file would get', ' product-name="known-line-of-a-private-file"'],
  ])('never reads a file outside the project that a returned file names as its original (%s): exit 11, nothing published', async (_name, idAttribute) => {
    const outside = await mkdtemp(join(tmpdir(), 'wire-l10n-private-'));
    const privateFile = join(outside, 'private.txt');
    await writeFile(privateFile, 'Known line of a private file\n\nPRIVATE-7f3a text that must never leave this machine.\n');
    const crafted = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
      `  <file original="${privateFile}" source-language="en" target-language="fr" datatype="plaintext"${idAttribute}>`,
      '    <body>',
      '      <trans-unit id="headline.s1"><source>Known line of a private file</source><target state="final">Ligne connue</target></trans-unit>',
      '    </body>',
      '  </file>',
      '</xliff>',
      '',
    ].join('\n');
    await write('returned/crafted.xlf', crafted);
    const before = await snapshot(project);
    try {
      // --to: so that the language check cannot be what stops it (today it reads the file and publishes it).
      const result = await cli(['import', 'returned/crafted.xlf', '--to', 'fr']);
      expect(result.code, result.stdout + result.stderr).toBe(11);
      expect(result.stderr).toMatch(/returned\/crafted\.xlf:1: the file (names no story id|translates story "known-line-of-a-private-file", which this project does not know)/m);
      const after = await snapshot(project);
      const published = await Promise.all(Object.keys(after).map((path) => read(path)));
      expect(published.filter((text) => text.includes('PRIVATE-7f3a'))).toEqual([]);
      expect(after).toEqual(before);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });

  it('lets flags the user types override what run recorded, and keeps the rest', async () => {
    const exported = await read(xliff12('fr'));
    await write('returned/override.xlf', translate12(exported, 'p2.s2', 'Les négociations reprendront en mars.', 'state="final"'));
    const result = await cli(['import', 'returned/override.xlf', '--out', 'elsewhere', '--xliff', '2.1']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/outputs regenerated for 1 story \(fr, ar; engine pseudo\)/);
    expect(await read(`elsewhere/${storyId}.fr.txt`)).toContain('Les négociations reprendront en mars.');
    expect(unitXml(await read(`elsewhere/xliff-2.1/${storyId}.fr.xlf`), 'p2.s2')).toMatch(/state="final"/);
    await expect(stat(join(project, 'elsewhere', 'xliff-1.2'))).rejects.toThrow();
  });

  it('says when imported work breaks a newsroom size limit (wire-l10n.json)', async () => {
    await write('wire-l10n.json', JSON.stringify({ xliff: { sizeLimits: { headline: 40 } } }));
    try {
      const exported = await read(xliff12('fr'));
      const headline = 'Les dockers du grand port de Marseille mettent fin à une longue grève';
      await write('returned/long.xlf', translate12(exported, 'headline.s1', headline, 'state="final"'));
      // The test before moved the story's recorded outputs elsewhere: bring them back.
      const result = await cli(['import', 'returned/long.xlf', '--out', 'out', '--xliff', '1.2,2.1']);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^findings: (.*, )?qa\/size-limit ×\d+[,( ]/m);
      expect(unitXml(await read(xliff12('fr')), 'headline.s1')).toContain(`must fit in 40 characters (the whole headline, all its segments together). It has ${headline.length} now: shorten it.`);
    } finally {
      await rm(join(project, 'wire-l10n.json'));
    }
  });
  it('regenerates ICU bundles for a story run with --bundle-format icu, and plain ones when the flag says so', async () => {
    const run = await cli(['run', ...runArgs, '--bundle-format', 'icu']);
    expect(run.code, run.stderr).toBe(0);
    const bundle = async () => JSON.parse(await read(`locales/fr/${storyId}.json`)) as { segments: Record<string, Record<string, string>>; values?: unknown };
    expect(await bundle()).toHaveProperty('values');
    await write('returned/icu.xlf', translate12(await read(xliff12('fr')), 'p2.s2', 'Les pourparlers, a dit l’agence, reprendront {bientôt}.', 'state="final"'));
    const recorded = await cli(['import', 'returned/icu.xlf']);
    expect(recorded.code, recorded.stdout + recorded.stderr).toBe(0);
    expect((await bundle()).segments['p2']!['s2']).toBe("Les pourparlers, a dit l’agence, reprendront '{'bientôt'}'.");
    expect(await bundle()).toHaveProperty('values');
    // A second import of the same file applies nothing and regenerates nothing: another edit does.
    await write('returned/plain.xlf', translate12(await read(xliff12('fr')), 'p2.s2', 'Les pourparlers reprendront {bientôt}.', 'state="final"'));
    const typed = await cli(['import', 'returned/plain.xlf', '--bundle-format', 'plain']);
    expect(typed.code, typed.stdout + typed.stderr).toBe(0);
    expect((await bundle()).segments['p2']!['s2']).toBe('Les pourparlers reprendront {bientôt}.');
    expect(await bundle()).not.toHaveProperty('values');
  });
});
