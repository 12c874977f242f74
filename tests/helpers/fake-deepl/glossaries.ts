/**
 * In-memory glossaries, shaped as deepl-node parses them. One store behind both APIs: a v2 glossary
 * is a v3 glossary with one dictionary (as on DeepL), so v2 lists only single-dictionary glossaries.
 */
import { randomUUID } from 'node:crypto';
import { glossaryLanguages } from './languages.js';
import { field, type ParsedRequest } from './request.js';
import { failure, json, noContent, type FakeResponse } from './responses.js';

export interface StoredDictionary {
  readonly sourceLang: string;
  readonly targetLang: string;
  entries: Map<string, string>;
}

export interface StoredGlossary {
  readonly id: string;
  name: string;
  readonly creationTime: string;
  /** Keyed `en>fr`. */
  readonly dictionaries: Map<string, StoredDictionary>;
}

const pairKey = (sourceLang: string, targetLang: string) => `${sourceLang}>${targetLang}`;

export class GlossaryStore {
  readonly #glossaries = new Map<string, StoredGlossary>();
  /** Most glossaries held at once; undefined = no limit. */
  readonly limit: number | undefined;

  constructor(limit?: number) {
    this.limit = limit;
  }

  /** True when creating one more would pass the account's glossary limit. */
  isFull(): boolean {
    return this.limit !== undefined && this.#glossaries.size >= this.limit;
  }

  create(name: string, dictionaries: readonly StoredDictionary[]): StoredGlossary {
    const glossary: StoredGlossary = { id: randomUUID(), name, creationTime: new Date().toISOString(), dictionaries: new Map() };
    for (const dictionary of dictionaries) glossary.dictionaries.set(pairKey(dictionary.sourceLang, dictionary.targetLang), dictionary);
    this.#glossaries.set(glossary.id, glossary);
    return glossary;
  }

  get(id: string): StoredGlossary | undefined {
    return this.#glossaries.get(id);
  }

