import { dirname, join, relative, sep } from 'node:path';
import { storyExtension } from '../formats/index.js';
import type { LanguageTag, SourceFormat } from '../model.js';
import type { XliffVersion } from '../xliff/index.js';

/** Where a job puts each kind of output. One place, so the CLI reference and tests agree. */
export interface OutputLayout {
  readonly outDir: string;
  readonly localesDir: string;
}

export const outputPaths = {
  bundle: (layout: OutputLayout, lang: LanguageTag, articleId: string): string =>
    join(layout.localesDir, lang, `${articleId}.json`),
  /** The localized story, in the format its source came in (`.txt`, `.json`, `.xml`, `.html`). */
  story: (layout: OutputLayout, lang: LanguageTag, articleId: string, format: SourceFormat = 'text'): string =>
    join(layout.outDir, `${articleId}.${lang}${storyExtension(format)}`),
  xliff: (layout: OutputLayout, version: XliffVersion, lang: LanguageTag, articleId: string): string =>
    join(layout.outDir, `xliff-${version}`, `${articleId}.${lang}.xlf`),
  /** The project's report: every story with outputs in this folder. */
  report: (layout: OutputLayout): string => join(layout.outDir, 'report.json'),
  /** One story's part of the project report, beside its localized stories. */
  storyReport: (layout: OutputLayout, articleId: string): string => join(layout.outDir, `${articleId}${STORY_REPORT_SUFFIX}`),
  review: (layout: OutputLayout, articleId: string): string => join(layout.outDir, REVIEW_FOLDER, `${articleId}.html`),
  reviewIndex: (layout: OutputLayout): string => join(layout.outDir, REVIEW_FOLDER, 'index.html'),
};

const REVIEW_FOLDER = 'review';
const STORY_REPORT_SUFFIX = '.report.json';

/** A folder a job writes into, and the folder the user named (`--out`, `--locales`) it must stay inside. */
export interface OutputFolder {
  readonly path: string;
  readonly root: string;
}

/**
 * Every folder `outputPaths` puts files in for these XLIFF versions and languages (the stories'
 * and the targets'), and for review pages when they are written, the two named folders first.
 */
export function outputFolders(layout: OutputLayout, versions: readonly XliffVersion[], langs: readonly LanguageTag[], review: boolean): OutputFolder[] {
  const anyId = 'id';
  const inOut = (path: string): OutputFolder => ({ path: dirname(path), root: layout.outDir });
  const inLocales = (path: string): OutputFolder => ({ path: dirname(path), root: layout.localesDir });
  const folders = [
    { path: layout.outDir, root: layout.outDir },
    { path: layout.localesDir, root: layout.localesDir },
    inOut(outputPaths.report(layout)),
    ...(review ? [inOut(outputPaths.reviewIndex(layout))] : []),
    ...langs.flatMap((lang) => [
      inOut(outputPaths.story(layout, lang, anyId)),
      ...versions.map((version) => inOut(outputPaths.xliff(layout, version, lang, anyId))),
      inLocales(outputPaths.bundle(layout, lang, anyId)),
    ]),
  ];
  return [...new Map(folders.map((folder) => [folder.path, folder])).values()];
}

export const outputKinds = ['locales', 'xliff', 'stories', 'review', 'report'] as const;
export type OutputKind = (typeof outputKinds)[number];

/** Which kind of output a path from `outputPaths` is. */
export function outputKind(layout: OutputLayout, path: string): OutputKind {
  const inLocales = relative(layout.localesDir, path);
  if (!inLocales.startsWith('..') && !inLocales.startsWith(sep)) return 'locales';
  if (path === outputPaths.report(layout)) return 'report';
  const inOut = relative(layout.outDir, path);
  // Localized stories end in `.<lang>.txt`, so only a story's report ends so, directly in the folder.
  if (!inOut.includes(sep) && inOut.endsWith(STORY_REPORT_SUFFIX)) return 'report';
  if (inOut.split(sep)[0] === REVIEW_FOLDER) return 'review';
  return inOut.startsWith('xliff-') ? 'xliff' : 'stories';
}
