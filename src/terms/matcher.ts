/**
 * The term matcher: every source form of the glossary in one token trie, so a segment is
 * tokenized once and each position walks the trie, whatever the number of entries. A `term`
 * entry's forms are there in their regular plural too (`plurals.ts`); names and do-not-translate
 * terms do not inflect.
 */
import type { Glossary, GlossaryEntry, TermHit } from '../model.js';
import { isFormCaseSensitive } from './case-rules.js';
import { regularPlural } from './plurals.js';
import { tokenKey, tokenize, type Token } from './tokens.js';

/** A source form that ends at a trie node. */
interface FormEnd {
  readonly entryId: string;
  readonly caseSensitive: boolean;
  /** Case-exact token keys, checked only when `caseSensitive`. */
  readonly exactKeys: readonly string[];
  /** The regular plural of a listed form, not a form the termbase lists. */
  readonly plural: boolean;
}

interface TrieNode {
  /** Children by lower-cased token key. */
  readonly children: Map<string, TrieNode>;
  /** Listed forms before plurals, case-sensitive first, then glossary order: the first that accepts the text wins. */
  readonly forms: FormEnd[];
}

/** A compiled glossary, ready for `matchTerms`. Build it once per glossary with `compileTermMatcher`. */
export interface TermMatcher {
  readonly root: TrieNode;
}

export function compileTermMatcher(glossary: Glossary): TermMatcher {
  const root: TrieNode = { children: new Map(), forms: [] };
  for (const entry of glossary.entries) {
    const forms = new Set([entry.source, ...entry.sourceVariants]);
    for (const form of forms) addForm(root, entry, form, isFormCaseSensitive(entry, form), false);
    if (entry.type !== 'term') continue;
    for (const form of forms) {
      const plural = regularPlural(form);
      // A plural keeps its singular's case rule: `NGOs` is as case-sensitive as `NGO`.
      if (plural !== undefined) addForm(root, entry, plural, isFormCaseSensitive(entry, form), true);
    }
  }
  sortForms(root);
  return { root };
}

function addForm(root: TrieNode, entry: GlossaryEntry, form: string, caseSensitive: boolean, plural: boolean): void {
  const tokens = tokenize(form);
  let node = root;
  for (const [index, token] of tokens.entries()) {
    const key = tokenKey(token, false, index === 0);
    let child = node.children.get(key);
    if (!child) {
      child = { children: new Map(), forms: [] };
      node.children.set(key, child);
    }
    node = child;
  }
  node.forms.push({ entryId: entry.id, caseSensitive, exactKeys: tokens.map((token, index) => tokenKey(token, true, index === 0)), plural });
}

/**
 * The glossary terms in a text: whole words only, leftmost-longest, never overlapping.
 * A possessive's `'s` or `'` is not part of the hit ("Iraq’s" → "Iraq", "strikes'" → "strikes").
 */
export function matchTerms(text: string, matcher: TermMatcher): TermHit[] {
  const tokens = tokenize(text);
  const hits: TermHit[] = [];
  let position = 0;
  while (position < tokens.length) {
    const found = longestMatchAt(tokens, position, matcher.root);
    if (!found) {
      position++;
      continue;
    }
    const start = tokens[position]!.start;
    const end = tokens[found.last]!.end;
    hits.push({ start, end, text: text.slice(start, end), entryId: found.entryId, ...(found.plural ? { plural: true as const } : {}) });
    position = found.last + 1;
  }
  return hits;
}

function longestMatchAt(
  tokens: readonly Token[],
  first: number,
  root: TrieNode,
): { readonly last: number; readonly entryId: string; readonly plural: boolean } | undefined {
  let node: TrieNode | undefined = root;
  let best: { last: number; entryId: string; plural: boolean } | undefined;
  for (let last = first; last < tokens.length; last++) {
    node = node.children.get(tokenKey(tokens[last]!, false, last === first));
    if (!node) break;
    const form = node.forms.find((candidate) => accepts(candidate, tokens, first));
    if (form) best = { last, entryId: form.entryId, plural: form.plural };
  }
  return best;
}

function accepts(form: FormEnd, tokens: readonly Token[], first: number): boolean {
  if (!form.caseSensitive) return true;
  return form.exactKeys.every((key, offset) => key === tokenKey(tokens[first + offset]!, true, offset === 0));
}

function sortForms(node: TrieNode): void {
  // Stable sort: within each group the glossary's order is kept. A listed form wins over a plural
  // (`drones` listed for drone is no plural hit; a plural never takes another entry's listed form).
  node.forms.sort((a, b) => Number(a.plural) - Number(b.plural) || Number(b.caseSensitive) - Number(a.caseSensitive));
  for (const child of node.children.values()) sortForms(child);
}
