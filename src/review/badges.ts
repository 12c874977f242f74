import { blockingFindings, hasTarget, type Unit } from '../model.js';

/** What a desk needs to know about a unit's target at a glance; the kind picks the badge's style. */
export interface Badge {
  readonly kind: 'untranslated' | 'pseudo' | 'mt' | 'tm' | 'human' | 'reviewed' | 'withheld';
  /** Always said in words: colour is never the only signal. */
  readonly text: string;
}

/** The unit's origin and state as one badge. */
export function unitBadge(unit: Unit): Badge {
  if (!hasTarget(unit)) return { kind: 'untranslated', text: 'untranslated' };
  if (unit.origin === 'pseudo') return { kind: 'pseudo', text: 'pseudo · not a translation' };
  const origin = originName[unit.origin ?? 'human'];
  switch (unit.state) {
    case 'reviewed':
      return { kind: 'reviewed', text: `reviewed · ${origin}` };
    case 'final':
      return { kind: 'reviewed', text: `final · ${origin}` };
    case 'translated':
      return unit.origin === 'tm' ? { kind: 'tm', text: 'TM match' } : { kind: 'human', text: 'translated by a human' };
    default:
      return unit.origin === 'tm' ? { kind: 'tm', text: 'TM · needs review' } : { kind: 'mt', text: 'MT · unreviewed' };
  }
}

/** A second badge when errors keep the target from readers (the story and bundle leave it out). */
export function withheldBadge(unit: Unit): Badge | undefined {
  return hasTarget(unit) && blockingFindings(unit).length > 0 ? { kind: 'withheld', text: 'withheld: not published' } : undefined;
}

const originName: Readonly<Record<NonNullable<Unit['origin']>, string>> = { human: 'human', tm: 'TM', mt: 'MT', pseudo: 'pseudo' };
