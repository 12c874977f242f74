import { describe, expect, it } from 'vitest';
import { isolateLeftToRightRuns } from '../../src/review/bidi.js';

describe('isolateLeftToRightRuns', () => {
  it('puts each Latin run and each number in <bdi>, spaces and inner punctuation included', () => {
    expect(isolateLeftToRightRuns('قالت Sabrina Singh إن 2,500 جندي')).toBe('قالت <bdi>Sabrina Singh</bdi> إن <bdi>2,500</bdi> جندي');
    expect(isolateLeftToRightRuns('بنسبة 3.5% في US-led')).toBe('بنسبة <bdi>3.5%</bdi> في <bdi>US-led</bdi>');
  });

  it('keeps a currency sign with its number', () => {
    expect(isolateLeftToRightRuns('بتقديم $7.5 مليار و40€ و$ وحده')).toBe('بتقديم <bdi>$7.5</bdi> مليار و<bdi>40€</bdi> و$ وحده');
  });

  it('leaves Arabic punctuation and trailing spaces outside the run', () => {
    expect(isolateLeftToRightRuns('(AFP)، ثم')).toBe('(<bdi>AFP</bdi>)، ثم');
  });

  it('leaves text without Latin letters or digits as it is, and escapes inside and outside runs', () => {
    expect(isolateLeftToRightRuns('وزارة الخارجية')).toBe('وزارة الخارجية');
    expect(isolateLeftToRightRuns('<b> a&b "x"')).toBe('&lt;<bdi>b</bdi>&gt; <bdi>a&amp;b</bdi> &quot;<bdi>x</bdi>&quot;');
  });
});
