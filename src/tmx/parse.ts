/**
 * Reads TMX 1.4b (and the 1.1–1.3 files that only differ by `lang` instead of `xml:lang`) into TM
 * entries, all or nothing. saxes is a strict, non-validating parser that never reads a DTD: the
 * usual `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` that CAT tools write is passed over unread, and a
 * DOCTYPE with an internal subset is refused, so no entity can ever be declared (no "billion
 * laughs", no external entities); any entity besides XML's five is an error.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { LanguageTag } from '../model.js';
import type { TmEntry } from '../store/store.js';
import { formatByteSize } from '../util/byte-size.js';
import { TmxError } from './errors.js';
import { languageKey } from './language.js';

/** The largest TMX file read, in bytes of UTF-8. Check the file's size before reading it. */
export const TMX_MAX_BYTES = 64 * 1024 * 1024;

/** Props that carry a translation's neighbouring sources (written by writeTmx). */
export const CONTEXT_PROPS = { previous: 'x-context-pre', next: 'x-context-post' } as const;

export interface ParseTmxOptions {
  /** @default TMX_MAX_BYTES */
  readonly maxBytes?: number;
}

/** A translation unit, or one of its languages, that was well-formed but could not be used. */
export interface SkippedTu {
  readonly line: number;
  readonly reason: string;
}

export interface ParsedTmx {
  /** The header's `srclang`, as a store language tag. */
  readonly sourceLang: LanguageTag;
  /** One entry per translation unit and target language, in file order, origin `tmx`. */
  readonly entries: TmEntry[];
  readonly skipped: SkippedTu[];
}

/** Elements holding native codes (markup of the original format), whose text is not translatable. */
const CODES: ReadonlySet<string> = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);
const INLINE = ['bpt', 'ept', 'it', 'ph', 'hi', 'ut'];
/** What may appear inside what (TMX 1.4b DTD); anything else is malformed. */
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  tmx: ['header', 'body'],
  header: ['note', 'prop', 'ude'],
  ude: ['map'],
  map: [],
  body: ['tu'],
  tu: ['note', 'prop', 'tuv'],
  tuv: ['note', 'prop', 'seg'],
  seg: INLINE,
  hi: INLINE,
  sub: INLINE,
  bpt: ['sub'],
  ept: ['sub'],
  it: ['sub'],
  ph: ['sub'],
  ut: ['sub'],
  note: [],
  prop: [],
};
const SUPPORTED_VERSION = /^1\.[1-4]b?$/u;
const FIX_AND_RETRY = 'nothing was imported; fix the file and import it again';

interface TuvDraft {
  readonly lang: string;
  readonly line: number;
  readonly creationId: string | undefined;
  seg?: string;
}

interface TuDraft {
  readonly line: number;
  readonly srclang: string | undefined;
  readonly creationId: string | undefined;
  readonly notes: string[];
  /** The first value of each prop type. */
  readonly props: Map<string, string>;
  readonly tuvs: TuvDraft[];
}

export function parseTmx(text: string, file: string, options: ParseTmxOptions = {}): ParsedTmx {
  const maxBytes = options.maxBytes ?? TMX_MAX_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new TmxError(`the file is ${formatByteSize(bytes)}; TMX files up to ${formatByteSize(maxBytes)} are read`, { file }, {
      hint: 'split it into smaller TMX files and import each; nothing was imported',
    });
  }
  const reader = new TmxReader(file);
  reader.read(text.startsWith('\uFEFF') ? text.slice(1) : text);
  return reader.result();
}

