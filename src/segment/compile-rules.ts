/**
 * Turns a language's rule data into regular expressions, once. Each rule becomes one sticky
 * regex `(?<=before)(?:after)`: set `lastIndex` to a candidate position and `test` answers
 * whether the rule applies there, without slicing the text. The rules are also arranged as
 * alternations, so that a position is decided in a few regex calls rather than one per rule
 * (see `breaksAt` in split.ts).
 */
import type { LanguageRules, LineRule } from './rules/types.js';
import { errorMessage } from '../errors.js';

export interface CompiledRule {
  readonly name: string;
  readonly breaks: boolean;
  /** Sticky (`y`) and Unicode (`u`): only ever tested at one position. */
  readonly pattern: RegExp;
}

export interface CompiledLineRule {
  readonly name: string;
  readonly breaks: boolean;
  /** Anchored at both ends: tested on a whole trimmed line. */
  readonly line: RegExp;
  /** Sticky, tested at the next line's first non-whitespace character. */
  readonly next: RegExp;
  readonly shorterThan?: number;
}

/** A keeping rule, and the alternation of the breaking rules listed before it (which win over it). */
export interface KeepingRule {
  readonly pattern: RegExp;
  readonly breaksFirst: RegExp;
}

export interface RuleDecision {
  /** Sticky alternation of the rules that keep a sentence together (`break: false`). */
  readonly anyKeeps: RegExp;
  /** Sticky alternation of the rules that break. */
  readonly anyBreaks: RegExp;
  /** The keeping rules in order. */
  readonly keeps: readonly KeepingRule[];
}

export interface CompiledRules {
  readonly lang: string;
  /** Global regex matching sentence-final punctuation (with closers) before whitespace. */
  readonly candidates: RegExp;
  readonly rules: readonly CompiledRule[];
  /** The same rules, arranged to decide a position in few regex calls (see `breaksAt` in split.ts). */
  readonly decision: RuleDecision;
  readonly lineRules: readonly CompiledLineRule[];
}

/** Rule data that does not compile: a bug in `rules/*.ts`, reported with the rule's name. */
export class InvalidRuleError extends Error {
  override readonly name = 'InvalidRuleError';
}

export function compileRules(source: LanguageRules): CompiledRules {
  const rules = source.rules.map((rule, index) => {
    const name = rule.name ?? `#${index + 1}`;
    const where = `${source.lang} rule ${name}`;
    const before = expandLists(rule.before, source.lists, where, 'before');
    const after = expandLists(rule.after, source.lists, where, 'after');
    return { name, breaks: rule.break, pattern: compile(`(?<=${before})(?:${after})`, 'uy', where) };
  });
  const lineRules = (source.lineRules ?? []).map((rule) => compileLineRule(rule, source));
  const candidates = compileCandidates(source);
  return { lang: source.lang, candidates, rules, decision: arrangeDecision(rules, source.lang), lineRules };
}

function arrangeDecision(rules: readonly CompiledRule[], lang: string): RuleDecision {
  const breaking = (upTo: number): CompiledRule[] => rules.slice(0, upTo).filter((rule) => rule.breaks);
  const keeps = rules.flatMap((rule, index) =>
    rule.breaks ? [] : [{ pattern: rule.pattern, breaksFirst: alternation(breaking(index), `${lang} rules before ${rule.name}`) }],
  );
  return {
    anyKeeps: alternation(rules.filter((rule) => !rule.breaks), `${lang} keeping rules`),
    anyBreaks: alternation(breaking(rules.length), `${lang} breaking rules`),
    keeps,
  };
}

/**
 * One sticky regex matching where any of the rules matches; never matches when there are none.
 * Whether any matches does not depend on their order: the shortest (most general, such as a
 * catch-all) go first.
 */
function alternation(rules: readonly CompiledRule[], where: string): RegExp {
  const sources = rules.map((rule) => rule.pattern.source).sort((a, b) => a.length - b.length);
  return compile(sources.length === 0 ? '(?!)' : sources.join('|'), 'uy', where);
}

function compileLineRule(rule: LineRule, source: LanguageRules): CompiledLineRule {
  const where = `${source.lang} line rule ${rule.name}`;
  const line = compile(`^(?:${expandLists(rule.line, source.lists, where, 'before')})$`, 'u', where);
  const next = compile(`(?:${expandLists(rule.next, source.lists, where, 'after')})`, 'uy', where);
  const shorterThan = rule.shorterThan === undefined ? {} : { shorterThan: rule.shorterThan };
  return { name: rule.name, breaks: rule.break, line, next, ...shorterThan };
}


function compileCandidates(source: LanguageRules): RegExp {
  const terminals = `[${escapeClass(source.terminals)}]+`;
  const closer = source.spacedClosers
    ? `(?:[ \\u00A0\\u202F]*[${escapeClass(source.spacedClosers)}]|[${escapeClass(source.closers)}])`
    : `[${escapeClass(source.closers)}]`;
  // A candidate starts where its run of terminals starts: without the look-behind, a long run of
  // periods not followed by whitespace was scanned again from each of its periods (quadratic).
  // Never stop before a closer that may sit after a space: "« Assez ! », crie-t-il" has no boundary.
  const spacedCloserFollows = source.spacedClosers ? `(?![ \\u00A0\\u202F]*[${escapeClass(source.spacedClosers)}])` : '';
  const terminalsBefore = `(?<![${escapeClass(source.terminals)}])`;
  return compile(`${terminalsBefore}${terminals}${closer}*(?=\\s)${spacedCloserFollows}`, 'gu', `${source.lang} candidates`);
}

/**
 * Replaces each `{{name}}` with an alternation of the list's words, factored into a trie: the
 * rules only ever ask whether a pattern matches, which does not depend on the order of the
 * alternatives, and a trie fails at its first character instead of once per word. In `before`
 * (a look-behind, matched from its end) the words share their endings; in `after`, their starts.
 */
function expandLists(pattern: string, lists: LanguageRules['lists'], where: string, side: 'before' | 'after'): string {
  return pattern.replace(/\{\{([\w-]+)\}\}/g, (_, name: string) => {
    const words = lists[name];
    if (!words || words.length === 0) {
      throw new InvalidRuleError(`${where}: unknown or empty list {{${name}}}`);
    }
    return trie([...new Set(words)].map((word) => [...word]), side === 'before');
  });
}

/** A regex source matching exactly the given words (as arrays of code points), factored. */
function trie(words: readonly (readonly string[])[], fromEnd: boolean): string {
  const branches = new Map<string, string[][]>();
  let endsHere = false;
  for (const word of words) {
    if (word.length === 0) {
      endsHere = true;
      continue;
    }
    const key = (fromEnd ? word.at(-1) : word[0])!;
    const rest = fromEnd ? word.slice(0, -1) : word.slice(1);
    branches.set(key, [...(branches.get(key) ?? []), rest]);
  }
  const alternatives = [...branches].map(([char, rests]) => {
    const inner = trie(rests, fromEnd);
    return fromEnd ? `${inner}${escapePattern(char)}` : `${escapePattern(char)}${inner}`;
  });
  if (endsHere) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

function compile(source: string, flags: string, where: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = errorMessage(error);
    throw new InvalidRuleError(`${where}: ${reason}`, { cause: error });
  }
}

/** Escapes regex syntax characters; `u` mode forbids escaping anything else (such as `-`). */
function escapePattern(word: string): string {
  return word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
