import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, scratchProject } from '../helpers/cli.js';

const CLI = 'node bin/wire-l10n.js ';
const IRAQ_TALKS = 'islamic-resistance-in-iraq-vows-to-strike-2024-11-23';
const CONFERENCE = 'donors-pledge-7-5-billion-to-rebuild-2024-12-01';
const NNBSP = '\u202F';

/** The story's text after its YAML front matter (which is metadata, in Latin letters). */
function storyBody(story: string): string {
  const match = /^---\n[\s\S]*?\n---\n/u.exec(story);
  expect(match, 'a localized story opens with front matter').not.toBeNull();
  return story.slice(match![0].length);
}

/** The text with every isolate (FSI, LRI or RLI … PDI) taken out. */
function outsideIsolates(text: string): string {
  return text.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/gu, '');
}

describe('the demo reads as issue #10 says (npm run demo on a scratch project)', () => {
  let project: string;
  const story = (id: string, lang: string) => readFile(join(project, 'out', `${id}.${lang}.txt`), 'utf8');

  beforeAll(async () => {
    project = await scratchProject();
    const manifest = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const step of manifest.scripts['demo']!.split(' && ').slice(1)) {
      const run = await runCli(step.slice(CLI.length).split(' '), { cwd: project });
      expect(run.code, run.stderr).toBe(0);
    }
  });

  it('French: 2 500 soldats (U+202F) and 1er décembre', async () => {
    expect(storyBody(await story(IRAQ_TALKS, 'fr'))).toContain(`2${NNBSP}500 soldats`);
    // In the text, not only in the date line: the memory wrote "depuis le December 1 de l'an dernier".
    expect(storyBody(await story(CONFERENCE, 'fr'))).toContain('depuis le 1er décembre de l’an dernier');
  });

  it('Arabic: the Arabic comma, and every Latin run inside FSI…PDI', async () => {
    for (const id of [IRAQ_TALKS, CONFERENCE]) {
      const body = storyBody(await story(id, 'ar'));
      expect(body).toContain('،');
      const bare = outsideIsolates(body);
      expect(bare.match(/\p{Script=Latin}+/gu) ?? [], `${id}: Latin outside an isolate`).toEqual([]);
      // A comma between digits (a grouped number) is not punctuation of the Arabic sentence.
      expect(bare.replace(/\d,\d/gu, '').includes(','), `${id}: a Latin comma in Arabic text`).toBe(false);
    }
    expect(storyBody(await story(CONFERENCE, 'ar'))).toContain('(\u2068UNDP\u2069)');
  });

  it('report.json lists the findings of each unit by unit id', async () => {
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as {
      articles: Array<{ id: string; languages: Record<string, { unitFindings: Record<string, Array<Record<string, unknown>>> }> }>;
    };
    for (const article of report.articles) {
      for (const lang of ['fr', 'ar']) {
        const byUnit = Object.entries(article.languages[lang]!.unitFindings);
        expect(byUnit.length, `${article.id} ${lang}`).toBeGreaterThan(0);
        for (const [unitId, findings] of byUnit) {
          expect(unitId).toMatch(/^(headline|standfirst|caption|p\d+)\.s\d+$/u);
          for (const finding of findings) {
            expect(finding).toMatchObject({ ruleId: expect.any(String), severity: expect.any(String), reason: expect.any(String) });
          }
        }
      }
    }
    const talks = report.articles.find((article) => article.id === IRAQ_TALKS)!;
    // The memory's Latin commas in the first paragraph, fixed, and said so on that unit.
    expect(JSON.stringify(talks.languages['ar']!.unitFindings['p1.s1'])).toContain('ar-typography/latin-comma');
  });
});
