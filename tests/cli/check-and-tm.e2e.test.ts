import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';

const exists = (path: string) => stat(path).then(() => true, () => false);
const jobArgs = [`samples/${sampleName}`, '--to', 'fr,ar', '--engine', 'pseudo'];

const tmx = (units: Array<[string, string]>) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
${units.map(([en, fr]) => `    <tu><tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="fr"><seg>${fr}</seg></tuv></tu>`).join('\n')}
  </body>
</tmx>
`;

describe('wire-l10n check (spawned)', () => {
  it('exits 0 after a run, 8 with the list once an output is edited, and writes nothing', async () => {
    const project = await scratchProject();
    expect((await runCli(['run', ...jobArgs], { cwd: project })).code).toBe(0);
    const clean = await runCli(['check', ...jobArgs], { cwd: project });
    expect(clean.stdout).toMatch(/^up to date: 11 files checked$/m);
    expect(clean.code).toBe(0);
    // The review page and index are outputs like the others; with --no-review they must not exist
    // (a run removes them: stale pages would mislead), and report.json, which names the files of a run, differs.
    expect((await runCli(['check', ...jobArgs, '--only', 'review'], { cwd: project })).stdout).toMatch(/^up to date: 2 files checked$/m);
    const noReview = await runCli(['check', ...jobArgs, '--no-review'], { cwd: project });
    const page = (JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { files: string[] }).files.find((file) => /^out\/review\/(?!index)/u.test(file));
    expect({ code: noReview.code, stdout: noReview.stdout }).toEqual({
      code: 8,
      // Story by story as the job computes them, then the folder's outputs.
      stdout: `should not exist: ${page}\nout of date: out/report.json\nshould not exist: out/review/index.html\n`,
    });
    expect(noReview.stderr).toMatch(/3 of 9 outputs are missing or out of date/);

    const report = join(project, 'out', 'report.json');
    const id = JSON.parse(await readFile(report, 'utf8')).articles[0].id as string;
    await writeFile(join(project, 'out', `${id}.fr.txt`), 'hand edit\n');
    const stale = await runCli(['check', ...jobArgs], { cwd: project });
    expect(stale.code).toBe(8);
    expect(stale.stdout).toBe(`out of date: out/${id}.fr.txt\n`);
    expect(stale.stderr).toMatch(/1 of 11 outputs are missing or out of date/);
    expect(await readFile(join(project, 'out', `${id}.fr.txt`), 'utf8')).toBe('hand edit\n');
  });

  it('with --only locales passes on a checkout that has only the committed bundles', async () => {
    const project = await scratchProject();
    expect((await runCli(['run', ...jobArgs], { cwd: project })).code).toBe(0);
    await rm(join(project, 'out'), { recursive: true });
    await rm(join(project, '.wire-l10n'), { recursive: true });
    const all = await runCli(['check', ...jobArgs], { cwd: project });
    expect(all.code).toBe(8);
    const locales = await runCli(['check', ...jobArgs, '--only', 'locales'], { cwd: project });
    expect(locales.stdout).toMatch(/^up to date: 3 files checked$/m);
    expect(locales.code).toBe(0);
    const bad = await runCli(['check', ...jobArgs, '--only', 'bundles'], { cwd: project });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown output kind "bundles"/);
  });

  it('on a fresh checkout without a store creates none and reports the missing outputs', async () => {
    const project = await scratchProject();
    const result = await runCli(['check', ...jobArgs], { cwd: project });
    expect(result.code).toBe(8);
    expect(result.stdout).toMatch(/^missing: out\/report\.json$/m);
    expect(await exists(join(project, '.wire-l10n'))).toBe(false);
    expect(await exists(join(project, 'out'))).toBe(false);
  });
});

describe('wire-l10n tm (spawned)', () => {
  it('imports TMX, fills exact matches in the next run, and exports the memory again', async () => {
    const project = await scratchProject();
    await writeFile(
      join(project, 'memory.tmx'),
      tmx([['The ministry said the timeline would be contingent on evaluating the “threat posed by IS and its danger” as well as the “reinforcement of the capacities of the Iraqi security forces”.', 'Le ministère a déclaré que le calendrier dépendrait de l’évaluation de la « menace posée par l’EI ».']]),
    );
    const imported = await runCli(['tm', 'import', 'memory.tmx'], { cwd: project });
    expect(imported.stdout).toMatch(/translation memory: 1 added, 0 updated, 0 unchanged/);
    expect(imported.code).toBe(0);

    const run = await runCli(['run', ...jobArgs], { cwd: project });
    expect(run.stdout).toMatch(/targets from: translation memory 1,/);
    const id = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')).articles[0].id as string;
    // A TM match passes through house style: narrow no-break spaces inside « ».
    expect(await readFile(join(project, 'out', `${id}.fr.txt`), 'utf8')).toContain('«\u202fmenace posée par l’EI\u202f»');

    const exported = await runCli(['tm', 'export', '--target', 'fr'], { cwd: project });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/<tmx version="1\.4">/);
    expect(exported.stdout).toContain('menace posée par l’EI');
  });

  it('rejects a malformed TMX with exit 3, file and line, and imports nothing from any file', async () => {
    const project = await scratchProject();
    await writeFile(join(project, 'good.tmx'), tmx([['Hello.', 'Bonjour.']]));
    await writeFile(join(project, 'bad.tmx'), tmx([['Hello.', 'Bonjour.']]).replace('</body>', '<tu><tuv xml:lang="en"><seg>cut'));
    const result = await runCli(['tm', 'import', 'good.tmx', 'bad.tmx'], { cwd: project });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/bad\.tmx:\d+/);
    const exported = await runCli(['tm', 'export'], { cwd: project });
    expect(exported.stdout).not.toContain('Bonjour');
  });

  it('rejects a TMX with an entity declaration (billion laughs) with exit 3', async () => {
    const project = await scratchProject();
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&b;</seg></tuv></tu></body></tmx>\n`;
    await writeFile(join(project, 'laughs.tmx'), laughs);
    const result = await runCli(['tm', 'import', 'laughs.tmx'], { cwd: project });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/laughs\.tmx:2/);
  });
});
