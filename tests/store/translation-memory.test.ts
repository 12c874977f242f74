import { expect, it } from 'vitest';
import { similarity } from '../../src/leverage/similarity.js';
import type { TmEntry } from '../../src/store/store.js';
import { describeEachStore, openKindStore } from './store-kinds.js';
import { PAGE_SIZE } from '../../src/store/pages.js';
import { collect } from '../helpers/collect.js';

function human(source: string, target: string, extra: Partial<TmEntry> = {}): TmEntry {
  return { sourceLang: 'en', targetLang: 'fr', source, target, origin: 'human', ...extra };
}

describeEachStore('translation memory: adding', (kind) => {
  it('counts new, changed and unchanged entries, and replaces an entry with the same source and context', async () => {
    const { tm } = await openKindStore(kind);
    expect(await tm.add([human('Troops left.', 'Les troupes sont parties.'), human('Hello.', 'Bonjour.')])).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(
      await tm.add([human('Troops  left.', 'Les troupes ont quitté.'), human('Hello.', 'Bonjour.'), human('Bye.', 'Au revoir.')]),
    ).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect(await tm.count()).toBe(3);
    expect((await tm.exact('en', 'fr', 'Troops left.'))?.target).toBe('Les troupes ont quitté.');
  });

  it('adds an entry given twice in one call, then updates it, as one add after another would', async () => {
    const { tm } = await openKindStore(kind);
    const entries = [human('Troops left.', 'Partis.'), human('Hello.', 'Bonjour.'), human('Troops left.', 'Les troupes sont parties.'), human('Troops  left.', 'Les troupes sont parties.')];
    expect(await tm.add(entries)).toEqual({ added: 2, updated: 2, unchanged: 0 });
    expect(await tm.add(entries.slice(3))).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await tm.exact('en', 'fr', 'Troops left.'))?.target).toBe('Les troupes sont parties.');
    expect(await tm.count()).toBe(2);
  });

  it('says which language pairs it holds entries of', async () => {
    const { tm } = await openKindStore(kind);
    expect(await tm.hasEntries('en', 'fr')).toBe(false);
    await tm.add([human('Troops left.', 'Les troupes sont parties.')]);
    expect(await tm.hasEntries('en', 'fr')).toBe(true);
    expect(await tm.hasEntries('en', 'ar')).toBe(false);
    expect(await tm.hasEntries('fr', 'en')).toBe(false);
  });

  it('adds all entries or none', async () => {
    const { tm } = await openKindStore(kind);
    const broken = { ...human('Bad.', 'Mauvais.'), origin: 'guess' } as unknown as TmEntry;
    await expect(tm.add([human('Good.', 'Bon.'), broken])).rejects.toThrow(/adding to the translation memory failed/);
    expect(await tm.count()).toBe(0);
  });

  it('rejects an entry without source or target', async () => {
    const { tm } = await openKindStore(kind);
    await expect(tm.add([human('  ', 'Vide.')])).rejects.toThrow('Expected TM entry 0 to have a non-empty `source`');
  });

  it('lists every entry of a language pair in a stable order', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([
      human('b', 'B'),
      human('a', 'A', { previousSource: 'x', createdBy: 'editor', note: 'house style' }),
      { ...human('a', 'أ'), targetLang: 'ar' },
    ]);
    expect(await collect(tm.all('en', 'fr'))).toEqual([
      human('a', 'A', { previousSource: 'x', createdBy: 'editor', note: 'house style' }),
      human('b', 'B'),
    ]);
    expect((await collect(tm.all())).map((entry) => entry.targetLang)).toEqual(['ar', 'fr', 'fr']);
  });

  it('can be written to while a listing is under way, page after page', async () => {
    const { tm } = await openKindStore(kind);
    const sources = Array.from({ length: 2 * PAGE_SIZE + 10 }, (_, i) => `s${String(i).padStart(4, '0')}`);
    await tm.add(sources.map((source) => human(source, source.toUpperCase())));
    const listed: string[] = [];
    for await (const entry of tm.all('en', 'fr')) {
      listed.push(entry.source);
      // Before the page being read (not seen), and after it (seen when its page comes).
      if (listed.length % 100 === 0) await tm.add([human(`a${listed.length}`, 'A'), human(`t${listed.length}`, 'T')]);
    }
    expect(listed).toEqual([...sources, 't100', 't200', 't300', 't400', 't500'].sort());
    expect(await tm.count()).toBe(sources.length + 10);
  });

  it('can be written to after a listing stops early', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('a', 'A'), human('b', 'B')]);
    for await (const entry of tm.all()) if (entry.source === 'a') break;
    expect((await tm.add([human('c', 'C')])).added).toBe(1);
  });
});

