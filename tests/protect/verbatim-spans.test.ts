import { describe, expect, it } from 'vitest';
import { protectSegments } from '../../src/protect/index.js';
import { entry, glossaryOf, segmentOf } from '../helpers/builders.js';

/** Each span as [its text, its kind, or its value's type for a typed value]. */
const spansOf = (source: string, glossary = glossaryOf()): Array<[string, string]> =>
  protectSegments([segmentOf(source, { glossary })], glossary)[0]!.protectedSpans.map((span) => [
    span.text,
    span.kind === 'value' ? span.value.type : span.kind,
  ]);

describe('verbatim addresses', () => {
  it('takes bare domains, @handles and #hashtags', () => {
    expect(spansOf('See example.org, afp.com, www2.gov.uk and Amazon.com; follow @AFP_fr and #MeToo.')).toEqual([
      ['example.org', 'domain'],
      ['afp.com', 'domain'],
      ['www2.gov.uk', 'domain'],
      ['Amazon.com', 'domain'],
      ['@AFP_fr', 'handle'],
      ['#MeToo', 'hashtag'],
    ]);
  });

  it('takes no domain from abbreviations, file names, numbers or a missing space after a full stop', () => {
    expect(spansOf('The U.S. and e.g. i.e. a.m. Node.js report.pdf and Paris.Then.')).toEqual([]);
  });

  it('takes no handle inside an e-mail address, nor a hashtag of digits alone', () => {
    expect(spansOf('Write to desk@afp.com about the #1 seed.')).toEqual([
      ['desk@afp.com', 'email'],
      ['1', 'number'],
    ]);
  });

  it('keeps a URL whole over the domain and numbers inside it', () => {
    expect(spansOf('Read https://afp.com/2024/12/01/story-2500 now.')).toEqual([['https://afp.com/2024/12/01/story-2500', 'url']]);
  });
});

describe('designations', () => {
  it('keeps model, disease and flight names with their digits verbatim', () => {
    expect(spansOf('The F-16, COVID-19, the G7, MH17, an A320, the MiG-29, H5N1 and flight AF447.')).toEqual([
      ['F-16', 'designation'],
      ['COVID-19', 'designation'],
      ['G7', 'designation'],
      ['MH17', 'designation'],
      ['A320', 'designation'],
      ['MiG-29', 'designation'],
      ['H5N1', 'designation'],
      ['AF447', 'designation'],
    ]);
  });

  it('keeps a reference number after the word announcing it verbatim, and translates the word', () => {
    expect(spansOf('Resolution 2334, Article 16.2, No. 10, route 66, Highway 101, page 12, section 230 and the ship IMO 9876543.')).toEqual([
      ['2334', 'designation'],
      ['16.2', 'designation'],
      ['10', 'designation'],
      ['66', 'designation'],
      ['101', 'designation'],
      ['12', 'designation'],
      ['230', 'designation'],
      ['9876543', 'designation'],
    ]);
  });

  it('keeps an international telephone number whole', () => {
    expect(spansOf('Call +33 1 40 41 46 46 or +1 202-555-0100.')).toEqual([
      ['+33 1 40 41 46 46', 'designation'],
      ['+1 202-555-0100', 'designation'],
    ]);
  });

  it('does not take a number for a reference after other words, nor a lower-case word glued to digits', () => {
    expect(spansOf('In 2334 resolutions, 16.2 articles and pre-2020 rules; +2.5% on Q3.')).toEqual([
      ['2334', 'number'],
      ['16.2', 'number'],
      ['2.5%', 'percent'],
      ['Q3', 'designation'],
    ]);
  });

  it('lets a do-not-translate term win over a designation or a date inside it', () => {
    const glossary = glossaryOf(entry('Airbus A320', {}, { type: 'dnt' }), entry('May 68', {}, { type: 'dnt' }));
    expect(spansOf('The Airbus A320 of May 68.', glossary)).toEqual([
      ['Airbus A320', 'dnt'],
      ['May 68', 'dnt'],
    ]);
  });
});
