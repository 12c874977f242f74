/**
 * Progress of the engine work, as people and programs want it: a live line per language on a
 * terminal, a plain line at every tenth of the way otherwise, NDJSON events with --json.
 * Written to stderr (NDJSON to stdout), so stdout keeps the summary or the report.
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

  const describe = (lang: LanguageTag, progress: LanguageProgress): string => {
    const seconds = Math.max(0.001, (now() - started) / 1000);
    const share = progress.units === 0 ? 1 : progress.doneUnits / progress.units;
    const eta = share > 0 && share < 1 ? `, ETA ${Math.ceil((seconds / share) * (1 - share))} s` : '';
    return `${lang}: ${progress.doneUnits}/${progress.units} units, ${progress.doneCharacters}/${progress.characters} characters, ${(requests / seconds).toFixed(1)} req/s, 429s: ${rateLimited}${eta}`;
  };
  const redraw = (): void => {
    const lines = [...languages].map(([lang, progress]) => describe(lang, progress));
    // Move up over the previous block and rewrite it in place.
    io.stderr.write(`${drawn > 0 ? `\u001b[${drawn}F` : ''}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n`);
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
        if (mode === 'lines') io.stderr.write(`rate limited: waiting ${event.waitMs} ms, ${event.concurrency} requests in flight\n`);
        break;
      case 'retry':
        if (mode === 'lines') io.stderr.write(`retry ${event.attempt} in ${event.waitMs} ms: ${event.reason}\n`);
        break;
      case 'split':
        break;
    }
    if (mode === 'tty' && languages.size > 0) redraw();
  };
}

function withoutType(event: DispatchEvent): Omit<DispatchEvent, 'type'> {
  const { type: _type, ...rest } = event;
  return rest;
}
