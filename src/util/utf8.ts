const LF = 0x0a;
const CR = 0x0d;

/**
 * The 1-based line of the first byte sequence that is not UTF-8, or undefined when all is valid.
 * Line-break bytes never occur inside a UTF-8 sequence, so each line can be checked on its own;
 * CRLF, LF and a lone CR each end a line.
 */
export function lineOfInvalidUtf8(bytes: Uint8Array): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let index = 0; index <= bytes.length; index++) {
    const byte = bytes[index];
    if (index < bytes.length && byte !== LF && byte !== CR) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    if (byte === CR && bytes[index + 1] === LF) index++;
    start = index + 1;
    line++;
  }
  return undefined;
}
