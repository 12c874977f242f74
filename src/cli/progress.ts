/**
 * Progress of the engine work, as people and programs want it: a live line per language on a
 * terminal, a plain line at every tenth of the way otherwise, NDJSON events with --json.
 * Written to stderr (NDJSON to stdout), so stdout keeps the summary or the report. Waits (a 429,
 * a retry after a server error or a time-out, of a batch or of the glossary set-up) are shown as
 * they start: a line each, or on a terminal a last line that stays until the next result.
 */
import type { LanguageTag } from '../model.js';
import type { DispatchEvent } from '../mt/index.js';
import type { CliIO } from './io.js';

interface LanguageProgress {
  units: number;
  characters: number;
  doneUnits: number;
  doneCharacters: number;
  reportedTenth: number;
}

export function createProgress(io: CliIO, mode: 'tty' | 'lines' | 'json' | 'none', now: () => number = Date.now): (event: DispatchEvent) => void {
  if (mode === 'none') return () => {};
  if (mode === 'json') return (event) => io.stdout.write(`${JSON.stringify({ event: event.type, ...withoutType(event) })}\n`);
  const languages = new Map<LanguageTag, LanguageProgress>();
  const started = now();
  let requests = 0;
  let rateLimited = 0;
  let drawn = 0;
  /** On a terminal: the wait under way, until the next result. */
  let waiting: string | undefined;

  const describe = (lang: LanguageTag, progress: LanguageProgress): string => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const share = progress.units === 0 ? 1 : progress.doneUnits / progress.units;
    const eta = share > 0 && share < 1 ? `, ETA ${Math.ceil((seconds / share) * (1 - share))} s` : '';
    return `${lang}: ${progress.doneUnits}/${progress.units} units, ${progress.doneCharacters}/${progress.characters} characters, ${(requests / seconds).toFixed(1)} req/s, 429s: ${rateLimited}${eta}`;
  };
  const redraw = (): void => {
    const lines = [...[...languages].map(([lang, progress]) => describe(lang, progress)), ...(waiting === undefined ? [] : [waiting])];
    // Move up over the previous block and rewrite it in place.
    // A block shorter than the last one (a wait line gone) clears what is left below it.
    const leftover = lines.length < drawn ? '\u001b[0J' : '';
    io.stderr.write(`${drawn > 0 ? `\u001b[${drawn}F` : ''}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n${leftover}`);
    drawn = lines.length;
  };

  return (event) => {
    switch (event.type) {
      case 'planned':
        for (const [lang, work] of Object.entries(event.workload)) {
          const progress = languages.get(lang) ?? { units: 0, characters: 0, doneUnits: 0, doneCharacters: 0, reportedTenth: 0 };
          progress.units = work.units;
          progress.characters = work.characters;
          languages.set(lang, progress);
        }
        break;
      case 'translated': {
        requests += 1;
        waiting = undefined;
        const progress = languages.get(event.targetLang);
        if (!progress) break;
        progress.doneUnits += event.units;
        progress.doneCharacters += event.characters;
        if (mode === 'lines') {
          const tenth = Math.floor((progress.doneUnits / Math.max(1, progress.units)) * 10);
          if (tenth > progress.reportedTenth) {
            progress.reportedTenth = tenth;
            io.stderr.write(`${describe(event.targetLang, progress)}\n`);
          }
        }
        break;
      }
      case 'rate-limited':
        rateLimited += 1;
        waiting =
          `rate limited: waiting ${event.waitMs} ms, ${event.concurrency} request${event.concurrency === 1 ? '' : 's'} in flight; ` +
          `no request succeeded for ${seconds(event.withoutSuccessMs)} (gives up at ${seconds(event.maxWaitMs)}, --max-wait)`;
        if (mode === 'lines') io.stderr.write(`${waiting}\n`);
        break;
      case 'retry':
        waiting = `retry ${event.attempt} in ${event.waitMs} ms: ${event.reason}`;
        if (mode === 'lines') io.stderr.write(`${waiting}\n`);
        break;
      case 'split':
        break;
    }
    if (mode === 'tty' && (languages.size > 0 || waiting !== undefined)) redraw();
  };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

function withoutType(event: DispatchEvent): Omit<DispatchEvent, 'type'> {
  const { type: _type, ...rest } = event;
  return rest;
}
