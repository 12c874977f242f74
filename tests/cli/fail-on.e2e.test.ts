import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleName, scratchProject } from '../helpers/cli.js';

const runArgs = ['run', `samples/${sampleName}`, '--to', 'fr', '--engine', 'pseudo', '--out', 'out'];

describe('run --fail-on (spawned)', () => {
  it('exits 13 when findings at or above the severity remain, after writing every output as usual', async () => {
    const project = await scratchProject();
    // A headline limit no translation meets: a qa/size-limit warning, and no error.
    await writeFile(join(project, 'wire-l10n.json'), JSON.stringify({ xliff: { sizeLimits: { headline: 5 } } }));

    const plain = await runCli(runArgs, { cwd: project });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/qa\/size-limit ×1/u);

    const errors = await runCli([...runArgs, '--fail-on', 'error'], { cwd: project });
    expect(errors.code).toBe(0);

    const warnings = await runCli([...runArgs, '--fail-on', 'warning', '--json'], { cwd: project });
    expect(warnings.code).toBe(13);
    const events = warnings.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { event: string; code?: string; exit?: number; message?: string });
    expect(events.at(-2)?.event).toBe('report');
    expect(events.at(-1)).toMatchObject({ event: 'error', code: 'E_FINDINGS', exit: 13, message: expect.stringMatching(/at or above warning .*qa\/size-limit ×1/u) });
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: Array<{ languages: Record<string, { unitFindings: Record<string, Array<{ ruleId: string }>> }> }> };
    expect(Object.values(report.articles[0]!.languages['fr']!.unitFindings).flat().map((finding) => finding.ruleId)).toContain('qa/size-limit');
  });

  it('refuses an unknown severity with exit 2', async () => {
    const project = await scratchProject();
    const result = await runCli([...runArgs, '--fail-on', 'info'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are error, warning/u);
  });
});
