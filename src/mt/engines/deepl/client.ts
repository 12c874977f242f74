import { DeepLClient } from 'deepl-node';
import { defaultTimeoutMs, validateConfig, type DeepLEngineConfig } from './config.js';

/**
 * The one way wire-l10n makes a DeepL client: the configured server, one attempt per request
 * (the dispatcher paces, retries and counts every attempt), no platform info.
 */
export function createDeepLClient(config: DeepLEngineConfig): DeepLClient {
  validateConfig(config);
  return new DeepLClient(config.authKey, {
    ...(config.serverUrl === undefined ? {} : { serverUrl: config.serverUrl }),
    maxRetries: 1,
    minTimeout: config.timeoutMs ?? defaultTimeoutMs,
    sendPlatformInfo: false,
    ...(config.appInfo === undefined ? {} : { appInfo: { ...config.appInfo } }),
  });
}
