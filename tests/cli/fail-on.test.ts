import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { findingsFailure } from '../../src/cli/fail-on.js';

const warning = { ruleId: 'terms/missing', severity: 'warning' } as const;
const error = { ruleId: 'qa/span-missing', severity: 'error' } as const;
const info = { ruleId: 'qa/house-style-fixed', severity: 'info' } as const;

describe('--fail-on', () => {
  it('fails on findings at or above the severity, counting them by rule', () => {
    const failure = findingsFailure([warning, error, warning, info], 'warning');
    expect(failure?.code).toBe('E_FINDINGS');
    expect(exitCodes[failure!.code]).toBe(13);
    expect(failure?.message).toBe('3 findings at or above warning (--fail-on warning): terms/missing ×2, qa/span-missing ×1');
    expect(findingsFailure([warning, error], 'error')?.message).toBe('1 finding at or above error (--fail-on error): qa/span-missing ×1');
  });

  it('does not fail below the severity, on info, or without --fail-on', () => {
    expect(findingsFailure([warning, info], 'error')).toBeUndefined();
    expect(findingsFailure([info], 'warning')).toBeUndefined();
    expect(findingsFailure([error], undefined)).toBeUndefined();
  });
});
