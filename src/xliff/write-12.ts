import type { LanguageTag } from '../model.js';
import { isSpanCode, type SpanCode } from './inline-write.js';
import type { MarkupEnd } from './markup-ends.js';
import { baseTargetExtradata } from './base-target.js';
import { inlineMarkup } from './inline-xml.js';
import { xliff12TargetState } from './states.js';
import { xliff12MatchQuality } from './suggestions.js';
import { toolName } from './tool.js';
import { XmlPrinter, xmlElement, xmlStartTag, type XmlAttributes } from './xml-print.js';
import { escapeXmlText } from './xml-text.js';
import type { XliffDocumentView, XliffGroupView, XliffSuggestion, XliffUnitView } from './view.js';

const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * XLIFF 1.2 (strict schema): one `<file>` naming the story (`product-name`, `product-version`), a
 * header with the file's phase and wire-l10n as its tool, a `<group>` per block (with the
 * newsroom's size limit), a `<trans-unit>` per segment with protected spans as `<ph>` codes, and an
 * `<alt-trans>` per match offered. No `xml:space`: wire copy has no significant runs of spaces,
 * and default handling keeps tools simple.
 */
export function writeXliff12(view: XliffDocumentView): string {
  const xml = new XmlPrinter();
  xml.start('xliff', { xmlns: xliff12Namespace, version: '1.2' });
  xml.start('file', {
    original: view.original,
    'source-language': view.sourceLang,
    'target-language': view.targetLang,
    datatype: 'plaintext',
    // The strict schema requires a file's tool-id to name a <tool> in its header.
    'tool-id': toolName,
    'product-name': view.story.id,
    'product-version': view.story.version,
  });
  writeHeader(xml, view);
  xml.start('body');
  for (const group of view.groups) {
    xml.start('group', groupAttributes(group));
    for (const unit of group.units) writeTransUnit(xml, unit, view.targetLang);
    xml.end();
  }
  xml.end();
  xml.end();
  xml.end();
  return xml.print();
}

/**
 * The schema's order: `<phase-group>` before `<tool>`. The phase says what the file is for; it has
 * no date, so equal input still gives equal bytes. Targets do not name it (`phase-name`): they were
 * made before this phase, by engines, memories and earlier human work.
 */
function writeHeader(xml: XmlPrinter, view: XliffDocumentView): void {
  xml.start('header');
  xml.start('phase-group');
  xml.leaf('phase', { 'phase-name': view.purpose, 'process-name': view.purpose, 'tool-id': toolName });
  xml.end();
  xml.leaf('tool', { 'tool-id': toolName, 'tool-name': toolName });
  xml.end();
}

/** restype takes a fixed list or `x-…`: the block kind rides in the extension form. */
function groupAttributes(group: XliffGroupView): XmlAttributes {
  return {
    id: group.id,
    restype: `x-${group.kind}`,
    maxwidth: group.sizeLimit === undefined ? undefined : String(group.sizeLimit),
    'size-unit': group.sizeLimit === undefined ? undefined : 'char',
  };
}

/**
 * `<ph id="1" ctype="x-number" equiv-text="2 500">2,500</ph>`: the native "code" is the span's
 * source text, the equivalent text how the target language writes it (what CAT tools show).
 * A markup code: `<g id="m1" ctype="link">` … `</g>` around its text, `<x id="m2" ctype="lb"/>`
 * for a standalone one; the tags themselves stay in the story (import maps codes back by id).
 */
function codeMarkup(code: SpanCode | MarkupEnd): string {
  if (isSpanCode(code)) {
    return xmlElement('ph', { id: code.id, ctype: `x-${code.spanKind}`, 'equiv-text': code.display }, escapeXmlText(code.text));
  }
  const { element } = code.markup;
  switch (code.kind) {
    case 'open':
      return xmlStartTag('g', { id: code.id, ctype: pairedCtype.get(element) ?? `x-html-${element}` });
    case 'close':
      return '</g>';
    case 'standalone':
      return xmlElement('x', { id: code.id, ctype: element === 'br' ? 'lb' : `x-html-${element}` });
  }
}

/** The 1.2 names of paired codes (`AttrType_InlineDelimiters`); other elements ride in `x-html-<element>`. */
const pairedCtype: ReadonlyMap<string, string> = new Map([
  ['a', 'link'],
  ['b', 'bold'],
  ['strong', 'bold'],
  ['i', 'italic'],
  ['em', 'italic'],
  ['u', 'underlined'],
]);

function writeTransUnit(xml: XmlPrinter, unit: XliffUnitView, targetLang: LanguageTag): void {
  const targetState = xliff12TargetState(unit.state, unit.origin);
  xml.start('trans-unit', {
    id: unit.id,
    resname: unit.id,
    approved: targetState.approved ? 'yes' : undefined,
    extradata: baseTargetExtradata(unit.baseTarget),
  });
  xml.leaf('source', {}, inlineMarkup(unit.sourceRuns, codeMarkup));
  xml.leaf(
    'target',
    { state: targetState.state, 'state-qualifier': targetState.stateQualifier },
    inlineMarkup(unit.targetRuns, codeMarkup),
  );
  for (const note of unit.notes) {
    xml.leaf('note', { from: toolName, annotates: note.appliesTo }, escapeXmlText(note.text));
  }
  // The strict schema takes notes and alt-trans in any order after <target>: notes stay first.
  for (const suggestion of unit.suggestions) writeAltTrans(xml, suggestion, targetLang);
  xml.end();
}

/**
 * `alttranstype` stays at its default, `proposal`: a match offered, not an earlier target.
 * Memory matches carry `match-quality`; the engine's carries `tool-id` (wire-l10n asked it, and the
 * strict schema wants a tool-id to name a header `<tool>`) and no quality, which it has none of.
 */
function writeAltTrans(xml: XmlPrinter, suggestion: XliffSuggestion, targetLang: LanguageTag): void {
  xml.start('alt-trans', {
    'match-quality': xliff12MatchQuality(suggestion),
    origin: suggestion.origin,
    'tool-id': suggestion.kind === 'mt' ? toolName : undefined,
  });
  xml.leaf('source', {}, escapeXmlText(suggestion.source));
  xml.leaf('target', { 'xml:lang': targetLang }, escapeXmlText(suggestion.target));
  xml.end();
}
