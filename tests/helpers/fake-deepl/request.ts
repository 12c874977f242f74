import type { IncomingMessage } from 'node:http';

/**
 * A request as the fake reads it: form fields, JSON fields and the query string in one shape, so a
 * route never cares how the client encoded it (deepl-node sends form-urlencoded bodies, other
 * clients send JSON). Repeated form fields (`text`) keep every value.
 */
export interface ParsedRequest {
  readonly method: string;
  /** The path without its query string. */
  readonly path: string;
  readonly contentType: string | undefined;
  readonly bodyBytes: number;
  readonly authorization: string | undefined;
  readonly fields: ReadonlyMap<string, readonly string[]>;
}

export type ParseOutcome = { readonly ok: true; readonly request: ParsedRequest } | { readonly ok: false; readonly reason: string };

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function parseRequest(request: IncomingMessage, body: Buffer): ParseOutcome {
  const url = new URL(request.url ?? '/', 'http://fake.invalid');
  const fields = new Map<string, string[]>();
  const add = (key: string, value: string) => fields.set(key, [...(fields.get(key) ?? []), value]);
  for (const [key, value] of url.searchParams) add(key, value);

  const contentType = request.headers['content-type'];
  const text = body.toString('utf8');
  if (text.length > 0) {
    if (contentType?.startsWith('application/json')) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return { ok: false, reason: 'Invalid JSON body.' };
      }
      if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, reason: 'JSON body must be an object.' };
      flattenJson(json, '', add);
    } else {
      for (const [key, value] of new URLSearchParams(text)) add(key, value);
    }
  }
  return {
    ok: true,
    request: {
      method: request.method ?? 'GET',
      path: url.pathname,
      contentType,
      bodyBytes: body.length,
      authorization: request.headers.authorization,
      fields,
    },
  };
}

/**
 * JSON → form-shaped fields: `{text: ['a', 'b']}` → text=a, text=b; `{dictionaries: [{source_lang}]}`
 * → `dictionaries[0].source_lang`; booleans → '1' / '0' as the form API spells them.
 */
function flattenJson(value: unknown, key: string, add: (key: string, value: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => flattenJson(item, isRecord(item) ? `${key}[${i}]` : key, add));
  } else if (isRecord(value)) {
    for (const [name, item] of Object.entries(value)) flattenJson(item, key === '' ? name : `${key}.${name}`, add);
  } else if (typeof value === 'boolean') {
    add(key, value ? '1' : '0');
  } else if (typeof value === 'string' || typeof value === 'number') {
    add(key, String(value));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function field(request: ParsedRequest, name: string): string | undefined {
  return request.fields.get(name)?.[0];
}

export function fieldValues(request: ParsedRequest, name: string): readonly string[] {
  return request.fields.get(name) ?? [];
}
