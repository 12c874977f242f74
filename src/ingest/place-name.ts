/**
 * What a place name looks like in wire copy: one to four capitalized words ("Baghdad", "BAGHDAD",
 * "Tel Aviv", "Port-au-Prince", "St. Louis"), with the lowercase particles of place names between
 * them ("Rio de Janeiro", "Sharm el-Sheikh"). A lowercase ordinary word ("Iran-allied armed
 * groups") ends the match, which keeps sentence openings from passing for places.
 */
const PARTICLE = '(?:al|el|ad|ar|as|at|an|ash|az|da|das|de|del|della|der|di|do|dos|du|la|le|les|lo|los|sur|van|von|y)';
const CAPITALIZED_WORD = String.raw`(?:${PARTICLE}-)?\p{Lu}[\p{L}\p{M}'’.]*(?:-[\p{L}\p{M}'’.]+)*`;

/** Pattern source (needs the `u` flag, and must not get the `i` flag: `\p{Lu}` would then match any letter). */
export const PLACE_PATTERN = String.raw`${CAPITALIZED_WORD}(?:\s+(?:${PARTICLE}\s+)?${CAPITALIZED_WORD}){0,3}`;

const WHOLE_PLACE = new RegExp(`^${PLACE_PATTERN}$`, 'u');
const MAX_PLACE_LENGTH = 60;

export function looksLikePlace(text: string): boolean {
  return text.length <= MAX_PLACE_LENGTH && WHOLE_PLACE.test(text);
}

/** Same place whatever the case and spacing ("BAGHDAD" is "Baghdad"). */
export function isSamePlace(a: string, b: string): boolean {
  const normalize = (place: string): string => place.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
  return normalize(a) === normalize(b);
}
