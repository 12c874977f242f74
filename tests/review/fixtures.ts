/** A small story in English, French and Arabic with a unit in every state and findings of every shape, built by hand. */
import type { Article, Finding, Glossary, LocalizedArticle, Segment, Unit } from '../../src/model.js';
import { articleReport } from '../../src/report/index.js';
import type { ReviewPageInput } from '../../src/review/index.js';
import { articleOf, entry, glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

export function finding(ruleId: string, unitId: string, lang: string, patch: Partial<Finding> = {}): Finding {
  return { id: `${ruleId}:${lang}:${unitId}`, ruleId, source: 'qa', severity: 'warning', reason: `${ruleId} on ${unitId}`, unitId, ...patch };
}

export const ministry = entry('Foreign Ministry', { fr: 'ministère des Affaires étrangères', ar: 'وزارة الخارجية' });

export function storyGlossary(): Glossary {
  return glossaryOf(ministry);
}

/**
 * headline.s1 (fr: reviewed human, ar: MT with a lost number), p1.s1 (fr: TM, ar: untranslated),
 * p1.s2 (fr: pseudo, ar: human translated, clean), p2.s1 (fr: MT with overlapping findings).
 */
export function storyInput(patch: { article?: Partial<Article>; sources?: Partial<Record<string, string>>; fr?: Partial<Record<string, Partial<Unit>>>; ar?: Partial<Record<string, Partial<Unit>>> } = {}): ReviewPageInput {
  const glossary = storyGlossary();
  const sources: Record<string, string> = {
    'headline.s1': 'Foreign Ministry says 2,500 troops stay',
    'p1.s1': 'The Foreign Ministry spoke on Friday.',
    'p1.s2': 'Nothing else was said.',
    'p2.s1': 'Talks start in Baghdad on Monday.',
    ...patch.sources,
  } as Record<string, string>;
  const article = articleOf(
    [
      ['headline', sources['headline.s1']!],
      ['paragraph', `${sources['p1.s1']!} ${sources['p1.s2']!}`],
      ['paragraph', sources['p2.s1']!],
    ],
    patch.article,
  );
  const segments: Segment[] = Object.entries(sources).map(([id, source]) => segmentOf(source, { id, glossary }));
  const segment = (id: string): Segment => segments.find((item) => item.id === id)!;
  const fr: Unit[] = [
    unitOf(segment('headline.s1'), 'fr', { target: 'Le ministère des Affaires étrangères\u00a0: 2\u202f500 soldats restent', state: 'reviewed', origin: 'human' }),
    unitOf(segment('p1.s1'), 'fr', { target: 'Le ministère a parlé vendredi.', state: 'translated', origin: 'tm' }),
    unitOf(segment('p1.s2'), 'fr', { target: '[Ñöţĥîñĝ éļšé ŵåš šåîð.]', state: 'needs-review', origin: 'pseudo', engine: 'pseudo' }),
    unitOf(segment('p2.s1'), 'fr', {
      target: 'Les pourparlers commencent lundi à Bagdad.',
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      findings: [
        finding('fr-typography/a', 'p2.s1', 'fr', { place: { side: 'target', start: 4, end: 20 }, severity: 'warning' }),
        finding('fr-typography/b', 'p2.s1', 'fr', { place: { side: 'target', start: 12, end: 30 }, severity: 'error' }),
        finding('fr-typography/c', 'p2.s1', 'fr', { place: { side: 'target', start: 14, end: 18 }, severity: 'info' }),
        finding('qa/size-limit', 'p2.s1', 'fr', { severity: 'warning', reason: 'the block is over its limit' }),
      ],
    }),
  ].map((unit) => ({ ...unit, ...patch.fr?.[unit.id] }));
  const ar: Unit[] = [
    unitOf(segment('headline.s1'), 'ar', {
      target: 'وزارة الخارجية: بقاء الجنود حسب Reuters',
      state: 'needs-review',
      origin: 'mt',
      engine: 'deepl',
      findings: [finding('qa/span-missing', 'headline.s1', 'ar', { severity: 'error', reason: 'the number 2,500 is missing', place: { side: 'source', start: 22, end: 27 } })],
    }),
    unitOf(segment('p1.s1'), 'ar'),
    unitOf(segment('p1.s2'), 'ar', { target: 'لم يُقل شيء آخر.', state: 'translated', origin: 'human' }),
    unitOf(segment('p2.s1'), 'ar', { target: 'تبدأ المحادثات في بغداد يوم 3 ديسمبر.', state: 'final', origin: 'human' }),
  ].map((unit) => ({ ...unit, ...patch.ar?.[unit.id] }));
  const localized: LocalizedArticle[] = [
    { article, targetLang: 'fr', units: fr },
    { article, targetLang: 'ar', units: ar },
  ];
  const report = articleReport({
    article,
    segments,
    unitsByLang: new Map(localized.map((item) => [item.targetLang, item.units])),
    stories: new Map(),
  });
  return { article, segments, localized, glossary, report };
}

/** The story with hostile text everywhere a text reaches the page: source, target, a finding's reason, the story's own finding. */
export function hostileStoryInput(): ReviewPageInput {
  const evil = `<script>window.evil=1</script><img src="http://example.invalid/x.png"> & 'q' "d"`;
  return storyInput({
    article: { id: 'hostile-2024-11-23', findings: [finding('ingest/odd', 'x', 'en', { reason: evil, line: 1 })] },
    sources: { 'p1.s2': evil },
    fr: { 'p1.s2': { target: evil, findings: [finding('qa/x', 'p1.s2', 'fr', { reason: evil, place: { side: 'target', start: 0, end: 8 } })] } },
    ar: { 'p1.s2': { target: `${evil} عربي`, findings: [finding('qa/y', 'p1.s2', 'ar', { place: { side: 'target', start: 3, end: 3 } })] } },
  });
}
