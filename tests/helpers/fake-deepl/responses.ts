import { STATUS_CODES } from 'node:http';

/** What a route answers; the server writes it (after any scripted latency). */
export interface FakeResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** Objects are sent as JSON, strings as they are. */
  readonly body?: unknown;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): FakeResponse {
  return { status, body, headers };
}

/** An error the way DeepL words it: `{"message": "…"}`. */
export function failure(status: number, message = STATUS_CODES[status] ?? 'Error', headers: Record<string, string> = {}): FakeResponse {
  return { status, body: { message }, headers };
}

export const noContent: FakeResponse = { status: 204 };
