/**
 * Every occurrence of many needles in one text in a single pass (Aho–Corasick): time linear in
 * the needles' length, the text's length and the number of occurrences, where searching for each
 * needle on its own costs the text's length per needle.
 */

/** The start offsets (UTF-16 code units, ascending, overlapping occurrences included) of each distinct non-empty needle. */
export function occurrencesOf(needles: readonly string[], text: string): Map<string, number[]> {
  const distinct = [...new Set(needles)].filter((needle) => needle !== '');
  return distinct.length <= fewNeedles ? searchedOneByOne(distinct, text) : searchedTogether(distinct, text);
}

/**
 * Up to this many needles, searching the text once per needle (`indexOf`, native) is still linear
 * and far cheaper than building an automaton, which most calls (a sentence's few spans) paid for.
 */
const fewNeedles = 8;

function searchedOneByOne(needles: readonly string[], text: string): Map<string, number[]> {
  const found = new Map<string, number[]>();
  for (const needle of needles) {
    const starts: number[] = [];
    for (let start = text.indexOf(needle); start !== -1; start = text.indexOf(needle, start + 1)) starts.push(start);
    found.set(needle, starts);
  }
  return found;
}

function searchedTogether(needles: readonly string[], text: string): Map<string, number[]> {
  const automaton = buildAutomaton(needles);
  const found = new Map<string, number[]>(automaton.needles.map((needle) => [needle, []]));
  let state = ROOT;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    while (state !== ROOT && !automaton.next.has(key(state, code))) state = automaton.fail[state]!;
    state = automaton.next.get(key(state, code)) ?? ROOT;
    for (let match = matchAt(automaton, state); match !== NONE; match = automaton.dictionary[match]!) {
      const needle = automaton.needles[automaton.ends[match]!]!;
      found.get(needle)!.push(index - needle.length + 1);
    }
  }
  return found;
}

const ROOT = 0;
const NONE = -1;

interface Automaton {
  readonly needles: readonly string[];
  /** Transitions: `key(state, code unit)` → state. One map for all states keeps large automata small. */
  readonly next: Map<number, number>;
  /** The state of the longest proper suffix of a state's path that is also a path. */
  readonly fail: number[];
  /** The needle (index) ending at a state, or NONE. */
  readonly ends: number[];
  /** The nearest state along the fail links where a needle ends, or NONE. */
  readonly dictionary: number[];
}

function key(state: number, code: number): number {
  return state * 0x10000 + code;
}

function matchAt(automaton: Automaton, state: number): number {
  return automaton.ends[state] !== NONE ? state : automaton.dictionary[state]!;
}

function buildAutomaton(needles: readonly string[]): Automaton {
  const automaton: Automaton = { needles, next: new Map(), fail: [ROOT], ends: [NONE], dictionary: [NONE] };
  const children: number[][] = [[]];
  for (const [index, needle] of needles.entries()) {
    let state = ROOT;
    for (let offset = 0; offset < needle.length; offset++) {
      const edge = key(state, needle.charCodeAt(offset));
      let child = automaton.next.get(edge);
      if (child === undefined) {
        child = automaton.ends.length;
        automaton.next.set(edge, child);
        automaton.fail.push(ROOT);
        automaton.ends.push(NONE);
        automaton.dictionary.push(NONE);
        children.push([]);
        children[state]!.push(child, needle.charCodeAt(offset));
      }
      state = child;
    }
    automaton.ends[state] = index;
  }
  linkBreadthFirst(automaton, children);
  return automaton;
}

/** Fail and dictionary links, parents before children (`children[state]` holds child, code pairs). */
function linkBreadthFirst(automaton: Automaton, children: readonly number[][]): void {
  const queue: number[] = [ROOT];
  for (let head = 0; head < queue.length; head++) {
    const parent = queue[head]!;
    const pairs = children[parent]!;
    for (let pair = 0; pair < pairs.length; pair += 2) {
      const child = pairs[pair]!;
      const code = pairs[pair + 1]!;
      let fallback = automaton.fail[parent]!;
      while (fallback !== ROOT && !automaton.next.has(key(fallback, code))) fallback = automaton.fail[fallback]!;
      const target = parent === ROOT ? ROOT : (automaton.next.get(key(fallback, code)) ?? ROOT);
      automaton.fail[child] = target;
      automaton.dictionary[child] = matchAt(automaton, target);
      queue.push(child);
    }
  }
}
