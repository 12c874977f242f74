import { AuthorizationError, DeepLClient, DeepLError } from 'deepl-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor } from '../helpers/fake-deepl/client.js';
import { startFakeDeepL, type FakeDeepL } from '../helpers/fake-deepl/index.js';

let fake: FakeDeepL;
beforeEach(async () => {
  fake = await startFakeDeepL();
});
afterEach(async () => {
  await fake.stop();
});

describe('fake DeepL /v2/translate', () => {
  it('listens on loopback and translates deepl-node form bodies deterministically', async () => {
    expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const results = await clientFor(fake).translateText(['Hello world', 'Two dead'], 'en', 'fr');
    expect(results.map((result) => result.text)).toEqual(['FR: HELLO WORLD', 'FR: TWO DEAD']);
    expect(results[0]).toMatchObject({ detectedSourceLang: 'en', billedCharacters: 11 });
    expect(fake.log).toHaveLength(1);
    expect(fake.log[0]).toMatchObject({
      method: 'POST',
      path: '/v2/translate',
      status: 200,
      texts: ['Hello world', 'Two dead'],
      characters: 19,
      params: { target_lang: 'fr', source_lang: 'en', show_billed_characters: '1' },
    });
    expect(fake.log[0]!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(fake.billedCharacters).toBe(19);
  });

  it('accepts JSON bodies with a text array and boolean options', async () => {
    const response = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${fake.authKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: ['a', 'b'], target_lang: 'EN-GB', show_billed_characters: true }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      translations: [
        { detected_source_language: 'EN', text: 'EN-GB: A', billed_characters: 1 },
        { detected_source_language: 'EN', text: 'EN-GB: B', billed_characters: 1 },
      ],
    });
  });

  it('keeps tags, entity references and ignore_tags content intact with tag_handling=xml', async () => {
    const source = 'Police said <x id="n1"/> people &amp; <dnt id="d1">Hezbollah fighters</dnt> died';
    const result = await clientFor(fake).translateText(source, 'en', 'fr', { tagHandling: 'xml', ignoreTags: ['dnt'] });
    expect(result.text).toBe('FR: POLICE SAID <x id="n1"/> PEOPLE &amp; <dnt id="d1">Hezbollah fighters</dnt> DIED');
  });

  it('carries nested markup elements through, translating the words inside them', async () => {
    const source = '<g id="m1">Read <g id="m2">the <dnt id="d1">AFP</dnt> report</g></g><ph id="m3"/> on <x id="u1"/>';
    const result = await clientFor(fake).translateText(source, 'en', 'fr', { tagHandling: 'xml', ignoreTags: ['dnt'] });
    expect(result.text).toBe('FR: <g id="m1">READ <g id="m2">THE <dnt id="d1">AFP</dnt> REPORT</g></g><ph id="m3"/> ON <x id="u1"/>');
  });

  it('upper-cases everything, tags included, without tag_handling', async () => {
    const result = await clientFor(fake).translateText('a <b>c</b>', 'en', 'fr');
    expect(result.text).toBe('FR: A <B>C</B>');
  });

  it('accepts lowercase and regional target codes and refuses unknown ones with 400', async () => {
    const client = clientFor(fake);
    await expect(client.translateText('x', 'en', 'en-GB')).resolves.toMatchObject({ text: 'EN-GB: X' });
    await expect(client.translateText('x', 'en', 'ar')).resolves.toMatchObject({ text: 'AR: X' });
    await expect(client.translateText('x', 'en', 'xx' as 'fr')).rejects.toThrow(/Bad request, message: Value for 'target_lang' not supported/);
    await expect(client.translateText('x', 'zz' as 'en', 'fr')).rejects.toThrow(/'source_lang' not supported/);
  });

  it('refuses formality for Arabic with 400, like DeepL, and accepts it for French', async () => {
    const client = clientFor(fake);
    await expect(client.translateText('x', 'en', 'fr', { formality: 'more' })).resolves.toMatchObject({ text: 'FR: X' });
    const error = await client.translateText('x', 'en', 'ar', { formality: 'less' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DeepLError);
    expect((error as Error).message).toMatch(/Bad request.*'formality' is not supported for given 'target_lang'/);
    expect(fake.log.map((entry) => entry.status)).toEqual([200, 400]);
    // The prefer_* values fall back silently, as on DeepL.
    await expect(client.translateText('x', 'en', 'ar', { formality: 'prefer_less' })).resolves.toMatchObject({ text: 'AR: X' });
  });

  it('validates the options the engine sends', async () => {
    const client = clientFor(fake);
    await expect(
      client.translateText('x', 'en', 'fr', { splitSentences: 'off', preserveFormatting: true, tagHandling: 'xml', modelType: 'quality_optimized', context: 'Iraq' }),
    ).resolves.toMatchObject({ text: 'FR: X', modelTypeUsed: 'quality_optimized' });
    expect(fake.log[0]!.params).toMatchObject({ split_sentences: '0', preserve_formatting: '1', tag_handling: 'xml', model_type: 'quality_optimized', context: 'Iraq' });
    await expect(client.translateText('x', 'en', 'fr', { tagHandling: 'yaml' as 'xml' })).rejects.toThrow(/'tag_handling' not supported/);
    await expect(client.translateText('x', 'en', 'fr', { modelType: 'fast' as 'latency_optimized' })).rejects.toThrow(/'model_type' not supported/);
    const raw = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` },
      body: new URLSearchParams({ text: 'x', target_lang: 'FR', tag_handling: 'xml', outline_detection: 'false' }),
    });
    expect(raw.status).toBe(400);
  });

  it('refuses more than 50 texts and a request without text', async () => {
    const client = clientFor(fake);
    await expect(client.translateText(Array.from({ length: 51 }, () => 'x'), 'en', 'fr')).rejects.toThrow(/Too many texts/);
    const response = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` },
      body: new URLSearchParams({ target_lang: 'FR' }),
    });
    expect(response.status).toBe(400);
  });

  it('answers 403 to a wrong key or none, without echoing the key', async () => {
    const client = new DeepLClient('wrong-key:fx', { serverUrl: fake.url, maxRetries: 1 });
    const error = await client.translateText('x', 'en', 'fr').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthorizationError);
    expect((error as Error).message).not.toContain('wrong-key');
    const anonymous = await fetch(`${fake.url}/v2/usage`);
    expect(anonymous.status).toBe(403);
    expect(fake.log.map((entry) => entry.status)).toEqual([403, 403]);
  });
});
