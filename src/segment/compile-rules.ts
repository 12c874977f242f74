/**
 * Turns a language's rule data into regular expressions, once. Each rule becomes one sticky
 * regex `(?<=before)(?:after)`: set `lastIndex` to a candidate position and `test` answers
 * whether the rule applies there, without slicing the text.
 */
import type { LanguageRules } from './rules/types.js';
import { errorMessage } from '../errors.js';

export interface CompiledRule {
  readonly name: string;
  readonly breaks: boolean;
  /** Sticky (`y`) and Unicode (`u`): only ever tested at one position. */
  readonly pattern: RegExp;
}

export interface CompiledRules {
  readonly lang: string;
  /** Global regex matching sentence-final punctuation (with closers) before whitespace. */
  readonly candidates: RegExp;
  readonly rules: readonly CompiledRule[];
}

/** Rule data that does not compile: a bug in `rules/*.ts`, reported with the rule's name. */
export class InvalidRuleError extends Error {
  override readonly name = 'InvalidRuleError';
}

export function compileRules(source: LanguageRules): CompiledRules {
  const rules = source.rules.map((rule, index) => {
    const name = rule.name ?? `#${index + 1}`;
    const where = `${source.lang} rule ${name}`;
    const before = expandLists(rule.before, source.lists, where);
    const after = expandLists(rule.after, source.lists, where);
    return { name, breaks: rule.break, pattern: compile(`(?<=${before})(?:${after})`, 'uy', where) };
  });
  return { lang: source.lang, candidates: compileCandidates(source), rules };
}

function compileCandidates(source: LanguageRules): RegExp {
  const terminals = `[${escapeClass(source.terminals)}]+`;
  const closer = source.spacedClosers
    ? `(?:[ \\u00A0\\u202F]*[${escapeClass(source.spacedClosers)}]|[${escapeClass(source.closers)}])`
    : `[${escapeClass(source.closers)}]`;
  // A candidate starts where its run of terminals starts: without the look-behind, a long run of
  // periods not followed by whitespace was scanned again from each of its periods (quadratic).
  return compile(`(?<![${escapeClass(source.terminals)}])${terminals}${closer}*(?=\\s)`, 'gu', `${source.lang} candidates`);
}

/** Replaces each `{{name}}` with an alternation of the list's words, longest first. */
function expandLists(pattern: string, lists: LanguageRules['lists'], where: string): string {
  return pattern.replace(/\{\{([\w-]+)\}\}/g, (_, name: string) => {
    const words = lists[name];
    if (!words || words.length === 0) {
      throw new InvalidRuleError(`${where}: unknown or empty list {{${name}}}`);
    }
    // Longest first so that a shorter word never shadows a longer one in a plain match.
    return [...words].sort((a, b) => b.length - a.length).map(escapePattern).join('|');
  });
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
