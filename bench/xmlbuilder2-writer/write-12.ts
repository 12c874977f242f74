import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { LanguageTag } from '../../src/model.js';
import type { SpanCode } from '../../src/xliff/inline-write.js';
import { baseTargetExtradata } from '../../src/xliff/base-target.js';
import { InlineContentWriter } from './inline-xml.js';
import { xliff12TargetState } from '../../src/xliff/states.js';
import { xliff12MatchQuality } from '../../src/xliff/suggestions.js';
import { toolName } from '../../src/xliff/tool.js';
import { forXmlbuilder } from './xmlbuilder-text.js';
import type { XliffDocumentView, XliffGroupView, XliffSuggestion, XliffUnitView } from '../../src/xliff/view.js';

const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
/** `xml:lang` must be set in the XML namespace: as a plain name it fails xmlbuilder2's well-formedness check. */
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/**
 * XLIFF 1.2 (strict schema): one `<file>` naming the story (`product-name`, `product-version`), a
 * header with the file's phase and wire-l10n as its tool, a `<group>` per block (with the
 * newsroom's size limit), a `<trans-unit>` per segment with protected spans as `<ph>` codes, and an
 * `<alt-trans>` per match offered. No `xml:space`: wire copy has no significant runs of spaces,
 * and default handling keeps tools simple.
 */
export function writeXliff12(view: XliffDocumentView): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(xliff12Namespace, 'xliff', { version: '1.2' });
  const file = root.ele('file', {
    original: forXmlbuilder(view.original),
    'source-language': view.sourceLang,
    'target-language': view.targetLang,
    datatype: 'plaintext',
    // The strict schema requires a file's tool-id to name a <tool> in its header.
    'tool-id': toolName,
    'product-name': forXmlbuilder(view.story.id),
    'product-version': view.story.version,
  });
  addHeader(file, view);
  const body = file.ele('body');
  const inline = new InlineContentWriter(writeCode);
  for (const group of view.groups) {
    const groupElement = body.ele('group', groupAttributes(group));
    for (const unit of group.units) addTransUnit(groupElement, unit, view.targetLang, inline);
  }
  return inline.serialize(root);
}

/**
 * The schema's order: `<phase-group>` before `<tool>`. The phase says what the file is for; it has
 * no date, so equal input still gives equal bytes. Targets do not name it (`phase-name`): they were
 * made before this phase, by engines, memories and earlier human work.
 */
function addHeader(file: XMLBuilder, view: XliffDocumentView): void {
  const header = file.ele('header');
  header
    .ele('phase-group')
    .ele('phase', { 'phase-name': view.purpose, 'process-name': view.purpose, 'tool-id': toolName });
  header.ele('tool', { 'tool-id': toolName, 'tool-name': toolName });
}

/** restype takes a fixed list or `x-…`: the block kind rides in the extension form. */
function groupAttributes(group: XliffGroupView): Record<string, string> {
  return {
    id: group.id,
    restype: `x-${group.kind}`,
    ...(group.sizeLimit === undefined ? {} : { maxwidth: String(group.sizeLimit), 'size-unit': 'char' }),
  };
}

/**
 * `<ph id="1" ctype="x-number" equiv-text="2 500">2,500</ph>`: the native "code" is the span's
 * source text, the equivalent text how the target language writes it (what CAT tools show).
 */
function writeCode(parent: XMLBuilder, code: SpanCode): void {
  parent
    .ele('ph', { id: code.id, ctype: `x-${code.spanKind}`, 'equiv-text': forXmlbuilder(code.display) })
    .txt(forXmlbuilder(code.text));
}

function addTransUnit(parent: XMLBuilder, unit: XliffUnitView, targetLang: LanguageTag, inline: InlineContentWriter): void {
  const targetState = xliff12TargetState(unit.state, unit.origin);
  const transUnit = parent.ele('trans-unit', {
    id: unit.id,
    resname: unit.id,
    ...(targetState.approved ? { approved: 'yes' } : {}),
    extradata: baseTargetExtradata(unit.baseTarget),
  });
  inline.write(transUnit.ele('source'), unit.sourceRuns);
  const target = transUnit.ele('target', {
    state: targetState.state,
    ...(targetState.stateQualifier ? { 'state-qualifier': targetState.stateQualifier } : {}),
  });
  inline.write(target, unit.targetRuns);
  for (const note of unit.notes) {
    transUnit.ele('note', { from: toolName, annotates: note.appliesTo }).txt(forXmlbuilder(note.text));
  }
  // The strict schema takes notes and alt-trans in any order after <target>: notes stay first.
  for (const suggestion of unit.suggestions) addAltTrans(transUnit, suggestion, targetLang);
}

/**
 * `alttranstype` stays at its default, `proposal`: a match offered, not an earlier target.
 * Memory matches carry `match-quality`; the engine's carries `tool-id` (wire-l10n asked it, and the
 * strict schema wants a tool-id to name a header `<tool>`) and no quality, which it has none of.
 */
function addAltTrans(transUnit: XMLBuilder, suggestion: XliffSuggestion, targetLang: LanguageTag): void {
  const matchQuality = xliff12MatchQuality(suggestion);
  const altTrans = transUnit.ele('alt-trans', {
    ...(matchQuality === undefined ? {} : { 'match-quality': matchQuality }),
    ...(suggestion.origin === undefined ? {} : { origin: forXmlbuilder(suggestion.origin) }),
    ...(suggestion.kind === 'mt' ? { 'tool-id': toolName } : {}),
  });
  altTrans.ele('source').txt(forXmlbuilder(suggestion.source));
  altTrans.ele('target').att(xmlNamespace, 'xml:lang', targetLang).txt(forXmlbuilder(suggestion.target));
}
