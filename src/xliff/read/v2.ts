/**
 * XLIFF 2.0, 2.1 and 2.2 → XliffContent. Units are `<unit>`s in `<file>`, in groups at any depth;
 * a unit's content is its `<segment>`s and `<ignorable>`s joined in order (a tool may have split
 * or joined segments), its state the lowest of its segments'. Only core `<source>`/`<target>`
 * count (not `mtc:match`, glossary or other modules, which the parser does not keep); story
 * metadata comes from the metadata module on `<file>`.
 */
import { baseTargetFromMeta, baseTargetMetaType, unitMetaCategory } from '../base-target.js';
import type { InlineRun } from '../inline.js';
import { toolName } from '../tool.js';
import { onlyFile, requiredLanguage, type XliffContent, xliffContent } from './document.js';
import { fail } from './fail.js';
import { readContent2, readData2 } from './inline.js';
import type { KeepElement } from '../../util/xml-read/parse.js';
import { lowestState, readState2 } from './states.js';
import type { ReadState, ReadUnit } from './types.js';
import { normalizeText } from './whitespace.js';
import { parsePositiveInteger } from './values.js';
import { attribute, childElements, ownText, type XmlElement } from '../../util/xml-read/xml.js';

/** 2.0 and 2.1 share this namespace; `version` tells them apart. */
export const XLIFF20_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
export const XLIFF22_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.2';
export const METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The `mda:metaGroup` category wire-l10n writes its story metadata in. */
export const STORY_METADATA_CATEGORY = `${toolName}:story`;

/** Core elements whose content the reader never uses. */
const UNUSED: ReadonlySet<string> = new Set(['notes', 'skeleton']);

/** Keeps the core elements the reader uses and the metadata module; other modules and namespaces are dropped. */
export function keep2(namespace: string): KeepElement {
  return (element) => (element.uri === namespace ? !UNUSED.has(element.local) : element.uri === METADATA_NAMESPACE);
}

export function readXliff2(root: XmlElement, file: string): XliffContent {
  const sourceLang = requiredLanguage(root, 'srcLang', file, 'no source language: <xliff> has no srcLang attribute');
  const targetLang = requiredLanguage(
    root,
    'trgLang',
    file,
    'no target language: <xliff> has no trgLang attribute, so the file does not say which language it holds',
  );
  const fileElement = onlyFile(root, file);
  const original = attribute(fileElement, 'original');
  const { articleId, articleVersion } = storyMetadata(fileElement, file);
  const units: ReadUnit[] = [];
  collectUnits(fileElement, units, file);
  return xliffContent({ original, sourceLang, targetLang, articleId, articleVersion, units });
}

/** `<mda:metadata>` on `<file>`: `<mda:meta type="id">` and `type="version"` in the category `wire-l10n:story`. */
function storyMetadata(fileElement: XmlElement, file: string): { articleId?: string; articleVersion?: number } {
  const result: { articleId?: string; articleVersion?: number } = {};
  const groups = childElements(fileElement, METADATA_NAMESPACE, 'metadata').flatMap((metadata) => storyGroups(metadata));
  for (const meta of groups.flatMap((group) => childElements(group, METADATA_NAMESPACE, 'meta'))) {
    const type = attribute(meta, 'type');
    const value = normalizeText(ownText(meta), false);
    if (type === 'id' && result.articleId === undefined && value !== '') result.articleId = value;
    if (type === 'version' && result.articleVersion === undefined) {
      const version = parsePositiveInteger(value);
      if (version === undefined) fail({ file, line: meta.line }, `story version "${value}" (mda:meta type="version") is not a positive integer`);
      result.articleVersion = version;
    }
  }
  return result;
}

/** The metaGroups of our story category, at any depth (the first value of each type wins). */
function storyGroups(parent: XmlElement): XmlElement[] {
  return childElements(parent, METADATA_NAMESPACE, 'metaGroup').flatMap((group) =>
    attribute(group, 'category') === STORY_METADATA_CATEGORY ? [group, ...storyGroups(group)] : storyGroups(group),
  );
}

function collectUnits(parent: XmlElement, units: ReadUnit[], file: string): void {
  for (const child of childElements(parent, parent.uri)) {
    if (child.local === 'group') collectUnits(child, units, file);
    else if (child.local === 'unit') units.push(readUnit(child, file));
  }
}