/** One pass over the document with saxes; throws a TmxError at the first problem. */
class TmxReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly open: string[] = [];
  private readonly entries: TmEntry[] = [];
  private readonly skipped: SkippedTu[] = [];
  private sourceLang: string | undefined;
  private sawHeader = false;
  private sawBody = false;
  private tu: TuDraft | undefined;
  private tuv: TuvDraft | undefined;
  /** Text of the `<seg>` being read; undefined outside one. */
  private segText: string | undefined;
  /** Depth inside code elements, whose text is dropped. */
  private codeDepth = 0;
  /** Text of the `<note>` or `<prop>` being read. */
  private fieldText = '';
  private propType: string | undefined;

  constructor(private readonly file: string) {
    const parser = this.parser;
    parser.on('error', (error) => {
      // saxes prefixes "line:column: "; the location goes into the TmxError instead.
      this.fail(error.message.replace(/^\d+:\d+: /u, ''));
    });
    parser.on('doctype', (doctype) => {
      if (doctype.includes('[')) {
        this.fail('a DOCTYPE with declarations is not accepted: TMX is read without DTD processing', {
          hint: 'remove the [ … ] part of the <!DOCTYPE> (entity declarations); nothing was imported',
        });
      }
    });
    parser.on('opentag', (tag) => this.openElement(tag));
    parser.on('text', (value) => this.addText(value));
    parser.on('cdata', (value) => this.addText(value));
    parser.on('closetag', () => this.closeElement());
  }

  read(text: string): void {
    this.parser.write(text).close();
  }

  result(): ParsedTmx {
    return { sourceLang: this.sourceLang!, entries: this.entries, skipped: this.skipped };
  }

  /** Throws at the parser's position, or at `line` (an element's start, no column) when given. */
  private fail(reason: string, options: { readonly line?: number; readonly hint?: string } = {}): never {
    const location =
      options.line === undefined
        ? { file: this.file, line: this.parser.line, column: this.parser.column + 1 }
        : { file: this.file, line: options.line };
    throw new TmxError(`malformed TMX: ${reason}`, location, { hint: options.hint ?? FIX_AND_RETRY });
  }

  private openElement(tag: SaxesTagPlain): void {
    const { name, attributes } = tag;
    const parent = this.open.at(-1);
    if (parent === undefined) this.checkRoot(name, attributes);
    else if (!CHILDREN[parent]?.includes(name)) this.fail(`<${name}> is not allowed inside <${parent}>`);
    this.open.push(name);
    if (CODES.has(name)) this.codeDepth++;
    const line = this.parser.line;
    switch (name) {
      case 'header':
        if (this.sawHeader || this.sawBody) this.fail('<header> must come once, before <body>');
        this.sawHeader = true;
        if (!attributes.srclang) this.fail('<header> has no srclang attribute (the source language)');
        this.sourceLang = languageKey(attributes.srclang);
        break;
      case 'body':
        if (!this.sawHeader) this.fail('<body> must come after <header>');
        if (this.sawBody) this.fail('<tmx> has more than one <body>');
        this.sawBody = true;
        break;
      case 'tu':
        this.tu = { line, srclang: attributes.srclang, creationId: attributes.creationid, notes: [], props: new Map(), tuvs: [] };
        break;
      case 'tuv': {
        const lang = attributes['xml:lang'] ?? attributes.lang;
        if (!lang) this.fail('<tuv> has no xml:lang attribute');
        this.tuv = { lang: languageKey(lang), line, creationId: attributes.creationid };
        break;
      }
      case 'seg':
        if (this.tuv?.seg !== undefined) this.fail('<tuv> has more than one <seg>');
        this.segText = '';
        break;
      case 'note':
      case 'prop':
        this.fieldText = '';
        this.propType = attributes.type;
        if (name === 'prop' && !attributes.type) this.fail('<prop> has no type attribute');
        break;
    }
  }

  private checkRoot(name: string, attributes: Record<string, string>): void {
    if (name !== 'tmx') this.fail(`the root element is <${name}>; a TMX file starts with <tmx>`);
    const version = attributes.version;
    if (version === undefined) this.fail('<tmx> has no version attribute');
    if (!SUPPORTED_VERSION.test(version)) this.fail(`TMX version ${version} is not supported (1.1 to 1.4b are)`);
  }

  private addText(value: string): void {
    const element = this.open.at(-1);
    if (this.segText !== undefined) {
      if (this.codeDepth === 0) this.segText += value;
    } else if (element === 'note' || element === 'prop') {
      this.fieldText += value;
    } else if (value.trim() !== '') {
      this.fail(`text is not allowed inside <${element}> ("${value.trim().slice(0, 40)}")`);
    }
  }

  private closeElement(): void {
    const name = this.open.pop()!;
    const parent = this.open.at(-1);
    if (CODES.has(name)) this.codeDepth--;
    switch (name) {
      case 'seg':
        this.tuv!.seg = this.segText;
        this.segText = undefined;
        break;
      case 'tuv':
        if (this.tuv!.seg === undefined) this.fail('<tuv> has no <seg>', { line: this.tuv!.line });
        this.tu!.tuvs.push(this.tuv!);
        this.tuv = undefined;
        break;
      case 'note':
        if (parent === 'tu') this.tu!.notes.push(this.fieldText);
        break;
      case 'prop':
        if (parent === 'tu' && !this.tu!.props.has(this.propType!)) this.tu!.props.set(this.propType!, this.fieldText);
        break;
      case 'tu':
        this.finishTu(this.tu!);
        this.tu = undefined;
        break;
      case 'tmx':
        if (!this.sawBody) this.fail('<tmx> has no <body>');
        break;
    }
  }

  /** Turns a translation unit into one entry per target language, or says why it cannot. */
  private finishTu(tu: TuDraft): void {
    const sourceLang = languageKey(tu.srclang ?? this.sourceLang!);
    const skip = (reason: string, line = tu.line): void => {
      this.skipped.push({ line, reason });
    };
    if (sourceLang === '*all*') return skip('the source language is "*all*": say which <tuv> is the source with srclang');
    const byLang = new Map<string, TuvDraft>();
    for (const tuv of tu.tuvs) {
      if (byLang.has(tuv.lang)) skip(`a second <tuv> for ${tuv.lang} in one <tu> is ignored`, tuv.line);
      else byLang.set(tuv.lang, tuv);
    }
    const source = byLang.get(sourceLang);
    if (!source) return skip(`no <tuv> in the source language (${sourceLang})`);
    if (source.seg!.trim() === '') return skip(`the ${sourceLang} <seg> is empty`);
    byLang.delete(sourceLang);
    if (byLang.size === 0) return skip(`no translation: the <tu> only has ${sourceLang}`);
    const previousSource = tu.props.get(CONTEXT_PROPS.previous);
    const nextSource = tu.props.get(CONTEXT_PROPS.next);
    const note = tu.notes.join('\n');
    for (const target of byLang.values()) {
      if (target.seg!.trim() === '') {
        skip(`the ${target.lang} <seg> is empty`, target.line);
        continue;
      }
      const createdBy = target.creationId ?? tu.creationId;
      this.entries.push({
        sourceLang,
        targetLang: target.lang,
        source: source.seg!,
        target: target.seg!,
        ...(previousSource ? { previousSource } : {}),
        ...(nextSource ? { nextSource } : {}),
        origin: 'tmx',
        ...(createdBy ? { createdBy } : {}),
        ...(note ? { note } : {}),
      });
    }
  }
}
