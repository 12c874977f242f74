/**
 * The agency items in ../shared (copyrighted: read here, never copied into the repository) through
 * the reader and the writer; skipped when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nitfFormat } from '../../../src/formats/nitf/index.js';
import { announceSkip, sharedDir } from '../../helpers/external-tools.js';
import { localizedItem, readItem, tagged } from './helpers.js';

const shared = sharedDir();
const ntbPath = shared && join(shared, 'formats', 'nitf', 'ntb-nitf3.6-sample.xml');
const afpPath = shared && join(shared, 'formats', 'newsml', 'afp-newsml1.2-nitf3.1-sample.xml');
const skip = ntbPath === undefined || afpPath === undefined || !existsSync(ntbPath) || !existsSync(afpPath) ? 'missing ../shared/formats' : undefined;
announceSkip('NITF agency samples', skip);

describe.skipIf(skip !== undefined)('NITF agency samples', () => {
  it('NTB NITF 3.6: blocks, sub-heads, caption, bare-text dateline; identity gives the item back; a translation re-reads', () => {
    const input = readFileSync(ntbPath!, 'utf8');
    const article = readItem(input);
    expect(article).toMatchObject({ lang: 'nb-NO', urgency: 5, version: 1, dateline: { place: 'Unnao', date: '2021-05-16' } });
    const kinds = article.blocks.map((block) => block.kind);
    expect(kinds.filter((kind) => kind === 'subhead')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'caption')).toHaveLength(1);
    expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(18);
    expect(nitfFormat.write(localizedItem(article, 'nb-NO', { place: 'Unnao' }))).toBe(input);
    const translated = nitfFormat.write(localizedItem(article, 'en', { place: 'Unnao' }, tagged('en')));
    expect(readItem(translated).blocks.map((block) => block.id)).toEqual(article.blocks.map((block) => block.id));
  });

  it('AFP NITF 3.1 (the item inside its NewsML envelope): refused without its headline (the envelope has it); with one, empty paragraphs skipped, hl2 sub-heads, identity gives it back with baselang added', () => {
    const envelope = readFileSync(afpPath!, 'utf8');
    const body = envelope.slice(envelope.indexOf('<nitf>'), envelope.indexOf('</nitf>') + '</nitf>'.length);
    expect(() => readItem(body)).toThrow(/no headline/u);
    const input = body.replace('<body>', '<body><body.head><hedline><hl1>A headline for the test</hl1></hedline></body.head>');
    const article = readItem(input);
    expect(article.blocks[0]!.kind).toBe('headline');
    expect(article.blocks.filter((block) => block.kind === 'subhead').map((block) => block.text)).toEqual([
      "- Media offices destroyed -",
      "- 'Grave concern' -",
      "- 'They're striking our children' -",
    ]);
    expect(nitfFormat.write(localizedItem(article, 'en', {}))).toBe(input.replace('<nitf>', '<nitf baselang="en">'));
  });
});