  list(): StoredGlossary[] {
    return [...this.#glossaries.values()];
  }

  delete(id: string): boolean {
    return this.#glossaries.delete(id);
  }

  /** The entries a translation from `sourceLang` to `targetLang` uses (base languages). */
  entriesFor(id: string, sourceLang: string, targetLang: string): Map<string, string> | undefined {
    return this.#glossaries.get(id)?.dictionaries.get(pairKey(sourceLang, targetLang))?.entries;
  }
}

/** DeepL answers a glossary past the account's limit with 456, the status of a used-up character quota. */
const glossaryLimitReached = failure(456, 'Quota exceeded');

/** Answers /v2/glossaries*, /v2/glossary-language-pairs and /v3/glossaries*; undefined for other paths. */
export function glossaryRoute(request: ParsedRequest, store: GlossaryStore): FakeResponse | undefined {
  const { method, path } = request;
  if (path === '/v2/glossary-language-pairs' && method === 'GET') {
    const pairs = glossaryLanguages.flatMap((source) =>
      glossaryLanguages.filter((target) => target !== source).map((target) => ({ source_lang: source, target_lang: target })),
    );
    return json(200, { supported_languages: pairs });
  }
  const v2 = /^\/v2\/glossaries(?:\/([^/]+)(\/entries)?)?$/.exec(path);
  if (v2) return v2Glossaries(request, store, v2[1], v2[2] !== undefined);
  const v3 = /^\/v3\/glossaries(?:\/([^/]+)(\/entries|\/dictionaries)?)?$/.exec(path);
  if (v3) return v3Glossaries(request, store, v3[1], v3[2]);
  return undefined;
}

function v2Glossaries(request: ParsedRequest, store: GlossaryStore, id: string | undefined, entries: boolean): FakeResponse {
  const { method } = request;
  if (id === undefined) {
    if (method === 'GET') return json(200, { glossaries: store.list().filter(isSingleDictionary).map(v2Info) });
    if (method !== 'POST') return failure(405);
    const name = field(request, 'name');
    if (!name) return failure(400, "Parameter 'name' not specified.");
    const dictionary = readDictionary(request, '');
    if (typeof dictionary === 'string') return failure(400, dictionary);
    if (store.isFull()) return glossaryLimitReached;
    return json(201, v2Info(store.create(name, [dictionary])));
  }
  const glossary = store.get(id);
  if (glossary === undefined || !isSingleDictionary(glossary)) return failure(404, 'Glossary not found');
  if (entries) {
    if (method !== 'GET') return failure(405);
    const [dictionary] = glossary.dictionaries.values();
    return { status: 200, headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' }, body: toTsv(dictionary!.entries) };
  }
  if (method === 'GET') return json(200, v2Info(glossary));
  if (method === 'DELETE') return store.delete(id) ? noContent : failure(404, 'Glossary not found');
  return failure(405);
}

function v3Glossaries(request: ParsedRequest, store: GlossaryStore, id: string | undefined, sub: string | undefined): FakeResponse {
  const { method } = request;
  if (id === undefined) {
    if (method === 'GET') return json(200, { glossaries: store.list().map(v3Info) });
    if (method !== 'POST') return failure(405);
    const name = field(request, 'name');
    if (!name) return failure(400, "Parameter 'name' not specified.");
    const dictionaries = readDictionaries(request);
    if (typeof dictionaries === 'string') return failure(400, dictionaries);
    if (dictionaries.length === 0) return failure(400, "Parameter 'dictionaries' not specified.");
    if (store.isFull()) return glossaryLimitReached;
    return json(201, v3Info(store.create(name, dictionaries)));
  }
  const glossary = store.get(id);
  if (glossary === undefined) return failure(404, 'Glossary not found');

  if (sub === '/entries') {
    if (method !== 'GET') return failure(405);
    const wanted = selectedPair(request);
    const dictionaries = [...glossary.dictionaries.values()].filter(
      (dictionary) => wanted === undefined || pairKey(dictionary.sourceLang, dictionary.targetLang) === wanted,
    );
    if (dictionaries.length === 0) return failure(404, 'Dictionary not found');
    return json(200, {
      dictionaries: dictionaries.map((dictionary) => ({
        source_lang: dictionary.sourceLang,
        target_lang: dictionary.targetLang,
        entries: toTsv(dictionary.entries),
        entries_format: 'tsv',
      })),
    });
  }
  if (sub === '/dictionaries') {
    if (method === 'PUT') {
      const dictionary = readDictionary(request, '');
      if (typeof dictionary === 'string') return failure(400, dictionary);
      glossary.dictionaries.set(pairKey(dictionary.sourceLang, dictionary.targetLang), dictionary);
      return json(200, dictionaryInfo(dictionary));
    }
    if (method === 'DELETE') {
      const wanted = selectedPair(request);
      if (wanted === undefined) return failure(400, "Parameters 'source_lang' and 'target_lang' required.");
      return glossary.dictionaries.delete(wanted) ? noContent : failure(404, 'Dictionary not found');
    }
    return failure(405);
  }
  if (method === 'GET') return json(200, v3Info(glossary));
  if (method === 'DELETE') {
    store.delete(id);
    return noContent;
  }
  if (method === 'PATCH') {
    const name = field(request, 'name');
    const dictionaries = readDictionaries(request);
    if (typeof dictionaries === 'string') return failure(400, dictionaries);
    if (name === undefined && dictionaries.length === 0) return failure(400, 'Nothing to update.');
    if (name !== undefined) glossary.name = name;
    // PATCH merges: new terms are added, existing source terms take the new target.
    for (const dictionary of dictionaries) {
      const key = pairKey(dictionary.sourceLang, dictionary.targetLang);
      const existing = glossary.dictionaries.get(key);
      if (existing) existing.entries = new Map([...existing.entries, ...dictionary.entries]);
      else glossary.dictionaries.set(key, dictionary);
    }
    return json(200, v3Info(glossary));
  }
  return failure(405);
}

function isSingleDictionary(glossary: StoredGlossary): boolean {
  return glossary.dictionaries.size === 1;
}

function v2Info(glossary: StoredGlossary) {
  const [dictionary] = glossary.dictionaries.values();
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    ready: true,
    source_lang: dictionary!.sourceLang,
    target_lang: dictionary!.targetLang,
    creation_time: glossary.creationTime,
    entry_count: dictionary!.entries.size,
  };
}

function v3Info(glossary: StoredGlossary) {
  return {
    glossary_id: glossary.id,
    name: glossary.name,
    creation_time: glossary.creationTime,
    dictionaries: [...glossary.dictionaries.values()].map(dictionaryInfo),
  };
}

function dictionaryInfo(dictionary: StoredDictionary) {
  return { source_lang: dictionary.sourceLang, target_lang: dictionary.targetLang, entry_count: dictionary.entries.size };
}

function selectedPair(request: ParsedRequest): string | undefined {
  const source = field(request, 'source_lang');
  const target = field(request, 'target_lang');
  return source && target ? pairKey(source.toLowerCase(), target.toLowerCase()) : undefined;
}

/** `dictionaries[0].source_lang`, `dictionaries[1].…` — as deepl-node's form fields (or flattened JSON) name them. */
function readDictionaries(request: ParsedRequest): StoredDictionary[] | string {
  const dictionaries: StoredDictionary[] = [];
  for (let i = 0; field(request, `dictionaries[${i}].source_lang`) !== undefined; i++) {
    const dictionary = readDictionary(request, `dictionaries[${i}].`);
    if (typeof dictionary === 'string') return dictionary;
    dictionaries.push(dictionary);
  }
  return dictionaries;
}

function readDictionary(request: ParsedRequest, prefix: string): StoredDictionary | string {
  const sourceLang = field(request, `${prefix}source_lang`)?.toLowerCase();
  const targetLang = field(request, `${prefix}target_lang`)?.toLowerCase();
  if (!sourceLang || !targetLang) return `Parameters '${prefix}source_lang' and '${prefix}target_lang' required.`;
  if (!glossaryLanguages.includes(sourceLang) || !glossaryLanguages.includes(targetLang) || sourceLang === targetLang) {
    return `Unsupported glossary language pair ${sourceLang} > ${targetLang}.`;
  }
  const format = field(request, `${prefix}entries_format`) ?? 'tsv';
  const text = field(request, `${prefix}entries`) ?? '';
  const entries = format === 'tsv' ? parseTsv(text) : format === 'csv' ? parseCsv(text) : `Unsupported entries_format '${format}'.`;
  if (typeof entries === 'string') return entries;
  if (entries.size === 0) return 'Glossary entries must not be empty.';
  return { sourceLang, targetLang, entries };
}

function parseTsv(text: string): Map<string, string> | string {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const [source, target, extra] = line.split('\t');
    if (!source || !target || extra !== undefined) return `Invalid TSV entry: ${JSON.stringify(line)}`;
    entries.set(source, target);
  }
  return entries;
}

/** Two columns (source, target), double-quoted fields with "" for a quote; more columns are ignored. */
function parseCsv(text: string): Map<string, string> | string {
  const entries = new Map<string, string>();
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const cells = [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((match) => match[1]?.replace(/""/g, '"') ?? match[2] ?? '');
    const [source, target] = cells;
    if (!source || !target) return `Invalid CSV entry: ${JSON.stringify(line)}`;
    entries.set(source, target);
  }
  return entries;
}

function toTsv(entries: ReadonlyMap<string, string>): string {
  return [...entries].map(([source, target]) => `${source}\t${target}`).join('\n');
}
