/**
 * A DeepL-API-compatible fake for tests: plain node:http on 127.0.0.1, a random port.
 *
 * Serves /v2/translate (form-urlencoded or JSON), /v2/usage, /v2/languages, /v2/glossaries*,
 * /v2/glossary-language-pairs and /v3/glossaries*, with the auth, validation and response shapes
 * deepl-node relies on, a deterministic translation (`FR: ` + upper-cased text runs, tags kept), and
 * a per-test fault script (see faults.ts). Every request is logged. Always `stop()` it: that closes
 * the server and destroys every open socket, hung ones included.
 *
 *   const fake = await startFakeDeepL();
 *   fake.faults.fail(2, { status: 429, retryAfterSeconds: 1 });
 *   new DeepLClient(fake.authKey, { serverUrl: fake.url, maxRetries: 1 });
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FakeAccount } from './account.js';
import { accountRoute } from './account-routes.js';
import { Faults, type FaultScript, type FaultStep } from './faults.js';
import { glossaryRoute } from './glossaries.js';
import { fieldValues, parseRequest, readBody, type ParsedRequest } from './request.js';
import { failure, type FakeResponse } from './responses.js';
import { countCharacters, translateRoute } from './translate.js';

export type { FaultScript } from './faults.js';
export type { TagCorruption } from './fake-translation.js';
export { inventedTag, inventedTagOf } from './fake-translation.js';

export interface FakeDeepLOptions {
  /** The one key the fake accepts. A key ending in `:fx` is a Free key. @default a random UUID + `:fx` */
  readonly authKey?: string;
  /** Milliseconds, for the log's `at` and the token bucket. @default Date.now */
  readonly clock?: () => number;
  /** `character_limit` before any `quotaAfter`. @default 500,000 for Free keys, 10^12 for Pro keys */
  readonly characterLimit?: number;
  /** `false`: /v3/* answers 404, as a server without multilingual glossaries does. @default true */
  readonly v3?: boolean;
  /**
   * Most glossaries the account holds (DeepL: 1,000; 1 on the Free plan); creating one more answers
   * 456, as DeepL does. @default no limit
   */
  readonly glossaryLimit?: number;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  /** The answer's status; `pending` while latency runs, `hung` / `reset` for those faults. */
  readonly status: number | 'pending' | 'hung' | 'reset';
  /** Every field except `text` (first value), from body or query: `target_lang`, `formality`, … */
  readonly params: Readonly<Record<string, string>>;
  readonly texts: readonly string[];
  /** Characters of `texts` (code points). */
  readonly characters: number;
  readonly contentType: string | undefined;
  readonly bodyBytes: number;
  /** When it arrived, from the clock. */
  readonly at: number;
}

export interface FakeDeepL {
  /** `http://127.0.0.1:<port>`, for deepl-node's `serverUrl`. */
  readonly url: string;
  readonly authKey: string;
  /** Every request received, in arrival order. */
  readonly log: readonly ReceivedRequest[];
  /** Characters of the translate requests that succeeded. */
  readonly billedCharacters: number;
  readonly faults: FaultScript;
  stop(): Promise<void>;
}

type LogEntry = { -readonly [K in keyof ReceivedRequest]: ReceivedRequest[K] };

export async function startFakeDeepL(options: FakeDeepLOptions = {}): Promise<FakeDeepL> {
  const clock = options.clock ?? Date.now;
  const account = new FakeAccount(options.authKey ?? `${randomUUID()}:fx`, options.characterLimit, options.glossaryLimit);
  const faults = new Faults(clock);
  const log: LogEntry[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const characterLimit = () => faults.quotaCharacters ?? account.characterLimit;

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const route = (request: ParsedRequest, step: FaultStep | undefined): FakeResponse => {
    if (step?.kind === 'fail') {
      const headers: Record<string, string> = step.retryAfterSeconds === undefined ? {} : { 'retry-after': String(step.retryAfterSeconds) };
      return failure(step.status, step.message, headers);
    }
    if (!account.isAuthorized(request.authorization)) return failure(403, 'Authorization failure');
    const token = faults.bucket?.take();
    if (token?.ok === false) return failure(429, 'Too many requests', { 'retry-after': String(token.retryAfterSeconds) });
    if (faults.bodyLimitBytes !== undefined && request.bodyBytes > faults.bodyLimitBytes) return failure(413, 'Request Entity Too Large');
    if (request.path === '/v2/translate') {
      const corruption = step?.kind === 'corrupt-tags' ? { mode: step.mode, textIndex: step.textIndex, ...(step.element === undefined ? {} : { element: step.element }) } : undefined;
      return translateRoute(request, { account, characterLimit: characterLimit(), ...(corruption ? { corruption } : {}) });
    }
    if (options.v3 === false && request.path.startsWith('/v3/')) return failure(404, 'Not found');
    return accountRoute(request, account, characterLimit()) ?? glossaryRoute(request, account.glossaries) ?? failure(404, 'Not found');
  };

  const handle = async (incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
    const body = await readBody(incoming);
    const at = clock();
    const parsed = parseRequest(incoming, body);
    const request: ParsedRequest = parsed.ok
      ? parsed.request
      : { method: incoming.method ?? 'GET', path: incoming.url ?? '/', contentType: undefined, bodyBytes: body.length, authorization: undefined, fields: new Map() };
    const texts = fieldValues(request, 'text');
    const entry: LogEntry = {
      method: request.method,
      path: request.path,
      status: 'pending',
      params: Object.fromEntries([...request.fields].filter(([key]) => key !== 'text').map(([key, values]) => [key, values[0] ?? ''])),
      texts,
      characters: countCharacters(texts),
      contentType: request.contentType,
      bodyBytes: request.bodyBytes,
      at,
    };
    log.push(entry);

    const refusal = faults.takeRefusal();
    const step = refusal ? undefined : faults.takeStep(request.path);
    if (step?.kind === 'hang') {
      entry.status = 'hung';
      return;
    }
    if (step?.kind === 'reset') {
      entry.status = 'reset';
      incoming.socket.destroy();
      return;
    }
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const response = refusal ? refused(refusal.retryAfterSeconds) : parsed.ok ? route(request, step) : failure(400, parsed.reason);
    entry.status = response.status;
    write(outgoing, response);
  };

  const server = createServer((incoming, outgoing) => {
    handle(incoming, outgoing).catch((error: unknown) => {
      // A bug in the fake: answer 500 so the test fails loudly instead of hanging.
      if (!outgoing.headersSent && !outgoing.destroyed) write(outgoing, failure(500, `fake-deepl: ${String(error)}`));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    authKey: account.authKey,
    log,
    get billedCharacters() {
      return account.billedCharacters;
    },
    faults,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
      return stopped;
    },
  };
}

function refused(retryAfterSeconds: number | undefined): FakeResponse {
  return failure(429, 'Too many requests', retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) });
}

function write(outgoing: ServerResponse, response: FakeResponse): void {
  if (outgoing.destroyed) return;
  const headers: Record<string, string> = { ...response.headers };
  let payload = '';
  if (typeof response.body === 'string') {
    payload = response.body;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  outgoing.writeHead(response.status, headers);
  outgoing.end(payload);
}
