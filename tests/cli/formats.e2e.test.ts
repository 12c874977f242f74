/**
 * Structured wire formats end to end, spawned as users run them: each fixture format (HTML page,
 * NITF item, ninjs item) is read by content, translated (pseudo), written back in its format with
 * its markup, re-run without change, checked, round-tripped through XLIFF 1.2 and import; a
 * DeepL run whose answer lost a markup tag withholds that sentence; an XHTML page (XML prolog) is
 * read as HTML and written back as well-formed XHTML.
 */
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStory } from '../../src/formats/index.js';
import type { Article } from '../../src/model.js';
import { segmentArticle } from '../../src/segment/index.js';
import { repoRoot, runCli, scratchProject } from '../helpers/cli.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import { schemaErrors } from '../formats/ninjs/schema.js';
import { parseAsXml } from '../formats/html/well-formed.js';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'formats');
const formats = [
  { file: 'flood-relief.html', format: 'html', extension: '.html' },
  { file: 'port-strike.nitf.xml', format: 'nitf', extension: '.xml' },
  { file: 'ceasefire-talks.ninjs.json', format: 'ninjs', extension: '.json' },
] as const;

const authKey = 'formats-e2e-key:fx';
const fake = fakeDeepLPerTest({ authKey });

/** Markup codes per element name over an article's blocks: what a written item must keep. */
function elementCounts(article: Article): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of article.blocks) for (const code of block.markup ?? []) counts[code.element] = (counts[code.element] ?? 0) + 1;
  return counts;
}

async function projectWith(file: string): Promise<string> {
  const project = await scratchProject();
  await copyFile(join(fixtures, file), join(project, file));
  return project;
}

async function storyId(project: string): Promise<string> {
  const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8')) as { articles: Array<{ id: string }> };
  return report.articles[0]!.id;
}

