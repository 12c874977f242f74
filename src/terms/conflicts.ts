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
  /** The entry's targets, serialized: claims with equal ones agree with the same claims. */
  readonly targetsKey: string;
  /** Position among all claims, so the first conflicting one is reported. */
  readonly order: number;
}

/**
 * The claims on one form that later ones are compared with. A claim adds nothing when an earlier
 * one has the same targets and meets every text it meets (an insensitive one, or a sensitive one
 * with the same spelling): it agrees and conflicts with exactly the same claims. Leaving those
 * out keeps the check linear; comparing each claim with all earlier ones made a termbase of
 * 30,000 equal rows run for minutes.
 */
interface FormClaims {
  readonly insensitive: Claim[];
  /** Case-sensitive claims by their case-exact key. */
  readonly sensitive: Map<string, Claim[]>;
}

export function assertNoConflictingForms(entries: readonly EntryDraft[]): void {
  const claimsByKey = new Map<string, FormClaims>();
  let order = 0;
  for (const entry of entries) {
    const targetsKey = JSON.stringify(Object.entries(entry.targets).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const form of [entry.source, ...entry.sourceVariants]) {
      const claim: Claim = {
        entry,
        form,
        caseSensitive: isFormCaseSensitive(entry, form),
        exactKey: formKey(form, true),
        targetsKey,
        order: order++,
      };
      const key = formKey(form, false);
      const claims = claimsByKey.get(key) ?? { insensitive: [], sensitive: new Map<string, Claim[]>() };
      claimsByKey.set(key, claims);
      const sameSpelling = claims.sensitive.get(claim.exactKey) ?? [];
      const covering = claim.caseSensitive ? [...claims.insensitive, ...sameSpelling] : claims.insensitive;
      if (covering.some((earlier) => earlier.targetsKey === targetsKey)) continue;
      const met = claim.caseSensitive ? covering : [...claims.insensitive, ...[...claims.sensitive.values()].flat()];
      const conflicting = met
        .filter((earlier) => earlier.entry !== entry && disagreement(earlier, claim) !== undefined)
        .sort((a, b) => a.order - b.order)[0];
      if (conflicting) throw conflictError(conflicting, claim);
      if (!claim.caseSensitive) claims.insensitive.push(claim);
      else claims.sensitive.set(claim.exactKey, [...sameSpelling, claim]); // few: each has other targets
    }
  }
}

/** A language both claims' entries render, differently, or undefined when they agree. */
function disagreement(earlier: Claim, later: Claim): string | undefined {
  return Object.keys(later.entry.targets).find((lang) => {
    const earlierTarget = earlier.entry.targets[lang];
    return earlierTarget !== undefined && earlierTarget !== later.entry.targets[lang];
  });
}

function conflictError(earlier: Claim, later: Claim): GlossaryError {
  const lang = disagreement(earlier, later)!;
  const { file, line } = earlier.entry.origin;
  return new GlossaryError(
    `"${later.form}" conflicts with "${earlier.form}" defined at ${file}:${line}: ` +
      `expected ${lang} "${earlier.entry.targets[lang]}" as there, got ${lang} "${later.entry.targets[lang]}"`,
    later.entry.origin,
    { hint: 'a source form may have one set of targets only: make the two rows agree, or remove the form from one of them' },
  );
}
