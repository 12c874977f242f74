import { icuMessage, messageParts, type MessagePart } from './icu/message.js';
import { joinSegments, segmentSeparator, type SegmentView, type TextView } from './view.js';

/** An i18next resource bundle: nested keys, string leaves (and numbers under an ICU bundle's `values`). */
export interface ResourceBundle {
  [key: string]: string | number | ResourceBundle;
}

/** `plain`: final strings; `icu`: ICU messages with their values alongside (`--bundle-format`). */
export const bundleFormats = ['plain', 'icu'] as const;
export type BundleFormat = (typeof bundleFormats)[number];

/**
 * The i18next bundle of one side of an article, loadable as it is as namespace `<article id>`:
 * `headline`, `standfirst`, `caption`, `dateline.place`, `dateline.date`, `dateline.agency`, `paragraphs.p1`…, and
 * every segment under `segments.<block>.<s1…>`. A block appears only when all its segments have
 * text, a segment only when it has text: i18next then falls back to the source language for the
 * gaps instead of showing an untranslated text as if it were French or Arabic.
 *
 * `icu`: the same keys, each string an ICU message whose values ICU writes exactly as the text
 * does are arguments (`{v1, number, ::precision-integer}`, `{d1, date, long}`), and a top-level
 * `values` mirroring the keys with each message's argument values (`values.segments.p1.s1.v1`),
 * so `t(key, t('values.' + key, { returnObjects: true }))` renders the plain bundle's string.
 */
export function buildBundle(view: TextView, format: BundleFormat = 'plain'): ResourceBundle {
  if (format === 'plain') {
    return nested(bundleEntries(view, { segment: (segment) => segment.text, join: joinSegments, text: (text) => text }));
  }
  const entries = bundleEntries<readonly MessagePart[]>(view, {
    segment: (segment) => (segment.text === undefined ? undefined : messageParts(segment.text, segment.spans, view.lang, view.valueStyle)),
    join: (messages, segments) => messages.flatMap((parts, i) => (i === 0 ? parts : [segmentSeparator(segments[i]!), ...parts])),
    text: (text) => [text],
  }).map(({ path, message }) => ({ path, message: icuMessage(message) }));
  return {
    ...nested(entries.map(({ path, message }) => ({ path, message: message.message }))),
    values: nested(entries.map(({ path, message }) => ({ path, message: message.values }))),
  };
}

/** One string of a bundle: where it goes and what it is made of. */
interface Entry<T> {
  readonly path: readonly string[];
  readonly message: T;
}

/**
 * How a bundle's strings are made: a segment's, several joined (a block's, one per segment, each
 * after its segment's separator: `segmentSeparator`), a text of its own (the dateline's parts).
 */
interface Messages<T> {
  segment(segment: SegmentView): T | undefined;
  join(messages: readonly T[], segments: readonly SegmentView[]): T;
  text(text: string): T;
}

/** The bundle's strings in its key order: dateline, headline/standfirst/caption, paragraphs, segments. */
function bundleEntries<T>(view: TextView, messages: Messages<T>): Entry<T>[] {
  const top: Entry<T>[] = [];
  for (const part of ['place', 'date', 'agency'] as const) {
    const text = view.dateline[part];
    if (text !== undefined) top.push({ path: ['dateline', part], message: messages.text(text) });
  }
  const paragraphs: Entry<T>[] = [];
  const segments: Entry<T>[] = [];
  for (const block of view.blocks) {
    const made = block.segments.map((segment) => ({ key: segment.key, message: messages.segment(segment) }));
    for (const { key, message } of made) if (message !== undefined) segments.push({ path: ['segments', block.id, key], message });
    const whole = made.flatMap(({ message }) => (message === undefined ? [] : [message]));
    if (whole.length === 0 || whole.length < made.length) continue;
    const joined = messages.join(whole, block.segments);
    if (block.kind === 'paragraph') paragraphs.push({ path: ['paragraphs', block.id], message: joined });
    else top.push({ path: [block.kind], message: joined });
  }
  return [...top, ...paragraphs, ...segments];
}

function nested(entries: ReadonlyArray<Entry<string | Readonly<Record<string, number>>>>): ResourceBundle {
  const bundle: ResourceBundle = {};
  for (const { path, message } of entries) {
    let node = bundle;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as ResourceBundle;
    node[path.at(-1)!] = typeof message === 'string' ? message : { ...message };
  }
  return bundle;
}

/** Stable JSON text: two-space indentation, keys in build order, final newline. */
export function serializeBundle(bundle: ResourceBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
