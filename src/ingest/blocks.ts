/** A run of non-blank lines: one piece of the story before it is given a role. */
export interface SourceBlock {
  /** The trimmed lines joined with single spaces. */
  readonly text: string;
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
    if (current.length > 0) blocks.push({ text: current.join(' '), line: startIndex + 1, lineCount: current.length });
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
