/**
 * The fingerprint of the target a unit was exported with ("base target"), written into the file so
 * that an import can tell a stale file from a current one: when the store's translation of a unit
 * changed after the export (another file was imported), the returned unit was made against text
 * that is gone, and applying it would overwrite that work unseen.
 *
 *   1.2  <trans-unit extradata="wire-l10n:base=0123456789abcdef">
 *   2.1  <unit> <mda:metadata><mda:metaGroup category="wire-l10n:unit">
 *          <mda:meta type="base-target">0123456789abcdef</mda:meta> …
 *
 * The value is `hashText` of the target as plain text (codes as their spans' text), with the places
 * of its markup codes when it has any (`baseTargetOf`), so a target whose tags alone moved differs.
 */
import type { MarkupPlacement } from '../model.js';
import { hashText } from '../util/hash.js';
import { toolName } from './tool.js';

const extradataPrefix = `${toolName}:base=`;
const hashPattern = /^[0-9a-f]{16}$/u;

/**
 * The fingerprint of a target and where it carries its markup codes: `hashText(target)` for a
 * target without any (as before markup existed), else with each code's id and offsets appended
 * in id order.
 */
export function baseTargetOf(target: string, markup: readonly MarkupPlacement[]): string {
  return markup.length === 0 ? hashText(target) : hashText(`${target}\u0000${markupPlaces(markup)}`);
}

/** The placements as one canonical text (`m1@0-6 m2@9-9`, in id order): equal for equal placements in any order. */
export function markupPlaces(markup: readonly MarkupPlacement[]): string {
  return [...markup]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start - b.start || a.end - b.end))
    .map(({ id, start, end }) => `${id}@${start}-${end}`)
    .join(' ');
}

/** 1.2 `extradata` for a base-target hash. */
export function baseTargetExtradata(hash: string): string {
  return `${extradataPrefix}${hash}`;
}

/** The hash in a 1.2 `extradata` value, when it is ours (tools may write their own there). */
export function baseTargetFromExtradata(value: string | undefined): string | undefined {
  if (value === undefined || !value.startsWith(extradataPrefix)) return undefined;
  const hash = value.slice(extradataPrefix.length);
  return hashPattern.test(hash) ? hash : undefined;
}

/** 2.1 unit metadata: the metaGroup category and the meta type that carry the hash. */
export const unitMetaCategory = `${toolName}:unit`;
export const baseTargetMetaType = 'base-target';

/** A 2.x meta value as a hash, when it looks like one of ours. */
export function baseTargetFromMeta(value: string): string | undefined {
  return hashPattern.test(value) ? value : undefined;
}
