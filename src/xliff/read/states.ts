/**
 * States as the file writes them → ReadState (types.ts documents the scale). Pure tables and
 * functions; the version readers throw with the line when a value is invalid.
 */
import { toolName } from '../tool.js';
import type { ReadState } from './types.js';

/** Our scale, lowest first. */
export const readStates: readonly ReadState[] = ['untranslated', 'draft', 'translated', 'reviewed', 'final'];

/** XLIFF 1.2 `<target state>` values (the schema's stateValueList). `x-…` values are tool extensions. */
export const xliff12States: ReadonlyMap<string, ReadState> = new Map<string, ReadState>([
  ['new', 'untranslated'],
  ['needs-translation', 'untranslated'],
  ['needs-adaptation', 'untranslated'],
  ['needs-l10n', 'untranslated'],
  ['needs-review-translation', 'draft'],
  ['needs-review-adaptation', 'draft'],
  ['needs-review-l10n', 'draft'],
  ['translated', 'translated'],
  ['signed-off', 'reviewed'],
  ['final', 'final'],
]);

/** The schema's XTend type: `x-` and at least one character that is not whitespace. */
const XLIFF12_EXTENSION = /^x-\S+$/u;

/** XLIFF 2.x `<segment state>` values. */
export const xliff2States: ReadonlyMap<string, ReadState> = new Map<string, ReadState>([
  ['initial', 'untranslated'],
  ['translated', 'translated'],
  ['reviewed', 'reviewed'],
  ['final', 'final'],
]);

/** Our own 2.x subStates that say a `translated` segment is still unvouched for (what we exported, untouched). */
export const draftSubStates: ReadonlySet<string> = new Set([`${toolName}:needs-review`, `${toolName}:pseudo`]);

export type StateReading =
  | { readonly state: ReadState; readonly asWritten: string }
  /** The value is not a state of this XLIFF version: why, for the message. */
  | { readonly invalid: string };

const NO_TARGET = '(no target)';
const NO_STATE = '(no state)';

/** A 1.2 unit's state: its `<target state>` and its `<trans-unit approved>` (already read as yes/no). */
export function readState12(input: { readonly hasTarget: boolean; readonly state?: string; readonly approved: boolean }): StateReading {
  const { hasTarget, state, approved } = input;
  if (state !== undefined && !xliff12States.has(state) && !XLIFF12_EXTENSION.test(state)) {
    return { invalid: `invalid state "${state}": XLIFF 1.2 states are ${[...xliff12States.keys()].sort().join(', ')}, or x-… for a tool's own` };
  }
  if (!hasTarget) return { state: 'untranslated', asWritten: NO_TARGET };
  // No state, or a tool's own x- state: a target nobody has vouched for.
  const written: ReadState = state === undefined ? 'draft' : (xliff12States.get(state) ?? 'draft');
  const read: ReadState = approved && written !== 'final' ? 'reviewed' : written;
  return { state: read, asWritten: `${state ?? NO_STATE}${approved ? '+approved' : ''}` };
}

/** A 2.x segment's state: `state` (default `initial`) and `subState`. */
export function readState2(input: { readonly hasTarget: boolean; readonly state?: string; readonly subState?: string }): StateReading {
  const { hasTarget, state, subState } = input;
  if (state !== undefined && !xliff2States.has(state)) {
    return { invalid: `invalid state "${state}": XLIFF 2 states are ${[...xliff2States.keys()].join(', ')}` };
  }
  if (!hasTarget) return { state: 'untranslated', asWritten: NO_TARGET };
  const written = xliff2States.get(state ?? 'initial')!;
  const read: ReadState = written === 'translated' && subState !== undefined && draftSubStates.has(subState) ? 'draft' : written;
  return { state: read, asWritten: `${state ?? NO_STATE}${subState === undefined ? '' : ` (${subState})`}` };
}

/** The lowest of the states (a unit is as far as its least advanced segment). */
export function lowestState(states: readonly ReadState[]): ReadState {
  let lowest = states[0] ?? 'untranslated';
  for (const state of states) if (readStates.indexOf(state) < readStates.indexOf(lowest)) lowest = state;
  return lowest;
}
