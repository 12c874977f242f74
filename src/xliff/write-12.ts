import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { serializeXml } from './serialize.js';
import { xliff12TargetState } from './states.js';
import { toolName } from './tool.js';
import { forXmlbuilder } from './xmlbuilder-text.js';
import type { XliffDocumentView, XliffUnitView } from './view.js';

const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';

/**
 * XLIFF 1.2 (strict schema): one `<file>`, a `<group>` per block, a `<trans-unit>` per segment.
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
    for (const unit of group.units) addTransUnit(groupElement, unit);
  }
  return serializeXml(root);
}

function addTransUnit(parent: XMLBuilder, unit: XliffUnitView): void {
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
}
