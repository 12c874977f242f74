import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const NNBSP = '\u202f';

const xliff12 = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="stories/talks.txt" source-language="en" target-language="fr" datatype="plaintext">
    <body>
      <trans-unit id="p1.s1">
        <source>He said "no" on Friday.</source>
        <target state="translated">Il a dit "non" vendredi à 17:30.</target>
      </trans-unit>
      <trans-unit id="p1.s2">
        <source>There are 2,500 troops.</source>
        <target state="signed-off">Il y a 2${NNBSP}500 soldats.</target>
      </trans-unit>
      <trans-unit id="p1.s3">
        <source>Officials gave no "timeline".</source>
        <target state="new">Officials gave no "timeline".</target>
      </trans-unit>
      <trans-unit id="p2.s1">
        <source>The 40 ships left.</source>
        <target state="translated">Les navires sont partis.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

const xliff21Arabic = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="ar">
  <file id="f1" original="stories/talks.txt">
    <unit id="p1.s1">
      <segment state="translated">
        <source>He said no, then left.</source>
        <target>قال لا, ثم غادر.</target>
      </segment>
    </unit>
  </file>
</xliff>
`;

const story = [
  '---',
  'id: talks-2024-11-23.fr',
  'language: fr',
  'source:',
  '  id: talks-2024-11-23',
  '  language: en',
  '  version: 1',
  'status: complete',
  '---',
  'Samedi 23 novembre 2024',
  '',
  'Bagdad',
  '',
  `Les pourparlers s’ouvrent à Bagdad`,
  '',
  'Bagdad – Il a dit "non".',
  'Mr. Smith est parti.',
  '',
].join('\n');

async function project(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-qa-files-'));
  await writeFile(join(folder, 'talks.fr.xlf'), xliff12);
  await writeFile(join(folder, 'talks.ar.xlf'), xliff21Arabic);
  await writeFile(join(folder, 'talks-2024-11-23.fr.txt'), story);
  return folder;
}

describe('wire-l10n qa FILE… (spawned)', () => {
  it('checks an XLIFF 1.2 file in its own language: each finding with file:line, then a summary by rule', async () => {
    const folder = await project();
    const result = await runCli(['qa', 'talks.fr.xlf'], { cwd: folder });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('talks.fr.xlf (fr): 3 units with a target checked, 4 findings');
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}talks\.fr\.xlf:7: p1\.s1: warning: fr-typography\/quote-style: .* \[target 9–10\] \(fixable\)$/u));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}talks\.fr\.xlf:7: p1\.s1: warning: fr-typography\/time-format: .*\[target 26–31\] \(fixable\)$/u));
    // The lost number is placed in the source, on the source's line.
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}talks\.fr\.xlf:17: p2\.s1: error: numbers\/value-missing: the number “40” is not in the target \[source 4–6\]$/u));
    expect(lines.at(-1)).toBe('findings: fr-typography/quote-style ×2, fr-typography/time-format ×1, numbers/value-missing ×1');
    // A clean unit and an untranslated one give nothing.
    expect(result.stdout).not.toMatch(/p1\.s2|p1\.s3/u);
  });

  it('--json gives the findings per file and unit, with UTF-16 ranges', async () => {
    const folder = await project();
    const result = await runCli(['qa', '--json', 'talks.fr.xlf', 'talks.ar.xlf'], { cwd: folder });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; kind: string; lang: string; checked: number; units: Array<{ id: string; line: number; findings: Array<Record<string, unknown>> }> }> };
    expect(report.files.map((file) => [file.path, file.kind, file.lang, file.checked])).toEqual([
      ['talks.fr.xlf', 'xliff', 'fr', 3],
      ['talks.ar.xlf', 'xliff', 'ar', 1],
    ]);
    expect(report.files[0]!.units.map((unit) => [unit.id, unit.line, unit.findings.map((finding) => [finding['rule'], finding['start'], finding['end']])])).toEqual([
      ['p1.s1', 7, [['fr-typography/quote-style', 9, 10], ['fr-typography/quote-style', 13, 14], ['fr-typography/time-format', 26, 31]]],
      ['p2.s1', 19, [['numbers/value-missing', 0, 0]]],
    ]);
    expect(report.files[0]!.units[1]!.findings[0]).toMatchObject({ severity: 'error', sourceStart: 4, sourceEnd: 6, fixable: false });
    expect(report.files[1]!.units).toEqual([
      { id: 'p1.s1', line: 7, findings: [expect.objectContaining({ rule: 'ar-typography/latin-comma', start: 6, end: 7, expected: '،', fixable: true })] },
    ]);
  });

  it('checks a localized story block by block, from its header language, lines counted in the file', async () => {
    const folder = await project();
    const result = await runCli(['qa', '--lang', 'fr', 'talks-2024-11-23.fr.txt'], { cwd: folder });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('talks-2024-11-23.fr.txt (fr): 4 blocks checked, 3 findings');
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^ {2}talks-2024-11-23\.fr\.txt:16: line-16: warning: fr-typography\/quote-style: .*\[target 18–19\]/u),
      expect.stringMatching(/^ {2}talks-2024-11-23\.fr\.txt:16: line-16: warning: fr-typography\/quote-style: .*\[target 22–23\]/u),
      expect.stringMatching(/^ {2}talks-2024-11-23\.fr\.txt:16: line-16: warning: fr-typography\/abbreviation: .*\(fixable\)$/u),
    ]);
  });

  it('--fail-on: exit 13 when findings at or above the severity remain, after printing the report', async () => {
    const folder = await project();
    const warning = await runCli(['qa', '--fail-on', 'warning', 'talks.ar.xlf'], { cwd: folder });
    expect(warning.code).toBe(13);
    expect(warning.stdout).toMatch(/findings: ar-typography\/latin-comma ×1/u);
    expect(warning.stderr).toMatch(/1 finding at or above warning \(--fail-on warning\): ar-typography\/latin-comma ×1/u);
    expect((await runCli(['qa', '--fail-on', 'error', 'talks.ar.xlf'], { cwd: folder })).code).toBe(0);
    expect((await runCli(['qa', '--fail-on', 'error', 'talks.fr.xlf'], { cwd: folder })).code).toBe(13);
  });

  it('refuses bad input with the input exit codes and file:line, before printing anything', async () => {
    const folder = await project();
    await writeFile(join(folder, 'broken.fr.xlf'), xliff12.replace('</trans-unit>', ''));
    await writeFile(join(folder, 'plain.txt'), 'Il a dit "non".\n');
    const xliff = await runCli(['qa', 'talks.fr.xlf', 'broken.fr.xlf'], { cwd: folder });
    expect(xliff.code).toBe(11);
    expect(xliff.stdout).toBe('');
    expect(xliff.stderr).toMatch(/broken\.fr\.xlf:\d+/u);
    const plain = await runCli(['qa', 'plain.txt'], { cwd: folder });
    expect(plain.code).toBe(3);
    expect(plain.stderr).toMatch(/plain\.txt:1: not a localized story: no --- header on line 1/u);
    const other = await runCli(['qa', '--lang', 'fr', 'talks.ar.xlf'], { cwd: folder });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/talks\.ar\.xlf: its target language is ar, but --lang fr was given/u);
  });

  it('reads a value code in our own XLIFF as the target language writes it (its display), so run and qa agree', async () => {
    const folder = await project();
    const story = ['---', 'id: troops-2024-11-23', 'date: 2024-11-23', '---', 'Troops stay', '', 'About 2,500 troops and 3.5% of the budget stay in 2025.', ''].join('\n');
    await writeFile(join(folder, 'troops.txt'), story);
    await writeFile(join(folder, 'terms.csv'), 'en,fr,ar,note\nBaghdad,Bagdad,بغداد,\n');
    // A translation from memory (the values as the English wrote them, which the job renders for French).
    const tmx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="plaintext" adminlang="en" srclang="en" datatype="plaintext"/><body>',
      '<tu><tuv xml:lang="en"><seg>Troops stay</seg></tuv><tuv xml:lang="fr"><seg>Les troupes restent</seg></tuv></tu>',
      '<tu><tuv xml:lang="en"><seg>About 2,500 troops and 3.5% of the budget stay in 2025.</seg></tuv><tuv xml:lang="fr"><seg>Environ 2,500 soldats et 3.5% du budget restent en 2025.</seg></tuv></tu>',
      '</body></tmx>',
    ].join('\n');
    await writeFile(join(folder, 'memory.tmx'), tmx);
    expect((await runCli(['tm', 'import', 'memory.tmx'], { cwd: folder })).code).toBe(0);
    const run = await runCli(['run', 'troops.txt', '--to', 'fr', '--engine', 'none', '--xliff', '1.2,2.1', '--glossary', 'terms.csv'], { cwd: folder });
    expect(run.code, run.stderr).toBe(0);
    for (const version of ['1.2', '2.1']) {
      const result = await runCli(['qa', '--json', `out/xliff-${version}/troops-2024-11-23.fr.xlf`], { cwd: folder });
      expect(result.code, result.stderr).toBe(0);
      const report = JSON.parse(result.stdout) as { files: Array<{ checked: number; units: Array<{ findings: Array<{ rule: string }> }> }> };
      expect(report.files[0]!.checked).toBe(2);
      const rules = report.files.flatMap((file) => file.units.flatMap((unit) => unit.findings.map((finding) => finding.rule)));
      // Read by the codes' source text, the French target would hold an English 2,500 (2.5) and 3.5%.
      expect(rules).not.toContain('numbers/value-missing');
      expect(rules).not.toContain('fr-typography/thousands-separator');
      expect(rules).not.toContain('fr-typography/decimal-separator');
    }
  });
});
