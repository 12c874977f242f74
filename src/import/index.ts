/**
 * import — reviewed XLIFF back into the project.
 *
 * Takes: one XLIFF file as the reader returned it (src/xliff/read), the story it names prepared as
 *   the job prepares it for the file's language (segments with protected spans, one unit per
 *   segment), and
 *   the ledger's entries for that story and language.
 * Returns: a plan: per unit whether it is applied, skipped or rejected and why, and the ledger and
 *   translation-memory entries that applying it writes. Nothing is written here.
 * Options: `editedAs` (see DecideOptions), `targetLang` (the project language the file is for:
 *   its own tag or the one it is a regional form of; see `projectLanguage`).
 * Limitations: one story per file; the story must still be readable at the path `run` recorded for
 *   its id (src/job/import.ts finds it; a path written in the file is never read). File-level problems (another story, another language, unknown or missing
 *   ids) throw an XliffReadError: nothing of the file is applied.
 */
import { XliffReadError } from '../errors.js';
import type { LanguageTag, Segment } from '../model.js';
import type { PreparedArticle } from '../job/prepare.js';
import { neighbourContexts } from '../leverage/index.js';
import { storedTarget, taggedSource } from '../markup/tagged.js';
import type { LedgerEntry, TmEntry } from '../store/store.js';
import type { ReadUnit, ReadXliffFile } from '../xliff/read/types.js';
import { decideUnit, type DecideOptions, type UnitDecision } from './decide.js';

type AppliedUnit = Extract<UnitDecision, { kind: 'apply' }>;

export type { ImportedState } from './decide.js';

export interface UnitOutcome {
  readonly unitId: string;
  /** Line of the unit in the XLIFF file. */
  readonly line: number;
  readonly outcome: 'applied' | 'skipped' | 'rejected';
  /** Why it was skipped or rejected; the state applied otherwise. */
  readonly reason: string;
  /** Skipped for its state although its target changed since export (see UnitDecision). */
  readonly editedSinceExport?: boolean;
}

export interface FileImportPlan {
  readonly path: string;
  readonly articleId: string;
  /** The story file the XLIFF translates. */
  readonly storyPath: string;
  readonly targetLang: LanguageTag;
  readonly outcomes: readonly UnitOutcome[];
  readonly ledger: readonly LedgerEntry[];
  readonly tm: readonly TmEntry[];
}

export interface ImportPlanOptions extends DecideOptions {
  /**
   * The project language the units go to: the file's, or the one it is a regional form of (a tool
   * that wrote `fr-FR` into a file exported for `fr`). See `projectLanguage`.
   */
  readonly targetLang: LanguageTag;
}

export function planFileImport(
  file: ReadXliffFile,
  prepared: PreparedArticle,
  recorded: readonly LedgerEntry[],
  options: ImportPlanOptions,
): FileImportPlan {
  const { article } = prepared;
  checkFile(file, prepared, options);
  // Prepared for the file's language only: one unit per segment, in reading order.
  const neighbours = neighbourContexts(prepared.units);
  const contexts = new Map(prepared.units.map((unit, index) => [unit.id, neighbours[index]!]));
  const segmentsById = new Map(prepared.segments.map((segment) => [segment.id, segment]));
  const recordedById = new Map(recorded.map((entry) => [entry.unitId, entry]));
  const storyChanged = file.articleVersion !== undefined && file.articleVersion < article.version;

  const outcomes: UnitOutcome[] = [];
  const ledger: LedgerEntry[] = [];
  const tm: TmEntry[] = [];
  for (const unit of file.units) {
    const segment = segmentsById.get(unit.id);
    if (segment === undefined) {
      if (!storyChanged) throw unknownUnit(file, unit, article.id);
      outcomes.push(outcome(unit, 'rejected', `the story (now version ${article.version}) no longer has this segment`));
      continue;
    }
    const entry = recordedById.get(unit.id);
    const decision = decideUnit(unit, segment, entry?.sourceHash === segment.hash ? entry : undefined, options);
    if (decision.kind === 'skip') {
      const skipped = outcome(unit, 'skipped', decision.reason);
      outcomes.push(decision.editedSinceExport ? { ...skipped, editedSinceExport: true } : skipped);
    }
    else if (decision.kind === 'reject') outcomes.push(outcome(unit, 'rejected', decision.reason));
    else {
      outcomes.push(outcome(unit, 'applied', decision.state));
      ledger.push(ledgerEntry(article.id, options.targetLang, segment, decision));
      tm.push({
        sourceLang: article.lang,
        targetLang: options.targetLang,
        // Tagged for a marked-up segment, as leverage looks it up (`markup/tagged.ts`); plain otherwise.
        source: taggedSource(segment),
        target: storedTarget(segment, decision.target, decision.targetMarkup),
        ...contexts.get(unit.id),
        origin: 'human',
        createdBy: 'xliff-import',
      });
    }
  }
  return { path: file.path, articleId: article.id, storyPath: article.source.path, targetLang: options.targetLang, outcomes, ledger, tm };
}

