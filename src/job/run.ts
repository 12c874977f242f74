/**
 * The main job: stories in → segments → glossary → engine → XLIFF, i18next bundles, localized
 * stories and a report out.
 *
 * Everything is read and validated first (termbase, every story) and every output is computed in
 * memory before the first byte is written, so bad input writes nothing; each file is then written
 * atomically. Outputs are deterministic: the same inputs give byte-identical files.
 */
import { InputError } from '../errors.js';
import type { Article, Glossary, LanguageTag, LocalizedArticle, Unit } from '../model.js';
import type { TranslationEngine } from '../mt/engine.js';
import { translateUnits, type UnitFailure } from '../mt/index.js';
import { buildBundle, serializeBundle } from '../render/bundle.js';
import type { Formatter } from '../render/formatter.js';
import { renderStory } from '../render/story.js';
import { isComplete, sourceView, targetView } from '../render/view.js';
import { buildReport, type ArticleOutcome, type EngineReport, type JobReport, type StoryStatus } from '../report/index.js';
import { writeXliff, type XliffVersion } from '../xliff/index.js';
import type { OutputFile } from '../io/atomic-write.js';
import { outputPaths, type OutputLayout } from './outputs.js';
import { prepareArticle, type PreparedArticle } from './prepare.js';

export interface RunOptions extends OutputLayout {
  readonly inputs: readonly string[];
  readonly targetLangs: readonly LanguageTag[];
  readonly glossaryPath: string;
  readonly engine: TranslationEngine;
  readonly xliffVersions: readonly XliffVersion[];
  /** Write stories with untranslated segments, marking the gaps. @default false */
  readonly allowPartial: boolean;
  /** Engine requests in flight. @default 4 */
  readonly concurrency: number;
}

/** The job's access to the outside world, injected so tests can replace any of it. */
export interface RunServices {
  readonly readArticle: (path: string) => Promise<Article>;
  readonly readGlossary: (path: string) => Promise<Glossary>;
  readonly writeOutputs: (files: readonly OutputFile[]) => Promise<void>;
  /** Removes files that must no longer exist (a story that is no longer complete); absent files are fine. */
  readonly removeFiles: (paths: readonly string[]) => Promise<void>;
  readonly formatter: Formatter;
}

export interface RunResult {
  readonly report: JobReport;
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly failures: readonly UnitFailure[];
  /** Units sent to the engine. */
  readonly unitsSent: number;
}

export async function runJob(options: RunOptions, services: RunServices): Promise<RunResult> {
  const glossary = await services.readGlossary(options.glossaryPath);
  const articles: Article[] = [];
  for (const input of options.inputs) articles.push(await services.readArticle(input));
  assertUniqueIds(articles);

  const prepared = articles.map((article) => prepareArticle(article, glossary, options.targetLangs));
  const { units, failures, unitsSent } = await translateAll(prepared, options.engine, glossary, options.concurrency);

  const files: OutputFile[] = [];
  const removed: string[] = [];
  const outcomes: ArticleOutcome[] = [];
  for (const item of prepared) {
    const { article, segments } = item;
    files.push({
      path: outputPaths.bundle(options, article.lang, article.id),
      content: serializeBundle(buildBundle(sourceView(article, segments, glossary, services.formatter))),
    });
    const unitsByLang = new Map<LanguageTag, Unit[]>();
    const stories = new Map<LanguageTag, StoryStatus>();
    for (const targetLang of options.targetLangs) {
      const localized: LocalizedArticle = {
        article,
        targetLang,
        units: segments.map((segment) => units.get(unitKey(article.id, targetLang, segment.id))!),
      };
      unitsByLang.set(targetLang, [...localized.units]);
      const view = targetView(localized, glossary, services.formatter);
      files.push({ path: outputPaths.bundle(options, targetLang, article.id), content: serializeBundle(buildBundle(view)) });
      for (const version of options.xliffVersions) {
        files.push({
          path: outputPaths.xliff(options, version, targetLang, article.id),
          content: writeXliff(localized, { version, glossary }),
        });
      }
      const storyPath = outputPaths.story(options, targetLang, article.id);
      const story = renderStory(view, { allowPartial: options.allowPartial });
      if (story === undefined) {
        removed.push(storyPath);
        stories.set(targetLang, 'not-written');
      } else {
        files.push({ path: storyPath, content: story });
        stories.set(targetLang, isComplete(view) ? 'written' : 'partial');
      }
    }
    outcomes.push({ article, segments, unitsByLang, stories });
  }

  const reportPath = outputPaths.report(options);
  const report = buildReport(outcomes, {
    engine: describeEngine(options.engine),
    targetLangs: options.targetLangs,
    glossary,
    files: [...files.map((file) => file.path), reportPath],
  });
  files.push({ path: reportPath, content: `${JSON.stringify(report, null, 2)}\n` });

  await services.writeOutputs(files);
  await services.removeFiles(removed);
  return { report, written: files.map((file) => file.path), removed, failures, unitsSent };
}

function unitKey(articleId: string, targetLang: LanguageTag, unitId: string): string {
  return `${articleId}\u0000${targetLang}\u0000${unitId}`;
}

/** One dispatch for all articles of a source language, so batches fill across articles. */
async function translateAll(
  prepared: readonly PreparedArticle[],
  engine: TranslationEngine,
  glossary: Glossary,
  concurrency: number,
): Promise<{ units: Map<string, Unit>; failures: UnitFailure[]; unitsSent: number }> {
  const units = new Map<string, Unit>();
  const failures: UnitFailure[] = [];
  let unitsSent = 0;
  const bySourceLang = new Map<LanguageTag, PreparedArticle[]>();
  for (const item of prepared) bySourceLang.set(item.article.lang, [...(bySourceLang.get(item.article.lang) ?? []), item]);
  for (const [sourceLang, items] of bySourceLang) {
    const owners = items.flatMap((item) => item.units.map(() => item.article.id));
    const result = await translateUnits(
      items.flatMap((item) => item.units),
      engine,
      { sourceLang, glossary, concurrency },
    );
    result.units.forEach((unit, i) => units.set(unitKey(owners[i]!, unit.targetLang, unit.id), unit));
    failures.push(...result.failures);
    unitsSent += result.unitsSent;
  }
  return { units, failures, unitsSent };
}

function describeEngine(engine: TranslationEngine): EngineReport {
  switch (engine.origin) {
    case undefined:
      return { name: engine.name, produces: 'none', note: 'no machine translation: units are left for translators' };
    case 'pseudo':
      return {
        name: engine.name,
        produces: 'pseudo',
        note: 'pseudo-translation for testing layout and the pipeline; not a translation',
      };
    default:
      return { name: engine.name, produces: 'mt', note: 'machine translation: every target needs human review' };
  }
}

function assertUniqueIds(articles: readonly Article[]): void {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      throw new InputError(`article id "${article.id}" is also the id of ${earlier}`, { file: article.source.path, line: 1 }, {
        hint: 'give one of them its own `id` in a front-matter block',
      });
    }
    seen.set(article.id, article.source.path);
  }
}
