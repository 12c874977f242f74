/**
 * The term matcher: every source form of the glossary in one token trie, so a segment is
 * tokenized once and each position walks the trie, whatever the number of entries.
 */
import type { Glossary, TermHit } from '../model.js';
import { isFormCaseSensitive } from './case-rules.js';
import { tokenKey, tokenize, type Token } from './tokens.js';

/** A source form that ends at a trie node. */
interface FormEnd {
  readonly entryId: string;
  readonly caseSensitive: boolean;
  /** Case-exact token keys, checked only when `caseSensitive`. */
  readonly exactKeys: readonly string[];
}

interface TrieNode {
  /** Children by lower-cased token key. */
  readonly children: Map<string, TrieNode>;
  /** Case-sensitive forms first, then glossary order: the first that accepts the text wins. */
  readonly forms: FormEnd[];
}

/** A compiled glossary, ready for `matchTerms`. Build it once per glossary with `compileTermMatcher`. */
export interface TermMatcher {
  readonly root: TrieNode;
}

export function compileTermMatcher(glossary: Glossary): TermMatcher {
  const root: TrieNode = { children: new Map(), forms: [] };
  for (const entry of glossary.entries) {
    for (const form of new Set([entry.source, ...entry.sourceVariants])) {
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
      const caseSensitive = isFormCaseSensitive(entry, form);
      node.forms.push({ entryId: entry.id, caseSensitive, exactKeys: tokens.map((token, index) => tokenKey(token, true, index === 0)) });
    }
  }
  sortForms(root);
  return { root };
}

/**
 * The glossary terms in a text: whole words only, leftmost-longest, never overlapping.
 * A possessive's `'s` is not part of the hit ("Iraq’s" → "Iraq").
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
    hits.push({ start, end, text: text.slice(start, end), entryId: found.entryId });
    position = found.last + 1;
  }
  return hits;
}

function longestMatchAt(
  tokens: readonly Token[],
  first: number,
  root: TrieNode,
): { readonly last: number; readonly entryId: string } | undefined {
  let node: TrieNode | undefined = root;
  let best: { last: number; entryId: string } | undefined;
  for (let last = first; last < tokens.length; last++) {
    node = node.children.get(tokenKey(tokens[last]!, false, last === first));
    if (!node) break;
    const form = node.forms.find((candidate) => accepts(candidate, tokens, first));
    if (form) best = { last, entryId: form.entryId };
  }
  return best;
}

function accepts(form: FormEnd, tokens: readonly Token[], first: number): boolean {
  if (!form.caseSensitive) return true;
  return form.exactKeys.every((key, offset) => key === tokenKey(tokens[first + offset]!, true, offset === 0));
}

function sortForms(node: TrieNode): void {
  // Stable sort: within each group the glossary's order is kept.
  node.forms.sort((a, b) => Number(b.caseSensitive) - Number(a.caseSensitive));
  for (const child of node.children.values()) sortForms(child);
}
