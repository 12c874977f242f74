/**
 * Writes TM entries as TMX 1.4b, deterministically: entries sorted, no timestamp unless one is
 * passed, one `<tu>` per entry with the source `<tuv>` first.
 */
import type { LanguageTag } from '../model.js';
import type { TmEntry } from '../store/store.js';
import { findCharNotInXml } from '../util/text-chars.js';
import { XmlPrinter } from '../xliff/xml-print.js';
import { escapeXmlText } from '../xliff/xml-text.js';
import { TmxError } from './errors.js';
import { languageKey } from './language.js';
import { CONTEXT_PROPS } from './parse.js';

export interface WriteTmxOptions {
  /** The language every entry translates from (`srclang`). */
  readonly sourceLang: LanguageTag;
  /** wire-l10n's version, for `creationtoolversion`. */
  readonly creationToolVersion: string;
  /** @default 'wire-l10n' */
  readonly creationTool?: string;
  /** `creationdate` of the header, TMX form `YYYYMMDDThhmmssZ`; left out when not given. */
  readonly creationDate?: string;
  /** Where the TMX is going, for messages. @default 'TMX export' */
  readonly file?: string;
}

const TMX_DATE = /^\d{8}T\d{6}Z$/u;

export function writeTmx(entries: readonly TmEntry[], options: WriteTmxOptions): string {
  const file = options.file ?? 'TMX export';
  const sourceLang = languageKey(options.sourceLang);
  if (options.creationDate !== undefined && !TMX_DATE.test(options.creationDate)) {
    throw new TypeError(`Expected \`creationDate\` in the form YYYYMMDDThhmmssZ, got \`${options.creationDate}\``);
  }
  // Printed as strings with our own escaper: xmlbuilder2 leaves text that looks like an entity
  // reference alone, so a target holding the characters `&amp;` came back from it as `&`.
  const printer = new XmlPrinter();
  printer.start('tmx', { version: '1.4' });
  printer.leaf('header', {
    creationtool: options.creationTool ?? 'wire-l10n',
    creationtoolversion: options.creationToolVersion,
    segtype: 'sentence',
    'o-tmf': 'wire-l10n',
    adminlang: 'en',
    srclang: sourceLang,
    datatype: 'plaintext',
    creationdate: options.creationDate,
  });
  printer.start('body');
  for (const entry of [...entries].sort(compareEntries)) {
    if (languageKey(entry.sourceLang) !== sourceLang) {
      throw new TypeError(`Expected entries translating from ${sourceLang}, got one from ${entry.sourceLang}`);
    }
    checkXmlText(entry, file);
    printer.start('tu', { creationid: entry.createdBy });
    if (entry.note !== undefined) printer.leaf('note', {}, escapeXmlText(entry.note));
    if (entry.previousSource !== undefined) printer.leaf('prop', { type: CONTEXT_PROPS.previous }, escapeXmlText(entry.previousSource));
    if (entry.nextSource !== undefined) printer.leaf('prop', { type: CONTEXT_PROPS.next }, escapeXmlText(entry.nextSource));
    printSegment(printer, sourceLang, entry.source);
    printSegment(printer, languageKey(entry.targetLang), entry.target);
    printer.end();
  }
  printer.end();
  printer.end();
  return printer.print();
}

function printSegment(printer: XmlPrinter, lang: string, text: string): void {
  printer.start('tuv', { 'xml:lang': lang });
  printer.leaf('seg', {}, escapeXmlText(text));
  printer.end();
}

/** A total order over entries, in code units (not locale order): the same TM gives the same file. */
function compareEntries(a: TmEntry, b: TmEntry): number {
  const fields = (entry: TmEntry): string[] => [
    entry.source,
    entry.targetLang,
    entry.target,
    entry.previousSource ?? '',
    entry.nextSource ?? '',
    entry.createdBy ?? '',
    entry.note ?? '',
    entry.origin,
  ];
  const left = fields(a);
  const right = fields(b);
  for (let i = 0; i < left.length; i++) {
    if (left[i]! < right[i]!) return -1;
    if (left[i]! > right[i]!) return 1;
  }
  return 0;
}

function checkXmlText(entry: TmEntry, file: string): void {
  const texts = [entry.source, entry.target, entry.previousSource, entry.nextSource, entry.createdBy, entry.note];
  for (const text of texts) {
    const bad = text === undefined ? undefined : findCharNotInXml(text);
    if (bad) {
      throw new TmxError(`the entry "${entry.source.slice(0, 60)}" holds ${bad.codePoint}, which XML cannot carry`, { file }, {
        hint: 'remove the control character from the TM entry and export again',
      });
    }
  }
}
