/**
 * The dispatcher and the DeepL engine against a rate-limited server (token bucket on the fake):
 * every unit translated exactly once, billed once, and the requests sent (429s included) never
 * ahead of what the limit allows by more than one burst.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createDeepLEngine } from '../../src/mt/engines/deepl.js';
import { translateUnits } from '../../src/mt/index.js';
import { startFakeDeepL, type FakeDeepL } from '../helpers/fake-deepl/index.js';
import { glossaryOf, segmentOf, unitOf } from '../helpers/builders.js';

let server: FakeDeepL | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** How long the event loop may stall without the requests logged after it counting as a burst. */
const STALL_MS = 100;

describe('translating under a token-bucket rate limit', () => {
  it('approaches the limit instead of hammering it, and loses or repeats nothing', async () => {
    const ratePerSecond = 40;
    const burst = 4;
    server = await startFakeDeepL();
    server.faults.tokenBucket({ ratePerSecond, burst }).latency(5);
    const deepl = createDeepLEngine({ authKey: server.authKey, serverUrl: server.url });
    // Two texts a request, so that 120 units make 60 requests: enough to meet the limit.
    const engine = { ...deepl, limits: { ...deepl.limits, maxTexts: 2 } };
    const units = Array.from({ length: 120 }, (_, i) =>
      unitOf(segmentOf(`Report number ${i} arrived from the field.`, { id: `p${i + 1}.s1` }), i % 2 === 0 ? 'fr' : 'ar'),
    );
    const result = await translateUnits(units, engine, {
      sourceLang: 'en',
      glossary: glossaryOf(),
      // What is in flight when the first 429 arrives is the overshoot: a window no larger than the
      // server's burst keeps it within one burst.
      concurrency: burst,
    });

    expect(result.failures).toEqual([]);
    expect(result.units.every((unit) => unit.state === 'needs-review')).toBe(true);
    const translated = server.log.filter((request) => request.path === '/v2/translate' && request.status === 200);
    const texts = translated.flatMap((request) => request.texts.map((text) => `${request.params['target_lang']}:${text}`));
    expect(texts).toHaveLength(120);
    expect(new Set(texts).size).toBe(120);
    expect(server.billedCharacters).toBe(units.reduce((sum, unit) => sum + unit.segment.source.length, 0));

    // Requests sent by time t (429s included) ≤ what the bucket allows by t, plus one burst. The
    // fake logs arrivals on the test's own event loop: a stall of that loop (a loaded CI machine)
    // logs the requests sent during it together, so the allowance is read STALL_MS later.
    const sent = server.log.filter((request) => request.path === '/v2/translate').map((request) => request.at);
    const start = sent[0]!;
    sent.forEach((at, i) => {
      const allowed = burst + (ratePerSecond * (at - start + STALL_MS)) / 1000;
      expect(i + 1, `request ${i + 1} at +${at - start} ms`).toBeLessThanOrEqual(allowed + burst + 1);
    });
  }, 60_000);
});
