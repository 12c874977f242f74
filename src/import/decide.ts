/**
 * One returned unit against the story as it is now and the work the store already holds: apply
 * it, skip it (and say why), or reject it (the translator must act).
 */
import { defaultValueStyle, type LanguageTag, type MarkupPlacement, type Segment, type ValueStyle } from '../model.js';
import type { LedgerEntry } from '../store/store.js';
import { normalizeText } from '../util/hash.js';
import { baseTargetOf, markupPlaces } from '../xliff/base-target.js';
import type { ReadState, ReadUnit } from '../xliff/read/types.js';
import { sourceText, targetText } from './codes.js';

/** The states an import can give a unit: a human's. */
export const importedStates = ['translated', 'reviewed', 'final'] as const;
export type ImportedState = (typeof importedStates)[number];

export type UnitDecision =
  /** `targetMarkup`: where the target carries the segment's markup codes, when the segment has any. */
  | { readonly kind: 'apply'; readonly target: string; readonly targetMarkup?: readonly MarkupPlacement[]; readonly state: ImportedState }
  /**
   * `editedSinceExport`: skipped for its state, yet its target differs from what was exported (a
   * tool that does not update states, such as OmegaT 3.6, leaves exactly this).
   */
  | { readonly kind: 'skip'; readonly reason: string; readonly editedSinceExport?: boolean }
  | { readonly kind: 'reject'; readonly reason: string };

export interface DecideOptions {
  /**
   * For CAT tools that never update states (OmegaT 3.6): a target that differs from what was
   * exported counts as this state, whatever its state attribute says.
   */
  readonly editedAs?: ImportedState;
  /**
   * The language the target is in: a value's code stands for the value as it writes it, and a
   * value written as text is accepted when it states the same value. Absent: values as the source
   * writes them, and every code required.
   */
  readonly targetLang?: LanguageTag;
  /** How the target language writes values (Arabic digits and months). @default defaultValueStyle */
  readonly valueStyle?: ValueStyle;
  /**
   * The form the job gives a human `translated` target (the house-style fixer), which the store
   * then holds: a file whose target comes out as the store's is work already imported, not a
   * later change. Absent: targets are compared as written.
   */
  readonly houseForm?: (target: string) => string;
}

const rank: Readonly<Record<LedgerEntry['state'], number>> = { 'needs-review': 0, translated: 1, reviewed: 2, final: 3 };

/**
 * `recorded` is the ledger's entry for the unit made for this very source (same hash), if any:
 * what the export wrote as the target, or a human's earlier work.
 */
export function decideUnit(unit: ReadUnit, segment: Segment, recorded: LedgerEntry | undefined, options: DecideOptions): UnitDecision {
  const source = sourceText(unit.source, segment);
  if ('problem' in source) return { kind: 'reject', reason: source.problem };
  // The text, not `segment.hash`: the hash also covers the markup, which sourceText has matched code by code.
  if (normalizeText(source.text) !== normalizeText(segment.source)) {
    return { kind: 'reject', reason: 'the source changed since export: the story now reads differently here (not applied; export again and re-translate)' };
  }
  if (unit.target === undefined) return { kind: 'skip', reason: 'no target' };

  const state = importedState(unit.state);
  const target = targetText(unit.target, source.codes, segment, {
    // `und` (undetermined): no language's value formats, so values stay as the source writes them.
    lang: options.targetLang ?? 'und',
    valueStyle: options.valueStyle ?? defaultValueStyle,
  });
  const sameAsExported = 'text' in target && isAsExported(target.text, target.markup ?? [], unit, recorded, segment);
  if (state === undefined && options.editedAs === undefined) {
    const skip = { kind: 'skip', reason: `state ${unit.stateAsWritten}: ${notDoneYet(unit.state)}` } as const;
    // A target with broken codes is no evidence of an edit to import: only a clean one is counted.
    return 'text' in target && !sameAsExported ? { ...skip, editedSinceExport: true } : skip;
  }
  if ('problem' in target) return { kind: 'reject', reason: target.problem };
  const effective = state ?? (sameAsExported ? undefined : options.editedAs);
  if (effective === undefined) {
    return { kind: 'skip', reason: `state ${unit.stateAsWritten} and the target is as exported` };
  }
  if (recorded?.origin === 'human') {
    const stored = effective === 'translated' && options.houseForm ? options.houseForm(target.text) : target.text;
    const kept = humanWorkKept(unit, recorded, { text: target.text, stored, markup: target.markup ?? [] }, effective, sameAsExported);
    if (kept) return kept;
  }
  return { kind: 'apply', target: target.text, ...(target.markup === undefined ? {} : { targetMarkup: target.markup }), state: effective };
}

/** Why the store's human translation of the unit stays as it is, or undefined when the import may replace it. */
function humanWorkKept(
  unit: ReadUnit,
  recorded: LedgerEntry,
  target: { readonly text: string; readonly stored: string; readonly markup: readonly MarkupPlacement[] },
  state: ImportedState,
  sameAsExported: boolean,
): UnitDecision | undefined {
  const recordedMarkup = recorded.targetMarkup ?? [];
  const sameText = target.text === recorded.target || target.stored === recorded.target;
  if (sameText && markupPlaces(target.markup) === markupPlaces(recordedMarkup)) {
    return rank[recorded.state] >= rank[state] ? { kind: 'skip', reason: 'already imported' } : undefined;
  }
  if (unit.baseTarget !== undefined && baseTargetOf(recorded.target, recordedMarkup) !== unit.baseTarget) {
    // The file was made against a translation the store no longer has. Left as exported, the unit
    // is just an old copy; changed, it would replace someone's later work with text made without
    // seeing it: the translator must look again.
    if (sameAsExported) return { kind: 'skip', reason: 'the store has newer human work for this unit; this file has it as exported' };
    return {
      kind: 'reject',
      reason: `the store's translation changed after this file was exported (a ${recorded.state} human translation came in since): export again and work on the current one`,
    };
  }
  if (rank[recorded.state] > rank[state]) {
    return { kind: 'skip', reason: `the store holds a ${recorded.state} human translation; a ${state} one does not replace it` };
  }
  return undefined;
}

/**
 * Whether the returned target is the one the file was exported with: by the fingerprint the file
 * carries, else by what the store says was exported (its target for this source, else the source
 * copy untranslated units get).
 */
function isAsExported(target: string, markup: readonly MarkupPlacement[], unit: ReadUnit, recorded: LedgerEntry | undefined, segment: Segment): boolean {
  if (unit.baseTarget !== undefined) return baseTargetOf(target, markup) === unit.baseTarget;
  return normalizeText(target) === normalizeText(recorded?.target ?? segment.source);
}

function notDoneYet(state: ReadState): string {
  return state === 'untranslated' ? 'not translated yet' : 'a draft, not marked translated, reviewed or final';
}

function importedState(state: ReadState): ImportedState | undefined {
  return state === 'translated' || state === 'reviewed' || state === 'final' ? state : undefined;
}
