/**
 * Parses the segmenter bench corpus (tests/segment/corpus/*.txt), whose paragraphs keep their
 * line breaks: a blank line ends a paragraph, ` ‖ ` marks a boundary inside a line, `‖` at the
 * end of a line makes that line break a boundary, `#` lines are comments.
 */
export interface CorpusParagraph {
  /** 1-based line of the paragraph's first line in the corpus file, for reports. */
  readonly line: number;
  /** The input: the paragraph's lines joined by `\n`, the marks taken out. */
  readonly text: string;
  /** The expected sentences, whitespace runs (line breaks included) collapsed to one space. */
  readonly sentences: readonly string[];
}

const mark = '‖';

export function parseCorpus(content: string): CorpusParagraph[] {
  const paragraphs: CorpusParagraph[] = [];
  let lines: string[] = [];
  let firstLine = 0;
  const flush = (): void => {
    if (lines.length > 0) paragraphs.push(paragraphOf(lines.join('\n'), firstLine));
    lines = [];
  };
  content.split('\n').forEach((raw, i) => {
    if (raw.startsWith('#')) return;
    if (raw.trim() === '') return flush();
    if (lines.length === 0) firstLine = i + 1;
    lines.push(raw.trimEnd());
  });
  flush();
  return paragraphs;
}

function paragraphOf(marked: string, line: number): CorpusParagraph {
  const text = marked.replace(/ ‖ /g, ' ').replace(/‖\n/g, '\n');
  if (text.includes(mark)) throw new Error(`corpus line ${line}: a ${mark} must sit between spaces or end a line`);
  const sentences = marked.split(mark).map((sentence) => sentence.replace(/\s+/g, ' ').trim());
  return { line, text, sentences };
}
