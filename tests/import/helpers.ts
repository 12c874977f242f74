/** ReadUnit and ReadXliffFile values by hand, so the import stage is tested without the reader. */
import type { InlineCode, InlineRun } from '../../src/xliff/inline.js';
import type { ReadState, ReadUnit, ReadXliffFile } from '../../src/xliff/read/types.js';

export function code(id: string, text?: string, kind: InlineCode['kind'] = 'standalone'): InlineCode {
  return { kind, id, ...(text === undefined ? {} : { text }), line: 3 };
}

export function readUnit(
  id: string,
  source: readonly InlineRun[],
  target: readonly InlineRun[] | undefined,
  state: ReadState,
  extra: Partial<ReadUnit> = {},
): ReadUnit {
  return {
    id,
    line: 10,
    source,
    ...(target === undefined ? {} : { target, targetLine: 12 }),
    state,
    stateAsWritten: state === 'draft' ? 'needs-review-translation' : state === 'untranslated' ? 'needs-translation' : state,
    ...extra,
  };
}

export function readFile(units: readonly ReadUnit[], extra: Partial<ReadXliffFile> = {}): ReadXliffFile {
  return {
    path: 'review/story.fr.xlf',
    version: '1.2',
    original: 'test.txt',
    sourceLang: 'en',
    targetLang: 'fr',
    units,
    ...extra,
  };
}
