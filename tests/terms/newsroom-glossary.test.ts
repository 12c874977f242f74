import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/model.js';
import { readGlossaryDir } from '../../src/io/read-glossary.js';
import { compileTermMatcher, matchTerms, type TermMatcher } from '../../src/terms/index.js';

const glossaryFolder = fileURLToPath(new URL('../../glossary', import.meta.url));
const samplePath = fileURLToPath(new URL('../../samples/baghdad-2024-11-23-islamic-resistance.txt', import.meta.url));

/** The sample's paragraph that starts with `opening`. */
async function paragraphStarting(opening: string): Promise<string> {
  const paragraphs = (await readFile(samplePath, 'utf8')).split(/\n\s*\n/u).map((paragraph) => paragraph.trim());
  const found = paragraphs.find((paragraph) => paragraph.startsWith(opening));
  if (!found) throw new Error(`no paragraph starting "${opening}" in the sample`);
  return found;
}

describe('the newsroom glossary', () => {
  let glossary: Glossary;
  let matcher: TermMatcher;
  const hitsIn = (text: string) => matchTerms(text, matcher).map((hit) => [hit.text, hit.entryId]);

  beforeAll(async () => {
    glossary = await readGlossaryDir(glossaryFolder);
    matcher = compileTermMatcher(glossary);
  });

  it('loads, with French and Arabic targets for every entry', () => {
    expect(glossary.targetLangs).toEqual(['ar', 'fr']);
    expect(glossary.entries.length).toBeGreaterThanOrEqual(20);
    for (const entry of glossary.entries) {
      expect(entry.targets['fr'], entry.source).toBeTruthy();
      expect(entry.targets['ar'], entry.source).toBeTruthy();
    }
  });

  it('keeps the starter notes', () => {
    const notes = Object.fromEntries(glossary.entries.map((entry) => [entry.id, entry.note]));
    expect(notes['islamic-state-is']).toContain('داعش is common but pejorative');
    expect(notes['is']).toContain('داعش');
    expect(notes['hezbollah']).toBe('h aspiré: le/du Hezbollah');
    expect(notes['pentagon-deputy-press-secretary']).toBe('feminine forms for a woman office-holder');
  });

  it('finds the terms of the headline', async () => {
    expect(hitsIn(await paragraphStarting('Islamic Resistance in Iraq vows'))).toEqual([
      ['Islamic Resistance in Iraq', 'islamic-resistance-in-iraq'],
      ['US-led coalition', 'us-led-coalition'],
    ]);
  });

  it('finds the caption’s lower-case “Islamic resistance in Iraq” and the longer Kataib Hezbollah', async () => {
    expect(hitsIn(await paragraphStarting('Iraqi mourners'))).toEqual([
      ['Baghdad', 'baghdad'],
      ['Kataib Hezbollah', 'kataib-hezbollah'],
      ['Islamic resistance in Iraq', 'islamic-resistance-in-iraq'],
      ['Iraq', 'iraq'],
      ['Syria', 'syria'],
      ['air strike', 'air-strike'],
    ]);
  });

  it('finds the lead’s Iran-allied armed groups and the dateline city', async () => {
    expect(hitsIn(await paragraphStarting('Baghdad – Iran-allied'))).toEqual([
      ['Baghdad', 'baghdad'],
      // The sample has a no-break space here; any whitespace run matches.
      ['Iran-allied\u00a0armed groups', 'iran-backed-armed-groups'],
      ['US-led coalition', 'us-led-coalition'],
      ['Iraq', 'iraq'],
      ['Washington', 'washington'],
      ['Baghdad', 'baghdad'],
    ]);
  });

  it('tells “Islamic State (IS)” from IS and finds the Israel-Hamas war whole', async () => {
    expect(hitsIn(await paragraphStarting('Washington has forces'))).toEqual([
      ['Washington', 'washington'],
      ['Iraq', 'iraq'],
      ['Islamic State (IS)', 'islamic-state-is'],
      ['jihadist', 'jihadist'],
      ['Israel-Hamas war', 'israel-hamas-war'],
      ['Iraq', 'iraq'],
    ]);
  });

  it('matches Iraq’s Prime Minister and Iraq’s Foreign Ministry with the curly apostrophe', async () => {
    expect(hitsIn(await paragraphStarting('The volatile situation'))).toEqual([['Iraq’s Prime Minister', 'iraqs-prime-minister']]);
    expect(hitsIn(await paragraphStarting('Iraq’s Foreign Ministry said')).slice(0, 4)).toEqual([
      ['Iraq’s Foreign Ministry', 'iraqs-foreign-ministry'],
      ['Washington', 'washington'],
      ['Baghdad', 'baghdad'],
      ['working groups', 'working-groups'],
    ]);
  });

  it('finds the quoted “Islamic Resistance in Iraq” and the possessive Islamic Resistance’s', async () => {
    expect(hitsIn(await paragraphStarting('In a statement on Telegram'))).toEqual([
      ['Telegram', 'telegram'],
      ['Islamic Resistance in Iraq', 'islamic-resistance-in-iraq'],
      ['Israel', 'israel'],
      ['Gaza', 'gaza'],
    ]);
    expect(hitsIn(await paragraphStarting('“The Islamic Resistance’s response'))).toEqual([['Islamic Resistance', 'islamic-resistance']]);
  });

  it('finds IS alone and in “anti-IS”, and the Pentagon deputy press secretary whole', async () => {
    expect(hitsIn(await paragraphStarting('The ministry said the timeline'))).toEqual([['IS', 'is']]);
    expect(hitsIn(await paragraphStarting('There are roughly'))).toEqual([
      ['Iraq', 'iraq'],
      ['Syria', 'syria'],
      ['IS', 'is'],
      ['jihadist', 'jihadist'],
      ['Iraq', 'iraq'],
    ]);
    expect(hitsIn(await paragraphStarting('Pentagon deputy'))).toEqual([
      ['Pentagon deputy press secretary', 'pentagon-deputy-press-secretary'],
      ['Iraq', 'iraq'],
    ]);
  });
});
