/**
 * The round trip translators make with OmegaT 3.6, with the real OmegaT: our XLIFF 1.2 in an
 * OmegaT project whose tm/auto memory OmegaT applies by itself (console-translate), then what
 * OmegaT wrote imported back. OmegaT never updates XLIFF states, so the import runs with
 * `--edited-as translated`; without it the summary says so and nothing is applied.
 */
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasCommand, omegatJar, skipReason, announceSkip } from '../helpers/external-tools.js';
import { repoRoot, runCli, scratchProject } from '../helpers/cli.js';
import { createOmegatProject, omegatMemory, omegatSegments, runOmegat, type OmegatProject } from '../helpers/omegat.js';

const skip = skipReason({ 'OmegaT (apt-get install omegat)': omegatJar() !== undefined, 'java on PATH': hasCommand('java') });
announceSkip('the OmegaT round trip', skip);

const storyId = 'port-strike-2026-11-20';
const xliffName = `${storyId}.fr.xlf`;

/**
 * The translator's memory. `{0}`, `{1}` stand for the segment's inline codes: our protected spans
 * are XLIFF 1.2 `<ph>` codes, which OmegaT shows as tags of its own naming (`<f0/>` for a number,
 * `<h0/>` for a URL), so the TMX is written with the tags OmegaT itself reports for each segment.
 */
const memory: Readonly<Record<string, string>> = {
  'Dockers end strike at Marseille port': 'Les dockers du port de Marseille cessent la grève',
  // "Friday" is a code (a weekday, rendered per locale once values are): the memory keeps it.
  'Dockers at the port of Marseille ended a strike on {0} after {1} days, the union said.':
    'Les dockers du port de Marseille ont mis fin {0} à une grève de {1} jours, a indiqué le syndicat.',
  'About {0} workers had walked out over pay.': 'Quelque {0} salariés avaient cessé le travail pour les salaires.',
  'Talks will resume in March.': 'Les discussions reprendront en mars.',
  'Details are posted at {0}.': 'Les détails sont publiés sur {0}.',
};

/** OmegaT's tags (`<f0/>`, `<h1/>` …) in a segment it reports, in order. */
const omegatTag = /<[a-z‹][^<>\s]*?\d+\/>/gu;

/** The memory as OmegaT's segments spell it: each `{k}` becomes the k-th tag of that segment. */
function memoryForOmegat(segments: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const segment of segments) {
    const tags = segment.match(omegatTag) ?? [];
    let index = 0;
    const key = segment.replace(omegatTag, () => `{${index++}}`);
    const translation = memory[key];
    if (translation === undefined) throw new Error(`no translation in the test memory for OmegaT's segment "${segment}" ("${key}")`);
    entries[segment] = translation.replace(/\{(\d+)\}/g, (_match, k: string) => tags[Number(k)]!);
  }
  return entries;
}

describe.skipIf(skip !== undefined)('OmegaT 3.6 round trip (real OmegaT)', () => {
  let project: string;
  let omegat: OmegatProject;
  let returned: string;

  beforeAll(async () => {
    const jar = omegatJar()!;
    project = await scratchProject();
    await mkdir(join(project, 'stories'));
    await cp(join(repoRoot, 'tests', 'fixtures', 'stories', 'port-strike.txt'), join(project, 'stories', 'port-strike.txt'));
    const run = await runCli(['run', 'stories/port-strike.txt', '--to', 'fr', '--engine', 'none', '--xliff', '1.2'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);

    omegat = await createOmegatProject(join(await mkdtemp(join(tmpdir(), 'wire-l10n-omegat-')), 'project'), { source: 'en', target: 'fr' });
    await cp(join(project, 'out', 'xliff-1.2', xliffName), join(omegat.sourceDir, xliffName));
    const segments = await omegatSegments(jar, omegat);
    expect(segments).toHaveLength(Object.keys(memory).length);
    await writeFile(join(omegat.autoTmDir, 'newsroom.tmx'), omegatMemory(memoryForOmegat(segments)));
    await runOmegat(jar, omegat, 'console-translate');
    returned = join(omegat.targetDir, xliffName);
  }, 180_000);

  it('OmegaT filled every target from the tm/auto memory and kept the inline codes', async () => {
    const xml = await readFile(returned, 'utf8');
    expect(xml).toContain('Quelque <ph id="1"');
    expect(xml).not.toMatch(/<target[^>]*>About/);
  });

  it('without --edited-as the import applies nothing and says why (OmegaT keeps the exported states)', async () => {
    const result = await runCli(['import', returned], { cwd: project });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/0 applied, 5 skipped, 0 refused/);
    expect(result.stdout).toMatch(/skipped 5: state needs-translation: not translated yet/);
    expect(result.stdout).toMatch(/hint: 5 of the skipped units have a target changed since export; .* import with --edited-as translated/);
  });

  it('with --edited-as translated the localized story holds the memory\'s translations, codes restored', async () => {
    const result = await runCli(['import', returned, '--edited-as', 'translated'], { cwd: project });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/5 applied, 0 skipped, 0 refused/);
    const story = await readFile(join(project, 'out', `${storyId}.fr.txt`), 'utf8');
    expect(story).toContain('Les dockers du port de Marseille cessent la grève');
    expect(story).toContain('une grève de 12 jours, a indiqué le syndicat.');
    // The code came back as 2,500; the target is `translated`, not reviewed, so house style groups it the French way.
    expect(story).toContain('Quelque 2\u202f500 salariés avaient cessé le travail pour les salaires. Les discussions reprendront en mars.');
    expect(story).toContain('Les détails sont publiés sur https://example.org/port-strike.');
    const xliff = await readFile(join(project, 'out', 'xliff-1.2', xliffName), 'utf8');
    expect(xliff.match(/state="translated"/g)).toHaveLength(5);
  });
});
