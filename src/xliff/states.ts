import type { TargetOrigin, UnitState } from '../model.js';
import { toolName } from './tool.js';
import type { XliffPurpose } from './view.js';

/** XLIFF 1.2 `<target>` attributes for a unit. */
export interface Xliff12TargetState {
  readonly state: 'needs-translation' | 'needs-review-translation' | 'translated' | 'signed-off' | 'final';
  readonly stateQualifier?: 'mt-suggestion' | 'leveraged-tm';
  /** `approved="yes"` on `<trans-unit>`: a human approved the target. */
  readonly approved: boolean;
}

const xliff12States: Readonly<Record<UnitState, Xliff12TargetState['state']>> = {
  untranslated: 'needs-translation',
  'needs-review': 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

/** Only engine and memory output awaiting review says where it came from; pseudo gets a note instead. */
const xliff12Qualifiers: Readonly<Partial<Record<TargetOrigin, Xliff12TargetState['stateQualifier']>>> = {
  mt: 'mt-suggestion',
  tm: 'leveraged-tm',
};

/**
 * A pseudo-translation is no translation: whatever its model state, the file says the unit still
 * needs translating. That also keeps the demo's files out of translate-toolkit 3.8's pocount bug,
 * which crashes (KeyError 'reviewsourdcewords') on `needs-review-*` states in CSV mode.
 */
export function xliff12TargetState(state: UnitState, origin: TargetOrigin | undefined): Xliff12TargetState {
  if (origin === 'pseudo') return { state: 'needs-translation', approved: false };
  const stateQualifier = state === 'needs-review' && origin ? xliff12Qualifiers[origin] : undefined;
  // The model says a human approved `reviewed` and `final` units; pocount counts only approved ones as translated.
  const approved = state === 'reviewed' || state === 'final';
  return { state: xliff12States[state], ...(stateQualifier ? { stateQualifier } : {}), approved };
}

/** XLIFF 2.1 `<segment>` attributes for a unit. */
export interface Xliff21SegmentState {
  readonly state: 'initial' | 'translated' | 'reviewed' | 'final';
  /** Our own state, `wire-l10n:needs-review`: 2.1 wants `prefix:value`, and it lets a reader restore the exact state. */
  readonly subState: string;
}

const xliff21States: Readonly<Record<UnitState, Xliff21SegmentState['state']>> = {
  untranslated: 'initial',
  'needs-review': 'translated',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'final',
};

export function xliff21SegmentState(state: UnitState, origin: TargetOrigin | undefined): Xliff21SegmentState {
  if (origin === 'pseudo') return { state: 'initial', subState: `${toolName}:pseudo` };
  return { state: xliff21States[state], subState: `${toolName}:${state}` };
}

/**
 * What the file is for (1.2 `<phase process-name>`): `translation` while some unit still needs
 * translating (untranslated, or pseudo-translated, which is no translation), else `review`.
 */
export function xliffPurpose(units: readonly { readonly state: UnitState; readonly origin?: TargetOrigin }[]): XliffPurpose {
  const needsTranslation = units.some((unit) => xliff12TargetState(unit.state, unit.origin).state === 'needs-translation');
  return needsTranslation ? 'translation' : 'review';
}
