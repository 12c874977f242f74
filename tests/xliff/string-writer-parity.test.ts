/**
 * The string writers (issue #14) print exactly what the xmlbuilder2 writers printed, byte for byte,
 * on every kind of document the tests build (states, codes, suggestions, size limits, right-to-left,
 * hostile text) and on generated stories; the one deliberate difference (TAB, LF and CR in
 * attributes) has its own test in escaping.test.ts. The xmlbuilder2 writers are frozen in
 * bench/xmlbuilder2-writer/.
 */
import { describe, expect, it } from 'vitest';
import * as xmlbuilder2Writer from '../../bench/xmlbuilder2-writer/index.js';
import { ingestText } from '../../src/ingest/index.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { defaultValueStyle, type Glossary, type LocalizedArticle, type Unit } from '../../src/model.js';
import { buildXliffView } from '../../src/xliff/build-view.js';
import type { XliffSizeLimits } from '../../src/xliff/index.js';
import { writeXliff12 } from '../../src/xliff/write-12.js';
import { writeXliff21 } from '../../src/xliff/write-21.js';
import { generateStories, storyText } from '../helpers/generate-stories.js';
import { codedUnits, glossary, localized, pseudoUnits, storyUnits, withSuggestions } from './fixtures.js';
import { hostileDocument, hostileGlossary } from './hostile-fixtures.js';

interface Case {
  readonly name: string;
  readonly doc: LocalizedArticle;
  readonly glossary: Glossary;
  readonly sizeLimits?: XliffSizeLimits;
}

const generatedCases = (): Case[] =>
  generateStories(6, { seed: 3 }).flatMap((story, i) => {
    const prepared = prepareArticle(ingestText(new TextEncoder().encode(storyText(story)), `${story.name}.txt`), glossary, ['fr', 'ar']);
    return (['fr', 'ar'] as const).map((targetLang): Case => {
      // Alternate states and origins so every mapping is printed.
      const units = prepared.units
        .filter((u) => u.targetLang === targetLang)
        .map((u, n): Unit => (n % 3 === 0 ? u : { ...u, state: n % 3 === 1 ? 'needs-review' : 'final', origin: n % 3 === 1 ? 'mt' : 'human', target: `${u.segment.source} (${targetLang})` }));
      return { name: `generated story ${i + 1} ${targetLang}`, doc: { article: prepared.article, targetLang, units }, glossary };
    });
  });

const cases: readonly Case[] = [
  { name: 'every state', doc: localized(storyUnits()), glossary },
  { name: 'pseudo, Arabic', doc: localized(pseudoUnits('ar'), { targetLang: 'ar' }), glossary },
  { name: 'suggestions', doc: localized(withSuggestions(storyUnits())), glossary },
  { name: 'codes, French', doc: localized(codedUnits('fr')), glossary },
  { name: 'codes, Arabic', doc: localized(codedUnits('ar'), { targetLang: 'ar' }), glossary },
  { name: 'size limits', doc: localized(storyUnits()), glossary, sizeLimits: { headline: 60, paragraph: 300 } },
  { name: 'hostile text', doc: hostileDocument(), glossary: hostileGlossary },
  ...generatedCases(),
];

describe.each(cases)('string writers on $name', ({ doc, glossary: termbase, sizeLimits }) => {
  const view = buildXliffView(doc, termbase, { original: doc.article.source.path, sizeLimits: sizeLimits ?? {}, valueStyle: defaultValueStyle });

  it('print XLIFF 1.2 byte for byte as the xmlbuilder2 writer did', () => {
    expect(writeXliff12(view)).toBe(xmlbuilder2Writer.writeXliff12(view));
  });

  it('print XLIFF 2.1 byte for byte as the xmlbuilder2 writer did', () => {
    expect(writeXliff21(view)).toBe(xmlbuilder2Writer.writeXliff21(view));
  });
});
