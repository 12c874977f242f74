import { describe, expect, it } from 'vitest';
import { readStory, sniffFormat, storyExtension } from '../../src/formats/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const story = 'Two dead in Baghdad blast\n\nBaghdad – Two people were killed on Monday.\n';

describe('readStory', () => {
  it('reads plain wire copy as text, by content and when --format says text', () => {
    expect(sniffFormat(bytes(story))).toBe('text');
    const article = readStory(bytes(story), 'story.txt');
    expect(article.source).toEqual({ path: 'story.txt', format: 'text' });
    expect(readStory(bytes(story), 'story.txt', { format: 'text' }).blocks).toEqual(article.blocks);
  });

  it('reads XHTML as HTML after its XML prolog, NITF as NITF, and text that opens like XML as text', () => {
    const xhtml = '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><h1>T</h1><p>Lead.</p></body></html>';
    const strict = '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">';
    expect(sniffFormat(bytes(`<?xml version="1.0" encoding="UTF-8"?>\n${strict}\n${xhtml}`))).toBe('html');
    expect(sniffFormat(bytes(`\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="a.css"?>\n<!-- saved -->\n${xhtml}`))).toBe('html');
    expect(sniffFormat(bytes('<?xml version="1.0"?>\n<!DOCTYPE html>\n<!-- layout -->\n<body><p>x'))).toBe('html');
    expect(sniffFormat(bytes('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><body/></nitf>'))).toBe('nitf');
    expect(sniffFormat(bytes(`<?xml version="1.0"?>\n${story}`))).toBe('text');
    expect(sniffFormat(bytes('<?xml version="1.0"?>\n<NewsML><p>x</p></NewsML>'))).toBe('text');
  });

  it('names the localized plain-text story .txt', () => {
    expect(storyExtension('text')).toBe('.txt');
  });
});
