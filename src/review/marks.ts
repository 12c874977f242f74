import type { Finding, LanguageTag, Severity } from '../model.js';
import { isolateLeftToRightRuns } from './bidi.js';
import { element, escapeHtml } from './html.js';
import { splitAtRanges, type Range } from './ranges.js';

/** A finding with its anchor in the page (`f12`: the id of its item in the findings list) and the language of its unit. */
export interface AnchoredFinding {
  readonly anchor: string;
  readonly finding: Finding;
  readonly lang: LanguageTag;
}

/** A glossary term over part of a source text, with what the mark says on hover. */
export interface TermMark {
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

type Over = { readonly finding: AnchoredFinding } | { readonly term: TermMark };

/**
 * A text as HTML with each finding's range highlighted (`<mark>`, focusable, the finding on hover
 * and as its description) and each term's range marked; pieces under several ranges carry them
 * all, so the markup stays well nested whatever overlaps. In right-to-left text, Latin and numeric
 * runs are isolated in `<bdi>`.
 */
export function markedText(
  text: string,
  marks: { readonly findings: readonly AnchoredFinding[]; readonly terms: readonly TermMark[]; readonly rightToLeft: boolean },
): string {
  const ranges: Range<Over>[] = [
    ...marks.terms.map((term) => ({ start: term.start, end: term.end, value: { term } })),
    ...marks.findings.map((finding) => ({ start: finding.finding.place!.start, end: finding.finding.place!.end, value: { finding } })),
  ];
  return splitAtRanges(text, ranges)
    .map((piece) => {
      const terms = piece.values.flatMap((value) => ('term' in value ? [value.term] : []));
      const findings = piece.values.flatMap((value) => ('finding' in value ? [value.finding] : []));
      let html = marks.rightToLeft ? isolateLeftToRightRuns(piece.text) : escapeHtml(piece.text);
      if (terms.length > 0) html = element('span', { class: 'term', title: terms.map((term) => term.title).join('\n') }, html);
      if (findings.length > 0) html = findingMark(findings, piece.text === '' ? 'point' : undefined, html);
      return html;
    })
    .join('');
}

/**
 * The highlight of findings: a focusable `<mark>` whose class names the worst severity, with the
 * findings in its title and its accessible description (their items in the list under the row).
 * `flag` marks a finding that has no range in a text (a whole unit's): it shows the rule's id.
 */
export function findingMark(findings: readonly AnchoredFinding[], shape: 'point' | 'flag' | undefined, inner: string): string {
  const anchors = findings.map((item) => item.anchor).join(' ');
  return element(
    'mark',
    {
      class: ['finding', `sev-${worstSeverity(findings.map((item) => item.finding.severity))}`, ...(shape ? [shape] : [])].join(' '),
      'data-findings': anchors,
      title: findings.map(findingTitle).join('\n'),
      tabindex: 0,
      'aria-describedby': anchors,
    },
    inner,
  );
}

/** "error · qa/span-missing (fr): the number 2,500 is missing". */
export function findingTitle({ finding, lang }: AnchoredFinding): string {
  return `${finding.severity} · ${finding.ruleId} (${lang}): ${finding.reason}`;
}

const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];

export function worstSeverity(severities: readonly Severity[]): Severity {
  return severityOrder.find((severity) => severities.includes(severity)) ?? 'info';
}
