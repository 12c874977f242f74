import { langClass } from './html.js';

/**
 * The review pages' stylesheet, inline in every page (no request leaves a page). Colours are dark
 * text on light fills, all at least 7:1 (WCAG AA asks 4.5:1); every colour also comes with words
 * or a line style, so nothing is said by colour alone. Filters are checkboxes and radio buttons
 * read through `:has()`: no script.
 */
export function reviewStyle(targetLangs: readonly string[]): string {
  return [baseStyle, ...targetLangs.map(languageFilterRules), printStyle].join('\n');
}

const baseStyle = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --rule: #8c8c8c; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 110rem; font: 15px/1.5 system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", sans-serif; font-size: 1.08em; }
h1 { font-size: 1.45rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
a { color: #0a4b9c; }
:focus-visible { outline: 3px solid #0a4b9c; outline-offset: 2px; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.meta span + span::before { content: " · "; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--rule); padding: .4rem .55rem; vertical-align: top; text-align: start; }
thead th { background: #ececec; position: sticky; top: 0; z-index: 1; }
.summary { width: auto; margin: 0 0 1rem; }
.summary td, .summary th { white-space: nowrap; }
.summary td.num { text-align: end; font-variant-numeric: tabular-nums; }
table.review { table-layout: fixed; }
table.review col.uid { width: 7.5rem; }
th.uid { font-weight: normal; }
th.uid code { display: block; font-weight: bold; }
.kind { display: block; color: var(--muted); font-size: .85em; }
tr.notes td { background: #f7f7f7; font-size: .9em; border-top-style: dashed; }
tr.dateline td, tr.dateline th { background: #fafafa; font-style: italic; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.missing { color: var(--muted); font-style: italic; }
.badge { display: inline-block; font-size: .78rem; line-height: 1.3; padding: .05rem .4rem; margin: 0 .3rem .3rem 0; border: 1px solid; border-radius: .25rem; font-family: system-ui, sans-serif; font-style: normal; }
.badge-reviewed { background: #e4f3e8; color: #0c4a23; }
.badge-human { background: #e3edfb; color: #0b3e7a; }
.badge-tm { background: #e2f3f3; color: #0a4545; }
.badge-mt { background: #fff1cc; color: #5c3a00; }
.badge-pseudo { background: #f1e6fb; color: #4b1a73; border-style: dotted; }
.badge-untranslated { background: #f0f0f0; color: #333; border-style: dashed; }
.badge-withheld { background: #fde0dc; color: #7d0a0a; border-width: 2px; font-weight: bold; }
mark { color: inherit; background: none; }
mark.finding { cursor: help; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .2em; border-radius: .15rem; }
mark.sev-error { background: #fde0dc; text-decoration-style: wavy; text-decoration-color: #a50e0e; }
mark.sev-warning { background: #fff0c2; text-decoration-style: dashed; text-decoration-color: #7a4d00; }
mark.sev-info { background: #e3efff; text-decoration-style: dotted; text-decoration-color: #0b4f9c; }
mark.point::after { content: "‸"; font-weight: bold; }
mark.flag { display: inline-block; font-size: .8rem; padding: 0 .35rem; margin: .2rem .3rem 0 0; border: 1px solid currentColor; text-decoration: none; font-family: system-ui, sans-serif; }
mark.flag::before { content: "⚑ "; }
.term { border-bottom: 2px dotted #0b6b3a; background: #eaf6ee; cursor: help; }
ul.findings, ul.terms { margin: .1rem 0; padding-inline-start: 1.2rem; }
ul.terms { list-style: "≡ "; }
li.finding .sev { font-weight: bold; text-transform: uppercase; font-size: .8em; padding: 0 .3rem; border: 1px solid; border-radius: .2rem; }
li.sev-error .sev { background: #fde0dc; color: #7d0a0a; }
li.sev-warning .sev { background: #fff0c2; color: #5c3a00; }
li.sev-info .sev { background: #e3efff; color: #0b3e7a; }
li.finding:target { outline: 3px solid #0a4b9c; }
.where, .detail { color: var(--muted); }
fieldset.filters { border: 1px solid var(--rule); border-radius: .3rem; margin: 0 0 1rem; padding: .4rem .8rem; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; align-items: center; }
fieldset.filters legend { padding: 0 .3rem; font-weight: bold; }
.legend { font-size: .9em; margin: 0 0 1rem; }
.legend dt { font-weight: bold; display: inline; }
.legend dd { display: inline; margin: 0 1rem 0 .3rem; }
body:has(#only-findings:checked):has(#show-all:checked) tr.clean { display: none; }
`;

/** With one language shown: the others' columns and findings hidden, and "only rows with findings" means with this language's findings. */
function languageFilterRules(lang: string): string {
  const own = langClass(lang);
  return [
    `body:has(#show-${own}:checked) .lang:not(.lang-${own}) { display: none; }`,
    `body:has(#only-findings:checked):has(#show-${own}:checked) tr.row:not(.findings-${own}) { display: none; }`,
  ].join('\n');
}

const printStyle = `
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  fieldset.filters { display: none; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .badge, mark.flag { border-color: #000; }
}
`;
