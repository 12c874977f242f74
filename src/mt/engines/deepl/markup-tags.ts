/**
 * A segment's markup codes as XML elements for DeepL, and where DeepL's answer puts them.
 *
 * A paired code goes as `<g id="m1">…</g>` around its words, a standalone one (`<br/>`, an image)
 * as `<ph id="m2"/>` (XLIFF's names for the two): neutral names for every code, since the code's own
 * tags stay in our table and are never sent; distinct from the span placeholders (`x`, `dnt`) so
 * the two tables never mix; and no HTML name such as `br`, which DeepL's HTML handling takes for a
 * line break: what a code means is ours, not DeepL's to act on. What DeepL writes inside a `g` is
 * translated text and stays in the target; only the tags' offsets are taken.
 */
import { markupFindings, markupProblems, type MarkupProblem } from '../../../markup/index.js';
import type { MarkupCode, MarkupPlacement, TargetFinding } from '../../../model.js';
import type { XmlToken } from './xml.js';

/** The element around a paired code's words. */
export const pairedCodeElement = 'g';
/** The empty element a standalone code becomes. */
export const standaloneCodeElement = 'ph';

function elementOf(code: MarkupCode): string {
  return code.kind === 'paired' ? pairedCodeElement : standaloneCodeElement;
}

/** `code` with the XML DeepL receives for it as its tags (`printMarkedText` prints them). */
export function codeAsSent(code: MarkupCode): MarkupCode {
  const element = elementOf(code);
  if (code.kind === 'standalone') return { ...code, open: `<${element} id="${code.id}"/>` };
  return { ...code, open: `<${element} id="${code.id}">`, close: `</${element}>` };
}

type Tag = Extract<XmlToken, { kind: 'tag' }>;

/** An element opened in the answer and not closed yet. */
interface OpenElement {
  readonly tag: Tag;
  /** The code it is, when it is one we sent. */
  readonly code: MarkupCode | undefined;
  readonly start: number;
}

/** What the answer did with the segment's codes: the placements that came back whole, and findings for the rest. */
export interface ReadMarkup {
  /** In the order of the segment's codes; a code lost, doubled, crossed or misplaced has none. */
  readonly placements: readonly MarkupPlacement[];
  readonly findings: readonly TargetFinding[];
}

/**
 * Reads the markup tags of DeepL's answer as the caller walks it, told the target's length so far at
 * each tag. A close tag ends the element its id names (`</g id="m1">`, as a malformed answer may
 * write it), else the innermost open one of its name, so crossing pairs come out as placements that
 * cross and are judged by `markupProblems` like any other target's.
 */
export class MarkupTagReader {
  readonly #codes: readonly MarkupCode[];
  readonly #sent: ReadonlyMap<string, MarkupCode>;
  readonly #open: OpenElement[] = [];
  readonly #placements: MarkupPlacement[] = [];
  /** Tags that are no code we sent, as written; each reported once. */
  readonly #unknown = new Set<string>();

  constructor(codes: readonly MarkupCode[]) {
    this.#codes = codes;
    this.#sent = new Map(codes.map((code) => [`${elementOf(code)}#${code.id}`, code]));
  }

  /** Whether `tag` is one of ours to read (a `g` or `ph`, sent or not). */
  static reads(tag: Tag): boolean {
    return tag.name === pairedCodeElement || tag.name === standaloneCodeElement;
  }

  /** Takes `tag`, met where the target is `at` long. */
  take(tag: Tag, at: number): void {
    const code = tag.id === undefined ? undefined : this.#sent.get(`${tag.name}#${tag.id}`);
    if (tag.form === 'empty') {
      if (code === undefined) this.#unknown.add(tag.raw);
      else this.#placements.push({ id: code.id, start: at, end: at });
    } else if (tag.form === 'open') {
      this.#open.push({ tag, code, start: at });
    } else {
      this.#close(tag, at);
    }
  }

  #close(tag: Tag, at: number): void {
    let index = this.#open.length - 1;
    while (index >= 0 && !closes(tag, this.#open[index]!.tag)) index -= 1;
    const element = this.#open[index];
    if (element === undefined) {
      this.#unknown.add(tag.raw);
      return;
    }
    this.#open.splice(index, 1);
    if (element.code === undefined) this.#unknown.add(element.tag.raw);
    else this.#placements.push({ id: element.code.id, start: element.start, end: at });
  }

  /** The outcome once the whole answer is read, the target `length` long. An element left open has no placement. */
  finish(length: number): ReadMarkup {
    for (const element of this.#open) if (element.code === undefined) this.#unknown.add(element.tag.raw);
    const problems: MarkupProblem[] = [
      ...markupProblems(this.#codes, this.#placements, length),
      ...[...this.#unknown].map((raw): MarkupProblem => ({ kind: 'unknown', id: raw })),
    ];
    const broken = new Set(problems.flatMap(codesOf));
    const placed = new Map(this.#placements.map((placement) => [placement.id, placement]));
    const placements = this.#codes.flatMap((code) => {
      const placement = placed.get(code.id);
      return placement === undefined || broken.has(code.id) ? [] : [placement];
    });
    return { placements, findings: markupFindings(problems, { source: 'mt', producer: 'DeepL' }) };
  }
}

/** Whether close tag `close` ends the element opened by `open`: same name, and the same id when the close names one. */
function closes(close: Tag, open: Tag): boolean {
  return close.name === open.name && (close.id === undefined || close.id === open.id);
}

/** The ids of the codes a problem is about. */
function codesOf(problem: MarkupProblem): string[] {
  switch (problem.kind) {
    case 'unknown':
      return [];
    case 'misnested':
      return [problem.code.id, problem.crossed.id];
    default:
      return [problem.code.id];
  }
}
