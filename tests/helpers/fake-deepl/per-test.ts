import { afterEach } from 'vitest';
import { startFakeDeepL, type FakeDeepL, type FakeDeepLOptions } from './index.js';

/**
 * Registers an afterEach that stops every fake started in the test, and returns the starter:
 * `const fakeDeepL = fakeDeepLPerTest({ authKey }); … const fake = await fakeDeepL();`
 */
export function fakeDeepLPerTest(defaults: FakeDeepLOptions = {}): (options?: FakeDeepLOptions) => Promise<FakeDeepL> {
  let started: FakeDeepL[] = [];
  afterEach(async () => {
    await Promise.all(started.map((fake) => fake.stop()));
    started = [];
  });
  return async (options = {}) => {
    const fake = await startFakeDeepL({ ...defaults, ...options });
    started.push(fake);
    return fake;
  };
}
