/**
 * Strict JSON with lines: a ninjs file parsed by jsonc-parser into a tree whose nodes keep their
 * offsets, so a wrong type or a missing field is reported at its line. No comments, no trailing
 * commas, no duplicate keys; the nesting depth is checked by a linear scan before the (recursive)
 * parser runs, so a hostile file cannot exhaust the stack.
 */
import { createScanner, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { InputError } from '../../errors.js';

/** Deeper than any ninjs item (associations of associations, GeoJSON included). */
export const MAX_JSON_DEPTH = 64;

/** A JSON value as the template keeps it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** The parsed file: its tree and the way from an offset to its 1-based line. */
export interface JsonDocument {
  readonly root: Node;
  readonly file: string;
  lineOf(offset: number): number;
}

export function parseJsonDocument(text: string, file: string): JsonDocument {
  const lineOf = lineIndex(text);
  checkDepth(text, file);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const what = first === undefined ? 'no JSON value' : describeParseError(printParseErrorCode(first.error));
    throw new InputError(`not valid JSON: ${what}`, { file, line: lineOf(first?.offset ?? 0) }, {
      hint: 'a ninjs item is strict JSON (RFC 8259): no comments, no trailing commas, strings in double quotes',
    });
  }
  return { root, file, lineOf };
}

function describeParseError(code: string): string {
  return code.replace(/(?<=[a-z])(?=[A-Z])/gu, ' ').toLowerCase();
}

/** Counts brackets token by token (strings are single tokens, so brackets inside them do not count). */
function checkDepth(text: string, file: string): void {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== 17 /* EOF */; token = scanner.scan()) {
    if (token === 1 /* OpenBraceToken */ || token === 3 /* OpenBracketToken */) depth++;
    else if (token === 2 /* CloseBraceToken */ || token === 4 /* CloseBracketToken */) depth--;
    if (depth > MAX_JSON_DEPTH) {
      throw new InputError(`the JSON nests deeper than ${MAX_JSON_DEPTH} levels`, { file, line: scanner.getTokenStartLine() + 1 }, {
        hint: 'a ninjs item is a few levels deep: check that this is the right file',
      });
    }
  }
}

/** Line starts found once, each lookup a binary search. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) starts.push(index + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length;
    while (high - low > 1) {
      const middle = (low + high) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle;
    }
    return low + 1;
  };
}

/** A node's value as plain data; a key given twice in one object is refused. */
export function jsonValue(node: Node, doc: JsonDocument): JsonValue {
  switch (node.type) {
    case 'object': {
      const entries: Array<[string, JsonValue]> = [];
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        const name = key?.value as string;
        if (seen.has(name)) fail(doc, property, `the key "${name}" appears twice in one object`);
        seen.add(name);
        if (value !== undefined) entries.push([name, jsonValue(value, doc)]);
      }
      // fromEntries defines own properties, so a "__proto__" key stays data.
      return Object.fromEntries(entries) as JsonObject;
    }
    case 'array':
      return (node.children ?? []).map((child) => jsonValue(child, doc));
    default:
      return node.value as JsonValue;
  }
}

/** The value node of `name` in an object node. */
export function propertyNode(object: Node, name: string): Node | undefined {
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.value === name) return value;
  }
  return undefined;
}

/** The names of an object node's properties. */
export function propertyNames(object: Node): string[] {
  return (object.children ?? []).map((property) => property.children?.[0]?.value as string);
}

const article: Readonly<Record<Node['type'], string>> = {
  object: 'an object',
  array: 'an array',
  property: 'a property',
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  null: 'null',
};

/** `node` when it has the type `expected`; an InputError at its line naming `what` otherwise. */
export function expectType(node: Node, expected: 'object' | 'array' | 'string' | 'number', what: string, doc: JsonDocument): Node {
  if (node.type !== expected) fail(doc, node, `${what} must be ${article[expected]}, not ${article[node.type]}`);
  return node;
}

/** The string value of an optional property, checked. */
export function optionalString(object: Node, name: string, doc: JsonDocument): { value: string; line: number } | undefined {
  const node = propertyNode(object, name);
  if (node === undefined) return undefined;
  expectType(node, 'string', `"${name}"`, doc);
  return { value: node.value as string, line: doc.lineOf(node.offset) };
}

export function fail(doc: JsonDocument, node: Node, message: string, hint?: string): never {
  throw new InputError(message, { file: doc.file, line: doc.lineOf(node.offset) }, hint === undefined ? {} : { hint });
}
