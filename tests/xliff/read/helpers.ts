import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { XliffReadError } from '../../../src/errors.js';
import { readXliff, type ReadXliffFile, type ReadXliffOptions } from '../../../src/xliff/read/index.js';

const fixtures = fileURLToPath(new URL('../../fixtures/xliff/', import.meta.url));

/** The bytes of tests/fixtures/xliff/<folder>/<name>. */
export function fixture(folder: 'hostile' | 'tolerant', name: string): Uint8Array {
  return readFileSync(`${fixtures}${folder}/${name}`);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Reads XLIFF given as text. */
export function read(text: string, options?: ReadXliffOptions): ReadXliffFile {
  return readXliff(utf8(text), 'story.fr.xlf', options);
}

/** The XliffReadError reading `bytes` throws (fails the test when it does not). */
export function rejection(bytes: Uint8Array | string, path = 'story.fr.xlf', options?: ReadXliffOptions): XliffReadError {
  try {
    readXliff(typeof bytes === 'string' ? utf8(bytes) : bytes, path, options);
  } catch (error) {
    expect(error).toBeInstanceOf(XliffReadError);
    return error as XliffReadError;
  }
  throw new Error('expected the XLIFF to be rejected');
}

/** An XLIFF 1.2 document around trans-units (the first unit starts on line 5). */
export function xliff12(units: string, fileAttributes = 'source-language="en" target-language="fr"'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="story.txt" datatype="plaintext" ${fileAttributes}>
<body>
${units}
</body>
</file>
</xliff>
`;
}

/** An XLIFF 2.x document around units (the first unit starts on line 4). */
export function xliff2(units: string, options: { version?: string; namespace?: string; rootAttributes?: string } = {}): string {
  const namespace = options.namespace ?? 'urn:oasis:names:tc:xliff:document:2.0';
  const rootAttributes = options.rootAttributes ?? 'srcLang="en" trgLang="fr"';
  return `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="${namespace}" version="${options.version ?? '2.1'}" ${rootAttributes}>
<file id="f1" original="story.txt">
${units}
</file>
</xliff>
`;
}

/**
 * A 1.2 file whose deepest elements (`<source>`, `<target>`) are `depth` deep, one element per
 * line: xliff, file, body, then groups, the trans-unit, source and target. Returns the text and
 * the line of the `<source>`.
 */
export function nestedXliff12(depth: number): { readonly text: string; readonly sourceLine: number } {
  const groups = depth - 5;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    '<file original="story.txt" source-language="en" target-language="fr" datatype="plaintext">',
    '<body>',
    ...Array.from({ length: groups }, (_, index) => `<group id="g${index + 1}">`),
    '<trans-unit id="p1.s1">',
    '<source>Deep down.</source>',
    '<target state="translated">Tout au fond.</target>',
    '</trans-unit>',
    ...Array.from({ length: groups }, () => '</group>'),
    '</body>',
    '</file>',
    '</xliff>',
  ];
  return { text: `${lines.join('\n')}\n`, sourceLine: 4 + groups + 2 };
}
