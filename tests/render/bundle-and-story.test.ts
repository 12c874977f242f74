import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultValueStyle, type Finding, type LocalizedArticle, type Segment } from '../../src/model.js';
import { buildBundle, serializeBundle } from '../../src/render/bundle.js';
import { createFormatter } from '../../src/render/formatter.js';
import { renderStory } from '../../src/render/story.js';
import { storyHeader } from '../../src/render/story-header.js';
import { sourceView, targetView } from '../../src/render/view.js';
import { articleOf, entry, glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

const glossary = glossaryOf(entry('Baghdad', { fr: 'Bagdad', ar: 'بغداد' }, { type: 'name' }));
const formatter = createFormatter();
const article = articleOf([
  ['headline', 'Groups vow more strikes'],
  ['caption', 'Mourners carry a coffin'],
  ['paragraph', 'Groups vowed Friday to keep up attacks. Talks start soon.'],
  ['paragraph', 'There are 2,500 troops.'],
]);
const segments: Segment[] = [
  segmentOf('Groups vow more strikes', { id: 'headline.s1' }),
  segmentOf('Mourners carry a coffin', { id: 'caption.s1' }),
  segmentOf('Groups vowed Friday to keep up attacks.', { id: 'p1.s1' }),
  segmentOf('Talks start soon.', { id: 'p1.s2' }),
  segmentOf('There are 2,500 troops.', { id: 'p2.s1' }),
];
const french: Record<string, string> = {
  'headline.s1': 'Les groupes promettent plus de frappes',
  'caption.s1': 'Des personnes en deuil portent un cercueil',
  'p1.s1': 'Les groupes ont promis vendredi de poursuivre les attaques.',
  'p1.s2': 'Les pourparlers commencent bientôt.',
  'p2.s1': 'Il y a 2 500 soldats.',
};
const localized = (translatedIds: readonly string[]): LocalizedArticle => ({
  article,
  targetLang: 'fr',
  units: segments.map((segment) =>
    translatedIds.includes(segment.id)
      ? unitOf(segment, 'fr', { state: 'translated', target: french[segment.id]!, origin: 'human' })
      : unitOf(segment, 'fr'),
  ),
});

describe('i18next bundles', () => {
  it('holds the source under stable keys: blocks, paragraphs, segments and the dateline', () => {
    const bundle = buildBundle(sourceView(article, segments, glossary, formatter));
    expect(bundle).toEqual({
      dateline: { place: 'Baghdad', date: 'Saturday, November 23, 2024' },
      headline: 'Groups vow more strikes',
      caption: 'Mourners carry a coffin',
      paragraphs: { p1: 'Groups vowed Friday to keep up attacks. Talks start soon.', p2: 'There are 2,500 troops.' },
      segments: {
        headline: { s1: 'Groups vow more strikes' },
        caption: { s1: 'Mourners carry a coffin' },
        p1: { s1: 'Groups vowed Friday to keep up attacks.', s2: 'Talks start soon.' },
        p2: { s1: 'There are 2,500 troops.' },
      },
    });
  });

  it('localizes the dateline: place through the glossary, date by the locale', () => {
    const bundle = buildBundle(targetView(localized([]), glossary, formatter, defaultValueStyle));
    expect(bundle['dateline']).toEqual({ place: 'Bagdad', date: 'samedi 23 novembre 2024' });
  });

  it('leaves out untranslated segments and incomplete blocks, so i18next falls back to the source', async () => {
    const fr = buildBundle(targetView(localized(['headline.s1', 'p1.s1', 'p2.s1']), glossary, formatter, defaultValueStyle));
    expect(fr['paragraphs']).toEqual({ p2: 'Il y a 2 500 soldats.' });
    expect(fr['caption']).toBeUndefined();

    const en = buildBundle(sourceView(article, segments, glossary, formatter));
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'fr',
      fallbackLng: 'en',
      ns: [article.id],
      defaultNS: article.id,
      resources: { en: { [article.id]: JSON.parse(serializeBundle(en)) }, fr: { [article.id]: JSON.parse(serializeBundle(fr)) } },
    });
    expect(i18n.t('headline')).toBe('Les groupes promettent plus de frappes');
    expect(i18n.t('segments.p1.s1')).toBe('Les groupes ont promis vendredi de poursuivre les attaques.');
    expect(i18n.t('paragraphs.p1')).toBe('Groups vowed Friday to keep up attacks. Talks start soon.');
    expect(i18n.t('dateline.place')).toBe('Bagdad');
  });

  it('serializes deterministically with a final newline', () => {
    const view = sourceView(article, segments, glossary, formatter);
    expect(serializeBundle(buildBundle(view))).toBe(serializeBundle(buildBundle(view)));
    expect(serializeBundle(buildBundle(view)).endsWith('}\n')).toBe(true);
  });
});

