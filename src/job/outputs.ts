import { join } from 'node:path';
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
