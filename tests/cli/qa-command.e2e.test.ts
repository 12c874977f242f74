import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { binPath, repoRoot, runCli } from '../helpers/cli.js';

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('wire-l10n qa --jsonl (spawned)', () => {
  it('answers each line at once, an unreadable line with an error on its line, and exits 0 at the end', async () => {
    const child = spawn(process.execPath, [binPath, 'qa', '--lang', 'fr', '--jsonl'], { cwd: repoRoot });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    const next = async () => JSON.parse((await answers.next()).value as string) as Record<string, unknown>;

    child.stdin.write(line({ target: 'Il a dit "non" à 17:30.', source: 'He said "no" at 5:30 pm.' }));
    expect(await next()).toEqual({
      findings: [
        expect.objectContaining({ rule: 'fr-typography/quote-style', severity: 'warning', start: 9, end: 10, actual: '"', expected: '«', fixable: true }),
        expect.objectContaining({ rule: 'fr-typography/quote-style', start: 13, end: 14, expected: '»' }),
        expect.objectContaining({ rule: 'fr-typography/time-format', start: 17, end: 22, actual: '17:30', expected: '17\u00A0h\u00A030' }),
      ],
      fixed: 'Il a dit «\u202Fnon\u202F» à 17\u00A0h\u00A030.',
    });

    child.stdin.write('{"target": "oops"\n');
    expect(await next()).toEqual({ error: { line: 2, message: expect.stringMatching(/^not JSON: /) } });

    child.stdin.write(line({ source: 'no target' }));
    expect(await next()).toEqual({ error: { line: 3, message: '"target" must be a string' } });

    child.stdin.write(line({ target: '«\u202FNous resterons\u202F», a-t-il dit.' }));
    expect(await next()).toEqual({ findings: [], fixed: '«\u202FNous resterons\u202F», a-t-il dit.' });

    child.stdin.end();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
  });

  it('reads houseStyle from --config: Arabic-Indic digits, a rule off', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-qa-'));
    const config = join(folder, 'house.json');
    await writeFile(config, JSON.stringify({ houseStyle: { ar: { digits: 'arab', rules: { 'bidi-isolation-missing': 'off' } } } }));
    const input = line({ target: 'قتل 25 شخصا وأصيب ٣٠ في John Smith, أمس?' }) + '[1]\n\n' + line({ target: 'قال «نحن هنا».' });
    const result = await runCli(['qa', '--lang', 'ar', '--jsonl', '--config', config], { cwd: folder, input });
    expect(result.code).toBe(0);
    const answers = result.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as { findings?: Array<{ rule: string }>; fixed?: string; error?: unknown });
    expect(answers).toHaveLength(4);
    expect(answers[0]!.findings!.map((finding) => finding.rule)).toEqual(['ar-typography/mixed-digits', 'ar-typography/latin-comma', 'ar-typography/latin-question-mark']);
    expect(answers[0]!.fixed).toBe('قتل ٢٥ شخصا وأصيب ٣٠ في John Smith، أمس؟');
    expect(answers[1]).toEqual({ error: { line: 2, message: 'expected a JSON object {"target": "…"}, got an array' } });
    expect(answers[2]).toEqual({ error: { line: 3, message: 'empty line: expected a JSON object {"target": "…"}' } });
    expect(answers[3]).toEqual({ findings: [], fixed: 'قال «نحن هنا».' });
  });

  it('with --glossary, checks the terms of each line\'s source in its target: terms/violation and terms/missing with the term', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-qa-'));
    const termbase = join(folder, 'terms.csv');
    await writeFile(
      termbase,
      [
        'en,en_variants,fr,fr_variants,fr_forbidden,ar,ar_forbidden,type,note',
        'Islamic State (IS),IS|Daesh,groupe État islamique (EI),État islamique|EI,Daech,تنظيم الدولة الإسلامية,داعش,name,',
        'Hezbollah,,Hezbollah,,,حزب الله,,name,h aspiré: le/du Hezbollah',
        'Pentagon,,Pentagone,,,البنتاغون,,name,',
      ].join('\n'),
    );
    const input =
      line({ source: 'IS and Hezbollah fighters met, the Pentagon said.', target: 'Des combattants de Daech et de l’Hezbollah se sont réunis, a dit le ministère.' }) +
      line({ source: 'Daesh claimed it, the Pentagon said.', target: 'Daech l’a revendiqué, selon le Pentagone.' }) +
      line({ target: 'Sans source, rien à dire sur les termes.' });
    const result = await runCli(['qa', '--lang', 'fr', '--jsonl', '--glossary', termbase], { cwd: folder, input });
    expect(result.code).toBe(0);
    const answers = result.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as { findings: Array<Record<string, unknown>> });
    const target = 'Des combattants de Daech et de l’Hezbollah se sont réunis, a dit le ministère.';
    expect(answers[0]!.findings).toEqual([
      expect.objectContaining({ rule: 'terms/violation', severity: 'warning', term: 'Islamic State (IS)', start: 19, end: 24, actual: 'Daech', expected: 'groupe État islamique (EI)' }),
      expect.objectContaining({ rule: 'terms/violation', term: 'Hezbollah', start: target.indexOf('l’H'), end: target.indexOf(' se'), actual: 'l’Hezbollah' }),
      expect.objectContaining({ rule: 'terms/missing', term: 'Pentagon', start: 0, end: 0, sourceStart: 35, sourceEnd: 43, expected: 'Pentagone' }),
    ]);
    // Daesh in the source, Daech in the target: an echo, not a violation; Pentagone in place.
    expect(answers[1]!.findings).toEqual([]);
    expect(answers[2]!.findings).toEqual([]);

    const arabic = line({ source: 'Hezbollah and IS', target: 'ولحزب الله ولداعش' });
    const ar = await runCli(['qa', '--lang', 'ar', '--jsonl', '--glossary', termbase], { cwd: folder, input: arabic });
    const [answer] = ar.stdout.trimEnd().split('\n').map((text) => JSON.parse(text) as { findings: Array<Record<string, unknown>> });
    expect(answer!.findings.map((finding) => [finding['rule'], finding['term'], finding['actual']])).toEqual([['terms/violation', 'Islamic State (IS)', 'ولداعش']]);
  });

  it('refuses a malformed --glossary with exit 4 before answering anything', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-qa-'));
    await writeFile(join(folder, 'terms.csv'), 'en,fr,note\nHamas,Hamas,\n');
    const result = await runCli(['qa', '--lang', 'fr', '--jsonl', '--glossary', join(folder, 'terms.csv')], { cwd: folder, input: line({ target: 'x', source: 'Hamas' }) });
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/terms\.csv:1: .*missing required column "ar"/);
  });

  it.each([
    [['qa', '--lang', 'fr'], /give XLIFF files or localized stories to check, or --jsonl/],
    [['qa', '--lang', 'fr', '--jsonl', 'a.xlf'], /qa --jsonl reads lines from stdin and answers each: it takes no files/],
    [['qa', '--lang', 'de', '--jsonl'], /Allowed choices are fr, ar/],
    [['qa', '--jsonl'], /qa --jsonl needs --lang fr or --lang ar/],
  ])('refuses %j with exit 2', async (args, message) => {
    const result = await runCli(args, { cwd: repoRoot, input: line({ target: 'x' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a bad houseStyle setting with exit 2, naming the file and the setting', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'wire-l10n-qa-'));
    await writeFile(join(folder, 'wire-l10n.json'), JSON.stringify({ houseStyle: { ar: { months: 'gregorian' } } }));
    const result = await runCli(['qa', '--lang', 'ar', '--jsonl'], { cwd: folder, input: line({ target: 'x' }) });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/wire-l10n\.json: houseStyle\.ar\.months: expected one of egyptian, levantine, paired/);
  });
});
