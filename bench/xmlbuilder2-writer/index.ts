/**
 * The XLIFF writers as they were before issue #14 (xmlbuilder2's DOM, then its pretty printer),
 * frozen here as bench:pipeline's baseline: it times them against src/xliff's string writers on
 * the same views and checks that both print the same bytes. Nothing in src/ imports this folder.
 */
export { writeXliff12 } from './write-12.js';
export { writeXliff21 } from './write-21.js';
