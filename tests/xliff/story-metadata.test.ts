import { describe, expect, it } from 'vitest';
import type { LocalizedArticle } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { glossary, localized, pseudoUnits, segment, storyUnits, unit } from './fixtures.js';
import { descendants, firstDescendant, parseXliff, xliff12Namespace, xliff2Namespace } from './read-xliff.js';
import type { XmlElement } from './read-xliff.js';

const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';

/** The story with urgency, a write-thru version and a dateline holding XML's special characters. */
function writeThru(): LocalizedArticle {
  const doc = localized(storyUnits());
  return {
    ...doc,
    article: {
      ...doc.article,
      id: 'baghdad-attack-2024-11-23',
      version: 2,
      urgency: 3,
      dateline: { place: 'AL-QA’IM & <Anbar>', date: '2024-11-23', agency: 'AFP' },
    },
  };
}

/** `[type, text]` of each `<mda:meta>` in the file-level story group. */
function storyMeta(root: XmlElement): Array<[string | null, string | null]> {
  const file = firstDescendant(root, xliff2Namespace, 'file');
  const group = descendants(file, metadataNamespace, 'metaGroup').find(
    (element) => element.getAttribute('category') === 'wire-l10n:story',
  );
  if (!group) throw new Error('no story metaGroup');
  return descendants(group, metadataNamespace, 'meta').map((meta) => [meta.getAttribute('type'), meta.textContent]);
}

describe('story metadata in XLIFF 1.2', () => {
  it('names the article id and version on <file> (product-name, product-version)', () => {
    const file = firstDescendant(parseXliff(writeXliff(writeThru(), { version: '1.2', glossary })), xliff12Namespace, 'file');
    expect([file.getAttribute('product-name'), file.getAttribute('product-version')]).toEqual([
      'baghdad-attack-2024-11-23',
      '2',
    ]);
  });
});

describe('story metadata in XLIFF 2.1', () => {
  const xml = writeXliff(writeThru(), { version: '2.1', glossary });
  const root = parseXliff(xml);

  it('carries id, version, urgency and the dateline in the file’s wire-l10n:story group', () => {
    expect(storyMeta(root)).toEqual([
      ['id', 'baghdad-attack-2024-11-23'],
      ['version', '2'],
      ['urgency', '3'],
      ['dateline-place', 'AL-QA’IM & <Anbar>'],
      ['dateline-date', '2024-11-23'],
      ['dateline-agency', 'AFP'],
    ]);
    expect(xml).toContain('<mda:meta type="dateline-place">AL-QA’IM &amp; &lt;Anbar&gt;</mda:meta>');
  });

  it('puts <mda:metadata> first in <file>, before the groups, and declares its namespace on the root', () => {
    const file = firstDescendant(root, xliff2Namespace, 'file');
    const [first] = Array.from(file.childNodes).filter((node) => node.nodeType === 1);
    expect([first?.namespaceURI, first?.localName]).toEqual([metadataNamespace, 'metadata']);
    expect(xml).toMatch(/^<xliff [^>]*xmlns:mda="urn:oasis:names:tc:xliff:metadata:2\.0"/m);
  });

  it('leaves out what the article does not know', () => {
    const doc = localized([unit(segment('p1.s1', 'One.'))]);
    const bare = { ...doc, article: { ...doc.article, dateline: {} } };
    expect(storyMeta(parseXliff(writeXliff(bare, { version: '2.1', glossary })))).toEqual([
      ['id', 'baghdad-attack-2024-11-23'],
      ['version', '1'],
    ]);
  });

  it('refuses a dateline character XML cannot carry, naming the field', () => {
    const doc = writeThru();
    const bad = { ...doc, article: { ...doc.article, dateline: { place: 'Bag\u0001dad' } } };
    expect(() => writeXliff(bad, { version: '2.1', glossary })).toThrow(
      "cannot write XLIFF: the story's dateline-place contains U+0001",
    );
  });
});

describe('the 1.2 header', () => {
  function header(doc: LocalizedArticle): XmlElement {
    return firstDescendant(parseXliff(writeXliff(doc, { version: '1.2', glossary })), xliff12Namespace, 'header');
  }

  it('holds the phase before the tool, by wire-l10n, without a date', () => {
    const children = Array.from(header(localized(storyUnits())).childNodes)
      .filter((node) => node.nodeType === 1)
      .map((node) => node.localName);
    expect(children).toEqual(['phase-group', 'tool']);
    const phase = firstDescendant(header(localized(storyUnits())), xliff12Namespace, 'phase');
    expect(phase.getAttribute('tool-id')).toBe('wire-l10n');
    expect(phase.getAttribute('date')).toBeNull();
  });

  it('says the file is for translation while some unit needs translating', () => {
    const phase = firstDescendant(header(localized(storyUnits())), xliff12Namespace, 'phase');
    expect([phase.getAttribute('phase-name'), phase.getAttribute('process-name')]).toEqual(['translation', 'translation']);
  });

  it('says translation for pseudo-translations, which are no translation', () => {
    const phase = firstDescendant(header(localized(pseudoUnits('fr'))), xliff12Namespace, 'phase');
    expect(phase.getAttribute('process-name')).toBe('translation');
  });

  it('says the file is for review when every unit has a translation', () => {
    const translated = storyUnits().filter((u) => u.state !== 'untranslated');
    const phase = firstDescendant(header(localized(translated)), xliff12Namespace, 'phase');
    expect([phase.getAttribute('phase-name'), phase.getAttribute('process-name')]).toEqual(['review', 'review']);
  });
});