describeEachStore('translation memory: exact matches', (kind) => {
  const article = { previousSource: 'Fighting resumed.', nextSource: 'Officials confirmed it.' };

  it('matches the same source regardless of whitespace, but not of case', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('The troops left Baghdad.', 'Les troupes ont quitté Bagdad.')]);
    expect(await tm.exact('en', 'fr', ' The troops  left\nBaghdad. ')).toMatchObject({
      target: 'Les troupes ont quitté Bagdad.',
      similarity: 100,
      inContext: false,
      origin: 'human',
    });
    expect(await tm.exact('en', 'fr', 'the troops left Baghdad.')).toBeUndefined();
    expect(await tm.exact('en', 'ar', 'The troops left Baghdad.')).toBeUndefined();
  });

  it('prefers the entry whose neighbours match too, and says it is in context', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([
      human('He left.', 'Il est parti.'),
      human('He left.', 'Il est reparti.', article),
      human('He left.', 'Il s’en est allé.', { previousSource: 'Other.', nextSource: 'Officials confirmed it.' }),
    ]);
    expect(await tm.exact('en', 'fr', 'He left.', article)).toMatchObject({ target: 'Il est reparti.', inContext: true });
  });

  it('falls back to the entry recorded without context when the neighbours differ', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('He left.', 'Il est reparti.', article), human('He left.', 'Il est parti.')]);
    expect(await tm.exact('en', 'fr', 'He left.', { previousSource: 'Something else.' })).toMatchObject({
      target: 'Il est parti.',
      inContext: false,
    });
    expect(await tm.exact('en', 'fr', 'He left.')).toMatchObject({ target: 'Il est parti.', inContext: false });
  });

  it('requires both neighbours for an in-context match', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('He left.', 'Il est reparti.', article)]);
    expect(await tm.exact('en', 'fr', 'He left.', { previousSource: article.previousSource })).toMatchObject({
      target: 'Il est reparti.',
      inContext: false,
    });
  });

  it('never calls an entry without context in context, even for a segment without neighbours', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('Headline.', 'Titre.')]);
    expect((await tm.exact('en', 'fr', 'Headline.', {}))?.inContext).toBe(false);
  });
});

describeEachStore('translation memory: fuzzy matches', (kind) => {
  const friday = human('The troops left Baghdad on Friday.', 'Les troupes ont quitté Bagdad vendredi.');

  it('scores one changed word in seven tokens at about 86', async () => {
    expect(similarity('The troops left Baghdad on Thursday.', friday.source)).toBeCloseTo(85.71, 2);
    const { tm } = await openKindStore(kind);
    await tm.add([friday]);
    expect(await tm.fuzzy('en', 'fr', 'The troops left Baghdad on Thursday.')).toEqual([
      { source: friday.source, target: friday.target, similarity: (6 / 7) * 100, inContext: false, origin: 'human' },
    ]);
  });

  it('returns nothing below the threshold', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([friday]);
    const query = 'The soldiers left Mosul on Thursday.'; // 3 of 7 tokens changed: 57
    expect(await tm.fuzzy('en', 'fr', query)).toEqual([]);
    expect(await tm.fuzzy('en', 'fr', query, { threshold: 50 })).toHaveLength(1);
  });

  it('orders by similarity, then source, and stops at the limit', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([
      human('The troops left Baghdad on Friday morning.', 'A'), // 1 insertion: 7/8
      human('The troops left Baghdad on Friday.', 'B'), // exact: 100
      human('Troops left Baghdad on Friday.', 'C'), // 1 deletion: 6/7
      human('The troops left Basra on Friday.', 'D'), // 1 substitution: 6/7
      human('The troops left Baghdad on Friday!', 'E'), // 1 substitution: 6/7
    ]);
    const matches = await tm.fuzzy('en', 'fr', 'The troops left Baghdad on Friday.', { threshold: 80, limit: 4 });
    expect(matches.map((match) => [match.target, Math.round(match.similarity * 10) / 10])).toEqual([
      ['B', 100],
      ['A', 87.5],
      ['E', 85.7],
      ['D', 85.7],
    ]);
  });

  it('scores a source that differs only in case or quotes 99, not 100', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('The army’s convoy left.', 'Le convoi de l’armée est parti.')]);
    expect((await tm.fuzzy('en', 'fr', "the army's convoy left."))[0]?.similarity).toBe(99);
    expect(await tm.fuzzy('en', 'fr', "the army's convoy left.", { threshold: 100 })).toEqual([]);
  });

  it('offers one match per distinct source and target', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([
      human('He left.', 'Il est parti.'),
      human('He left.', 'Il est parti.', { previousSource: 'Before.' }),
      human('He left.', 'Il est reparti.', { nextSource: 'After.' }),
    ]);
    expect((await tm.fuzzy('en', 'fr', 'He left here.')).map((match) => match.target)).toEqual(['Il est parti.', 'Il est reparti.']);
  });

  it('only searches the requested language pair', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([{ ...friday, targetLang: 'ar', target: 'غادرت القوات بغداد يوم الجمعة.' }]);
    expect(await tm.fuzzy('en', 'fr', friday.source)).toEqual([]);
    expect(await tm.fuzzy('en', 'AR', friday.source)).toHaveLength(1);
  });

  it('still finds matches for queries made mostly of punctuation or unknown words', async () => {
    const { tm } = await openKindStore(kind);
    await tm.add([human('“…”', '« … »'), human('Zyx qwv.', 'Zyx qwv.')]);
    expect((await tm.fuzzy('en', 'fr', '"…"'))[0]?.target).toBe('« … »');
    expect(await tm.fuzzy('en', 'fr', 'Unheard-of words here.')).toEqual([]);
  });

  it('rejects a threshold or limit out of range', async () => {
    const { tm } = await openKindStore(kind);
    await expect(tm.fuzzy('en', 'fr', 'x', { threshold: 0 })).rejects.toThrow('Expected `threshold` to be a number in (0, 100]');
    await expect(tm.fuzzy('en', 'fr', 'x', { limit: 0 })).rejects.toThrow('Expected `limit` to be an integer >= 1');
  });
});
