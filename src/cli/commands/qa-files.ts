/**
 * `wire-l10n qa [--lang fr|ar] [--glossary PATH] [--config F] [--json] [--fail-on …] FILE…`: the
 * job's unit checks (`checkTexts`, the one QA runner) on XLIFF files (1.2, 2.x; `.xlf`, `.xliff`)
 * and localized stories as `run` writes them, fixing nothing. Every file is read first: a bad one
 * stops the command before anything is printed (XLIFF: exit 11, a story: exit 3, with file:line).
 * Prints each finding with its file:line and a summary by rule, or with `--json` one object with
 * the findings per file and unit, ranges as UTF-16 offsets.
 */
import { UsageError } from '../../errors.js';
import { readGlossaryDir } from '../../io/read-glossary.js';
import { readLocalizedStory } from '../../io/read-localized-story.js';
import { readXliffFile } from '../../io/read-xliff.js';
import { emptyGlossary, type Finding, type LanguageTag } from '../../model.js';
import type { HouseStyleLanguage } from '../../qa/house-style/index.js';
import { checkTexts, type QaOptions, type TextToCheck } from '../../qa/index.js';
import { baseLanguage } from '../../util/language-tag.js';
import { runsAsDisplayed, runsToText } from '../../xliff/inline.js';
import { readProjectConfig } from '../config.js';
import { findingsFailure, type FailOn } from '../fail-on.js';
import { writeLine, type CliIO } from '../io.js';
import { formatRuleCounts } from '../summary.js';
import { toWire } from './qa.js';

export interface QaFilesOptions {
  readonly files: readonly string[];
  /** When given, each file's own language must be this one. */
  readonly lang?: HouseStyleLanguage;
  readonly configPath?: string;
  readonly glossaryPath?: string;
  readonly json: boolean;
  readonly failOn?: FailOn;
}

/** A file's texts as read, before checking. */
interface ReadFile {
  readonly path: string;
  readonly kind: 'xliff' | 'story';
  readonly lang: LanguageTag;
  readonly texts: ReadonlyArray<TextToCheck & { readonly line: number; readonly sourceLine: number }>;
}

interface CheckedUnit {
  readonly id: string;
  /** Where the target starts in the file. */
  readonly line: number;
  readonly sourceLine: number;
  readonly findings: readonly Finding[];
}

interface CheckedFile extends Omit<ReadFile, 'texts'> {
  readonly checked: number;
  readonly units: readonly CheckedUnit[];
}

export async function qaFilesCommand(options: QaFilesOptions, io: CliIO): Promise<void> {
  const config = readProjectConfig(options.configPath);
  const glossary = options.glossaryPath === undefined ? emptyGlossary : await readGlossaryDir(options.glossaryPath);
  const read: ReadFile[] = [];
  // One after the other: the first bad file in the order given is the one reported.
  for (const path of options.files) read.push(await readFileToCheck(path, options.lang));
  const qa: QaOptions = { glossary, ...(config.houseStyle === undefined ? {} : { houseStyle: config.houseStyle }) };
  const checked = read.map((file) => checkFile(file, qa));
  writeLine(io.stdout, options.json ? JSON.stringify(filesJson(checked)) : formatFilesReport(checked));
  const failure = findingsFailure(checked.flatMap((file) => file.units.flatMap((unit) => unit.findings)), options.failOn);
  if (failure) throw failure;
}


async function readFileToCheck(path: string, lang: HouseStyleLanguage | undefined): Promise<ReadFile> {
  if (/\.(xlf|xliff)$/iu.test(path)) {
    const file = await readXliffFile(path);
    return {
      path,
      kind: 'xliff',
      lang: agreeingLanguage(file.targetLang, lang, path),
      texts: file.units.flatMap((unit) =>
        unit.target === undefined || unit.state === 'untranslated'
          ? []
          : [{ id: unit.id, source: runsToText(unit.source), target: runsAsDisplayed(unit.target), line: unit.targetLine ?? unit.line, sourceLine: unit.line }],
      ),
    };
  }
  const story = readLocalizedStory(path);
  return {
    path,
    kind: 'story',
    lang: agreeingLanguage(story.language, lang, path),
    texts: story.blocks.map((block) => ({ id: `line-${block.line}`, target: block.text, line: block.line, sourceLine: block.line })),
  };
}

/** The file's own language, which `--lang`, when given, must agree with. */
function agreeingLanguage(declared: LanguageTag, given: HouseStyleLanguage | undefined, path: string): LanguageTag {
  if (given !== undefined && baseLanguage(declared) !== given) {
    throw new UsageError(`${path}: its target language is ${declared}, but --lang ${given} was given`, {
      hint: 'leave out --lang to check each file in its own language, or give the files of one language',
    });
  }
  return declared;
}

function checkFile(file: ReadFile, qa: QaOptions): CheckedFile {
  const units = checkTexts(file.texts, file.lang, qa);
  const { texts, ...rest } = file;
  return {
    ...rest,
    checked: texts.length,
    units: units.flatMap((unit, i) =>
      unit.findings.length === 0 ? [] : [{ id: unit.id, line: texts[i]!.line, sourceLine: texts[i]!.sourceLine, findings: unit.findings }],
    ),
  };
}

/** Each finding as `file:line: unit: severity: rule: message`, a line per file, then the findings by rule. */
export function formatFilesReport(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const file of files) {
    const found = file.units.reduce((sum, unit) => sum + unit.findings.length, 0);
    const what = file.kind === 'xliff' ? 'units with a target' : 'blocks';
    lines.push(`${file.path} (${file.lang}): ${file.checked} ${what} checked, ${found === 0 ? 'no findings' : `${found} ${found === 1 ? 'finding' : 'findings'}`}`);
    for (const unit of file.units) {
      for (const finding of unit.findings) {
        counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
        const line = finding.place?.side === 'source' ? unit.sourceLine : unit.line;
        const range = finding.place === undefined ? '' : ` [${finding.place.side} ${finding.place.start}–${finding.place.end}]`;
        const fixable = finding.fixable ? ' (fixable)' : '';
        lines.push(`  ${file.path}:${line}: ${unit.id}: ${finding.severity}: ${finding.ruleId}: ${finding.reason}${range}${fixable}`);
      }
    }
  }
  lines.push(counts.size === 0 ? 'findings: none' : `findings: ${formatRuleCounts(counts)}`);
  return lines.join('\n');
}

function filesJson(files: readonly CheckedFile[]) {
  return {
    files: files.map((file) => ({
      path: file.path,
      kind: file.kind,
      lang: file.lang,
      checked: file.checked,
      units: file.units.map((unit) => ({ id: unit.id, line: unit.line, findings: unit.findings.map(toWire) })),
    })),
  };
}
