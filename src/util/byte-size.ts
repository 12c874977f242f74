/** A byte count for messages: `40.5 MiB` from one mebibyte up, `812 bytes` below. */
export function formatByteSize(bytes: number): string {
  const mebibytes = bytes / 1024 / 1024;
  return mebibytes >= 1 ? `${mebibytes.toFixed(1).replace(/\.0$/u, '')} MiB` : `${bytes} bytes`;
}
