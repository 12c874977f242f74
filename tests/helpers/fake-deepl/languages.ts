/** The languages the fake knows, a subset of DeepL's, with DeepL's formality support. */
export interface FakeLanguage {
  readonly code: string;
  readonly name: string;
  readonly supportsFormality?: boolean;
}

export const sourceLanguages: readonly FakeLanguage[] = [
  { code: 'AR', name: 'Arabic' },
  { code: 'DE', name: 'German' },
  { code: 'EN', name: 'English' },
  { code: 'ES', name: 'Spanish' },
  { code: 'FR', name: 'French' },
  { code: 'IT', name: 'Italian' },
  { code: 'JA', name: 'Japanese' },
  { code: 'NL', name: 'Dutch' },
  { code: 'PL', name: 'Polish' },
  { code: 'PT', name: 'Portuguese' },
  { code: 'RU', name: 'Russian' },
  { code: 'ZH', name: 'Chinese' },
];

export const targetLanguages: readonly FakeLanguage[] = [
  { code: 'AR', name: 'Arabic', supportsFormality: false },
  { code: 'DE', name: 'German', supportsFormality: true },
  { code: 'EN-GB', name: 'English (British)', supportsFormality: false },
  { code: 'EN-US', name: 'English (American)', supportsFormality: false },
  { code: 'ES', name: 'Spanish', supportsFormality: true },
  { code: 'FR', name: 'French', supportsFormality: true },
  { code: 'IT', name: 'Italian', supportsFormality: true },
  { code: 'JA', name: 'Japanese', supportsFormality: true },
  { code: 'NL', name: 'Dutch', supportsFormality: true },
  { code: 'PL', name: 'Polish', supportsFormality: true },
  { code: 'PT-BR', name: 'Portuguese (Brazilian)', supportsFormality: true },
  { code: 'PT-PT', name: 'Portuguese (European)', supportsFormality: true },
  { code: 'RU', name: 'Russian', supportsFormality: true },
  { code: 'ZH', name: 'Chinese (simplified)', supportsFormality: false },
];

/** Glossaries pair base languages, any two different ones of these (lowercase, as DeepL answers). */
export const glossaryLanguages: readonly string[] = ['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'ru', 'zh'];

export function findLanguage(list: readonly FakeLanguage[], code: string): FakeLanguage | undefined {
  const wanted = code.toUpperCase();
  return list.find((language) => language.code === wanted);
}

/** `en-GB` → `en`: glossaries and the source side use base languages. */
export function baseLanguage(code: string): string {
  return code.split('-')[0]!.toLowerCase();
}
