/**
 * DeepL glossary sync against the DeepL-compatible fake: the entries sent, reuse by name and entry
 * count, replacement, pruning (ours only), the v2 fallback, the glossary limit and key redaction.
 */
import { GlossaryEntries, type DeepLClient } from 'deepl-node';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/model.js';
import { createDeepLEngine } from '../../src/mt/engines/deepl.js';
import {
  DeepLGlossaryError,
  ensureDeepLGlossary,
  glossaryEntriesFor,
  syncDeepLGlossary,
  type GlossaryClient,
  type GlossarySyncOptions,
} from '../../src/mt/engines/deepl/glossary-sync.js';
import { realSleep } from '../../src/mt/pacing.js';
import { retryingRunner, type RetryEvent } from '../../src/mt/retry.js';
import { defaultRetryPolicy, type RetryPolicy } from '../../src/mt/retry-policy.js';
import { parseGlossary } from '../../src/terms/index.js';
import { entry, glossaryOf, segmentOf } from '../helpers/builders.js';
import { clientFor } from '../helpers/fake-deepl/client.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';

const authKey = 'wire-l10n-test-SECRET-51d0e7:fx';
const header = 'en,en_variants,fr,fr_variants,ar,ar_variants,type,case,note';
const rows = [
  'Islamic State (IS),Islamic State group|Islamic State,groupe État islamique (EI),État islamique,تنظيم الدولة الإسلامية,,name,,',
  'Kataib Hezbollah,Kataeb Hezbollah,Brigades du Hezbollah,,كتائب حزب الله,,name,,',
  'air strike,airstrike,frappe aérienne,,غارة جوية,,,,',
  'Telegram,,,,تلغرام,,dnt,,brand name',
];
const termbase = (...lines: string[]): Glossary => parseGlossary([{ path: 'newsroom.csv', content: [header, ...lines].join('\n') }]);
const newsroom = termbase(...rows);
const changed = termbase(...rows, 'ceasefire,truce,cessez-le-feu,trêve,وقف إطلاق النار,,,,');

const frenchEntries = {
  'Islamic State': 'groupe État islamique (EI)',
  'Islamic State (IS)': 'groupe État islamique (EI)',
  'Islamic State group': 'groupe État islamique (EI)',
  'Kataeb Hezbollah': 'Brigades du Hezbollah',
  'Kataib Hezbollah': 'Brigades du Hezbollah',
  'air strike': 'frappe aérienne',
  airstrike: 'frappe aérienne',
};

const fakeDeepL = fakeDeepLPerTest({ authKey });

const sync = (fake: FakeDeepL, glossary: Glossary, langs: string[] = ['fr', 'ar'], options: GlossarySyncOptions = {}) =>
  syncDeepLGlossary(clientFor(fake), glossary, langs, { secrets: [authKey], ...options });

/** The requests made by `work`, as `METHOD /path`. */
async function requestsOf(fake: FakeDeepL, work: () => Promise<unknown>): Promise<string[]> {
  const before = fake.log.length;
  await work();
  return fake.log.slice(before).map((request) => `${request.method} ${request.path}`);
}

async function failureOf(work: Promise<unknown>): Promise<DeepLGlossaryError> {
  const error = await work.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DeepLGlossaryError);
  return error as DeepLGlossaryError;
}