interface Part {
  readonly kind: 'segment' | 'ignorable';
  readonly element: XmlElement;
  readonly source: XmlElement;
  readonly target: XmlElement | undefined;
}

function readUnit(element: XmlElement, file: string): ReadUnit {
  const id = attribute(element, 'id');
  if (!id) fail({ file, line: element.line }, '<unit> has no id');
  const originalData = readOriginalData(element, file);
  const parts = childElements(element, element.uri)
    .filter((child) => child.local === 'segment' || child.local === 'ignorable')
    .map((child) => readPart(child, id, file));
  const segments = parts.filter((part) => part.kind === 'segment');
  if (segments.length === 0) fail({ file, line: element.line }, `<unit id="${id}"> has no <segment>`);

  const readings = segments.map((segment) => {
    const reading = readState2({
      hasTarget: segment.target !== undefined,
      state: attribute(segment.element, 'state'),
      subState: attribute(segment.element, 'subState'),
    });
    if ('invalid' in reading) fail({ file, line: segment.element.line }, `${reading.invalid} (unit ${id})`);
    return reading;
  });
  const state: ReadState = lowestState(readings.map((reading) => reading.state));
  const stateAsWritten = readings.find((reading) => reading.state === state)!.asWritten;

  const source = readContent2(parts.map((part) => part.source), file, originalData);
  const firstTarget = parts.find((part) => part.target !== undefined)?.target;
  let target: InlineRun[] | undefined;
  if (segments.some((segment) => segment.target !== undefined)) {
    // An ignorable without target stands for itself (its source); a segment without one adds nothing (and makes the unit untranslated).
    const contents = parts.flatMap((part) => (part.target ? [part.target] : part.kind === 'ignorable' ? [part.source] : []));
    target = readContent2(contents, file, originalData);
  }
  const baseTarget = unitBaseTarget(element);
  return {
    id,
    line: element.line,
    source,
    ...(target === undefined ? {} : { target, targetLine: firstTarget!.line }),
    state,
    stateAsWritten,
    ...(baseTarget === undefined ? {} : { baseTarget }),
  };
}

/** `<mda:meta type="base-target">` in the unit's `wire-l10n:unit` metaGroup, when it is there and looks like ours. */
function unitBaseTarget(unit: XmlElement): string | undefined {
  const metas = childElements(unit, METADATA_NAMESPACE, 'metadata')
    .flatMap((metadata) => childElements(metadata, METADATA_NAMESPACE, 'metaGroup'))
    .filter((group) => attribute(group, 'category') === unitMetaCategory)
    .flatMap((group) => childElements(group, METADATA_NAMESPACE, 'meta'))
    .filter((meta) => attribute(meta, 'type') === baseTargetMetaType);
  const value = metas[0] && normalizeText(ownText(metas[0]), false);
  return value === undefined ? undefined : baseTargetFromMeta(value);
}

function readPart(element: XmlElement, unitId: string, file: string): Part {
  const kind = element.local as Part['kind'];
  const sources = childElements(element, element.uri, 'source');
  const targets = childElements(element, element.uri, 'target');
  if (sources.length === 0) fail({ file, line: element.line }, `<${kind}> in <unit id="${unitId}"> has no <source>`);
  if (sources.length > 1) fail({ file, line: sources[1]!.line }, `<${kind}> in <unit id="${unitId}"> has more than one <source>`);
  if (targets.length > 1) fail({ file, line: targets[1]!.line }, `<${kind}> in <unit id="${unitId}"> has more than one <target>`);
  return { kind, element, source: sources[0]!, target: targets[0] };
}

/** `<originalData>`: what each `<data id>` holds, for codes' `dataRef`. */
function readOriginalData(unit: XmlElement, file: string): Map<string, string> {
  const data = new Map<string, string>();
  for (const originalData of childElements(unit, unit.uri, 'originalData')) {
    for (const element of childElements(originalData, unit.uri, 'data')) {
      const id = attribute(element, 'id');
      if (!id) fail({ file, line: element.line }, '<data> has no id');
      if (data.has(id)) fail({ file, line: element.line }, `<originalData> has two <data id="${id}">`);
      data.set(id, readData2(element, file));
    }
  }
  return data;
}
