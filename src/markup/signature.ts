/**
 * What of a segment's markup is part of its identity: each piece's element, tags, offsets and
 * continuation, in order. Not the ids: `m3` in one block is `m1` in another, and the same marked
 * sentence must be the same unit for the TM, the ledger and the MT cache wherever it stands.
 */
import type { MarkupCode } from '../model.js';

/** A canonical text of the codes; empty for none, so a segment without markup keeps its plain identity. */
export function markupSignature(codes: readonly MarkupCode[] | undefined): string {
  if (codes === undefined || codes.length === 0) return '';
  return JSON.stringify(
    codes.map((code) => [code.kind, code.element, code.open, code.close ?? null, code.start, code.end, code.continuedFrom === true, code.continuesAfter === true]),
  );
}
