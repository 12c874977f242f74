import { join, relative, sep } from 'node:path';
import type { LanguageTag } from '../model.js';
import type { XliffVersion } from '../xliff/index.js';

/** Where a job puts each kind of output. One place, so the CLI reference and tests agree. */
export interface OutputLayout {
  readonly outDir: string;
  readonly localesDir: string;
}

export const outputPaths = {
  bundle: (layout: OutputLayout, lang: LanguageTag, articleId: string): string =>
    join(layout.localesDir, lang, `${articleId}.json`),
  story: (layout: OutputLayout, lang: LanguageTag, articleId: string): string =>
    join(layout.outDir, `${articleId}.${lang}.txt`),
  xliff: (layout: OutputLayout, version: XliffVersion, lang: LanguageTag, articleId: string): string =>
    join(layout.outDir, `xliff-${version}`, `${articleId}.${lang}.xlf`),
  report: (layout: OutputLayout): string => join(layout.outDir, 'report.json'),
};

export const outputKinds = ['locales', 'xliff', 'stories', 'report'] as const;
export type OutputKind = (typeof outputKinds)[number];

/** Which kind of output a path from `outputPaths` is. */
export function outputKind(layout: OutputLayout, path: string): OutputKind {
  const inLocales = relative(layout.localesDir, path);
  if (!inLocales.startsWith('..') && !inLocales.startsWith(sep)) return 'locales';
  if (path === outputPaths.report(layout)) return 'report';
  return relative(layout.outDir, path).startsWith('xliff-') ? 'xliff' : 'stories';
}
