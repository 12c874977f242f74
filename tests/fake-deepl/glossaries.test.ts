import { GlossaryEntries, GlossaryNotFoundError } from 'deepl-node';
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

const entries = (pairs: Record<string, string>) => new GlossaryEntries({ entries: pairs });

describe('fake DeepL /v2/glossaries', () => {
  it('creates, lists, reads, serves entries as TSV and deletes a glossary', async () => {
    const client = clientFor(fake);
    const created = await client.createGlossary('newsroom', 'en', 'fr', entries({ 'Foreign Ministry': 'ministère des Affaires étrangères', Hezbollah: 'Hezbollah' }));
    expect(created).toMatchObject({ name: 'newsroom', ready: true, sourceLang: 'en', targetLang: 'fr', entryCount: 2 });
    expect(created.creationTime).toBeInstanceOf(Date);
    expect((await client.listGlossaries()).map((glossary) => glossary.glossaryId)).toEqual([created.glossaryId]);
    expect(await client.getGlossary(created.glossaryId)).toMatchObject({ name: 'newsroom', entryCount: 2 });
    expect((await client.getGlossaryEntries(created)).entries()).toEqual({
      'Foreign Ministry': 'ministère des Affaires étrangères',
      Hezbollah: 'Hezbollah',
    });
    await client.deleteGlossary(created);
    await expect(client.getGlossary(created.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
    expect(await client.listGlossaries()).toEqual([]);
  });

  it('lists the supported glossary language pairs', async () => {
    const pairs = await clientFor(fake).getGlossaryLanguagePairs();
    expect(pairs).toContainEqual({ sourceLang: 'en', targetLang: 'fr' });
    expect(pairs).toContainEqual({ sourceLang: 'en', targetLang: 'ar' });
  });

  it('applies a glossary in translation and refuses one without source_lang or of another pair', async () => {
    const client = clientFor(fake);
    const glossary = await client.createGlossary('newsroom', 'en', 'fr', entries({ 'Foreign Ministry': 'ministère des Affaires étrangères' }));
    const result = await client.translateText('The Foreign Ministry said', 'en', 'fr', { glossary });
    expect(result.text).toBe('FR: THE ministère des Affaires étrangères SAID');
    await expect(client.translateText('x', 'en', 'ar', { glossary })).rejects.toThrow(/does not match the language pair/);
    const raw = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` },
      body: new URLSearchParams({ text: 'x', target_lang: 'FR', glossary_id: glossary.glossaryId }),
    });
    expect(raw.status).toBe(400);
    await expect(client.translateText('x', 'en', 'fr', { glossary: 'no-such-id' })).rejects.toThrow(/Not found/);
  });

  it('refuses an unsupported language pair and malformed entries', async () => {
    const post = (body: Record<string, string>) =>
      fetch(`${fake.url}/v2/glossaries`, { method: 'POST', headers: { authorization: `DeepL-Auth-Key ${fake.authKey}` }, body: new URLSearchParams(body) });
    expect((await post({ name: 'g', source_lang: 'en', target_lang: 'xx', entries: 'a\tb', entries_format: 'tsv' })).status).toBe(400);
    expect((await post({ name: 'g', source_lang: 'en', target_lang: 'fr', entries: 'only-one-column', entries_format: 'tsv' })).status).toBe(400);
    expect((await post({ name: 'g', source_lang: 'en', target_lang: 'fr', entries: '"a, b",c', entries_format: 'csv' })).status).toBe(201);
  });
});

describe('fake DeepL /v3/glossaries', () => {
  it('creates a multilingual glossary, reads it and its dictionaries, and v2 does not list it', async () => {
    const client = clientFor(fake);
    const created = await client.createMultilingualGlossary('newsroom', [
      { sourceLangCode: 'en', targetLangCode: 'fr', entries: entries({ ceasefire: 'cessez-le-feu' }) },
      { sourceLangCode: 'en', targetLangCode: 'ar', entries: entries({ ceasefire: 'وقف إطلاق النار', Hezbollah: 'حزب الله' }) },
    ]);
    expect(created.dictionaries).toEqual([
      { sourceLangCode: 'en', targetLangCode: 'fr', entryCount: 1 },
      { sourceLangCode: 'en', targetLangCode: 'ar', entryCount: 2 },
    ]);
    expect(await client.getMultilingualGlossary(created.glossaryId)).toMatchObject({ name: 'newsroom' });
    expect((await client.listMultilingualGlossaries()).map((glossary) => glossary.glossaryId)).toEqual([created.glossaryId]);
    const arabic = await client.getMultilingualGlossaryDictionaryEntries(created, 'en', 'ar');
    expect(arabic.entries.entries()).toEqual({ ceasefire: 'وقف إطلاق النار', Hezbollah: 'حزب الله' });
    expect(await client.listGlossaries()).toEqual([]);
    const translated = await client.translateText('A ceasefire', 'en', 'ar', { glossary: created });
    expect(translated.text).toBe('AR: A وقف إطلاق النار');
  });

  it('merges entries with PATCH, replaces a dictionary with PUT, deletes a dictionary and the glossary', async () => {
    const client = clientFor(fake);
    const glossary = await client.createMultilingualGlossary('newsroom', [
      { sourceLangCode: 'en', targetLangCode: 'fr', entries: entries({ ceasefire: 'trêve', truce: 'trêve' }) },
    ]);
    const patched = await client.updateMultilingualGlossaryDictionary(glossary, {
      sourceLangCode: 'en',
      targetLangCode: 'fr',
      entries: entries({ ceasefire: 'cessez-le-feu', militia: 'milice' }),
    });
    expect(patched.dictionaries).toEqual([{ sourceLangCode: 'en', targetLangCode: 'fr', entryCount: 3 }]);
    expect((await client.getMultilingualGlossaryDictionaryEntries(glossary, 'en', 'fr')).entries.entries()).toEqual({
      ceasefire: 'cessez-le-feu',
      truce: 'trêve',
      militia: 'milice',
    });
    expect((await client.updateMultilingualGlossaryName(glossary, 'renamed')).name).toBe('renamed');

    const replaced = await client.replaceMultilingualGlossaryDictionary(glossary, {
      sourceLangCode: 'en',
      targetLangCode: 'ar',
      entries: entries({ militia: 'ميليشيا' }),
    });
    expect(replaced).toEqual({ sourceLangCode: 'en', targetLangCode: 'ar', entryCount: 1 });
    expect((await client.getMultilingualGlossary(glossary.glossaryId)).dictionaries).toHaveLength(2);

    await client.deleteMultilingualGlossaryDictionary(glossary, 'en', 'fr');
    await expect(client.getMultilingualGlossaryDictionaryEntries(glossary, 'en', 'fr')).rejects.toBeInstanceOf(GlossaryNotFoundError);
    await client.deleteMultilingualGlossary(glossary);
    await expect(client.getMultilingualGlossary(glossary.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError);
    expect(fake.log.map((entry) => entry.method)).toEqual(['POST', 'PATCH', 'GET', 'PATCH', 'PUT', 'GET', 'DELETE', 'GET', 'DELETE', 'GET']);
  });

  it('accepts a JSON body with a dictionaries array', async () => {
    const response = await fetch(`${fake.url}/v3/glossaries`, {
      method: 'POST',
      headers: { authorization: `DeepL-Auth-Key ${fake.authKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'json', dictionaries: [{ source_lang: 'en', target_lang: 'fr', entries: 'a\tb', entries_format: 'tsv' }] }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ name: 'json', dictionaries: [{ source_lang: 'en', target_lang: 'fr', entry_count: 1 }] });
  });
});
