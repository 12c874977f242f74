import { OutputError } from '../errors.js';
import type { FileLocation } from '../errors.js';
import { findCharNotInXml } from '../util/text-chars.js';
import type { XliffDocumentView } from './view.js';

/**
 * Throws an OutputError naming the unit and field when any text the writers would print holds a
 * character XML 1.0 cannot carry. Rejecting beats dropping it: nothing is lost silently, and the
 * message sends the user to the story line or the engine that produced it.
 */
export function assertXmlSafe(view: XliffDocumentView, articlePath: string): void {
  check(view.original, 'the `original` path', { file: articlePath });
  for (const meta of view.story.metadata) check(meta.value, `the story's ${meta.type}`, { file: articlePath });
  for (const group of view.groups) {
    const location = { file: articlePath, line: group.line };
    for (const unit of group.units) {
      check(unit.source, `unit ${unit.id} source`, location);
      check(unit.target, `unit ${unit.id} target`, location);
      // Glossary fields first: notes quote them, and the entry is the better pointer.
      for (const entry of unit.glossEntries) {
        const fields = [entry.term, entry.termOrigin, entry.translation ?? '', entry.definition ?? ''];
        for (const field of fields) check(field, `glossary entry ${entry.termOrigin} (used in unit ${unit.id})`, location);
      }
      for (const note of unit.notes) check(note.text, `unit ${unit.id} ${note.category} note`, location);
      // The machine-translation match repeats the unit's source and target: only its engine name is new.
      for (const suggestion of unit.suggestions.filter((match) => match.kind === 'mt')) {
        check(suggestion.origin ?? '', `unit ${unit.id} engine name`, location);
      }
      // Numbered as the model lists the memory's suggestions.
      unit.suggestions
        .filter((match) => match.kind === 'tm')
        .forEach((suggestion, index) => {
          check(suggestion.source, `unit ${unit.id} suggestion ${index + 1} source`, location);
          check(suggestion.target, `unit ${unit.id} suggestion ${index + 1} target`, location);
        });
    }
  }
}

function check(text: string, what: string, location: FileLocation): void {
  const invalid = findCharNotInXml(text);
  if (!invalid) return;
  throw new OutputError(
    `cannot write XLIFF: ${what} contains ${invalid.codePoint} at offset ${invalid.offset}, a character ` +
      'XML 1.0 does not allow; remove it from the story, the glossary or the engine output',
    location,
  );
}
