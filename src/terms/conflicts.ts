/** Rejects a source form that two entries claim with different targets: a hit could not say which is meant. */
import { GlossaryError } from '../errors.js';
import { isFormCaseSensitive } from './case-rules.js';
import type { EntryDraft } from './rows.js';
import { formKey } from './tokens.js';

interface Claim {
  readonly entry: EntryDraft;
  readonly form: string;
  readonly caseSensitive: boolean;
  readonly exactKey: string;
}

export function assertNoConflictingForms(entries: readonly EntryDraft[]): void {
  const claimsByKey = new Map<string, Claim[]>();
  for (const entry of entries) {
    for (const form of [entry.source, ...entry.sourceVariants]) {
      const claim: Claim = { entry, form, caseSensitive: isFormCaseSensitive(entry, form), exactKey: formKey(form, true) };
      const key = formKey(form, false);
      const claims = claimsByKey.get(key) ?? [];
      for (const earlier of claims) {
        if (earlier.entry !== entry && matchSameText(earlier, claim)) assertSameTargets(earlier, claim);
      }
      claims.push(claim);
      claimsByKey.set(key, claims);
    }
  }
}

/** Forms equal but for case meet the same text unless both are case-sensitive ("US" vs "Us"). */
function matchSameText(a: Claim, b: Claim): boolean {
  return !a.caseSensitive || !b.caseSensitive || a.exactKey === b.exactKey;
}

function assertSameTargets(earlier: Claim, later: Claim): void {
  for (const [lang, target] of Object.entries(later.entry.targets)) {
    const earlierTarget = earlier.entry.targets[lang];
    if (earlierTarget === undefined || earlierTarget === target) continue;
    const { file, line } = earlier.entry.origin;
    throw new GlossaryError(
      `"${later.form}" conflicts with "${earlier.form}" defined at ${file}:${line}: ` +
        `expected ${lang} "${earlierTarget}" as there, got ${lang} "${target}"`,
      later.entry.origin,
      { hint: 'a source form may have one set of targets only: make the two rows agree, or remove the form from one of them' },
    );
  }
}
