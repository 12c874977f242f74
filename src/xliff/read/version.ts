/** Which XLIFF a document is, from its root element, and how to read it. */
import type { XliffContent } from './document.js';
import { fail } from './fail.js';
import type { KeepElement } from '../../util/xml-read/parse.js';
import type { ReadXliffVersion } from './types.js';
import { XLIFF12_NAMESPACE, keep12, readXliff12 } from './v12.js';
import { XLIFF20_NAMESPACE, XLIFF22_NAMESPACE, keep2, readXliff2 } from './v2.js';
import { attribute, type XmlElement } from '../../util/xml-read/xml.js';

export interface XliffDialect {
  readonly version: ReadXliffVersion;
  /** Which elements the parser keeps. */
  readonly keep: KeepElement;
  readonly read: (root: XmlElement, file: string) => XliffContent;
}

/** The versions each namespace may carry (the 2.2 schema still allows 2.0 and 2.1 in its namespace). */
const VERSIONS_BY_NAMESPACE: ReadonlyMap<string, readonly ReadXliffVersion[]> = new Map<string, readonly ReadXliffVersion[]>([
  [XLIFF12_NAMESPACE, ['1.2']],
  [XLIFF20_NAMESPACE, ['2.0', '2.1']],
  [XLIFF22_NAMESPACE, ['2.0', '2.1', '2.2']],
]);
const KNOWN_VERSIONS: readonly string[] = ['1.2', '2.0', '2.1', '2.2'];
const NAMESPACE_OF: Readonly<Record<ReadXliffVersion, string>> = {
  '1.2': XLIFF12_NAMESPACE,
  '2.0': XLIFF20_NAMESPACE,
  '2.1': XLIFF20_NAMESPACE,
  '2.2': XLIFF22_NAMESPACE,
};

/** Checks the root element (`<xliff>`, a known version in its namespace); throws XliffReadError otherwise. */
export function xliffDialect(root: XmlElement, file: string): XliffDialect {
  const where = { file, line: root.line };
  if (root.local !== 'xliff') fail(where, `the root element is <${root.name}>, not <xliff>: this is not an XLIFF file`);
  const version = attribute(root, 'version');
  if (version === undefined) fail(where, '<xliff> has no version attribute');
  if (!KNOWN_VERSIONS.includes(version)) fail(where, `unknown XLIFF version "${version}": 1.2, 2.0, 2.1 and 2.2 are read`);
  const known = version as ReadXliffVersion;
  const allowed = VERSIONS_BY_NAMESPACE.get(root.uri);
  if (allowed === undefined || !allowed.includes(known)) {
    const namespace = root.uri === '' ? 'no namespace' : `the namespace ${root.uri}`;
    fail(where, `<xliff version="${version}"> is in ${namespace}: XLIFF ${version} is in ${NAMESPACE_OF[known]}`);
  }
  return known === '1.2'
    ? { version: known, keep: keep12(root.uri), read: readXliff12 }
    : { version: known, keep: keep2(root.uri), read: readXliff2 };
}