/** A French story's text as renderStory prints it, for a localized article. */
const storyOf = (doc: LocalizedArticle, options: { allowPartial?: boolean } = {}) =>
  renderStory(targetView(doc, glossary, formatter, defaultValueStyle), storyHeader(doc), options);

/** The text after the front-matter header. */
const bodyOf = (story: string | undefined) => story?.slice(story.indexOf('\n---\n\n') + '\n---\n\n'.length);

const lostNumber: Finding = {
  id: 'f1',
  ruleId: 'qa/span-missing',
  source: 'qa/protected-spans',
  severity: 'error',
  reason: 'the number “2,500” is missing from the target',
  unitId: 'p2.s1',
};

describe('localized story', () => {
  it('is printed in the agency layout with the localized dateline opening the first paragraph', () => {
    const story = bodyOf(storyOf(localized(segments.map((s) => s.id))));
    expect(story).toBe(
      [
        'samedi 23 novembre 2024',
        'Bagdad',
        'Les groupes promettent plus de frappes',
        'Des personnes en deuil portent un cercueil',
        'Bagdad\u00A0– Les groupes ont promis vendredi de poursuivre les attaques. Les pourparlers commencent bientôt.',
        'Il y a 2 500 soldats.',
      ].join('\n\n') + '\n',
    );
  });

  it('is refused when a segment is untranslated, and marks the gaps with allowPartial', () => {
    const doc = localized(['headline.s1', 'caption.s1', 'p1.s1', 'p2.s1']);
    expect(storyOf(doc)).toBeUndefined();
    expect(storyOf(doc, { allowPartial: true })).toContain(
      'Les groupes ont promis vendredi de poursuivre les attaques. [UNTRANSLATED: Talks start soon.]',
    );
  });

  it('is refused while an error stands against a target, and marks that target with allowPartial', () => {
    const complete = localized(segments.map((s) => s.id));
    const doc = {
      ...complete,
      units: complete.units.map((unit) =>
        unit.id === 'p2.s1' ? { ...unit, target: 'Il y a soldats.', origin: 'mt' as const, state: 'needs-review' as const, findings: [lostNumber] } : unit,
      ),
    };
    expect(storyOf(doc)).toBeUndefined();
    const partial = storyOf(doc, { allowPartial: true })!;
    expect(bodyOf(partial)).toContain('\n\n[TO FIX, the number “2,500” is missing from the target: Il y a soldats.]\n');
    expect(partial).toContain('\nstatus: partial\ngaps: 1\n');
    // The bundle leaves the flawed target out too: i18next shows the source instead.
    expect(buildBundle(targetView(doc, glossary, formatter, defaultValueStyle))['segments']).not.toHaveProperty('p2');
  });

  it('opens with a front-matter header saying what it is and where its targets came from', () => {
    const complete = localized(segments.map((s) => s.id));
    const doc = {
      ...complete,
      units: complete.units.map((unit, i) => (i < 2 ? { ...unit, origin: 'mt' as const, state: 'needs-review' as const } : unit)),
    };
    const story = storyOf(doc)!;
    expect(story.slice(0, story.indexOf('\n---\n') + 4)).toBe(
      [
        '---',
        'id: test-article-2024-11-23.fr',
        'language: fr',
        'source:',
        '  id: test-article-2024-11-23',
        '  language: en',
        '  version: 1',
        'origins:',
        '  human: 3',
        '  tm: 0',
        '  mt: 2',
        '  pseudo: 0',
        '  none: 0',
        'unreviewedMachineTranslation: true',
        'pseudoTranslation: false',
        'status: complete',
        '---',
      ].join('\n'),
    );
    const human = storyOf(complete)!;
    expect(human).toContain('\nunreviewedMachineTranslation: false\npseudoTranslation: false\n');
  });

  it('keeps an all-capitals dateline in capitals and repeats the agency credit', () => {
    const capitals = { ...article, dateline: { place: 'BAGHDAD', agency: 'AFP' } };
    expect(storyOf({ ...localized(segments.map((s) => s.id)), article: capitals })).toContain('BAGDAD (AFP)\u00A0– Les groupes');
  });
});
