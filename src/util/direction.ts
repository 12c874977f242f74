import type { LanguageTag } from '../model.js';

/** Scripts written right to left (ISO 15924) among those news copy is published in. */
const rightToLeftScripts: ReadonlySet<string> = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

/**
 * True when the language is written right to left. Asks Intl for the likely script, so
 * `ar`, `fa`, `ckb` and `ku-Arab` are right to left while `ku` (Latin) is not. A tag Intl cannot
 * place (`x-private`) counts as not right to left: XLIFF then keeps its default, `auto`.
 */
export function isRightToLeft(lang: LanguageTag): boolean {
  // Asked for every unit of every file: Intl.Locale#maximize is slow enough to show in a batch's profile.
  let known = directionByLang.get(lang);
  if (known === undefined) directionByLang.set(lang, (known = scriptIsRightToLeft(lang)));
  return known;
}

const directionByLang = new Map<LanguageTag, boolean>();

function scriptIsRightToLeft(lang: LanguageTag): boolean {
  let script: string | undefined;
  try {
    script = new Intl.Locale(lang).maximize().script;
  } catch {
    return false;
  }
  return script !== undefined && rightToLeftScripts.has(script);
}
