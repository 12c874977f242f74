import { afterEach, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/fake-deepl/client.js';
import { startFakeDeepL, type FakeDeepL } from '../helpers/fake-deepl/index.js';

const started: FakeDeepL[] = [];
const start = async (...args: Parameters<typeof startFakeDeepL>) => {
  const fake = await startFakeDeepL(...args);
  started.push(fake);
  return fake;
};
afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.stop()));
});

describe('fake DeepL account endpoints', () => {
  it('reports usage: billed characters against the Free limit for a :fx key', async () => {
    const fake = await start({ authKey: 'test-key:fx' });
    const client = clientFor(fake);
    await client.translateText(['abc', 'défg'], 'en', 'fr');
    const usage = await client.getUsage();
    expect(usage.character).toMatchObject({ count: 7, limit: 500_000 });
    expect(fake.log.map((entry) => [entry.method, entry.path])).toEqual([['POST', '/v2/translate'], ['GET', '/v2/usage']]);
  });

  it('gives a Pro key the unlimited limit, and honours a configured one', async () => {
    const pro = await start({ authKey: 'test-key' });
    expect((await clientFor(pro).getUsage()).character?.limit).toBe(1_000_000_000_000);
    const limited = await start({ characterLimit: 1000 });
    expect((await clientFor(limited).getUsage()).character?.limit).toBe(1000);
  });

  it('lists source languages, and target languages with their formality support', async () => {
    const client = clientFor(await start());
    const sources = await client.getSourceLanguages();
    expect(sources.map((language) => language.code)).toContain('en');
    expect(sources.every((language) => language.supportsFormality === undefined)).toBe(true);
    const targets = await client.getTargetLanguages();
    expect(targets.find((language) => language.code === 'fr')?.supportsFormality).toBe(true);
    expect(targets.find((language) => language.code === 'ar')?.supportsFormality).toBe(false);
    expect(targets.map((language) => language.code)).toContain('en-GB');
  });

  it('answers 404 for an unknown path and logs it', async () => {
    const fake = await start();
    const response = await fetch(`${fake.url}/v2/nothing`, { headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` } });
    expect(response.status).toBe(404);
    expect(fake.log[0]).toMatchObject({ path: '/v2/nothing', status: 404 });
  });

  it('stamps each logged request with the injected clock', async () => {
    let now = 1000;
    const fake = await start({ clock: () => now });
    const client = clientFor(fake);
    await client.getUsage();
    now = 2500;
    await client.getUsage();
    expect(fake.log.map((entry) => entry.at)).toEqual([1000, 2500]);
  });
});
