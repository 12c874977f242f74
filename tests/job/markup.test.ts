/**
 * Inline markup through the job: an article whose blocks carry links, emphasis and line breaks is
 * translated by the pseudo engine and the TM; each unit's target carries its markup, localized and
 * house-styled with it; a re-run served from the MT cache and the TM gives the same units; the
 * ledger keeps the targets tagged; and the target view joined block by block gives the markup back.
 */
import { describe, expect, it } from 'vitest';
import { articleOutputs, type RenderContext } from '../../src/job/article-outputs.js';
import { prepareArticle } from '../../src/job/prepare.js';
import { runJob } from '../../src/job/run.js';
import { translateArticles } from '../../src/job/translate.js';
import { markupProblems, printMarkedText } from '../../src/markup/index.js';
import { storedTarget, taggedSource } from '../../src/markup/tagged.js';
import { defaultValueStyle, type Article, type Block, type MarkupCode, type Unit } from '../../src/model.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { createFormatter } from '../../src/render/formatter.js';
import { markedBlock } from '../../src/render/marked-block.js';
import { targetView } from '../../src/render/view.js';
import { readLedgerEntry, storedLedgerEntry } from '../../src/store/marked-entries.js';
import type { Store } from '../../src/store/store.js';
import { articleOf, brCode, codeAround, glossaryOf } from '../helpers/builders.js';
import { countingEngine, jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const NNBSP = '\u202f';
const glossary = glossaryOf();

const linked = 'Read the report here. It was published on Monday.';
const emphasised = 'The army sent 2,500 troops north.';
const list = 'What we know: - At least 40 people were killed. - The fire started in the kitchen';
const confirmed = 'Officials confirmed the figures.';
const plainTwin = 'Officials confirmed the toll.';

const marked = (block: Block, markup: MarkupCode[]): Block => ({ ...block, markup });
const base = articleOf(
  [
    ['headline', 'Fire in the north'],
    ['paragraph', linked],
    ['paragraph', emphasised],
    ['paragraph', list],
    ['paragraph', `${confirmed} ${plainTwin}`],
  ],
  { id: 'marked-story', source: { path: 'marked.txt', format: 'text' } },
);
const article: Article = {
  ...base,
  blocks: [
    base.blocks[0]!,
    marked(base.blocks[1]!, [codeAround(linked, 'report here. It was published', 'm1', 'a', '<a href="https://x.test/report">')]),
    marked(base.blocks[2]!, [codeAround(emphasised, '2,500', 'm1'), codeAround(emphasised, 'troops north', 'm2', 'strong')]),
    marked(base.blocks[3]!, [brCode('m1', list.indexOf(' - At')), brCode('m2', list.indexOf(' - The'))]),
    marked(base.blocks[4]!, [codeAround(`${confirmed} ${plainTwin}`, 'figures', 'm1')]),
  ],
};

const options = jobOptions(pseudoEngine, [article.source.path], { targetLangs: ['fr'] });
const context: RenderContext = { options, glossary, formatter: createFormatter(), valueStyle: defaultValueStyle, bundleFormat: 'plain' };

/** The article's French units as the job fills them (ledger, TM, MT cache, engine), localized and checked. */
async function translated(store: Store, engine = countingEngine()) {
  const prepared = prepareArticle(article, glossary, ['fr']);
  const result = await translateArticles([prepared], store, { engine: engine.engine, glossary, targetLangs: ['fr'], concurrency: 1, fuzzyThreshold: 75, commit: true, send: true });
  const outputs = articleOutputs(article, prepared.segments, result.units.get(article.id)!, context);
  return { units: outputs.localized[0]!.units, localized: outputs.localized[0]!, asked: engine.asked, stats: result.stats };
}

/** A human translation of the marked sentence in the TM, tagged as the store keeps it. */
async function seedTm(store: Store, target: string, placements: Array<{ id: string; start: number; end: number }>) {
  const segment = prepareArticle(article, glossary, ['fr']).segments.find((s) => s.source === confirmed)!;
  await store.tm.add([
    { sourceLang: 'en', targetLang: 'fr', source: taggedSource(segment), target: storedTarget(segment, target, placements), origin: 'human' },
    // The same words without markup: another unit, never used for the marked sentence.
    { sourceLang: 'en', targetLang: 'fr', source: confirmed, target: 'Mauvaise entrée sans balisage.', origin: 'human' },
    { sourceLang: 'en', targetLang: 'fr', source: plainTwin, target: 'Les responsables ont confirmé le bilan.', origin: 'human' },
  ]);
}

const humanTarget = 'Les responsables ont confirmé les chiffres.';
const wordsOf = (unit: Unit) => Object.fromEntries((unit.targetMarkup ?? []).map(({ id, start, end }) => [id, start === end ? `|${start === unit.target!.length ? 'end' : start}` : unit.target!.slice(start, end)]));

describe('markup through the job', () => {
  it('gives every marked unit its target markup, on the same words after localization and house style, from the engine and the TM', async () => {
    const { store } = await memoryJobWorld(glossary);
    await seedTm(store, humanTarget, [{ id: 'm1', start: humanTarget.indexOf('chiffres'), end: humanTarget.indexOf('.') }]);
    const { units, asked } = await translated(store);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    for (const unit of units) {
      expect(markupProblems(unit.segment.markup ?? [], unit.targetMarkup ?? [], unit.target!.length), unit.id).toEqual([]);
      expect(unit.targetMarkup === undefined, unit.id).toBe(unit.segment.markup === undefined);
    }
    expect(wordsOf(byId.get('p2.s1')!)).toEqual({ m1: `2${NNBSP}500`, m2: 'ţŕööþš ñöŕţĥ' });
    expect(byId.get('p2.s1')!.target).toContain(`2${NNBSP}500`);
    // The line break stays after the colon, house style's no-break space before it.
    const label = byId.get('p3.s1')!;
    expect(label.target!.startsWith('[Ŵĥáţ ŵé ķñöŵ\u00a0:')).toBe(true);
    expect(wordsOf(label)).toEqual({ m1: `|${label.target!.indexOf(':') + 1}` });
    expect(byId.get('p4.s1')!).toMatchObject({ origin: 'tm', target: 'Les responsables ont confirmé les chiffres.' });
    expect(wordsOf(byId.get('p4.s1')!)).toEqual({ m1: 'chiffres' });
    expect(byId.get('p4.s2')!).toMatchObject({ origin: 'tm', target: 'Les responsables ont confirmé le bilan.' });
    expect(byId.get('p4.s2')!).not.toHaveProperty('targetMarkup');
    expect(asked).not.toContain(`fr:${confirmed}`);
  });

  it('serves a re-run from the MT cache and the TM with identical units', async () => {
    const { store } = await memoryJobWorld(glossary);
    await seedTm(store, humanTarget, [{ id: 'm1', start: humanTarget.indexOf('chiffres'), end: humanTarget.indexOf('.') }]);
    const first = await translated(store);
    const again = await translated(store);
    expect(first.asked.length).toBeGreaterThan(0);
    expect(again.asked).toEqual([]);
    expect(again.stats.fromCache).toBe(first.asked.length);
    expect(again.units).toEqual(first.units);
    expect(again.units.filter((unit) => unit.targetMarkup !== undefined).map((unit) => unit.id)).toEqual(['p1.s1', 'p1.s2', 'p2.s1', 'p3.s1', 'p3.s2', 'p4.s1']);
  });

  it('does not use a TM entry whose tags do not fit the sentence’s codes', async () => {
    const { store } = await memoryJobWorld(glossary);
    await seedTm(store, humanTarget, [{ id: 'm1', start: humanTarget.indexOf('chiffres'), end: humanTarget.indexOf('.') }]);
    const segment = prepareArticle(article, glossary, ['fr']).segments.find((s) => s.source === confirmed)!;
    // Replaces the entry above (same source): a second code the sentence does not have.
    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: taggedSource(segment), target: 'Les <c1>responsables</c1> ont confirmé les <c2>chiffres</c2>.', origin: 'human' }]);
    const { units, asked } = await translated(store);
    expect(units.find((unit) => unit.id === 'p4.s1')!.origin).toBe('pseudo');
    expect(asked).toContain(`fr:${confirmed}`);
  });

  it('gives the markup back block by block over the target view, the link cut by the sentence boundary joined', async () => {
    const { store } = await memoryJobWorld(glossary);
    const { localized } = await translated(store);
    const view = targetView(localized, glossary, context.formatter, defaultValueStyle);
    const printed = new Map(
      view.blocks.map((block) => {
        const joined = markedBlock(block.segments, (segment) => ({ text: segment.text ?? '', markup: segment.markup ?? [] }));
        return [block.id, printMarkedText(joined.text, joined.markup, (text) => text)];
      }),
    );
    const link = printed.get('p1')!;
    expect(link.match(/<a href="https:\/\/x.test\/report">/g)).toHaveLength(1);
    expect(link).toMatch(/^\[Ŕéáď ţĥé <a href="https:\/\/x.test\/report">ŕéþöŕţ ĥéŕé\. ~+\] \[Îţ ŵáš þüƀĺíšĥéď<\/a> öñ/);
    expect(printed.get('p2')).toContain(`<em>2${NNBSP}500</em> <strong>ţŕööþš ñöŕţĥ</strong>`);
    expect(printed.get('p3')!.match(/<br\/>/g)).toHaveLength(2);
  });

  it('keeps the run’s targets tagged in the ledger, read back to the units’ text and markup', async () => {
    const { store, services } = await memoryJobWorld(glossary);
    await runJob(options, services([article]));
    const { units } = await translated(store);
    const entries = new Map((await store.ledger.forArticle(article.id, 'fr')).map((entry) => [entry.unitId, entry]));
    const emphasisUnit = units.find((unit) => unit.id === 'p2.s1')!;
    expect(entries.get('p2.s1')!.target).toContain('<c1>2');
    expect(readLedgerEntry(entries.get('p2.s1')!, emphasisUnit.segment)).toMatchObject({ target: emphasisUnit.target, targetMarkup: emphasisUnit.targetMarkup });
    expect(entries.get('headline.s1')!.target).not.toContain('<c');
  });

  it('fills a unit from human work in the ledger with its markup, and ignores work whose tags do not fit', async () => {
    const { store } = await memoryJobWorld(glossary);
    const segments = prepareArticle(article, glossary, ['fr']).segments;
    const emphasis = segments.find((segment) => segment.id === 'p2.s1')!;
    const link = segments.find((segment) => segment.id === 'p1.s1')!;
    const human = 'L’armée a envoyé 2 500 soldats vers le nord.';
    const entry = { articleId: article.id, targetLang: 'fr', state: 'reviewed' as const, origin: 'human' as const };
    await store.ledger.record(
      storedLedgerEntry(
        { ...entry, unitId: 'p2.s1', sourceHash: emphasis.hash, target: human, targetMarkup: [{ id: 'm1', start: human.indexOf('2 500'), end: human.indexOf(' soldats') }, { id: 'm2', start: human.indexOf('soldats'), end: human.indexOf(' vers') }] },
        emphasis,
      ),
    );
    // A second pair where the sentence has one piece of a link: not this sentence's codes.
    await store.ledger.record({ ...entry, unitId: 'p1.s1', sourceHash: link.hash, target: 'Lisez <c1>le rapport</c1> <c2>ici</c2>.' });
    const { units, asked } = await translated(store);
    const filled = units.find((unit) => unit.id === 'p2.s1')!;
    expect(filled).toMatchObject({ origin: 'human', state: 'reviewed', target: human });
    expect(wordsOf(filled)).toEqual({ m1: '2 500', m2: 'soldats' });
    expect(units.find((unit) => unit.id === 'p1.s1')!.origin).toBe('pseudo');
    expect(asked).toContain(`fr:${link.source}`);
  });
});
