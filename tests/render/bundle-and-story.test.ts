import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { LocalizedArticle, Segment } from '../../src/model.js';
import { buildBundle, serializeBundle } from '../../src/render/bundle.js';
import { createFormatter } from '../../src/render/formatter.js';
import { renderStory } from '../../src/render/story.js';
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
    const bundle = buildBundle(targetView(localized([]), glossary, formatter));
    expect(bundle['dateline']).toEqual({ place: 'Bagdad', date: 'samedi 23 novembre 2024' });
  });

  it('leaves out untranslated segments and incomplete blocks, so i18next falls back to the source', async () => {
    const fr = buildBundle(targetView(localized(['headline.s1', 'p1.s1', 'p2.s1']), glossary, formatter));
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

describe('localized story', () => {
  it('is printed in the agency layout with the localized dateline opening the first paragraph', () => {
    const story = renderStory(targetView(localized(segments.map((s) => s.id)), glossary, formatter));
    expect(story).toBe(
      [
        'samedi 23 novembre 2024',
        'Bagdad',
        'Les groupes promettent plus de frappes',
        'Des personnes en deuil portent un cercueil',
        'Bagdad – Les groupes ont promis vendredi de poursuivre les attaques. Les pourparlers commencent bientôt.',
        'Il y a 2 500 soldats.',
      ].join('\n\n') + '\n',
    );
  });

  it('is refused when a segment is untranslated, and marks the gaps with allowPartial', () => {
    const view = targetView(localized(['headline.s1', 'caption.s1', 'p1.s1', 'p2.s1']), glossary, formatter);
    expect(renderStory(view)).toBeUndefined();
    expect(renderStory(view, { allowPartial: true })).toContain(
      'Les groupes ont promis vendredi de poursuivre les attaques. [UNTRANSLATED: Talks start soon.]',
    );
  });

  it('keeps an all-capitals dateline in capitals and repeats the agency credit', () => {
    const capitals = { ...article, dateline: { place: 'BAGHDAD', agency: 'AFP' } };
    const view = targetView({ ...localized(segments.map((s) => s.id)), article: capitals }, glossary, formatter);
    expect(renderStory(view)).toContain('BAGDAD (AFP) – Les groupes');
  });

  it('writes the Arabic date with the Arabic calendar words', () => {
    expect(formatter.formatLongDate('2024-11-23', 'ar')).toBe('السبت، 23 نوفمبر 2024');
  });
});