describe('glossaryEntriesFor', () => {
  it('maps the canonical form and every variant to the required target, leaves dnt out, sorted by source', () => {
    const { entries, dropped } = glossaryEntriesFor(newsroom, 'fr');
    expect(Object.fromEntries(entries.map((e) => [e.source, e.target]))).toEqual(frenchEntries);
    expect(entries.map((e) => e.source)).toEqual(Object.keys(frenchEntries).sort());
    expect(glossaryEntriesFor(newsroom, 'ar').entries.map((e) => e.source)).not.toContain('Telegram');
    expect(dropped).toEqual([]);
    expect(glossaryEntriesFor(newsroom, 'es').entries).toEqual([]);
  });

  it('does not depend on row order, as the termbase hash does not', () => {
    const reversed = termbase(...[...rows].reverse());
    expect(reversed.hash).toBe(newsroom.hash);
    expect(glossaryEntriesFor(reversed, 'ar')).toEqual(glossaryEntriesFor(newsroom, 'ar'));
  });

  it('cleans whitespace, merges identical duplicates, and reports what DeepL would refuse', () => {
    const glossary = glossaryOf(
      entry(' air\tstrike ', { fr: 'frappe\naérienne' }),
      entry('Hamas', { fr: 'Hamas' }),
      entry('Hamas movement', { fr: 'Hamas' }, { sourceVariants: ['Hamas'] }),
      entry('United States', { fr: 'les États-Unis' }, { sourceVariants: ['US'] }),
      entry('US', { fr: 'États-Unis' }),
      entry('bell\u0007', { fr: 'cloche' }),
      entry('long', { fr: 'x'.repeat(1025) }),
      entry('Paris', { fr: 'Paris' }, { sourceVariants: ['  '] }),
    );
    const { entries, dropped } = glossaryEntriesFor(glossary, 'fr');
    expect(entries).toEqual([
      { source: 'Hamas', target: 'Hamas' },
      { source: 'Hamas movement', target: 'Hamas' },
      { source: 'Paris', target: 'Paris' },
      { source: 'US', target: 'États-Unis' },
      { source: 'United States', target: 'les États-Unis' },
      { source: 'air strike', target: 'frappe aérienne' },
    ]);
    expect(dropped.map(({ source, reason, entryId }) => ({ source, reason, entryId }))).toEqual([
      { source: '', reason: 'invalid-term', entryId: 'paris' },
      { source: 'US', reason: 'duplicate-source', entryId: 'united-states' },
      { source: 'bell\u0007', reason: 'invalid-term', entryId: 'bell-' },
      { source: 'long', reason: 'too-long', entryId: 'long' },
    ]);
    expect(dropped.find((d) => d.reason === 'duplicate-source')?.detail).toMatch(/entry us, whose target "États-Unis" is kept/);
  });
});

