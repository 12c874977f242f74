/**
 * XLIFF 1.2 → XliffContent. Units are `<trans-unit>`s in `<body>`, in groups at any depth; only
 * their own `<source>` and `<target>` count (not `<alt-trans>`, `<seg-source>`, notes or tool
 * metadata, which the parser does not even keep). `<bin-unit>`s are ignored.
 */
import { baseTargetFromExtradata } from '../base-target.js';
import { checkedLanguage, onlyFile, requiredLanguage, type XliffContent, xliffContent } from './document.js';
import { fail } from './fail.js';
import { readContent12 } from './inline.js';
import type { KeepElement } from '../../util/xml-read/parse.js';
import { readState12 } from './states.js';
import type { ReadUnit } from './types.js';
import { parsePositiveInteger, parseYesNo } from './values.js';
import { XML_NAMESPACE, attribute, childElements, type XmlElement } from '../../util/xml-read/xml.js';

export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';

/** 1.2 elements whose content the reader never uses; `<sub>` holds text inside native codes, which is not the code's text. */
const UNUSED: ReadonlySet<string> = new Set([
  'header',
  'alt-trans',
  'seg-source',
  'note',
  'context-group',
  'count-group',
  'prop-group',
  'bin-unit',
  'sub',
]);

/** Keeps the 1.2 elements the reader uses; other namespaces (sdl:, okp:, mq:…) are tool metadata. */
export function keep12(namespace: string): KeepElement {
  return (element) => element.uri === namespace && !UNUSED.has(element.local);
}

export function readXliff12(root: XmlElement, file: string): XliffContent {
  const fileElement = onlyFile(root, file);
  const sourceLang = requiredLanguage(fileElement, 'source-language', file, 'no source language: <file> has no source-language attribute');
  const targetLang = requiredLanguage(
    fileElement,
    'target-language',
    file,
    'no target language: <file> has no target-language attribute, so the file does not say which language it holds',
  );
  const original = attribute(fileElement, 'original');
  const articleId = attribute(fileElement, 'product-name');
  const articleVersion = storyVersion(fileElement, file);
  const bodies = childElements(fileElement, root.uri, 'body');
  if (bodies.length !== 1) {
    fail({ file, line: bodies[1]?.line ?? fileElement.line }, `<file> has ${bodies.length === 0 ? 'no' : 'more than one'} <body>`);
  }
  const units: ReadUnit[] = [];
  collectUnits(bodies[0]!, units, file);
  return xliffContent({ original, sourceLang, targetLang, articleId, articleVersion, units });
}

function storyVersion(fileElement: XmlElement, file: string): number | undefined {
  const value = attribute(fileElement, 'product-version');
  if (value === undefined) return undefined;
  const version = parsePositiveInteger(value);
  if (version === undefined) {
    fail({ file, line: fileElement.line }, `product-version="${value}" on <file> is not a story version: a positive integer`);
  }
  return version;
}

function collectUnits(parent: XmlElement, units: ReadUnit[], file: string): void {
  for (const child of childElements(parent, parent.uri)) {
    if (child.local === 'group') collectUnits(child, units, file);
    else if (child.local === 'trans-unit') units.push(readTransUnit(child, file));
  }
}

function readTransUnit(element: XmlElement, file: string): ReadUnit {
  const id = attribute(element, 'id');
  if (!id) fail({ file, line: element.line }, '<trans-unit> has no id');
  const source = onlyChild(element, 'source', id, file, true)!;
  const target = onlyChild(element, 'target', id, file, false);
  const approvedValue = attribute(element, 'approved');
  const approved = parseYesNo(approvedValue, false);
  if (approved === undefined) fail({ file, line: element.line }, `approved="${approvedValue}" on <trans-unit id="${id}">: approved is yes or no`);
  const reading = readState12({ hasTarget: target !== undefined, state: target && attribute(target, 'state'), approved });
  if ('invalid' in reading) fail({ file, line: target!.line }, `${reading.invalid} (unit ${id})`);
  const xmlLang = target && attribute(target, 'lang', XML_NAMESPACE);
  const baseTarget = baseTargetFromExtradata(attribute(element, 'extradata'));
  return {
    id,
    line: element.line,
    source: readContent12([source], file),
    ...(target === undefined ? {} : { target: readContent12([target], file), targetLine: target.line }),
    state: reading.state,
    stateAsWritten: reading.asWritten,
    ...(xmlLang === undefined ? {} : { targetXmlLang: checkedLanguage(xmlLang, `xml:lang="${xmlLang}"`, target!, file) }),
    ...(baseTarget === undefined ? {} : { baseTarget }),
  };
}

/** The one `<source>` (required) or `<target>` of a trans-unit. */
function onlyChild(unit: XmlElement, name: string, id: string, file: string, required: boolean): XmlElement | undefined {
  const found = childElements(unit, unit.uri, name);
  if (found.length === 0 && required) fail({ file, line: unit.line }, `<trans-unit id="${id}"> has no <${name}>`);
  if (found.length > 1) fail({ file, line: found[1]!.line }, `<trans-unit id="${id}"> has more than one <${name}>`);
  return found[0];
}
