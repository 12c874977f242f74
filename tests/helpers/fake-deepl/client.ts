import { DeepLClient, type DeepLClientOptions } from 'deepl-node';
import type { FakeDeepL } from './index.js';

/**
 * A deepl-node client aimed at the fake, with deepl-node's own retries off (`maxRetries: 1` is
 * one attempt: deepl-node counts attempts, not retries) so each call is one request.
 */
export function clientFor(fake: FakeDeepL, options: DeepLClientOptions = {}): DeepLClient {
  return new DeepLClient(fake.authKey, { serverUrl: fake.url, maxRetries: 1, sendPlatformInfo: false, ...options });
}
