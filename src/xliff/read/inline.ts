/**
 * Source and target content → InlineRun[] (src/xliff/inline.ts): text, and inline codes with the
 * id the file gives them and the text they stand for. Codes are returned as they are, renumbered or
 * reordered: matching them with the export is the importer's job. Only what cannot be a code is
 * refused (a code without id, a `dataRef` to nothing, an element that is no inline element).
 * Elements of other namespaces inside content were dropped by the parser, with their text.
 */
import type { InlineCode, InlineRun } from '../inline.js';
import { fail } from './fail.js';
import { normalizeContent, normalizeText, type ContentPiece } from './whitespace.js';
import { attribute, ownText, type XmlElement } from '../../util/xml-read/xml.js';

/** XLIFF 1.2: the contents (one `<source>` or `<target>`) as runs. */
export function readContent12(contents: readonly XmlElement[], file: string): InlineRun[] {
  const pieces: ContentPiece[] = [];
  for (const content of contents) collect12(content, pieces, file);
  return normalizeContent(pieces);
}

/**
 * XLIFF 2.x: the contents (the `<source>`s, or `<target>`s, of a unit's segments and ignorables, in
 * order) as one list of runs. `originalData` maps `<data id>` to its text.
 */
export function readContent2(
  contents: readonly XmlElement[],
  file: string,
  originalData: ReadonlyMap<string, string>,
): InlineRun[] {
  const pieces: ContentPiece[] = [];
  for (const content of contents) collect2(content, pieces, { file, originalData, uri: content.uri });
  return normalizeContent(pieces);
}

/** XLIFF 2.x `<data>`: its text with `<cp>` characters, as written (`xml:space` is fixed to preserve there). */
export function readData2(data: XmlElement, file: string): string {
  let text = '';
  for (const child of data.children) {
    if (typeof child === 'string') text += child;
    else if (child.uri === data.uri && child.local === 'cp') text += codePoint(child, file);
  }
  return text;
}

function collect12(parent: XmlElement, pieces: ContentPiece[], file: string): void {
  for (const child of parent.children) {
    if (typeof child === 'string') {
      pieces.push({ text: child, preserve: parent.preserveSpace });
      continue;
    }
    if (child.uri !== parent.uri) continue;
    const equivText = attribute(child, 'equiv-text');
    switch (child.local) {
      case 'g': {
        const id = requiredId(child, file);
        pieces.push(code('open', id, undefined, child));
        collect12(child, pieces, file);
        pieces.push(code('close', id, undefined, child));
        break;
      }
      case 'x':
        pieces.push(code('standalone', requiredId(child, file), equivText, child, equivText));
        break;
      case 'ph':
      case 'it':
        pieces.push(code('standalone', requiredId(child, file), nativeText(child) ?? equivText, child, equivText));
        break;
      case 'bpt':
        pieces.push(code('open', pairId(child, file), nativeText(child) ?? equivText, child));
        break;
      case 'ept':
        pieces.push(code('close', pairId(child, file), nativeText(child) ?? equivText, child));
        break;
      case 'bx':
        pieces.push(code('open', pairId(child, file), equivText, child));
        break;
      case 'ex':
        pieces.push(code('close', pairId(child, file), equivText, child));
        break;
      case 'mrk':
        // An annotation: its content is content.
        collect12(child, pieces, file);
        break;
      default:
        notInline(child, parent, file, 'g, x, bx, ex, bpt, ept, ph, it, mrk');
    }
  }
}

interface Context2 {
  readonly file: string;
  readonly originalData: ReadonlyMap<string, string>;
  readonly uri: string;
}

