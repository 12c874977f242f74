import type { FakeAccount } from './account.js';
import { sourceLanguages, targetLanguages } from './languages.js';
import { field, type ParsedRequest } from './request.js';
import { json, type FakeResponse } from './responses.js';

/** /v2/usage and /v2/languages; undefined for other paths. */
export function accountRoute(request: ParsedRequest, account: FakeAccount, characterLimit: number): FakeResponse | undefined {
  if (request.path === '/v2/usage') {
    return json(200, { character_count: account.billedCharacters, character_limit: characterLimit });
  }
  if (request.path === '/v2/languages') {
    if (field(request, 'type') === 'target') {
      return json(200, targetLanguages.map((language) => ({ language: language.code, name: language.name, supports_formality: language.supportsFormality })));
    }
    return json(200, sourceLanguages.map((language) => ({ language: language.code, name: language.name })));
  }
  return undefined;
}