describe.each(formats)('$format items end to end (spawned)', ({ file, format, extension }) => {
  it('are written back in their format with their markup, re-run with nothing to do, and pass check', async () => {
    const project = await projectWith(file);
    const args = ['run', file, '--to', 'fr,ar', '--engine', 'pseudo', '--xliff', '1.2,2.1'];
    const first = await runCli(args, { cwd: project });
    expect(first.code, first.stderr).toBe(0);
    const id = await storyId(project);
    const source = readStory(await readFile(join(project, file)), file);
    expect(source.source.format).toBe(format);
    for (const lang of ['fr', 'ar']) {
      const written = await readFile(join(project, 'out', `${id}.${lang}${extension}`));
      const localized = readStory(written, `${id}.${lang}${extension}`);
      expect(localized.source.format).toBe(format);
      expect(localized.lang).toBe(lang);
      expect(localized.blocks.map((block) => block.kind)).toEqual(source.blocks.map((block) => block.kind));
      // Every element of the source is in the translation: pieces a sentence cut are joined again.
      expect(elementCounts(localized)).toEqual(elementCounts(source));
      if (format === 'ninjs') expect(schemaErrors(3, JSON.parse(written.toString('utf8')))).toEqual([]);
      // Nothing picking the file up may take it for a translation (HTML/XML comment, ninjs edNote).
      expect(written.toString('utf8')).toMatch(new RegExp(`${id}\\.${lang}: PSEUDO-TRANSLATION`));
    }
    const xliff12 = await readFile(join(project, 'out', 'xliff-1.2', `${id}.fr.xlf`), 'utf8');
    const xliff21 = await readFile(join(project, 'out', 'xliff-2.1', `${id}.fr.xlf`), 'utf8');
    expect(xliff12).toMatch(/<g id="m1"/);
    expect(xliff21).toMatch(/<pc id="m1"/);

    const again = await runCli(args, { cwd: project });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/up to date/);
    const check = await runCli(['check', ...args.slice(1)], { cwd: project });
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('round-trip through XLIFF 1.2 and import: the translator\'s targets, codes kept, are published with their markup', async () => {
    const project = await projectWith(file);
    const run = await runCli(['run', file, '--to', 'fr', '--engine', 'pseudo'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const id = await storyId(project);
    const xliffPath = join(project, 'out', 'xliff-1.2', `${id}.fr.xlf`);
    const xliff = await readFile(xliffPath, 'utf8');
    // A translator's pass: every target kept with its codes (brackets off), marked translated.
    const translated = xliff.replace(/<target state="[^"]*">([^]*?)<\/target>/g, (_all, text: string) => `<target state="translated">${text.replace('[', '').replace(/ ~+\]/, '')}</target>`);
    expect(translated).not.toBe(xliff);
    await writeFile(xliffPath, translated);
    const imported = await runCli(['import', xliffPath], { cwd: project });
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    const units = segmentArticle(readStory(await readFile(join(project, file)), file)).length;
    expect(report.articles[0].languages.fr.origins).toMatchObject({ human: units, pseudo: 0 });
    const story = readStory(await readFile(join(project, 'out', `${id}.fr${extension}`)), `story${extension}`);
    expect(elementCounts(story)).toEqual(elementCounts(readStory(await readFile(join(project, file)), file)));
    expect(story.blocks.map((block) => block.text).join(' ')).not.toMatch(/~~/);
    expect((await readFile(join(project, 'out', `${id}.fr${extension}`), 'utf8'))).not.toMatch(/PSEUDO-TRANSLATION|machine translation/);
  });

  it('withholds the sentences whose markup DeepL lost, with an mt/markup-missing error', async () => {
    const server = await fake();
    server.faults.corruptTags(50, 'unwrap', { textIndex: 'every', element: 'g' });
    const project = await projectWith(file);
    const env = { DEEPL_AUTH_KEY: authKey, DEEPL_SERVER_URL: server.url };
    const result = await runCli(['run', file, '--to', 'fr', '--concurrency', '1'], { cwd: project, env });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(project, 'out', 'report.json'), 'utf8'));
    const errors = report.articles[0].languages.fr.errors as Array<{ ruleId?: string; reason: string }>;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => /lost the markup/.test(error.reason))).toBe(true);
    expect(report.articles[0].languages.fr.story).toBe('not-written');
    expect((await readdir(join(project, 'out'))).filter((name) => name.endsWith(`.fr${extension}`))).toEqual([]);
  });
});

describe('XHTML pages end to end (spawned)', () => {
  const page = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en">
<head><title>Dock strike halts shipping at Orla</title><meta name="date" content="2026-11-13" /></head>
<body><h1>Dock strike halts shipping at Orla</h1>
<p>ORLA, Nov 13 (Tidewire) – Dock workers walked out on Friday over pay.</p>
<p>The union said <em>talks</em> would resume on Monday.<br />Ferries are not affected.</p></body>
</html>
`;

  it('are read as HTML by content and written back as XHTML: prolog kept, language set, well-formed XML', async () => {
    const project = await scratchProject();
    await writeFile(join(project, 'strike.html'), page);
    const run = await runCli(['run', 'strike.html', '--to', 'fr,ar', '--engine', 'pseudo'], { cwd: project });
    expect(run.code, run.stderr).toBe(0);
    const id = await storyId(project);
    for (const lang of ['fr', 'ar']) {
      const written = await readFile(join(project, 'out', `${id}.${lang}.html`), 'utf8');
      expect(written.startsWith(page.slice(0, page.indexOf('<html')))).toBe(true);
      expect(written).toContain(`xml:lang="${lang}" lang="${lang}"`);
      expect(() => parseAsXml(written)).not.toThrow();
      const localized = readStory(Buffer.from(written), `${id}.${lang}.html`);
      expect(localized).toMatchObject({ lang, source: { format: 'html' } });
      expect(localized.blocks.map((block) => block.kind)).toEqual(['headline', 'paragraph', 'paragraph']);
    }
  });
});
