/**
 * `wire-l10n qa FILE…` checks XLIFF files and localized stories (qa-files.ts).
 *
 * `wire-l10n qa --lang fr|ar --jsonl [--glossary PATH]`: every unit check `run` makes (house
 * style, and with the line's English source its values, protected spans and — with a termbase —
 * its terms) and the house-style fixer, for other programs to drive. One JSON object per stdin line, `{"target": "…", "source": "…"}` (source optional),
 * answered at once by one line `{"findings": […], "fixed": "…"}`; a line that cannot be read is
 * answered by `{"error": {"line": n, "message": "…"}}` and the stream goes on. Every input line,
 * blank ones included, gets exactly one answer line, in order.
 */
import { createInterface } from 'node:readline';
import { errorMessage, UsageError } from '../../errors.js';
import { readGlossaryDir } from '../../io/read-glossary.js';
import { emptyGlossary, type Finding } from '../../model.js';
import { fixHouseStyle, houseStyleProfile, type HouseStyleLanguage, type HouseStyleProfile } from '../../qa/house-style/index.js';
import { checkTexts, type QaOptions } from '../../qa/index.js';
import { readProjectConfig } from '../config.js';
import type { FailOn } from '../fail-on.js';
import { writeLine, type CliIO } from '../io.js';

export interface QaCommandOptions {
  /** Required with `--jsonl`; with files, each file's own language must agree with it. */
  readonly lang?: HouseStyleLanguage;
  readonly jsonl: boolean;
  /** Files to check (without `--jsonl`): XLIFF or localized stories. */
  readonly files: readonly string[];
  /** Files: print the findings as one JSON object. */
  readonly json: boolean;
  readonly configPath?: string;
  /** A termbase: terms found in a line's `source` are checked in its `target`. */
  readonly glossaryPath?: string;
  /** Files: exit E_FINDINGS when findings at or above this severity are found. */
  readonly failOn?: FailOn;
}

/** What one line is checked against: the house style, and the termbase (empty when none was given). */
export interface QaChecks {
  readonly profile: HouseStyleProfile;
  readonly options: QaOptions;
}

/**
 * One finding on the wire: `start`/`end` are UTF-16 offsets into the line's `target` (0–0 for a
 * term missing from it, whose place in the `source` is `sourceStart`/`sourceEnd`).
 */
export interface QaWireFinding {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly actual?: string;
  readonly expected?: string;
  readonly fixable: boolean;
  readonly id: string;
  /** Term findings: the glossary entry's English form. */
  readonly term?: string;
  readonly sourceStart?: number;
  readonly sourceEnd?: number;
}

export type QaAnswer =
  | { readonly findings: readonly QaWireFinding[]; readonly fixed: string }
  | { readonly error: { readonly line: number; readonly message: string } };

export async function qaCommand(options: QaCommandOptions, io: CliIO): Promise<void> {
  if (!options.jsonl) {
    if (options.files.length === 0) {
      throw new UsageError('qa: give XLIFF files or localized stories to check, or --jsonl to check lines from stdin', {
        hint: 'wire-l10n qa out/xliff-1.2/*.fr.xlf   or   echo \'{"target":"Il a dit \\"non\\"."}\' | wire-l10n qa --lang fr --jsonl',
      });
    }
    const { qaFilesCommand } = await import('./qa-files.js');
    const { jsonl: _jsonl, ...files } = options;
    return qaFilesCommand(files, io);
  }
  if (options.files.length > 0 || options.json || options.failOn !== undefined) {
    throw new UsageError('qa --jsonl reads lines from stdin and answers each: it takes no files, --json or --fail-on', {
      hint: 'leave out --jsonl to check files',
    });
  }
  if (options.lang === undefined) throw new UsageError('qa --jsonl needs --lang fr or --lang ar', { hint: 'wire-l10n qa --lang fr --jsonl' });
  const config = readProjectConfig(options.configPath);
  const profile = houseStyleProfile(options.lang, config.houseStyle);
  // Read before stdin: a bad termbase stops the command (exit 4) before any line is answered.
  const glossary = options.glossaryPath === undefined ? undefined : await readGlossaryDir(options.glossaryPath);
  const checks: QaChecks = { profile, options: { glossary: glossary ?? emptyGlossary, houseStyle: config.houseStyle ?? {} } };
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    writeLine(io.stdout, JSON.stringify(answerQaLine(line, lineNumber, checks)));
  }
}

/** The answer to one input line. */
export function answerQaLine(line: string, lineNumber: number, checks: QaChecks): QaAnswer {
  const request = readRequest(line);
  if (typeof request === 'string') return { error: { line: lineNumber, message: request } };
  const { target, source } = request;
  // The same unit checks as run and qa FILE… (house style, terms, values, spans, quotes …), on a
  // unit named `line` whatever its number: ids `<rule>:<lang>:line[:<key>]`, the same for the same
  // rule and range (model.ts `findingOn`).
  const [unit] = checkTexts([{ id: 'line', target, ...(source === undefined ? {} : { source }) }], checks.profile.lang, checks.options);
  return { findings: unit!.findings.map(toWire), fixed: fixHouseStyle(target, checks.profile) };
}

/** The request, or what is wrong with the line. */
function readRequest(line: string): { target: string; source?: string } | string {
  if (line.trim() === '') return 'empty line: expected a JSON object {"target": "…"}';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON: ${errorMessage(error)}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a JSON object {"target": "…"}, got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`;
  }
  const { target, source } = value as Record<string, unknown>;
  if (typeof target !== 'string') return '"target" must be a string';
  if (source !== undefined && typeof source !== 'string') return '"source", when given, must be a string';
  return { target, ...(source === undefined ? {} : { source }) };
}

export function toWire(finding: Finding): QaWireFinding {
  const inSource = finding.place?.side === 'source';
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.reason,
    start: inSource ? 0 : (finding.place?.start ?? 0),
    end: inSource ? 0 : (finding.place?.end ?? 0),
    ...(finding.actual === undefined ? {} : { actual: finding.actual }),
    ...(finding.expected?.[0] === undefined ? {} : { expected: finding.expected[0] }),
    fixable: finding.fixable === true,
    id: finding.id,
    ...(finding.term === undefined ? {} : { term: finding.term }),
    ...(inSource ? { sourceStart: finding.place!.start, sourceEnd: finding.place!.end } : {}),
  };
}
