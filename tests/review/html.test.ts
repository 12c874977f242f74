import { describe, expect, it } from 'vitest';
import { attributeList, element, escapeHtml } from '../../src/review/html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that could end text or an attribute', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
  });

  it('leaves other text alone: no-break spaces, Arabic, emoji, an existing entity spelled out', () => {
    expect(escapeHtml('Paris\u00a0: 2\u202f500 — بغداد 🇫🇷')).toBe('Paris\u00a0: 2\u202f500 — بغداد 🇫🇷');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });

  it('shows controls and lone surrogates as visible stand-ins instead of writing characters HTML forbids', () => {
    expect(escapeHtml('a\u0000b\u001bc\u007fd\u0085e')).toBe('a\u2400b\u241bc\u2421d\ufffde');
    expect(escapeHtml('x\ud800y\udc00z')).toBe('x\ufffdy\ufffdz');
    expect(escapeHtml('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('changes a text with a single character to escape wherever it stands, and returns plain text as it is', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['&', '&amp;'], ['<', '&lt;'], ['>', '&gt;'], ['"', '&quot;'], ["'", '&#39;'],
      ['\u0008', '\u2408'], ['\u000b', '\u240b'], ['\u001f', '\u241f'], ['\u009f', '\ufffd'], ['\udbff', '\ufffd'], ['\udfff', '\ufffd'],
    ];
    for (const [char, escaped] of cases) {
      expect(escapeHtml(char)).toBe(escaped);
      expect(escapeHtml(`story ${char}`)).toBe(`story ${escaped}`);
      expect(escapeHtml(`${char} p1.s1`)).toBe(`${escaped} p1.s1`);
    }
    for (const plain of ['', 'p1.s1', 'unit row clean', 'Le 1er décembre, à Paris', '\u00a0\u00a1\u00ff\ud7ff\ue000\ufffd', '😀']) expect(escapeHtml(plain)).toBe(plain);
  });
});

describe('element and attributes', () => {
  it('escapes attribute values, leaves out undefined and false, writes true bare', () => {
    expect(attributeList({ title: `"><img src=x onerror=alert(1)>`, hidden: true, dir: undefined, open: false })).toBe(
      ' title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" hidden',
    );
    expect(element('td', { lang: 'ar', dir: 'rtl' }, 'x')).toBe('<td lang="ar" dir="rtl">x</td>');
  });
});
