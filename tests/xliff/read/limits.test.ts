import { describe, expect, it } from 'vitest';
import { readXliff, xliffReadDefaults } from '../../../src/xliff/read/index.js';
import { rejection, utf8, xliff12 } from './helpers.js';

describe('limits', () => {
  const small = utf8(xliff12('<trans-unit id="p1.s1"><source>The harbour reopened.</source><target>Le port a rouvert.</target></trans-unit>'));

  it('defaults to 32 MiB and 64 levels', () => {
    expect(xliffReadDefaults).toEqual({ maxBytes: 32 * 1024 * 1024, maxDepth: 64 });
  });

  it('rejects a file larger than maxBytes before decoding it, and takes one of exactly maxBytes', () => {
    const error = rejection(small, 'big.xlf', { maxBytes: small.length - 1 });
    expect(error.code).toBe('E_XLIFF');
    expect(error.location).toEqual({ file: 'big.xlf' });
    expect(error.message).toBe(`the file is ${small.length} bytes; XLIFF files up to ${small.length - 1} bytes are read`);
    expect(readXliff(small, 'fits.xlf', { maxBytes: small.length }).units).toHaveLength(1);
    // Checked before decoding: bytes that are not even UTF-8 get the size message.
    const notUtf8 = new Uint8Array(64).fill(0xff);
    expect(rejection(notUtf8, 'big.xlf', { maxBytes: 63 }).message).toContain('the file is 64 bytes');
  });

  it('says the size in MiB for large files', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024);
    expect(rejection(bytes, 'big.xlf', { maxBytes: 2 * 1024 * 1024 }).message).toBe('the file is 3 MiB; XLIFF files up to 2 MiB are read');
  });

  it('refuses options that are not positive integers with a TypeError naming them', () => {
    expect(() => readXliff(small, 'x.xlf', { maxBytes: 0 })).toThrow(new TypeError('Expected `maxBytes` to be a positive integer, got `0` (number)'));
    expect(() => readXliff(small, 'x.xlf', { maxDepth: 2.5 })).toThrow('Expected `maxDepth` to be a positive integer, got `2.5` (number)');
    expect(() => readXliff(small, 'x.xlf', { maxBytes: '10' as unknown as number })).toThrow('got `10` (string)');
  });

  it('reads an ordinary 5 MB file', () => {
    const units: string[] = [];
    let index = 0;
    let size = 0;
    while (size < 5_000_000) {
      const unit = `<group id="p${index}" restype="x-paragraph">
  <trans-unit id="p${index}.s1" resname="p${index}.s1">
    <source>Ferry number ${index} left the harbour with <ph id="1" ctype="x-number" equiv-text="2,500">2,500</ph> passengers aboard.</source>
    <target state="translated">Le ferry numéro ${index} a quitté le port avec <ph id="1" ctype="x-number" equiv-text="2,500">2,500</ph> passagers à bord.</target>
    <note from="wire-l10n" annotates="target">Machine translation (engine deepl).</note>
    <alt-trans match-quality="85" origin="wire-l10n-tm"><source>Ferry ${index} left.</source><target xml:lang="fr">Le ferry ${index} est parti.</target></alt-trans>
  </trans-unit>
</group>`;
      units.push(unit);
      size += unit.length;
      index++;
    }
    const bytes = utf8(xliff12(units.join('\n')));
    expect(bytes.length).toBeGreaterThan(5_000_000);
    const file = readXliff(bytes, 'large.xlf');
    expect(file.units).toHaveLength(index);
    expect(file.units.at(-1)).toEqual({
      id: `p${index - 1}.s1`,
      line: 5 + (index - 1) * 8 + 1,
      source: [`Ferry number ${index - 1} left the harbour with `, { kind: 'standalone', id: '1', text: '2,500', line: 5 + (index - 1) * 8 + 2 }, ' passengers aboard.'],
      target: [`Le ferry numéro ${index - 1} a quitté le port avec `, { kind: 'standalone', id: '1', text: '2,500', line: 5 + (index - 1) * 8 + 3 }, ' passagers à bord.'],
      targetLine: 5 + (index - 1) * 8 + 3,
      state: 'translated',
      stateAsWritten: 'translated',
    });
  });
});
