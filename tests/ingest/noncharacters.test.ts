import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { ingestText } from '../../src/ingest/index.js';
import { runJob } from '../../src/job/run.js';
import { glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { meteredEngine } from '../helpers/metered-engine.js';
import { ingest, inputErrorFrom, story } from './helpers.js';

describe('characters that are not text', () => {
  it.each([
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['U+FDD0', '\uFDD0'],
    ['U+1FFFF', '\u{1FFFF}'],
    ['U+10FFFE', '\u{10FFFE}'],
  ])('refuses %s with the line it is on', (codePoint, char) => {
    const error = inputErrorFrom(() => ingest(story('Headline', '', 'A first paragraph.', '', `A score of 3${char}1 was read out.`)));
    expect(error.location).toEqual({ file: 'story.txt', line: 5 });
    expect(error.message).toBe(`character ${codePoint} in the text: a Unicode noncharacter or control character, not text to translate`);
  });

  it('counts CRLF and CR line breaks when naming the line', () => {
    const error = inputErrorFrom(() => ingest('Headline\r\n\r\nBody.\r\rMore \uFFFF.'));
    expect(error.location?.line).toBe(5);
  });

  it('keeps the characters around them that are text: private use, U+FFFD, emoji', () => {
    const article = ingest(story('Headline', '', 'Marks \uE000 \uFFFD 😀 and U+FFFC \uFFFC stay.'));
    expect(article.blocks[1]!.text).toBe('Marks \uE000 \uFFFD 😀 and U+FFFC \uFFFC stay.');
  });

  it('stops a run before anything is sent to the engine or written', async () => {
    const world = await memoryJobWorld(glossaryOf());
    const metered = meteredEngine();
    const bytes = new TextEncoder().encode('Headline\n\nA score of 3\uFFFE1.\n');
    const services = { ...world.services([]), readArticle: async (path: string) => ingestText(bytes, path) };
    await expect(runJob(jobOptions(metered.engine, ['story.txt']), services)).rejects.toBeInstanceOf(InputError);
    expect(metered.sent).toEqual([]);
    expect(world.disk.size).toBe(0);
  });
});
