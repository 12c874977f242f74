import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { LanguageTag } from '../model.js';
import { serializeXml } from './serialize.js';
import { xliff12TargetState } from './states.js';
import { suggestionOrigin, xliff12MatchQuality } from './suggestions.js';
import { toolName } from './tool.js';
import { forXmlbuilder } from './xmlbuilder-text.js';
import type { XliffDocumentView, XliffSuggestion, XliffUnitView } from './view.js';

const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
/** `xml:lang` must be set in the XML namespace: as a plain name it fails xmlbuilder2's well-formedness check. */
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';

/**
 * XLIFF 1.2 (strict schema): one `<file>`, a `<group>` per block, a `<trans-unit>` per segment,
 * with an `<alt-trans>` per translation-memory suggestion.
 * No `xml:space`: wire copy has no significant runs of spaces, and default handling keeps tools simple.
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
  });
  file.ele('header').ele('tool', { 'tool-id': toolName, 'tool-name': toolName });
  const body = file.ele('body');
  for (const group of view.groups) {
    // restype takes a fixed list or `x-…`: the block kind rides in the extension form.
    const groupElement = body.ele('group', { id: group.id, restype: `x-${group.kind}` });
    for (const unit of group.units) addTransUnit(groupElement, unit, view.targetLang);
  }
  return serializeXml(root);
}

function addTransUnit(parent: XMLBuilder, unit: XliffUnitView, targetLang: LanguageTag): void {
  const targetState = xliff12TargetState(unit.state, unit.origin);
  const transUnit = parent.ele('trans-unit', {
    id: unit.id,
    resname: unit.id,
    ...(targetState.approved ? { approved: 'yes' } : {}),
  });
  transUnit.ele('source').txt(forXmlbuilder(unit.source));
  transUnit
    .ele('target', {
      state: targetState.state,
      ...(targetState.stateQualifier ? { 'state-qualifier': targetState.stateQualifier } : {}),
    })
    .txt(forXmlbuilder(unit.target));
  for (const note of unit.notes) {
    transUnit.ele('note', { from: toolName, annotates: note.appliesTo }).txt(forXmlbuilder(note.text));
  }
  // The strict schema takes notes and alt-trans in any order after <target>: notes stay first.
  for (const suggestion of unit.suggestions) addAltTrans(transUnit, suggestion, targetLang);
}

/** `alttranstype` stays at its default, `proposal`: a match offered, not an earlier target. */
function addAltTrans(transUnit: XMLBuilder, suggestion: XliffSuggestion, targetLang: LanguageTag): void {
  const altTrans = transUnit.ele('alt-trans', {
    'match-quality': xliff12MatchQuality(suggestion.similarity),
    origin: suggestionOrigin(suggestion.origin),
  });
  altTrans.ele('source').txt(forXmlbuilder(suggestion.source));
  altTrans.ele('target').att(xmlNamespace, 'xml:lang', targetLang).txt(forXmlbuilder(suggestion.target));
}
