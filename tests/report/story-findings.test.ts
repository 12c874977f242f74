import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '../../src/cli/summary.js';
import { ingestText } from '../../src/ingest/index.js';
import { runJob } from '../../src/job/run.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const undated = ingestText(new TextEncoder().encode('Harbour reopens\n\nBEIRUT, Nov. 28 - Ships sailed.\n'), 'desk/undated.txt');

describe('what ingest read with a doubt', () => {
  it('is in report.json with its line, and the summary prints it, also when the story is skipped as up to date', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    const options = jobOptions(pseudoEngine, ['desk/undated.txt'], { targetLangs: ['fr'] });
    const first = await runJob(options, services([undated]));
    const report = JSON.parse(disk.get('out/report.json')!) as { articles: Array<{ storyFindings?: Array<{ ruleId: string; line: number }> }> };
    expect(report.articles[0]?.storyFindings).toEqual([expect.objectContaining({ ruleId: 'ingest/dateline-year-unknown', line: 3 })]);
    const warning =
      'warning: desk/undated.txt:3: the dateline\'s date "Nov. 28" has no year and the story gives none: it is left out of the localized datelines ' +
      '(give the story its date: `date: YYYY-MM-DD` in a front-matter block, or a date line above the headline)';
    expect(formatRunSummary(first, pseudoEngine).split('\n')).toContain(warning);
    const again = await runJob(options, services([undated]));
    expect(again.skipped).toBe(1);
    expect(formatRunSummary(again, pseudoEngine).split('\n')).toContain(warning);
  });
});