function collect2(parent: XmlElement, pieces: ContentPiece[], context: Context2): void {
  const { file } = context;
  for (const child of parent.children) {
    if (typeof child === 'string') {
      pieces.push({ text: child, preserve: parent.preserveSpace });
      continue;
    }
    if (child.uri !== context.uri) continue;
    switch (child.local) {
      case 'ph':
        pieces.push(
          code('standalone', requiredId(child, file), codeText2(child, 'dataRef', 'equiv', context), child, attribute(child, 'disp') ?? attribute(child, 'equiv')),
        );
        break;
      case 'pc': {
        const id = requiredId(child, file);
        pieces.push(code('open', id, codeText2(child, 'dataRefStart', 'equivStart', context), child));
        collect2(child, pieces, context);
        pieces.push(code('close', id, codeText2(child, 'dataRefEnd', 'equivEnd', context), child));
        break;
      }
      case 'sc':
        pieces.push(code('open', requiredId(child, file), codeText2(child, 'dataRef', 'equiv', context), child));
        break;
      case 'ec': {
        // The end of a pair names its start; an isolated one (its start is in another unit) has its own id.
        const id = attribute(child, 'startRef') ?? attribute(child, 'id');
        if (!id) fail({ file, line: child.line }, '<ec> has neither startRef nor id: it cannot be matched with any code');
        pieces.push(code('close', id, codeText2(child, 'dataRef', 'equiv', context), child));
        break;
      }
      case 'cp':
        pieces.push({ text: codePoint(child, file), preserve: true });
        break;
      case 'mrk':
        // An annotation: its content is content.
        collect2(child, pieces, context);
        break;
      case 'sm':
      case 'em':
        // Markers of an annotation over text around them: the text counts, the markers do not.
        break;
      default:
        notInline(child, parent, file, 'ph, pc, sc, ec, mrk, sm, em, cp');
    }
  }
}

function code(kind: InlineCode['kind'], id: string, text: string | undefined, element: XmlElement, display?: string): InlineCode {
  // A display is kept only where it differs from the text the code stands for.
  const shown = display === undefined || display === text ? {} : { display };
  return { kind, id, ...(text === undefined ? {} : { text }), ...shown, line: element.line };
}

function requiredId(element: XmlElement, file: string): string {
  const id = attribute(element, 'id');
  if (!id) fail({ file, line: element.line }, `<${element.name}> has no id: an inline code needs one`);
  return id;
}

/** 1.2 `bpt`/`ept`, `bx`/`ex`: the pair shares `rid` when it has one, else `id`. */
function pairId(element: XmlElement, file: string): string {
  const id = attribute(element, 'rid') ?? attribute(element, 'id');
  if (!id) fail({ file, line: element.line }, `<${element.name}> has neither rid nor id: it cannot be matched with any code`);
  return id;
}

/** 1.2 native code (`<ph>&lt;br/&gt;</ph>`): the element's own text (`<sub>` was dropped), if any. */
function nativeText(element: XmlElement): string | undefined {
  const text = normalizeText(ownText(element), element.preserveSpace);
  return text === '' ? undefined : text;
}

/** 2.x: the `<data>` the code points at, else its `equiv`. */
function codeText2(element: XmlElement, dataRefName: string, equivName: string, context: Context2): string | undefined {
  const dataRef = attribute(element, dataRefName);
  if (dataRef === undefined) return attribute(element, equivName);
  const data = context.originalData.get(dataRef);
  if (data === undefined) {
    fail({ file: context.file, line: element.line }, `<${element.name}> ${dataRefName}="${dataRef}" names no <data> in the unit's <originalData>`);
  }
  return data;
}

/** 2.x `<cp hex="0007"/>`: a character XML cannot carry as text. */
function codePoint(element: XmlElement, file: string): string {
  const hex = attribute(element, 'hex') ?? '';
  const value = /^[0-9A-Fa-f]{1,6}$/u.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
  if (!(value <= 0x10ffff) || (value >= 0xd800 && value <= 0xdfff)) {
    fail({ file, line: element.line }, `<cp hex="${hex}"> is not a Unicode code point`);
  }
  return String.fromCodePoint(value);
}

function notInline(element: XmlElement, parent: XmlElement, file: string, allowed: string): never {
  return fail(
    { file, line: element.line },
    `<${element.name}> is not allowed inside <${parent.name}>: content holds text and the inline elements ${allowed}`,
  );
}
