import type { TextView } from './view.js';

/** An i18next resource bundle: nested keys, string leaves. */
export interface ResourceBundle {
  [key: string]: string | ResourceBundle;
}

/**
 * The i18next bundle of one side of an article, loadable as it is as namespace `<article id>`:
 * `headline`, `standfirst`, `caption`, `dateline.place`, `dateline.date`, `dateline.agency`, `paragraphs.p1`…, and
 * every segment under `segments.<block>.<s1…>`. A block appears only when all its segments have
 * text, a segment only when it has text: i18next then falls back to the source language for the
 * gaps instead of showing an untranslated text as if it were French or Arabic.
 */
export function buildBundle(view: TextView): ResourceBundle {
  const bundle: ResourceBundle = {};
  const dateline: ResourceBundle = {};
  if (view.dateline.place !== undefined) dateline['place'] = view.dateline.place;
  if (view.dateline.date !== undefined) dateline['date'] = view.dateline.date;
  if (view.dateline.agency !== undefined) dateline['agency'] = view.dateline.agency;
  if (Object.keys(dateline).length > 0) bundle['dateline'] = dateline;

  const paragraphs: ResourceBundle = {};
  const segments: ResourceBundle = {};
  for (const block of view.blocks) {
    const texts = block.segments.map((segment) => segment.text);
    const blockSegments: ResourceBundle = {};
    block.segments.forEach((segment) => {
      if (segment.text !== undefined) blockSegments[segment.key] = segment.text;
    });
    if (Object.keys(blockSegments).length > 0) segments[block.id] = blockSegments;
    if (texts.length === 0 || texts.some((text) => text === undefined)) continue;
    const joined = texts.join(' ');
    if (block.kind === 'paragraph') paragraphs[block.id] = joined;
    else bundle[block.kind] = joined;
  }
  if (Object.keys(paragraphs).length > 0) bundle['paragraphs'] = paragraphs;
  if (Object.keys(segments).length > 0) bundle['segments'] = segments;
  return bundle;
}

/** Stable JSON text: two-space indentation, keys in build order, final newline. */
export function serializeBundle(bundle: ResourceBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