function checkFile(file: ReadXliffFile, prepared: PreparedArticle, options: ImportPlanOptions): void {
  const { article } = prepared;
  const at = { file: file.path, line: 1 };
  if (file.articleId !== undefined && file.articleId !== article.id) {
    throw new XliffReadError(`the file translates story "${file.articleId}" but ${article.source.path} is now story "${article.id}"`, at);
  }
  if (!sameLanguage(file.sourceLang, article.lang)) {
    throw new XliffReadError(`the file's source language is "${file.sourceLang}" but the story is in "${article.lang}"`, at);
  }
  if (sameLanguage(file.targetLang, file.sourceLang)) {
    throw new XliffReadError(`the file's target language "${file.targetLang}" is its source language`, at);
  }
  if (!isFormOf(file.targetLang, options.targetLang)) {
    throw new XliffReadError(`the file is for "${file.targetLang}", not "${options.targetLang}"`, at);
  }
  for (const unit of file.units) {
    if (unit.targetXmlLang !== undefined && !isFormOf(unit.targetXmlLang, options.targetLang)) {
      throw new XliffReadError(
        `unit ${unit.id}: the target says xml:lang="${unit.targetXmlLang}" in a file for "${file.targetLang}"`,
        { file: file.path, line: unit.targetLine ?? unit.line },
      );
    }
  }
  if (file.units.length === 0) throw new XliffReadError('the file has no units', at);
}

function unknownUnit(file: ReadXliffFile, unit: ReadUnit, articleId: string): XliffReadError {
  return new XliffReadError(
    `unit "${unit.id}" is not a segment of story "${articleId}": the file is for another story, or its ids were changed`,
    { file: file.path, line: unit.line },
    { hint: 'import files as wire-l10n exported them; CAT tools must keep unit ids' },
  );
}

function sameLanguage(a: LanguageTag, b: LanguageTag): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `fr-FR` is a form of `fr` (and `fr` of itself); `fr-CA` is not a form of `fr-FR`. */
export function isFormOf(tag: LanguageTag, projectLang: LanguageTag): boolean {
  const [specific, general] = [tag.toLowerCase(), projectLang.toLowerCase()];
  return specific === general || specific.startsWith(`${general}-`);
}

/** A tag and the more general tags it is a form of, most specific first: `fr-FR` → `fr-FR`, `fr`. */
export function languageCandidates(tag: LanguageTag): LanguageTag[] {
  const subtags = tag.split('-');
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-'));
}

function outcome(unit: ReadUnit, kind: UnitOutcome['outcome'], reason: string): UnitOutcome {
  return { unitId: unit.id, line: unit.line, outcome: kind, reason };
}

function ledgerEntry(articleId: string, targetLang: LanguageTag, segment: Segment, { target, targetMarkup, state }: AppliedUnit): LedgerEntry {
  return { articleId, targetLang, unitId: segment.id, sourceHash: segment.hash, target, ...(targetMarkup === undefined ? {} : { targetMarkup }), state, origin: 'human' };
}
