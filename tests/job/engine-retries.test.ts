/**
 * The job with the DeepL engine against the fake, in memory: the glossary set-up at job start is
 * retried like translate requests (one retry layer, its retries among the progress events), and a
 * server that keeps refusing (429) past the longest wait stops the job the resumable way.
 */
import { describe, expect, it } from 'vitest';
import { runJob, type RunOptions } from '../../src/job/run.js';
import type { Article } from '../../src/model.js';
import { createDeepLEngine } from '../../src/mt/engines/deepl.js';
import type { DispatchEvent } from '../../src/mt/index.js';
import { defaultRetryPolicy } from '../../src/mt/retry-policy.js';
import { parseGlossary } from '../../src/terms/index.js';
import { articleOf } from '../helpers/builders.js';
import type { FakeDeepL } from '../helpers/fake-deepl/index.js';
import { fakeDeepLPerTest } from '../helpers/fake-deepl/per-test.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';

const fakeDeepL = fakeDeepLPerTest();
const glossary = parseGlossary([
  { path: 'newsroom.csv', content: 'en,en_variants,fr,fr_variants,ar,ar_variants,type,case,note\nair strike,airstrike,frappe aérienne,,غارة جوية,,,,\n' },
]);
const stories: Article[] = [1, 2, 3, 4, 5, 6].map((n) =>
  articleOf(
    [
      ['headline', `Air strike ${n} reported`],
      ['paragraph', `Officials in city ${n} met on Friday. They agreed on plan number ${n}.`],
      ['paragraph', `The plan ${n} takes effect next week, they said.`],
    ],
    { id: `story-${n}`, source: { path: `s${n}.txt`, format: 'text' } },
  ),
);
/** Units of the job: 4 segments per story, 2 languages. */
const unitCount = stories.length * 4 * 2;
/** Short backoffs, so that a test takes milliseconds; attempts and the 429 rules as by default. */
const quickRetries = { baseDelayMs: 2, maxDelayMs: 10 };

function job(fake: FakeDeepL, patch: Partial<RunOptions> = {}) {
  const engine = createDeepLEngine({ authKey: fake.authKey, serverUrl: fake.url, timeoutMs: 2000 });
  // Four texts a request, so that the job makes several requests per language.
  const events: DispatchEvent[] = [];
  const options = jobOptions({ ...engine, limits: { ...engine.limits, maxTexts: 4 } }, stories.map((story) => story.source.path), {
    retry: quickRetries,
    ...patch,
  });
  return { options, events, onDispatchEvent: (event: DispatchEvent) => void events.push(event) };
}

const world = async () => {
  const { services, ...rest } = await memoryJobWorld(glossary);
  return { ...rest, services: services(stories) };
};

/** The texts the fake translated, as `LANG:text`. */
const translatedTexts = (fake: FakeDeepL) =>
  fake.log
    .filter((request) => request.path === '/v2/translate' && request.status === 200)
    .flatMap((request) => request.texts.map((text) => `${request.params['target_lang']}:${text}`));

describe('the glossary set-up at job start', () => {
  it.each([4, 5])('outlasts %i server errors, as translate requests do, and shows each retry as progress', async (errors) => {
    for (const where of ['glossary set-up', 'translate requests'] as const) {
      const fake = await fakeDeepL();
      if (where === 'glossary set-up') fake.faults.fail(errors, { status: 503 });
      else fake.faults.fail(errors, { status: 503, path: '/v2/translate' });
      const { options, events, onDispatchEvent } = job(fake);
      const result = await runJob(options, { ...(await world()).services, onDispatchEvent });
      expect(result.failures, where).toEqual([]);
      expect(result.stopped, where).toBeUndefined();
      expect(result.report.totals.languages['fr']).toMatchObject({ untranslated: 0, failed: 0 });
      const retries = events.filter((event) => event.type === 'retry');
      expect(retries, where).toHaveLength(errors);
      if (where === 'glossary set-up') {
        for (const retry of retries) expect(retry).toMatchObject({ reason: expect.stringMatching(/listing glossaries \(v3\) failed: service unavailable/) });
      }
    }
  });

  it('fails the job after as many attempts as a translate request gets', async () => {
    const fake = await fakeDeepL();
    fake.faults.fail(defaultRetryPolicy.maxAttempts, { status: 503 });
    const { options } = job(fake);
    await expect(runJob(options, (await world()).services)).rejects.toThrow(`(gave up after ${defaultRetryPolicy.maxAttempts} attempts)`);
    expect(fake.log).toHaveLength(defaultRetryPolicy.maxAttempts);
  });
});

describe('a server that keeps refusing', () => {
  it('translates everything after 20 refusals in a row across the whole job', async () => {
    const fake = await fakeDeepL();
    fake.faults.refuse(20);
    const { options, events, onDispatchEvent } = job(fake, { concurrency: 4 });
    const result = await runJob(options, { ...(await world()).services, onDispatchEvent });
    expect(result.stopped).toBeUndefined();
    expect(result.failures).toEqual([]);
    expect(events.filter((event) => event.type === 'rate-limited')).toHaveLength(20);
    expect(result.report.totals.languages['ar']).toMatchObject({ untranslated: 0, failed: 0 });
    // each unit sent once: no refused batch was both failed and sent again, or sent twice
    expect(translatedTexts(fake)).toHaveLength(unitCount);
  });

  it('past the longest wait, stops sending, writes what was translated, and a re-run resumes to the same outputs', async () => {
    const referenceFake = await fakeDeepL();
    const reference = await world();
    await runJob(job(referenceFake).options, reference.services);

    const fake = await fakeDeepL();
    const interrupted = await world();
    // The glossary set-up and some batches go through, then the server refuses for good.
    const { options } = job(fake, { retry: { ...quickRetries, maxWaitMs: 150 } });
    const refuseAfter = 5;
    let requests = 0;
    const stopped = await runJob(options, {
      ...interrupted.services,
      onDispatchEvent: (event) => {
        if (event.type === 'translated' && ++requests === refuseAfter) fake.faults.refuse(1_000_000);
      },
    });
    expect(stopped.stopped?.reason).toBe('rate-limited');
    expect(stopped.stopped?.message).toMatch(/no request succeeded for/);
    expect(stopped.failures).toEqual([]);
    const sentBefore = translatedTexts(fake);
    expect(sentBefore.length).toBeGreaterThan(0);
    expect(interrupted.disk.has('out/report.json')).toBe(true);
    const refusedAfterStop = fake.log.filter((request) => request.status === 429).length;

    fake.faults.clear();
    const resumed = await runJob(job(fake).options, interrupted.services);
    expect(resumed.stopped).toBeUndefined();
    expect(fake.log.filter((request) => request.status === 429)).toHaveLength(refusedAfterStop);
    // nothing translated before the stop was sent again
    expect(translatedTexts(fake)).toHaveLength(unitCount);
    const keys = await interrupted.store.mtCache.requestedKeys();
    expect(new Set(keys).size).toBe(keys.length);
    expect(interrupted.disk).toEqual(reference.disk);
  });
});
