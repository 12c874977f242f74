import { describe, expect, it } from 'vitest';
import type { TargetOrigin, UnitState } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { glossary, localized, segment, unit } from './fixtures.js';
import { firstDescendant, parseXliff, unitElement, xliff12Namespace, xliff2Namespace } from './read-xliff.js';

interface StateCase {
  readonly state: UnitState;
  readonly origin?: TargetOrigin;
  readonly v12: { readonly state: string; readonly qualifier: string | null; readonly approved: string | null };
  readonly v21: { readonly state: string; readonly subState: string };
}

const cases: readonly StateCase[] = [
  {
    state: 'untranslated',
    v12: { state: 'needs-translation', qualifier: null, approved: null },
    v21: { state: 'initial', subState: 'wire-l10n:untranslated' },
  },
  {
    state: 'needs-review',
    origin: 'mt',
    v12: { state: 'needs-review-translation', qualifier: 'mt-suggestion', approved: null },
    v21: { state: 'translated', subState: 'wire-l10n:needs-review' },
  },
  {
    state: 'needs-review',
    origin: 'tm',
    v12: { state: 'needs-review-translation', qualifier: 'leveraged-tm', approved: null },
    v21: { state: 'translated', subState: 'wire-l10n:needs-review' },
  },
  {
    state: 'needs-review',
    origin: 'pseudo',
    v12: { state: 'needs-translation', qualifier: null, approved: null },
    v21: { state: 'initial', subState: 'wire-l10n:pseudo' },
  },
  {
    state: 'translated',
    origin: 'human',
    v12: { state: 'translated', qualifier: null, approved: null },
    v21: { state: 'translated', subState: 'wire-l10n:translated' },
  },
  {
    state: 'reviewed',
    origin: 'human',
    v12: { state: 'signed-off', qualifier: null, approved: 'yes' },
    v21: { state: 'reviewed', subState: 'wire-l10n:reviewed' },
  },
  {
    state: 'final',
    origin: 'human',
    v12: { state: 'final', qualifier: null, approved: 'yes' },
    v21: { state: 'final', subState: 'wire-l10n:final' },
  },
];

const source = 'Police gave no further details.';
const translation = "La police n'a pas donné d'autres détails.";

function writeOne(version: '1.2' | '2.1', state: UnitState, origin: TargetOrigin | undefined) {
  const fields = state === 'untranslated' ? {} : { target: translation, ...(origin ? { origin } : {}) };
  const doc = localized([unit(segment('p1.s1', source), { state, ...fields })]);
  return unitElement(parseXliff(writeXliff(doc, { version, glossary })), 'p1.s1');
}

describe('XLIFF 1.2 states', () => {
  it.each(cases)('writes $state ($origin) as state=$v12.state', ({ state, origin, v12 }) => {
    const transUnit = writeOne('1.2', state, origin);
    const target = firstDescendant(transUnit, xliff12Namespace, 'target');
    expect(target.getAttribute('state')).toBe(v12.state);
    expect(target.getAttribute('state-qualifier')).toBe(v12.qualifier);
    expect(transUnit.getAttribute('approved')).toBe(v12.approved);
  });
});

describe('XLIFF 2.1 states', () => {
  it.each(cases)('writes $state ($origin) as state=$v21.state subState=$v21.subState', ({ state, origin, v21 }) => {
    const segmentElement = firstDescendant(writeOne('2.1', state, origin), xliff2Namespace, 'segment');
    expect(segmentElement.getAttribute('state')).toBe(v21.state);
    expect(segmentElement.getAttribute('subState')).toBe(v21.subState);
  });
});

describe('targets', () => {
  it.each(['1.2', '2.1'] as const)('pre-fills an untranslated unit’s target with its source in %s', (version) => {
    const element = writeOne(version, 'untranslated', undefined);
    const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
    expect(firstDescendant(element, namespace, 'target').textContent).toBe(source);
  });

  it.each(['1.2', '2.1'] as const)('ignores a stale target on an untranslated unit in %s', (version) => {
    const doc = localized([unit(segment('p1.s1', source), { state: 'untranslated', target: 'ancienne traduction' })]);
    const element = unitElement(parseXliff(writeXliff(doc, { version, glossary })), 'p1.s1');
    const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
    expect(firstDescendant(element, namespace, 'target').textContent).toBe(source);
  });

  it.each(['1.2', '2.1'] as const)('writes the unit’s own target once it has one in %s', (version) => {
    const element = writeOne(version, 'translated', 'human');
    const namespace = version === '1.2' ? xliff12Namespace : xliff2Namespace;
    expect(firstDescendant(element, namespace, 'target').textContent).toBe(translation);
  });
});
