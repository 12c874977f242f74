import { inspect } from 'node:util';
import { GlossaryEntries } from 'deepl-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findingOnUnit, type ProtectedSpan, type Segment } from '../../src/model.js';
import { EngineCallError, type EngineBatch, type EngineBatchResult, type TranslationEngine } from '../../src/mt/engine.js';
import { createDeepLEngine, fetchUsage, type DeepLEngineConfig } from '../../src/mt/engines/deepl.js';
import { decodeTranslation, encodeSegment } from '../../src/mt/engines/deepl/placeholders.js';
import { glossaryOf, segmentOf, spanOf } from '../helpers/builders.js';
import { clientFor } from '../helpers/fake-deepl/client.js';
import { inventedTag, startFakeDeepL, type FakeDeepL } from '../helpers/fake-deepl/index.js';

const authKey = 'wire-l10n-test-SECRET-7f3a9c:fx';
const glossary = glossaryOf();

let fake: FakeDeepL;
beforeEach(async () => {
  fake = await startFakeDeepL({ authKey });
});
afterEach(async () => {
  await fake.stop();
});

const engineFor = (extra: Partial<DeepLEngineConfig> = {}) => createDeepLEngine({ authKey, serverUrl: fake.url, timeoutMs: 2000, ...extra });

/** A segment with protected spans at the first occurrence of each given text. */
function protectedSegment(source: string, spans: ReadonlyArray<[string, ProtectedSpan['kind']]>, id = 'p1.s1'): Segment {
  const protectedSpans = spans.map(([text, kind]) => {
    const start = source.indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in "${source}"`);
    return spanOf(text, start, kind);
  });
  return { ...segmentOf(source, { id }), protectedSpans: protectedSpans.sort((a, b) => a.start - b.start) };
}

const batchOf = (segments: Segment[], targetLang = 'fr'): EngineBatch => ({ sourceLang: 'en', targetLang, segments });
const plain = (...sources: string[]) => sources.map((source, i) => segmentOf(source, { id: `p${i + 1}.s1` }));

async function failureOf(engine: TranslationEngine, batch: EngineBatch = batchOf(plain('Two dead'))): Promise<EngineCallError> {
  const error = await engine.translateBatch(batch, { glossary }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(EngineCallError);
  return error as EngineCallError;
}

/** The key is in no message, no printed error (causes included) and not in the engine's options. */
function expectNoKey(error: unknown, engine: TranslationEngine, key = authKey): void {
  expect((error as Error).message).not.toContain(key);
  expect(inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(key);
  expect(JSON.stringify(engine.options)).not.toContain(key);
}

describe('DeepL engine: translation', () => {
  it('sends protected spans as XML placeholders and maps them back to their originals', async () => {
    const source = 'Police said 12 people died, see https://example.org/a?b=1&c=2 & ask <info@example.org> about Hezbollah.';
    const segment = protectedSegment(source, [
      ['12', 'value'],
      ['https://example.org/a?b=1&c=2', 'url'],
      ['info@example.org', 'email'],
      ['Hezbollah', 'dnt'],
    ]);
    const result = await engineFor().translateBatch(batchOf([segment]), { glossary });

    expect(fake.log[0]!.texts).toEqual([
      'Police said <x id="n1"/> people died, see <x id="u1"/> &amp; ask &lt;<x id="e1"/>&gt; about <dnt id="d1">Hezbollah</dnt>.',
    ]);
    expect(result.targets).toEqual(['FR: POLICE SAID 12 PEOPLE DIED, SEE https://example.org/a?b=1&c=2 & ASK <info@example.org> ABOUT Hezbollah.']);
    expect(result.findings).toEqual([[]]);
  });

  it('makes one request per batch with split_sentences off, XML tags, dnt ignored and formatting preserved', async () => {
    const result = await engineFor().translateBatch(batchOf(plain('One.', 'Two.', 'Three.')), { glossary });
    expect(result.targets).toEqual(['FR: ONE.', 'FR: TWO.', 'FR: THREE.']);
    expect(fake.log).toHaveLength(1);
    expect(fake.log[0]!.params).toMatchObject({
      source_lang: 'en',
      target_lang: 'fr',
      split_sentences: '0',
      tag_handling: 'xml',
      ignore_tags: 'dnt',
      preserve_formatting: '1',
      show_billed_characters: '1',
    });
  });

  it('returns the characters DeepL billed', async () => {
    const result = await engineFor().translateBatch(batchOf(plain('Hello', 'world!')), { glossary });
    expect(result.billedCharacters).toBe(11);
    expect(fake.billedCharacters).toBe(11);
  });

  it('sends formality for French and never for Arabic', async () => {
    const engine = engineFor({ perLanguage: { fr: { formality: 'more' } } });
    await engine.translateBatch(batchOf(plain('Hello'), 'fr'), { glossary });
    await engine.translateBatch(batchOf(plain('Hello'), 'ar'), { glossary });
    expect(fake.log.map((entry) => [entry.params.target_lang, entry.params.formality, entry.status])).toEqual([
      ['fr', 'more', 200],
      ['ar', undefined, 200],
    ]);
  });

  it('refuses a formality for Arabic when it is created', () => {
    expect(() => engineFor({ perLanguage: { ar: { formality: 'less' } } })).toThrow(/no formality for ar/);
  });

  it('sends the model type, the glossary and the context configured for the language', async () => {
    const glossaryInfo = await clientFor(fake).createGlossary('newsroom', 'en', 'fr', new GlossaryEntries({ entries: { ceasefire: 'cessez-le-feu' } }));
    const contexts: EngineBatch[] = [];
    const engine = engineFor({
      perLanguage: { fr: { modelType: 'quality_optimized', context: true } },
      glossaryIds: { fr: glossaryInfo.glossaryId },
      contextFor: (batch) => {
        contexts.push(batch);
        return 'BAGHDAD, Nov 23 — Iraqi officials said on Saturday';
      },
    });
    const result = await engine.translateBatch(batchOf(plain('The ceasefire holds')), { glossary });
    expect(result.targets).toEqual(['FR: THE cessez-le-feu HOLDS']);
    expect(fake.log.at(-1)!.params).toMatchObject({
      model_type: 'quality_optimized',
      glossary_id: glossaryInfo.glossaryId,
      context: 'BAGHDAD, Nov 23 — Iraqi officials said on Saturday',
    });
    expect(contexts).toHaveLength(1);
    await engine.translateBatch(batchOf(plain('The ceasefire holds'), 'ar'), { glossary });
    expect(fake.log.at(-1)!.params).not.toHaveProperty('context');
    expect(fake.log.at(-1)!.params).not.toHaveProperty('glossary_id');
  });

  it('maps our language tags to DeepL target codes', async () => {
    const engine = engineFor();
    await engine.translateBatch(batchOf(plain('x'), 'en'), { glossary });
    await engine.translateBatch(batchOf(plain('x'), 'fr-CA'), { glossary });
    await engine.translateBatch(batchOf(plain('x'), 'pt-br'), { glossary });
    expect(fake.log.map((entry) => entry.params.target_lang)).toEqual(['en-GB', 'fr', 'pt-BR']);
  });

  it('returns empty and blank sources as they are, without sending them', async () => {
    const engine = engineFor();
    const result = await engine.translateBatch(batchOf(plain('', 'Two dead', '  ')), { glossary });
    expect(result.targets).toEqual(['', 'FR: TWO DEAD', '  ']);
    expect(fake.log[0]!.texts).toEqual(['Two dead']);
    const blank = await engine.translateBatch(batchOf(plain('', ' ')), { glossary });
    expect(blank).toEqual({ targets: ['', ' '], billedCharacters: 0, findings: [[], []], markup: [undefined, undefined] });
    expect(await engine.translateBatch(batchOf([]), { glossary })).toMatchObject({ targets: [] });
    expect(fake.log).toHaveLength(1);
  });

  it('declares its name, origin, limits and the options that change its output, without the key', () => {
    const perLanguage = { fr: { formality: 'prefer_less', modelType: 'latency_optimized' } } as const;
    const engine = engineFor({ perLanguage, glossaryIds: { fr: 'g-1' } });
    expect(engine).toMatchObject({ type: 'engine', name: 'deepl', origin: 'mt', offline: false, limits: { maxTexts: 50, maxBytes: 40 * 1024 } });
    expect(engine.options).toMatchObject({
      tagHandling: 'xml',
      splitSentences: 'off',
      'fr.formality': 'prefer_less',
      'fr.modelType': 'latency_optimized',
    });
    expectNoKey(new Error('none'), engine);
  });

  it('keys its results on what it translates, not on the server: another endpoint, gateway or proxy for the account shares them', () => {
    const perLanguage = { fr: { formality: 'prefer_less' } } as const;
    const options = engineFor({ perLanguage }).options;
    expect(createDeepLEngine({ authKey, perLanguage }).options).toEqual(options);
    expect(createDeepLEngine({ authKey, perLanguage, serverUrl: 'https://user:pw@proxy.example/deepl?token=t' }).options).toEqual(options);
    expect(JSON.stringify(options)).not.toMatch(/127\.0\.0\.1|proxy/);
  });
});

describe('DeepL engine: placeholders DeepL got wrong', () => {
  const segments = () => [
    protectedSegment('Nothing to protect here', [], 'p1.s1'),
    protectedSegment('At least 12 people died near Tyre, the AFP said', [['12', 'value'], ['AFP', 'dnt']], 'p2.s1'),
  ];
  /** The findings of target `index` as they read on its unit (the engine's are about the text alone). */
  const onUnits = (result: EngineBatchResult, index: number) =>
    result.findings?.[index]?.map((finding) => findingOnUnit(finding, { id: segments()[index]!.id, targetLang: 'fr' }));

  it('reports a dropped placeholder on its unit and does not invent its text', async () => {
    fake.faults.corruptTags(1, 'drop', { textIndex: 1 });
    const result = await engineFor().translateBatch(batchOf(segments()), { glossary });
    expect(result.targets[1]).toBe('FR: AT LEAST  PEOPLE DIED NEAR TYRE, THE AFP SAID');
    expect(result.findings?.[0]).toEqual([]);
    expect(onUnits(result, 1)).toEqual([
      {
        id: 'mt/placeholder-missing:fr:p2.s1:n1',
        ruleId: 'mt/placeholder-missing',
        source: 'mt',
        severity: 'error',
        reason: expect.stringContaining('dropped the number “12”'),
        unitId: 'p2.s1',
        place: { side: 'source', start: 9, end: 11 },
        expected: ['12'],
      },
    ]);
  });

  it('reports a duplicated placeholder and keeps what DeepL wrote', async () => {
    fake.faults.corruptTags(1, 'duplicate', { textIndex: 1 });
    const result = await engineFor().translateBatch(batchOf(segments()), { glossary });
    expect(result.targets[1]).toBe('FR: AT LEAST 1212 PEOPLE DIED NEAR TYRE, THE AFP SAID');
    expect(onUnits(result, 1)).toMatchObject([{ id: 'mt/placeholder-duplicated:fr:p2.s1:n1', ruleId: 'mt/placeholder-duplicated', severity: 'error', actual: '2 times' }]);
  });

  it('reports an invented tag and leaves it out of the target', async () => {
    fake.faults.corruptTags(1, 'invent', { textIndex: 0 });
    const result = await engineFor().translateBatch(batchOf(segments()), { glossary });
    expect(result.targets[0]).toBe('FR: NOTHING TO PROTECT HERE');
    expect(onUnits(result, 0)).toMatchObject([
      { id: `mt/placeholder-unknown:fr:p1.s1:${inventedTag}`, ruleId: 'mt/placeholder-unknown', severity: 'error', unitId: 'p1.s1', actual: inventedTag },
    ]);
    expect(result.findings?.[1]).toEqual([]);
  });

  it('restores a do-not-translate span from the source even when DeepL changes its content', async () => {
    const segment = protectedSegment('Hezbollah said', [['Hezbollah', 'dnt']]);
    fake.faults.corruptTags(1, 'drop').corruptTags(1, 'duplicate');
    const dropped = await engineFor().translateBatch(batchOf([segment]), { glossary });
    expect(dropped.targets).toEqual(['FR:  SAID']);
    expect(dropped.findings?.[0]?.map((finding) => finding.ruleId)).toEqual(['mt/placeholder-missing']);
    const doubled = await engineFor().translateBatch(batchOf([segment]), { glossary });
    expect(doubled.targets).toEqual(['FR: HezbollahHezbollah SAID']);
  });
});

describe('DeepL engine: failures', () => {
  /** Scripts the fake before the batch that must fail. */
  type Setup = (fake: FakeDeepL) => unknown;
  const cases: ReadonlyArray<[string, Setup, EngineCallError['kind'], number | undefined]> = [
    ['429 with Retry-After', (f) => f.faults.fail(1, { status: 429, retryAfterSeconds: 7 }), 'rate-limited', 429],
    ['429 without Retry-After', (f) => f.faults.fail(1, { status: 429 }), 'rate-limited', 429],
    // One token, spent on a usage request: the translate request finds the bucket empty.
    [
      'an empty token bucket',
      (f) => {
        f.faults.tokenBucket({ ratePerSecond: 0.001, burst: 1 });
        return clientFor(f).getUsage();
      },
      'rate-limited',
      429,
    ],
    ['500', (f) => f.faults.fail(1, { status: 500 }), 'transient', 500],
    ['502', (f) => f.faults.fail(1, { status: 502 }), 'transient', 502],
    ['503', (f) => f.faults.fail(1, { status: 503 }), 'transient', 503],
    ['a reset connection', (f) => f.faults.reset(1), 'transient', undefined],
    ['413', (f) => f.faults.maxBodyBytes(100), 'too-large', 413],
    ['456', (f) => f.faults.quotaAfter(3), 'quota', 456],
  ];

  it.each(cases)('classifies %s after exactly one request, without the key', async (_name, setup, kind, status) => {
    await setup(fake);
    const engine = engineFor();
    const error = await failureOf(engine, batchOf(plain('Two dead', 'Three wounded')));
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
    // deepl-node never exposes Retry-After; the dispatcher's backoff applies.
    expect(error.retryAfterMs).toBeUndefined();
    // deepl-node's own retries are off: one HTTP request, whatever the answer.
    expect(fake.log.filter((entry) => entry.path === '/v2/translate')).toHaveLength(1);
    expectNoKey(error, engine);
  });

  it('redacts the key even when a server echoes it back', async () => {
    fake.faults.fail(1, { status: 400, message: `bad header: DeepL-Auth-Key ${authKey}` });
    const engine = engineFor();
    const error = await failureOf(engine);
    expect(error.message).toContain('bad header: DeepL-Auth-Key [redacted]');
    expectNoKey(error, engine);
  });

  it('classifies a hung request as transient once its time-out passes', async () => {
    fake.faults.hang(1);
    const engine = engineFor({ timeoutMs: 150 });
    const error = await failureOf(engine);
    expect(error.kind).toBe('transient');
    expect(error.message).toMatch(/timed out/);
    expect(fake.log).toHaveLength(1);
    expectNoKey(error, engine);
  });

  it('classifies a refused key as auth, and the key is in no message', async () => {
    const wrongKey = 'wrong-SECRET-key-5b2e:fx';
    const engine = createDeepLEngine({ authKey: wrongKey, serverUrl: fake.url });
    const error = await failureOf(engine);
    expect([error.kind, error.status]).toEqual(['auth', 403]);
    expectNoKey(error, engine, wrongKey);
  });

  it('classifies a refused request as bad-request', async () => {
    const engine = engineFor();
    const error = await failureOf(engine, batchOf(plain('x'), 'xx'));
    expect([error.kind, error.status]).toEqual(['bad-request', 400]);
    expect(error.message).toMatch(/target_lang/);
    expectNoKey(error, engine);
  });

  it('classifies an unreachable server as transient', async () => {
    const engine = engineFor();
    await fake.stop();
    const error = await failureOf(engine);
    expect(error.kind).toBe('transient');
    expectNoKey(error, engine);
  });

  it('refuses a batch DeepL would refuse, without a request', async () => {
    const engine = engineFor();
    const tooMany = await failureOf(engine, batchOf(plain(...Array.from({ length: 51 }, (_, i) => `Sentence ${i}`))));
    expect(tooMany.kind).toBe('too-large');
    // Form encoding triples non-ASCII and markup: 45 × 3,000 × "é" is far above 128 KiB.
    const tooBig = await failureOf(engine, batchOf(plain(...Array.from({ length: 45 }, () => 'é'.repeat(3000)))));
    expect(tooBig.kind).toBe('too-large');
    expect(fake.log).toHaveLength(0);
  });

  it('gives the cancel reason back, not an engine failure', async () => {
    const engine = engineFor();
    const aborted = AbortSignal.abort();
    await expect(engine.translateBatch(batchOf(plain('x')), { glossary, signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fake.log).toHaveLength(0);

    fake.faults.hang(1);
    const controller = new AbortController();
    const pending = engine.translateBatch(batchOf(plain('x')), { glossary, signal: controller.signal });
    while (fake.log.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error('job cancelled'));
    await expect(pending).rejects.toThrow('job cancelled');
  });
});

describe('DeepL usage', () => {
  it('reports the characters used and allowed', async () => {
    await engineFor().translateBatch(batchOf(plain('Hello')), { glossary });
    expect(await fetchUsage({ authKey, serverUrl: fake.url })).toEqual({ characterCount: 5, characterLimit: 500_000 });
  });

  it('fails like a batch, without the key', async () => {
    const error = await fetchUsage({ authKey: 'wrong-SECRET:fx', serverUrl: fake.url }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EngineCallError);
    expect((error as EngineCallError).kind).toBe('auth');
    expect(inspect(error, { depth: Number.POSITIVE_INFINITY })).not.toContain('wrong-SECRET');
  });
});

describe('DeepL engine: configuration', () => {
  it.each<[string, Partial<DeepLEngineConfig>, RegExp]>([
    ['an empty key', { authKey: '' }, /`authKey`/],
    ['a key with a newline', { authKey: 'abc\ndef' }, /`authKey`/],
    ['a server that is not a URL', { serverUrl: 'deepl' }, /`serverUrl`/],
    ['a zero time-out', { timeoutMs: 0 }, /`timeoutMs`/],
    ['an unknown formality', { perLanguage: { fr: { formality: 'polite' as 'more' } } }, /`perLanguage.fr.formality`/],
    ['an unknown model type', { perLanguage: { fr: { modelType: 'fast' as 'latency_optimized' } } }, /`perLanguage.fr.modelType`/],
    ['context without a provider', { perLanguage: { fr: { context: true } } }, /`contextFor`/],
    ['an empty glossary id', { glossaryIds: { fr: ' ' } }, /`glossaryIds.fr`/],
  ])('refuses %s, naming the option', (_name, patch, message) => {
    expect(() => createDeepLEngine({ authKey, ...patch })).toThrow(message);
  });

  it('never puts the key in a configuration error', () => {
    const error = (() => {
      try {
        createDeepLEngine({ authKey: 'SECRET with space' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect((error as Error).message).not.toContain('SECRET');
  });
});

describe('DeepL engine: reading the XML DeepL may answer', () => {
  const segment = protectedSegment('Fares rose 5 % at Hezbollah', [['5', 'value'], ['Hezbollah', 'dnt']]);
  const encoded = encodeSegment(segment);
  const decode = (xml: string) => decodeTranslation(xml, encoded);

  it('accepts a placeholder written as an open/close pair and resolves character references', () => {
    expect(encoded.xml).toBe('Fares rose <x id="n1"/> % at <dnt id="d1">Hezbollah</dnt>');
    expect(decode(`Les tarifs ont augmenté de <x id='n1'></x>&#160;% &#x00E0; <dnt id="d1">Hizbullah</dnt> &amp;c.`)).toEqual({
      target: 'Les tarifs ont augmenté de 5\u00a0% à Hezbollah &c.',
      findings: [],
    });
  });

  it('reports stray close tags, comments and foreign elements, and keeps a lone "<" as text', () => {
    const { target, findings } = decode('a <x id="n1"/> </b><!-- c --> <dnt id="d1">H</dnt> < b');
    expect(target).toBe('a 5  Hezbollah < b');
    expect(findings.map((finding) => [finding.ruleId, finding.actual])).toEqual([
      ['mt/placeholder-unknown', '</b>'],
      ['mt/placeholder-unknown', '<!-- c -->'],
    ]);
  });

  it('does not take a placeholder of the wrong element for ours, and reports a foreign element once', () => {
    const { target, findings } = decode('<dnt id="n1">5</dnt> <x id="d1"/> <b>bold</b>');
    expect(target).toBe('5  bold');
    expect(findings.map((finding) => [finding.ruleId, finding.actual ?? finding.expected?.[0]])).toEqual([
      ['mt/placeholder-missing', '5'],
      ['mt/placeholder-missing', 'Hezbollah'],
      ['mt/placeholder-unknown', '<dnt id="n1">'],
      ['mt/placeholder-unknown', '<x id="d1"/>'],
      ['mt/placeholder-unknown', '<b>'],
    ]);
  });
});
