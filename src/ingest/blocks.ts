/** A run of non-blank lines: one piece of the story before it is given a role. */
export interface SourceBlock {
  /** The trimmed lines joined with single spaces. */
  readonly text: string;
  /** Offsets in `text` of the spaces that join its lines: where the source had a line break. */
  readonly lineBreaks: readonly number[];
  /** 1-based line of the block's first line in the file. */
  readonly line: number;
  readonly lineCount: number;
}

/** Cuts lines (from `firstIndex` on) into blocks separated by blank lines. */
export function splitBlocks(lines: readonly string[], firstIndex: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: string[] = [];
  let startIndex = firstIndex;
  const close = (): void => {
    if (current.length > 0) {
      blocks.push({ text: current.join(' '), lineBreaks: joinOffsets(current), line: startIndex + 1, lineCount: current.length });
    }
    current = [];
  };
  for (let index = firstIndex; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') {
      close();
      continue;
    }
    if (current.length === 0) startIndex = index;
    current.push(line);
  }
  close();
  return blocks;
}

/** Where `lines.join(' ')` puts its spaces. */
function joinOffsets(lines: readonly string[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines.slice(0, -1)) {
    offset += line.length;
    offsets.push(offset);
    offset += 1;
  }
  return offsets;
}
