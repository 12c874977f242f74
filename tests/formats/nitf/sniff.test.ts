import { describe, expect, it } from 'vitest';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import { fixture } from './helpers.js';

describe('nitfFormat.sniff', () => {
  it('knows a NITF item by its root, after a declaration, comments, processing instructions and a DOCTYPE', () => {
    expect(nitfFormat.sniff(fixture('valletta-quay.xml'))).toBe(true);
    expect(nitfFormat.sniff(fixture('porto-alegre-prefix.xml'))).toBe(true);
    expect(nitfFormat.sniff('\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="x.xsl"?>\n<!-- c -->\n<!DOCTYPE nitf [ <!ENTITY x "y"> ]>\n<nitf>')).toBe(true);
    expect(nitfFormat.sniff('<n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/">')).toBe(true);
  });

  it('says no to other XML, JSON, HTML and text that mentions nitf', () => {
    expect(nitfFormat.sniff('<?xml version="1.0"?><NewsML><nitf/></NewsML>')).toBe(false);
    expect(nitfFormat.sniff('<nitf-table/>')).toBe(false);
    expect(nitfFormat.sniff('{"nitf": true}')).toBe(false);
    expect(nitfFormat.sniff('<!DOCTYPE html><html><body><nitf>')).toBe(false);
    expect(nitfFormat.sniff('nitf\n\nA story about NITF.')).toBe(false);
    expect(nitfFormat.sniff('<!-- unclosed comment <nitf>')).toBe(false);
  });
});
