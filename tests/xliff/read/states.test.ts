import { describe, expect, it } from 'vitest';
import { lowestState, readState12, readState2, readStates, xliff12States, xliff2States } from '../../../src/xliff/read/states.js';
import type { ReadState } from '../../../src/xliff/read/types.js';
import { read, rejection, xliff12, xliff2 } from './helpers.js';

/** Every 1.2 state value (the schema's list), without and with approved="yes". */
const xliff12Table: readonly [state: string | undefined, plain: ReadState, approved: ReadState][] = [
  ['new', 'untranslated', 'reviewed'],
  ['needs-translation', 'untranslated', 'reviewed'],
  ['needs-adaptation', 'untranslated', 'reviewed'],
  ['needs-l10n', 'untranslated', 'reviewed'],
  ['needs-review-translation', 'draft', 'reviewed'],
  ['needs-review-adaptation', 'draft', 'reviewed'],
  ['needs-review-l10n', 'draft', 'reviewed'],
  ['x-mq-partially-edited', 'draft', 'reviewed'],
  [undefined, 'draft', 'reviewed'],
  ['translated', 'translated', 'reviewed'],
  ['signed-off', 'reviewed', 'reviewed'],
  ['final', 'final', 'final'],
];

/** Every 2.x state value, with the subStates that matter. */
const xliff2Table: readonly [state: string | undefined, subState: string | undefined, read: ReadState][] = [
  [undefined, undefined, 'untranslated'],
  ['initial', undefined, 'untranslated'],
  ['initial', 'wire-l10n:untranslated', 'untranslated'],
  ['initial', 'wire-l10n:pseudo', 'untranslated'],
  ['translated', 'wire-l10n:needs-review', 'draft'],
  ['translated', 'wire-l10n:pseudo', 'draft'],
  ['translated', 'wire-l10n:translated', 'translated'],
  ['translated', 'acme:needs-review', 'translated'],
  ['translated', undefined, 'translated'],
  ['reviewed', 'wire-l10n:needs-review', 'reviewed'],
  ['reviewed', undefined, 'reviewed'],
  ['final', undefined, 'final'],
];

describe('state mapping', () => {
  it('covers every XLIFF 1.2 state value of the schema', () => {
    const tableStates = xliff12Table.map(([state]) => state).filter((state) => state !== undefined && !state.startsWith('x-'));
    expect([...xliff12States.keys()].sort()).toEqual([...tableStates].sort());
  });

  it.each(xliff12Table)('1.2 state %s → %s, with approved="yes" → %s', (state, plain, approved) => {
    const written = state ?? '(no state)';
    expect(readState12({ hasTarget: true, state, approved: false })).toEqual({ state: plain, asWritten: written });
    expect(readState12({ hasTarget: true, state, approved: true })).toEqual({ state: approved, asWritten: `${written}+approved` });
  });

  it('1.2 without target: untranslated whatever approved says', () => {
    expect(readState12({ hasTarget: false, approved: true })).toEqual({ state: 'untranslated', asWritten: '(no target)' });
    expect(readState12({ hasTarget: false, approved: false })).toEqual({ state: 'untranslated', asWritten: '(no target)' });
  });

  it.each(['done', 'Translated', 'approved', 'x-', 'x- spaced', ''])('1.2 state "%s" is invalid', (state) => {
    const reading = readState12({ hasTarget: true, state, approved: false });
    expect(reading).toEqual({ invalid: expect.stringContaining(`invalid state "${state}": XLIFF 1.2 states are final, `) });
  });

  it('covers every XLIFF 2 state value', () => {
    expect([...xliff2States.keys()]).toEqual(['initial', 'translated', 'reviewed', 'final']);
  });

  it.each(xliff2Table)('2.x state %s, subState %s → %s', (state, subState, expected) => {
    const written = `${state ?? '(no state)'}${subState === undefined ? '' : ` (${subState})`}`;
    expect(readState2({ hasTarget: true, state, subState })).toEqual({ state: expected, asWritten: written });
    expect(readState2({ hasTarget: false, state, subState })).toEqual({ state: 'untranslated', asWritten: '(no target)' });
  });

  it.each(['approved', 'Final', 'needs-review-translation', ''])('2.x state "%s" is invalid', (state) => {
    expect(readState2({ hasTarget: true, state })).toEqual({ invalid: expect.stringContaining(`invalid state "${state}": XLIFF 2 states are`) });
    expect(readState2({ hasTarget: false, state })).toHaveProperty('invalid');
  });

  it('orders the scale untranslated < draft < translated < reviewed < final; lowest of none is untranslated', () => {
    expect(readStates).toEqual(['untranslated', 'draft', 'translated', 'reviewed', 'final']);
    expect(lowestState(['final', 'reviewed', 'translated'])).toBe('translated');
    expect(lowestState(['final', 'draft', 'untranslated'])).toBe('untranslated');
    expect(lowestState(['final'])).toBe('final');
    expect(lowestState([])).toBe('untranslated');
  });
});

describe('states read from files', () => {
  it('1.2: the state on <target>, approved on <trans-unit>', () => {
    const file = read(
      xliff12(`<trans-unit id="a" approved="yes"><source>A.</source><target state="needs-review-translation">A.</target></trans-unit>
<trans-unit id="b" approved="no"><source>B.</source><target state="final">B.</target></trans-unit>
<trans-unit id="c"><source>C.</source><target>C.</target></trans-unit>
<trans-unit id="d" approved="yes"><source>D.</source></trans-unit>`),
    );
    expect(file.units.map((unit) => [unit.state, unit.stateAsWritten])).toEqual([
      ['reviewed', 'needs-review-translation+approved'],
      ['final', 'final'],
      ['draft', '(no state)'],
      ['untranslated', '(no target)'],
    ]);
  });

  it('2.x: the lowest segment state; an invalid state on any segment rejects the file', () => {
    const file = read(
      xliff2(`<unit id="a"><segment state="final"><source>A.</source><target>A.</target></segment><segment state="reviewed"><source>B.</source><target>B.</target></segment></unit>`),
    );
    expect(file.units[0]).toMatchObject({ state: 'reviewed', stateAsWritten: 'reviewed' });
    const error = rejection(
      xliff2(`<unit id="a">
<segment state="final"><source>A.</source><target>A.</target></segment>
<segment state="done"><source>B.</source><target>B.</target></segment>
</unit>`),
    );
    expect(error.location?.line).toBe(6);
    expect(error.message).toContain('invalid state "done"');
  });
});
