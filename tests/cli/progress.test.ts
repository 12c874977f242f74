import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { captureIO } from '../helpers/capture-io.js';

const run = (progress: ReturnType<typeof createProgress>) => {
  progress({ type: 'planned', workload: { fr: { units: 10, characters: 1000 } } });
  for (let i = 0; i < 10; i++) progress({ type: 'translated', targetLang: 'fr', units: 1, characters: 100 });
  progress({ type: 'rate-limited', waitMs: 2000, concurrency: 2, withoutSuccessMs: 12_300, maxWaitMs: 600_000 });
};

describe('progress', () => {
  it('prints nothing when quiet', () => {
    const { io, out, err } = captureIO();
    run(createProgress(io, 'none'));
    expect([...out, ...err]).toEqual([]);
  });

  it('emits one JSON event per line on stdout with --json', () => {
    const { io, out } = captureIO();
    run(createProgress(io, 'json'));
    const events = out.map((line) => JSON.parse(line));
    expect(events[0]).toEqual({ event: 'planned', workload: { fr: { units: 10, characters: 1000 } } });
    expect(events.filter((event) => event.event === 'translated')).toHaveLength(10);
    expect(events.at(-1)).toEqual({ event: 'rate-limited', waitMs: 2000, concurrency: 2, withoutSuccessMs: 12_300, maxWaitMs: 600_000 });
  });

  it('prints a plain line at every tenth of the way and on each 429 when not a terminal', () => {
    const { io, err } = captureIO();
    let clock = 0;
    const progress = createProgress(io, 'lines', () => (clock += 100));
    run(progress);
    expect(err.filter((line) => line.startsWith('fr: '))).toHaveLength(10);
    expect(err.at(-2)).toMatch(/^fr: 10\/10 units, 1000\/1000 characters, [\d.]+ req\/s, 429s: 0\n$/);
    expect(err.at(-1)).toBe('rate limited: waiting 2000 ms, 2 requests in flight; no request succeeded for 12.3 s (gives up at 600 s, --max-wait)\n');
  });

  it('redraws one live line per language on a terminal', () => {
    const { io, err } = captureIO();
    run(createProgress(io, 'tty'));
    expect(err.at(-1)).toMatch(/^\u001b\[1F\u001b\[2Kfr: 10\/10 units, 1000\/1000 characters, .*429s: 1\n\u001b\[2Krate limited: waiting 2000 ms/);
  });

  it('shows a retry of the glossary set-up, before any unit is planned, on a terminal too', () => {
    const { io, err } = captureIO();
    const progress = createProgress(io, 'tty');
    progress({ type: 'retry', attempt: 1, waitMs: 800, reason: 'DeepL: listing glossaries (v3) failed: service unavailable (HTTP 503)' });
    expect(err).toEqual(['\u001b[2Kretry 1 in 800 ms: DeepL: listing glossaries (v3) failed: service unavailable (HTTP 503)\n']);
  });
});