describe('syncDeepLGlossary (v3)', () => {
  it('creates one multilingual glossary with a dictionary per language, variants included', async () => {
    const fake = await fakeDeepL();
    let result;
    const requests = await requestsOf(fake, async () => (result = await sync(fake, newsroom)));
    expect(requests).toEqual(['GET /v3/glossaries', 'POST /v3/glossaries']);
    expect(result).toMatchObject({ api: 'v3', action: 'created', names: [`wire-l10n ${newsroom.hash.slice(0, 12)}`], deleted: [], dropped: [] });
    expect(result!.entryCounts).toEqual({ fr: 7, ar: 7 });
    const id = result!.glossaryIds['fr']!;
    expect(result!.glossaryIds).toEqual({ fr: id, ar: id });

    const client = clientFor(fake);
    const [listed] = await client.listMultilingualGlossaries();
    expect(listed?.dictionaries).toEqual([
      { sourceLangCode: 'en', targetLangCode: 'fr', entryCount: 7 },
      { sourceLangCode: 'en', targetLangCode: 'ar', entryCount: 7 },
    ]);
    expect((await client.getMultilingualGlossaryDictionaryEntries(id, 'en', 'fr')).entries.entries()).toEqual(frenchEntries);
    expect((await client.getMultilingualGlossaryDictionaryEntries(id, 'en', 'ar')).entries.entries()).toMatchObject({
      'Islamic State group': 'تنظيم الدولة الإسلامية',
      'Kataeb Hezbollah': 'كتائب حزب الله',
      airstrike: 'غارة جوية',
    });
  });

  it('reuses the glossary of an unchanged termbase with one list request and nothing else', async () => {
    const fake = await fakeDeepL();
    const first = await sync(fake, newsroom);
    let second;
    const requests = await requestsOf(fake, async () => (second = await sync(fake, termbase(...[...rows].reverse()))));
    expect(requests).toEqual(['GET /v3/glossaries']);
    expect(second).toMatchObject({ action: 'reused', glossaryIds: first.glossaryIds, deleted: [] });
    // A subset of the languages is served by the same glossary.
    expect(await requestsOf(fake, () => sync(fake, newsroom, ['ar']))).toEqual(['GET /v3/glossaries']);
  });

  it('creates another glossary for a changed termbase, and keeps the old one without prune', async () => {
    const fake = await fakeDeepL();
    const first = await sync(fake, newsroom);
    const second = await sync(fake, changed);
    expect(second).toMatchObject({ action: 'created', deleted: [], entryCounts: { fr: 9, ar: 9 } });
    expect(second.glossaryIds['fr']).not.toBe(first.glossaryIds['fr']);
    expect((await clientFor(fake).listMultilingualGlossaries()).map((g) => g.name).sort()).toEqual(
      [`wire-l10n ${newsroom.hash.slice(0, 12)}`, `wire-l10n ${changed.hash.slice(0, 12)}`].sort(),
    );
  });

  it('with prune, deletes the stale glossaries it created and never one named by someone else', async () => {
    const fake = await fakeDeepL();
    const client = clientFor(fake);
    const dictionary = (name: string) => client.createMultilingualGlossary(name, [{ sourceLangCode: 'en', targetLangCode: 'fr', entries: toEntries({ a: 'b' }) }]);
    const others = [await dictionary('newsroom'), await dictionary('wire-l10n staging'), await dictionary(`wire-l10n ${'0'.repeat(12)} copy`)];
    const stale = await sync(fake, newsroom);
    const current = await sync(fake, changed, ['fr', 'ar'], { prune: true });
    expect(current).toMatchObject({ action: 'created', deleted: [stale.glossaryIds['fr']] });
    const left = (await client.listMultilingualGlossaries()).map((g) => g.glossaryId).sort();
    expect(left).toEqual([...others.map((g) => g.glossaryId), current.glossaryIds['fr']].sort());
    // Pruning an unchanged termbase deletes nothing more.
    expect(await requestsOf(fake, () => sync(fake, changed, ['fr', 'ar'], { prune: true }))).toEqual(['GET /v3/glossaries']);
  });

  it('replaces (PUT, never PATCH) the dictionaries missing from the glossary of this termbase', async () => {
    const fake = await fakeDeepL();
    const french = await sync(fake, newsroom, ['fr']);
    expect(french.glossaryIds).toEqual({ fr: expect.any(String) });
    let both;
    const requests = await requestsOf(fake, async () => (both = await sync(fake, newsroom)));
    const id = french.glossaryIds['fr']!;
    expect(requests).toEqual(['GET /v3/glossaries', `PUT /v3/glossaries/${id}/dictionaries`]);
    expect(both).toMatchObject({ action: 'updated', glossaryIds: { fr: id, ar: id } });

    // A dictionary of another size (edited by hand, or built by older rules) is replaced too.
    const client = clientFor(fake);
    await client.updateMultilingualGlossaryDictionary(id, { sourceLangCode: 'en', targetLangCode: 'fr', entries: toEntries({ lingering: 'reste' }) });
    expect(await sync(fake, newsroom)).toMatchObject({ action: 'updated', glossaryIds: { fr: id, ar: id } });
    expect((await client.getMultilingualGlossaryDictionaryEntries(id, 'en', 'fr')).entries.entries()).toEqual(frenchEntries);
  });

  it('makes no glossary for languages without entries, and names no glossary for them', async () => {
    const fake = await fakeDeepL();
    const result = await sync(fake, newsroom, ['fr', 'es']);
    expect(result.glossaryIds).toEqual({ fr: expect.any(String) });
    expect(result.entryCounts).toEqual({ fr: 7, es: 0 });
    const dntOnly = termbase('Telegram,,,,,,dnt,,');
    expect(await sync(fake, dntOnly)).toMatchObject({ action: 'none', glossaryIds: {}, names: [] });
  });

  it('refuses two requested languages that would share one dictionary', async () => {
    const fake = await fakeDeepL();
    // A usage error (exit 2 with a hint), not a TypeError that the CLI reports as an internal error.
    await expect(sync(fake, newsroom, ['fr', 'fr-CA'])).rejects.toMatchObject({
      code: 'E_USAGE',
      message: expect.stringMatching(/fr and fr-CA share DeepL's fr glossary dictionary/),
      hint: 'run fr and fr-CA as separate jobs',
    });
  });
});

describe('syncDeepLGlossary (v2 fallback)', () => {
  it('uses one glossary per language pair where /v3/glossaries answers 404, with the same reuse and prune', async () => {
    const fake = await fakeDeepL({ v3: false });
    const hash = newsroom.hash.slice(0, 12);
    let first;
    const requests = await requestsOf(fake, async () => (first = await sync(fake, newsroom)));
    expect(requests).toEqual(['GET /v3/glossaries', 'GET /v2/glossaries', 'POST /v2/glossaries', 'POST /v2/glossaries']);
    expect(first).toMatchObject({ api: 'v2', action: 'created', names: [`wire-l10n ${hash} en-fr`, `wire-l10n ${hash} en-ar`] });
    const client = clientFor(fake);
    const listed = await client.listGlossaries();
    expect(listed.map((g) => [g.name, g.targetLang, g.entryCount])).toEqual([
      [`wire-l10n ${hash} en-fr`, 'fr', 7],
      [`wire-l10n ${hash} en-ar`, 'ar', 7],
    ]);
    expect((await client.getGlossaryEntries(first!.glossaryIds['fr']!)).entries()).toEqual(frenchEntries);

    let again;
    expect(await requestsOf(fake, async () => (again = await sync(fake, newsroom)))).toEqual(['GET /v3/glossaries', 'GET /v2/glossaries']);
    expect(again).toMatchObject({ api: 'v2', action: 'reused', glossaryIds: first!.glossaryIds });

    const someoneElses = await client.createGlossary('newsroom fr', 'en', 'fr', toEntries({ a: 'b' }));
    const pruned = await sync(fake, changed, ['fr', 'ar'], { prune: true });
    expect(pruned).toMatchObject({ api: 'v2', action: 'created' });
    expect([...pruned.deleted].sort()).toEqual(Object.values(first!.glossaryIds).sort());
    expect((await client.listGlossaries()).map((g) => g.glossaryId).sort()).toEqual(
      [someoneElses.glossaryId, ...Object.values(pruned.glossaryIds)].sort(),
    );
  });
});

describe('the glossary limit', () => {
  it('says the limit is reached and what to do, without --prune when none of the glossaries is ours', async () => {
    const fake = await fakeDeepL({ glossaryLimit: 1 });
    await clientFor(fake).createGlossary('newsroom', 'en', 'fr', toEntries({ a: 'b' }));
    const error = await failureOf(sync(fake, newsroom, ['fr', 'ar'], { prune: true }));
    expect(error.kind).toBe('glossary-limit');
    expect(error.message).toBe(
      "DeepL: the account's glossary limit (Free: 1) is reached (1 glossary on the account, 0 of them created by wire-l10n): delete glossaries in DeepL (none of the stale ones is ours)",
    );
  });

  it('suggests --prune when a stale glossary of ours holds the place, and with prune makes room and creates', async () => {
    const fake = await fakeDeepL({ glossaryLimit: 1 });
    const stale = await sync(fake, newsroom);
    const error = await failureOf(sync(fake, changed));
    expect(error.message).toMatch(/glossary limit \(Free: 1\) is reached \(1 glossary on the account, 1 of them created by wire-l10n\): run with --prune, or delete glossaries in DeepL$/);
    let result;
    const requests = await requestsOf(fake, async () => (result = await sync(fake, changed, ['fr', 'ar'], { prune: true })));
    const staleId = stale.glossaryIds['fr']!;
    // Refused for the limit: first a look for the same glossary made meanwhile by another process, then room made.
    expect(requests).toEqual(['GET /v3/glossaries', 'POST /v3/glossaries', 'GET /v3/glossaries', `DELETE /v3/glossaries/${staleId}`, 'POST /v3/glossaries']);
    expect(result).toMatchObject({ action: 'created', deleted: [staleId] });
    expect((await clientFor(fake).listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([result!.glossaryIds['fr']]);
  });
});

describe('syncs at once (workers starting together)', () => {
  for (const v3 of [true, false]) {
    it(`on a Free account (one glossary, ${v3 ? 'v3' : 'v2'}), the sync refused for the limit takes the glossary the other created`, async () => {
      const fake = await fakeDeepL({ glossaryLimit: 1, v3 });
      // v2 holds a glossary per language: one language, so that one glossary is all a sync needs.
      const langs = v3 ? ['fr', 'ar'] : ['fr'];
      const [first, second] = await Promise.all([sync(fake, newsroom, langs), sync(fake, newsroom, langs)]);
      expect(second.glossaryIds).toEqual(first.glossaryIds);
      const client = clientFor(fake);
      const held = v3 ? await client.listMultilingualGlossaries() : await client.listGlossaries();
      expect(held.map((glossary) => glossary.glossaryId).sort()).toEqual([...new Set(Object.values(first.glossaryIds))].sort());
    });
  }
});

describe('failures', () => {
  it('name the step and never carry the key, even when the server echoes it', async () => {
    const fake = await fakeDeepL();
    fake.faults.fail(1, { status: 403, message: `key ${authKey} refused` });
    const refused = await failureOf(sync(fake, newsroom));
    expect(refused.kind).toBe('auth');
    expect(refused.message).toMatch(/^DeepL: listing glossaries \(v3\) failed: the authentication key was refused \(HTTP 403\)/);
    expect(refused.message).toContain('[redacted]');

    fake.faults.fail(1, { status: 503, message: `down ${authKey}` });
    const down = await failureOf(sync(fake, newsroom));
    expect(down.kind).toBe('transient');

    // The list is answered without a request, so the scripted 400 meets the create.
    fake.faults.fail(1, { status: 400, message: `Invalid glossary entries provided ${authKey}` });
    const client = { ...glossaryMethodsOf(clientFor(fake)), listMultilingualGlossaries: async () => [] };
    const refusedCreate = await failureOf(syncDeepLGlossary(client, newsroom, ['fr', 'ar'], { secrets: [authKey] }));
    expect(refusedCreate.kind).toBe('bad-request');
    expect(refusedCreate.message).toMatch(
      new RegExp(`^DeepL: creating glossary "wire-l10n ${newsroom.hash.slice(0, 12)}" failed: the request was refused \\(HTTP 400\\)`),
    );

    for (const error of [refused, down, refusedCreate]) {
      expect(error.message).not.toContain(authKey);
      expect(error.stack ?? '').not.toContain(authKey);
      expect(error.cause).toBeUndefined();
    }
  });
});

describe('retries: the job\'s retry layer, as for translate requests', () => {
  /** The retry layer a job passes, with short backoffs; its events recorded. */
  const retryLayer = (patch: Partial<RetryPolicy> = {}) => {
    const events: RetryEvent[] = [];
    const retrying = retryingRunner(
      { ...defaultRetryPolicy, baseDelayMs: 2, maxDelayMs: 10, ...patch },
      { sleep: realSleep, now: Date.now, random: Math.random, onEvent: (event) => events.push(event) },
    );
    return { retrying, events };
  };

  it('outlasts 5 server errors at the start, each retry shown with the step that failed', async () => {
    const fake = await fakeDeepL();
    fake.faults.fail(5, { status: 503 });
    const { retrying, events } = retryLayer();
    const result = await sync(fake, newsroom, ['fr', 'ar'], { retrying });
    expect(result.action).toBe('created');
    expect(events.map((event) => event.type === 'retry' && event.attempt)).toEqual([1, 2, 3, 4, 5]);
    for (const event of events) expect(event).toMatchObject({ reason: expect.stringMatching(/^DeepL: listing glossaries \(v3\) failed: service unavailable \(HTTP 503\)/) });
  });

  it('gives up after as many attempts as a translate request, saying so', async () => {
    const fake = await fakeDeepL();
    fake.faults.fail(defaultRetryPolicy.maxAttempts, { status: 503 });
    const { retrying } = retryLayer();
    const error = await failureOf(sync(fake, newsroom, ['fr', 'ar'], { retrying }));
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(new RegExp(`^DeepL: listing glossaries \\(v3\\) failed: .*\\(gave up after ${defaultRetryPolicy.maxAttempts} attempts\\)$`));
    expect(fake.log).toHaveLength(defaultRetryPolicy.maxAttempts);
  });

  it('retries a create and a dictionary replacement as well', async () => {
    const fake = await fakeDeepL();
    // The list is answered without a request, so the scripted failures meet the create.
    const client = { ...glossaryMethodsOf(clientFor(fake)), listMultilingualGlossaries: async () => [] };
    fake.faults.fail(2, { status: 502 }).reset(1);
    const { retrying, events } = retryLayer();
    const created = await syncDeepLGlossary(client, newsroom, ['fr'], { secrets: [authKey], retrying });
    expect(created.action).toBe('created');
    expect(events.map((event) => (event as { reason: string }).reason)).toEqual([
      expect.stringMatching(/^DeepL: creating glossary .* failed: request failed \(HTTP 502\)/),
      expect.stringMatching(/^DeepL: creating glossary .* failed: request failed \(HTTP 502\)/),
      expect.stringMatching(/^DeepL: creating glossary .* failed: connection failed/),
    ]);

    fake.faults.fail(1, { status: 500, path: '/v3/glossaries/' });
    const updated = await sync(fake, newsroom, ['fr', 'ar'], { retrying });
    expect(updated.action).toBe('updated');
    expect(events.at(-1)).toMatchObject({ type: 'retry', reason: expect.stringMatching(/^DeepL: replacing the en→ar dictionary/) });
  });

  it('waits out 429s without counting them as attempts', async () => {
    const fake = await fakeDeepL();
    fake.faults.fail(defaultRetryPolicy.maxAttempts + 4, { status: 429 });
    const { retrying, events } = retryLayer();
    expect((await sync(fake, newsroom, ['fr', 'ar'], { retrying })).action).toBe('created');
    expect(events.filter((event) => event.type === 'rate-limited')).toHaveLength(defaultRetryPolicy.maxAttempts + 4);
  });

  it('retries a request that timed out, and shows the time-out', async () => {
    const fake = await fakeDeepL();
    fake.faults.hang(1);
    const { retrying, events } = retryLayer();
    // deepl-node cannot time out sooner than ~1 s, whatever minTimeout says.
    const result = await syncDeepLGlossary(clientFor(fake, { minTimeout: 100 }), newsroom, ['fr'], { secrets: [authKey], retrying });
    expect(result.action).toBe('created');
    expect(events).toEqual([expect.objectContaining({ type: 'retry', reason: expect.stringMatching(/^DeepL: listing glossaries \(v3\) failed: connection failed.*timeout/) })]);
  });
});

describe('ensureDeepLGlossary', () => {
  it('gives the ids for DeepLEngineConfig.glossaryIds, and the engine then translates with them', async () => {
    const fake = await fakeDeepL();
    const config = { authKey, serverUrl: fake.url, timeoutMs: 2000 };
    const glossaryIds = await ensureDeepLGlossary(config, newsroom, ['fr', 'ar']);
    expect(Object.keys(glossaryIds)).toEqual(['fr', 'ar']);
    expect(await ensureDeepLGlossary(config, newsroom, ['fr', 'ar'])).toEqual(glossaryIds);

    const engine = createDeepLEngine({ ...config, glossaryIds });
    const result = await engine.translateBatch({ sourceLang: 'en', targetLang: 'fr', segments: [segmentOf('An airstrike hit Kataib Hezbollah', { id: 'p1.s1' })] }, { glossary: newsroom });
    expect(result.targets).toEqual(['FR: AN frappe aérienne HIT Brigades du Hezbollah']);
    const translate = fake.log.find((request) => request.path === '/v2/translate');
    expect(translate?.params['glossary_id']).toBe(glossaryIds['fr']);
  });
});

function toEntries(entries: Record<string, string>): GlossaryEntries {
  return new GlossaryEntries({ entries });
}

/** The client's glossary methods, bound, so that a test can replace one. */
function glossaryMethodsOf(client: DeepLClient): GlossaryClient {
  return {
    listMultilingualGlossaries: client.listMultilingualGlossaries.bind(client),
    createMultilingualGlossary: client.createMultilingualGlossary.bind(client),
    replaceMultilingualGlossaryDictionary: client.replaceMultilingualGlossaryDictionary.bind(client),
    deleteMultilingualGlossary: client.deleteMultilingualGlossary.bind(client),
    listGlossaries: client.listGlossaries.bind(client),
    createGlossary: client.createGlossary.bind(client),
    deleteGlossary: client.deleteGlossary.bind(client),
  };
}
