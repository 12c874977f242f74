/**
 * tmx — reads and writes TMX 1.4b, the exchange format of translation memories. Pure: text in,
 * entries out, and back.
 *
 * Takes: `parseTmx(text, file)` the content of a TMX file (and its name, for messages);
 *   `writeTmx(entries, options)` TM entries of one source language.
 * Returns: `parseTmx` → `{ sourceLang, entries, skipped }`: one entry (origin `tmx`) per `<tu>`
 *   and target language. A `<tu>` that is well-formed but unusable (no source-language `<tuv>`, no
 *   translation, an empty `<seg>`) is skipped and listed with its line and reason; the caller
 *   reports the count. `writeTmx` → the TMX document, byte-identical for the same entries.
 * Options: `parseTmx`: `maxBytes` (default 64 MiB). `writeTmx`: `sourceLang`,
 *   `creationToolVersion`, `creationTool` (default `wire-l10n`), `creationDate` (default none).
 * Limitations: all or nothing — any malformed part (bad XML, a DOCTYPE, an unknown element, a
 *   `<tuv>` without language or `<seg>`) throws a `TmxError` with file, line and reason, and no
 *   entry is returned. Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) hold markup of the original
 *   format and are dropped; the text of `<hi>` is kept. Language tags are compared
 *   case-insensitively, and `en`, `fr`, `ar` by primary subtag (`fr-FR` → `fr`). A translation's
 *   neighbouring sources travel in `<prop type="x-context-pre|x-context-post">`, which other tools
 *   ignore. Line ends inside segments come back as `\n` (XML normalizes them).
 */
export { parseTmx, TMX_MAX_BYTES, type ParsedTmx, type ParseTmxOptions, type SkippedTu } from './parse.js';
export { writeTmx, type WriteTmxOptions } from './write.js';
export { TmxError } from './errors.js';
