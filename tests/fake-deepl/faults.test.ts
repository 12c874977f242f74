import { ConnectionError, DeepLError, QuotaExceededError, TooManyRequestsError } from 'deepl-node';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/fake-deepl/client.js';
import { inventedTag, startFakeDeepL, type FakeDeepL, type FakeDeepLOptions } from '../helpers/fake-deepl/index.js';

const started: FakeDeepL[] = [];
const start = async (options?: FakeDeepLOptions) => {
  const fake = await startFakeDeepL(options);
  started.push(fake);
  return fake;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.stop()));
});

/** One raw request, to see the headers deepl-node does not expose. */
const rawTranslate = (fake: FakeDeepL, text = 'x') =>
  fetch(`${fake.url}/v2/translate`, {
    method: 'POST',
    headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` },
    body: new URLSearchParams({ text, target_lang: 'FR' }),
  });

describe('fake DeepL fault script', () => {
  it('answers 429 N times, with and without Retry-After, then recovers', async () => {
    const fake = await start();
    fake.faults.fail(1, { status: 429, retryAfterSeconds: 3 }).fail(1, { status: 429 });
    const first = await rawTranslate(fake);
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '3']);
    const second = await rawTranslate(fake);
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, null]);
    expect((await rawTranslate(fake)).status).toBe(200);
    expect(fake.faults.pendingSteps).toBe(0);
  });

  it('refuses the next N requests of the whole job, whatever their path, before any scripted step', async () => {
    const fake = await start();
    fake.faults.fail(1, { status: 503, path: '/v2/translate' }).refuse(2, { retryAfterSeconds: 2 }).refuse(1);
    expect(fake.faults.pendingRefusals).toBe(3);
    const client = clientFor(fake);
    await expect(client.getUsage()).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(client.listMultilingualGlossaries()).rejects.toBeInstanceOf(TooManyRequestsError);
    const third = await rawTranslate(fake);
    expect([third.status, third.headers.get('retry-after')]).toEqual([429, null]);
    expect((await rawTranslate(fake)).status).toBe(503);
    expect((await rawTranslate(fake)).status).toBe(200);
    expect(fake.log.map((entry) => [entry.path, entry.status])).toEqual([
      ['/v2/usage', 429],
      ['/v3/glossaries', 429],
      ['/v2/translate', 429],
      ['/v2/translate', 503],
      ['/v2/translate', 200],
    ]);
    expect(fake.billedCharacters).toBe(1);
    fake.faults.refuse(1, { retryAfterSeconds: 4 });
    expect((await rawTranslate(fake)).headers.get('retry-after')).toBe('4');
    fake.faults.refuse(2, { afterRequests: 1 });
    expect([(await rawTranslate(fake)).status, (await rawTranslate(fake)).status, (await rawTranslate(fake)).status]).toEqual([200, 429, 429]);
    fake.faults.refuse(5).clear();
    expect(fake.faults.pendingRefusals).toBe(0);
    expect(() => fake.faults.refuse(0)).toThrow(/`times`/);
  });

  it('makes deepl-node throw TooManyRequestsError for a 429', async () => {
    const fake = await start();
    fake.faults.fail(1, { status: 429, retryAfterSeconds: 1 });
    await expect(clientFor(fake).translateText('x', 'en', 'fr')).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(fake.log).toHaveLength(1);
  });

  it.each([500, 502, 503])('answers %i, which deepl-node reports as a plain DeepLError', async (status) => {
    const fake = await start();
    fake.faults.fail(1, { status });
    const error = await clientFor(fake).translateText('x', 'en', 'fr').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeepLError);
    expect(error).not.toBeInstanceOf(ConnectionError);
    expect(fake.log[0]!.status).toBe(status);
    expect(fake.billedCharacters).toBe(0);
  });

  it('hangs: never answers, so the client times out, and the request counts as hung', async () => {
    const fake = await start();
    fake.faults.hang(1);
    // deepl-node cannot time out sooner than ~1 s (its first backoff deadline), whatever minTimeout says.
    const error = await clientFor(fake, { minTimeout: 100 }).translateText('x', 'en', 'fr').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).shouldRetry).toBe(true);
    expect((error as Error).message).toMatch(/timeout/);
    expect(fake.log[0]!.status).toBe('hung');
  });

  it('stop() closes hung connections at once', async () => {
    const fake = await start();
    fake.faults.hang(1);
    const pending = clientFor(fake, { minTimeout: 60_000 }).translateText('x', 'en', 'fr').catch((caught: unknown) => caught);
    while (fake.log.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await fake.stop();
    const error = await pending;
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/socket hang up/);
  });

  it('resets the connection', async () => {
    const fake = await start();
    fake.faults.reset(1);
    const error = await clientFor(fake).translateText('x', 'en', 'fr').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).shouldRetry).toBe(true);
    expect(fake.log[0]!.status).toBe('reset');
    await expect(clientFor(fake).translateText('x', 'en', 'fr')).resolves.toMatchObject({ text: 'FR: X' });
  });

  it('answers 456 once the billed characters would exceed the quota, and reports it in usage', async () => {
    const fake = await start();
    fake.faults.quotaAfter(10);
    const client = clientFor(fake);
    await client.translateText('123456', 'en', 'fr');
    await expect(client.translateText('12345', 'en', 'fr')).rejects.toBeInstanceOf(QuotaExceededError);
    await client.translateText('1234', 'en', 'fr');
    expect(fake.billedCharacters).toBe(10);
    expect((await client.getUsage()).character).toMatchObject({ count: 10, limit: 10 });
  });

  it('answers 413 for a body above the size limit', async () => {
    const fake = await start();
    fake.faults.maxBodyBytes(200);
    const client = clientFor(fake);
    await expect(client.translateText('short', 'en', 'fr')).resolves.toBeDefined();
    await expect(client.translateText('x'.repeat(300), 'en', 'fr')).rejects.toThrow(/Unexpected status code: 413/);
    expect(fake.log.map((entry) => entry.status)).toEqual([200, 413]);
    expect(fake.log[1]!.bodyBytes).toBeGreaterThan(200);
  });

  it('rate-limits with a token bucket on the injected clock, with Retry-After', async () => {
    let now = 0;
    const fake = await start({ clock: () => now });
    fake.faults.tokenBucket({ ratePerSecond: 0.5, burst: 2 });
    expect((await rawTranslate(fake)).status).toBe(200);
    expect((await rawTranslate(fake)).status).toBe(200);
    const limited = await rawTranslate(fake);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '2']);
    now = 1000;
    expect((await rawTranslate(fake)).headers.get('retry-after')).toBe('1');
    now = 2000;
    expect((await rawTranslate(fake)).status).toBe(200);
  });

  it('delays answers by the scripted latency', async () => {
    const fake = await start();
    fake.faults.latency(150);
    const answer = clientFor(fake).getUsage();
    while (fake.log.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(fake.log[0]!.status).toBe('pending');
    await answer;
    expect(fake.log[0]!.status).toBe(200);
  });

  it('corrupts tags: drops, duplicates or invents an element in the chosen text', async () => {
    const fake = await start();
    const client = clientFor(fake);
    const texts = ['a', '<x id="n1"/> b <dnt id="d1">c</dnt>'];
    const translate = async () => (await client.translateText(texts, 'en', 'fr', { tagHandling: 'xml', ignoreTags: 'dnt' })).map((result) => result.text);

    fake.faults.corruptTags(1, 'drop', { textIndex: 1 });
    expect(await translate()).toEqual(['FR: A', 'FR:  B <dnt id="d1">c</dnt>']);
    fake.faults.corruptTags(1, 'duplicate', { textIndex: 1 });
    expect(await translate()).toEqual(['FR: A', 'FR: <x id="n1"/><x id="n1"/> B <dnt id="d1">c</dnt>']);
    fake.faults.corruptTags(1, 'invent');
    expect(await translate()).toEqual([`FR: A${inventedTag}`, 'FR: <x id="n1"/> B <dnt id="d1">c</dnt>']);
    expect(await translate()).toEqual(['FR: A', 'FR: <x id="n1"/> B <dnt id="d1">c</dnt>']);
    fake.faults.corruptTags(1, 'invent', { textIndex: 'every' });
    expect(await translate()).toEqual([`FR: A${inventedTag}`, `FR: <x id="n1"/> B <dnt id="d1">c</dnt>${inventedTag}`]);
  });

  it('corrupts the markup elements it is aimed at: unwraps, duplicates, crosses or invents one', async () => {
    const fake = await start();
    const client = clientFor(fake);
    const texts = ['<x id="n1"/> <g id="m1">a <g id="m2">b</g> c</g> <g id="m3">d</g><ph id="m4"/>'];
    const translate = async () => (await client.translateText(texts, 'en', 'fr', { tagHandling: 'xml' }))[0]!.text;

    fake.faults.corruptTags(1, 'unwrap', { element: 'g' });
    expect(await translate()).toBe('FR: <x id="n1"/> A <g id="m2">B</g> C <g id="m3">D</g><ph id="m4"/>');
    fake.faults.corruptTags(1, 'duplicate', { element: 'g' });
    expect(await translate()).toBe('FR: <x id="n1"/> <g id="m1">A <g id="m2">B</g> C</g><g id="m1">A <g id="m2">B</g> C</g> <g id="m3">D</g><ph id="m4"/>');
    fake.faults.corruptTags(1, 'cross', { element: 'g' });
    expect(await translate()).toBe('FR: <x id="n1"/> <g id="m1">A <g id="m2">B</g id="m1"> C</g id="m2"> <g id="m3">D</g><ph id="m4"/>');
    fake.faults.corruptTags(1, 'unwrap', { element: 'ph' });
    expect(await translate()).toBe('FR: <x id="n1"/> <g id="m1">A <g id="m2">B</g> C</g> <g id="m3">D</g>');
    fake.faults.corruptTags(1, 'invent', { element: 'g' });
    expect(await translate()).toBe('FR: <x id="n1"/> <g id="m1">A <g id="m2">B</g> C</g> <g id="m3">D</g><ph id="m4"/><g id="invented"/>');
    expect(await translate()).toBe('FR: <x id="n1"/> <g id="m1">A <g id="m2">B</g> C</g> <g id="m3">D</g><ph id="m4"/>');
  });

  it('leaves a text without a nested pair alone when asked to cross', async () => {
    const fake = await start();
    fake.faults.corruptTags(1, 'cross', { element: 'g' });
    const [result] = await clientFor(fake).translateText(['<g id="m1">a</g> <g id="m2">b</g>'], 'en', 'fr', { tagHandling: 'xml' });
    expect(result!.text).toBe('FR: <g id="m1">A</g> <g id="m2">B</g>');
  });

  it('uses steps in order, one per matching request, and scopes them to a path', async () => {
    const fake = await start();
    fake.faults.fail(1, { status: 500, path: '/v2/translate' }).fail(1, { status: 503 });
    const client = clientFor(fake);
    await expect(client.getUsage()).rejects.toThrow(/Service unavailable/);
    await expect(client.translateText('x', 'en', 'fr')).rejects.toThrow(/500/);
    await expect(client.translateText('x', 'en', 'fr')).resolves.toBeDefined();
    expect(fake.log.map((entry) => [entry.path, entry.status])).toEqual([
      ['/v2/usage', 503],
      ['/v2/translate', 500],
      ['/v2/translate', 200],
    ]);
  });

  it('validates the script', async () => {
    const fake = await start();
    expect(() => fake.faults.fail(0, { status: 500 })).toThrow(/`times`/);
    expect(() => fake.faults.fail(1, { status: 200 })).toThrow(/`status`/);
    expect(() => fake.faults.tokenBucket({ ratePerSecond: 0, burst: 1 })).toThrow(/`ratePerSecond`/);
    fake.faults.hang(2).latency(10);
    fake.faults.clear();
    expect(fake.faults.pendingSteps).toBe(0);
  });
});
