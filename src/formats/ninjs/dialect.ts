/**
 * Which ninjs an item is: 2.x spells its property names in lower case (`versioncreated`,
 * `contenttype`), 3.x in camelCase (`versionCreated`, `contentType`); 1.x had single `headline`
 * and `body_text`/`body_html` fields instead of arrays. The names an item uses decide; an item
 * using only names both share (`uri`, `headlines`, `bodies` …) is read by `standard.version`, else
 * as 3.x, under whose schema it is equally valid.
 */
import type { Node } from 'jsonc-parser';
import { fail, propertyNames, propertyNode, type JsonDocument } from './json.js';

export type NinjsVersion = 2 | 3;

/** The property names that differ between the versions, as each spells them. */
export interface NinjsNames {
  readonly versionCreated: string;
  readonly embargoed: string;
  readonly pubStatus: string;
  readonly contentType: string;
  readonly charCount: string;
  readonly wordCount: string;
  readonly altIds: string;
  readonly edNote: string;
}

export const ninjsNames: Readonly<Record<NinjsVersion, NinjsNames>> = {
  2: {
    versionCreated: 'versioncreated',
    embargoed: 'embargoed',
    pubStatus: 'pubstatus',
    contentType: 'contenttype',
    charCount: 'charcount',
    wordCount: 'wordcount',
    altIds: 'altids',
    edNote: 'ednote',
  },
  3: {
    versionCreated: 'versionCreated',
    embargoed: 'embargoedUntil',
    pubStatus: 'pubStatus',
    contentType: 'contentType',
    charCount: 'charCount',
    wordCount: 'wordCount',
    altIds: 'altIds',
    edNote: 'edNote',
  },
};

/** Top-level names only 3.x uses, and their 2.x spelling (`embargoedUntil` was `embargoed`). */
const renamed: ReadonlyArray<readonly [string, string]> = [
  ['representationType', 'representationtype'],
  ['firstCreated', 'firstcreated'],
  ['versionCreated', 'versioncreated'],
  ['contentCreated', 'contentcreated'],
  ['embargoedUntil', 'embargoed'],
  ['pubStatus', 'pubstatus'],
  ['copyrightHolder', 'copyrightholder'],
  ['copyrightNotice', 'copyrightnotice'],
  ['usageTerms', 'usageterms'],
  ['edNote', 'ednote'],
  ['infoSources', 'infosources'],
  ['altIds', 'altids'],
  ['trustIndicators', 'trustindicators'],
  ['rightsInfo', 'rightsinfo'],
  ['digitalSourceType', 'digitalsourcetype'],
];
/** Names inside `headlines`, `descriptions` and `bodies` entries. */
const renamedInText: ReadonlyArray<readonly [string, string]> = [
  ['contentType', 'contenttype'],
  ['charCount', 'charcount'],
  ['wordCount', 'wordcount'],
];
const version1Names = ['headline', 'body_text', 'body_html', 'body_xhtml', 'description_text', 'description_html'];

export function ninjsVersion(root: Node, doc: JsonDocument): NinjsVersion {
  const names = new Set(propertyNames(root));
  const legacy = version1Names.find((name) => names.has(name));
  if (legacy !== undefined) {
    fail(doc, propertyNode(root, legacy)!, `"${legacy}" is a ninjs 1.x field: wire-l10n reads ninjs 2.x and 3.x`, 'convert the item to ninjs 2.x or 3.x (`headlines[]`, `bodies[]`)');
  }
  const textNames = ['headlines', 'descriptions', 'bodies'].flatMap((field) => {
    const list = propertyNode(root, field);
    return (list?.type === 'array' ? list.children ?? [] : []).flatMap((entry) => (entry.type === 'object' ? propertyNames(entry) : []));
  });
  const used = new Set([...names, ...textNames]);
  const spelled = (index: 0 | 1): string | undefined =>
    [...renamed, ...renamedInText].map((pair) => pair[index]).find((name) => used.has(name));
  const camel = spelled(0);
  const lower = spelled(1);
  if (camel !== undefined && lower !== undefined) {
    fail(doc, root, `the item mixes ninjs 3.x names ("${camel}") with 2.x names ("${lower}")`, 'ninjs 2.x spells every name in lower case, 3.x in camelCase: use one');
  }
  if (camel !== undefined) return 3;
  if (lower !== undefined) return 2;
  return declaredVersion(root) ?? 3;
}

/** `standard.version` when it names a major version we read. */
function declaredVersion(root: Node): NinjsVersion | undefined {
  const standard = propertyNode(root, 'standard');
  const version = standard?.type === 'object' ? propertyNode(standard, 'version')?.value : undefined;
  if (typeof version !== 'string') return undefined;
  if (version.startsWith('2.')) return 2;
  if (version.startsWith('3.')) return 3;
  return undefined;
}
