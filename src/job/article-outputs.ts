/**
 * One story's outputs, computed from its translated units: per target language the units
 * localized (values as the language writes them) and checked (house style fixed, QA findings),
 * then its bundles, XLIFF files and localized story; its report, its review page and the story
 * report beside its outputs. Pure over data: the job writes what this returns.
 */
import type { OutputFile } from '../io/atomic-write.js';
import { localizeUnit } from '../localize/index.js';
import type { Article, Glossary, LanguageTag, LocalizedArticle, Segment, Unit, ValueStyle } from '../model.js';
import { checkArticle } from '../qa/index.js';
import { buildBundle, serializeBundle, type BundleFormat } from '../render/bundle.js';
import { datelineFindings, type LocalizedDateline } from '../render/dateline.js';
import type { Formatter } from '../render/formatter.js';
import { wireFormat } from '../formats/index.js';
import { itemContent } from '../render/item.js';
import { renderStory, type StoryOptions } from '../render/story.js';
import { storyHeader } from '../render/story-header.js';
import { isComplete, sourceView, targetView, type TextView } from '../render/view.js';
import { articleReport, serializeReport, type ArticleReport, type StoryStatus } from '../report/index.js';
import { renderReviewPage } from '../review/index.js';
import { writeXliff } from '../xliff/index.js';
import { outputPaths } from './outputs.js';
import type { RunOptions } from './run.js';

/** What every story of a job is rendered with. */
export interface RenderContext {
  readonly options: RunOptions;
  readonly glossary: Glossary;
  readonly formatter: Formatter;
  /** How values and dates are written in Arabic (`houseStyle.ar` digits and months). */
  readonly valueStyle: ValueStyle;
  readonly bundleFormat: BundleFormat;
  /** Stories held from the engine by their embargo, by id, with the moment it lifts. */
  readonly embargoed?: ReadonlyMap<string, string>;
}

export interface ArticleOutputs {
  readonly files: readonly OutputFile[];
  /** Output paths that must not exist (a story withheld, a review page turned off). */
  readonly removed: readonly string[];
  readonly report: ArticleReport;
  /** The story in each target language, as checked. */
  readonly localized: readonly LocalizedArticle[];
}

/** One target language of a story as it will be published: what the outputs print. */
interface TargetOutputs {
  readonly localized: LocalizedArticle;
  readonly dateline: LocalizedDateline;
  readonly files: readonly OutputFile[];
  readonly storyPath: string;
  readonly story: StoryStatus;
}

export function articleOutputs(
  article: Article,
  segments: readonly Segment[],
  unitsByLang: ReadonlyMap<LanguageTag, readonly Unit[]>,
  context: RenderContext,
): ArticleOutputs {
  const { options, glossary, formatter, bundleFormat } = context;
  const source = sourceView(article, segments, glossary, formatter);
  const targets = options.targetLangs.map((targetLang) => targetOutputs(article, targetLang, unitsByLang.get(targetLang)!, context));
  const storyFindings = datelineFindings(article, options.targetLangs, glossary);
  const report = articleReport({
    article,
    segments,
    unitsByLang: new Map(targets.map(({ localized }) => [localized.targetLang, localized.units])),
    stories: new Map(targets.map(({ localized, story }) => [localized.targetLang, story])),
    ...(storyFindings.length === 0 ? {} : { storyFindings }),
    ...(context.embargoed?.has(article.id) ? { embargoedUntil: context.embargoed.get(article.id)! } : {}),
  });
  const localized = targets.map((target) => target.localized);
  const files: OutputFile[] = [
    { path: outputPaths.bundle(options, article.lang, article.id), content: serializeBundle(buildBundle(source, bundleFormat)) },
    ...targets.flatMap((target) => target.files),
  ];
  const removed = targets.flatMap((target) => (target.story === 'not-written' ? [target.storyPath] : []));
  const reviewPath = outputPaths.review(options, article.id);
  if (options.review !== false) {
    const datelines = new Map<LanguageTag, LocalizedDateline>([
      [article.lang, source.dateline],
      ...targets.map(({ localized: { targetLang }, dateline }): [LanguageTag, LocalizedDateline] => [targetLang, dateline]),
    ]);
    files.push({ path: reviewPath, content: renderReviewPage({ article, segments, localized, glossary, report, datelines }) });
  } else {
    // A page from an earlier run would show targets and findings these outputs no longer have.
    removed.push(reviewPath);
  }
  files.push({ path: outputPaths.storyReport(options, article.id), content: serializeReport(report) });
  return { files, removed, report, localized };
}

/** One target language: its units localized and checked, its bundle, XLIFF files and story. */
function targetOutputs(article: Article, targetLang: LanguageTag, units: readonly Unit[], context: RenderContext): TargetOutputs {
  const { options, glossary, formatter, valueStyle, bundleFormat } = context;
  // Engines and the TM give values as the source writes them; QA judges the localized target.
  const translated: LocalizedArticle = { article, targetLang, units: units.map((unit) => localizeUnit(unit, valueStyle)) };
  const localized: LocalizedArticle = {
    ...translated,
    units: checkArticle(translated, {
      glossary,
      ...(options.xliffSizeLimits ? { sizeLimits: options.xliffSizeLimits } : {}),
      ...(options.houseStyle ? { houseStyle: options.houseStyle } : {}),
    }),
  };
  const view = targetView(localized, glossary, formatter, valueStyle);
  const files: OutputFile[] = [
    { path: outputPaths.bundle(options, targetLang, article.id), content: serializeBundle(buildBundle(view, bundleFormat)) },
    ...options.xliffVersions.map((version) => ({
      path: outputPaths.xliff(options, version, targetLang, article.id),
      content: writeXliff(localized, { version, glossary, sizeLimits: options.xliffSizeLimits, valueStyle }),
    })),
  ];
  const storyPath = outputPaths.story(options, targetLang, article.id, article.source.format);
  const story = localizedStory(article, view, localized, { allowPartial: options.allowPartial });
  if (story !== undefined) files.push({ path: storyPath, content: story });
  const status: StoryStatus = story === undefined ? 'not-written' : isComplete(view) ? 'written' : 'partial';
  return { localized, dateline: view.dateline, files, storyPath, story: status };
}

/** The localized story in the format its source came in: plain text, or the structured item through its writer. */
function localizedStory(article: Article, view: TextView, localized: LocalizedArticle, options: StoryOptions): string | undefined {
  const { format } = article.source;
  if (format === 'text') return renderStory(view, storyHeader(localized), options);
  const content = itemContent(article, view, storyHeader(localized), options);
  return content === undefined ? undefined : wireFormat(format).write(content.item);
}
