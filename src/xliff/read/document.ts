/** What the 1.2 and 2.x readers share: the one `<file>`, language attributes, unique unit ids. */
import type { LanguageTag } from '../../model.js';
import { fail } from './fail.js';
import type { ReadUnit, ReadXliffFile } from './types.js';
import { isLanguageTag } from './values.js';
import { attribute, childElements, type XmlElement } from '../../util/xml-read/xml.js';

/** A version reader's result; index.ts adds the path and the version. */
export type XliffContent = Omit<ReadXliffFile, 'path' | 'version'>;

/** The content of a file, with no key at all for what it does not say (callers and tests compare whole objects). */
export function xliffContent(parts: {
  original: string | undefined;
  sourceLang: string;
  targetLang: string;
  articleId: string | undefined;
  articleVersion: number | undefined;
  units: XliffContent['units'];
}): XliffContent {
  const { original, articleId, articleVersion, sourceLang, targetLang, units } = parts;
  return {
    ...(original === undefined ? {} : { original }),
    sourceLang,
    targetLang,
    ...(articleId === undefined ? {} : { articleId }),
    ...(articleVersion === undefined ? {} : { articleVersion }),
    units,
  };
}

/** The `<file>` of the document: wire-l10n writes one per XLIFF file, and reads back only that. */
export function onlyFile(root: XmlElement, file: string): XmlElement {
  const files = childElements(root, root.uri, 'file');
  if (files.length === 0) fail({ file, line: root.line }, '<xliff> has no <file>');
  if (files.length > 1) {
    fail(
      { file, line: files[1]!.line },
      `<xliff> has ${files.length} <file> elements: wire-l10n exports one story and language per XLIFF file, and reads back files with one <file>`,
      'import the file wire-l10n exported (one per story and language), not a merged package; nothing was imported',
    );
  }
  return files[0]!;
}

/** A language attribute that must be there (`missing` says why when it is not) and look like BCP 47. */
export function requiredLanguage(element: XmlElement, name: string, file: string, missing: string): LanguageTag {
  const value = attribute(element, name);
  if (value === undefined) fail({ file, line: element.line }, missing);
  return checkedLanguage(value, `${name}="${value}"`, element, file);
}

/** A language tag as `what` (`xml:lang="…"`) writes it, checked to look like BCP 47. */
export function checkedLanguage(value: string, what: string, element: XmlElement, file: string): LanguageTag {
  if (!isLanguageTag(value)) {
    fail({ file, line: element.line }, `${what} on <${element.name}> is not a language tag (BCP 47, such as fr or fr-CA)`);
  }
  return value;
}

/** Unit ids must be unique in the file: the importer matches units by id. */
export function checkUniqueUnitIds(units: readonly ReadUnit[], file: string): void {
  const lines = new Map<string, number>();
  for (const unit of units) {
    const first = lines.get(unit.id);
    if (first !== undefined) {
      fail({ file, line: unit.line }, `duplicate unit id "${unit.id}": on lines ${first} and ${unit.line}`);
    }
    lines.set(unit.id, unit.line);
  }
}
