/**
 * Validates written files against the OASIS schemas with xmllint (offline, through the schemas'
 * XML catalog): XLIFF 1.2 strict, and XLIFF 2.1 core plus every module schema.
 * Skips, saying why, when ../shared/xliff-schemas or xmllint is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalizedArticle } from '../../src/model.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffVersion } from '../../src/xliff/index.js';
import { announceSkip, hasCommand, skipReason, xliffSchemasDir } from '../helpers/external-tools.js';
import { hostileDocument, hostileGlossary } from './hostile-fixtures.js';
import { glossary, localized, pseudoUnits, storyUnits, withSuggestions } from './fixtures.js';

const schemas = xliffSchemasDir();
const reason = skipReason({
  'the XLIFF schemas (../shared/xliff-schemas)': schemas !== undefined,
  'xmllint on PATH (Debian: libxml2-utils)': hasCommand('xmllint'),
});
announceSkip('XLIFF schema validation', reason);

const schemaFiles: Readonly<Record<XliffVersion, string>> = {
  '1.2': join('1.2', 'xliff-core-1.2-strict.xsd'),
  '2.1': join('2.1', 'xliff-2.1-all.xsd'),
};

const documents: ReadonlyArray<readonly [string, LocalizedArticle, typeof glossary]> = [
  ['every state, French', localized(storyUnits()), glossary],
  ['every state, Arabic', localized(storyUnits(), { targetLang: 'ar' }), glossary],
  ['pseudo-translation, French', localized(pseudoUnits('fr')), glossary],
  ['pseudo-translation, Arabic', localized(pseudoUnits('ar'), { targetLang: 'ar' }), glossary],
  ['hostile text and paths', hostileDocument(), hostileGlossary],
  ['translation-memory suggestions, French', localized(withSuggestions(storyUnits())), glossary],
  ['translation-memory suggestions on pseudo-translations', localized(withSuggestions(pseudoUnits('fr'))), glossary],
];

const workDir = reason === undefined ? mkdtempSync(join(tmpdir(), 'wire-l10n-xliff-schema-')) : undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** xmllint's verdict on one file: exit status and what it printed. */
function validate(xml: string, version: XliffVersion, name: string): { status: number | null; output: string } {
  if (!schemas || !workDir) throw new Error('schema validation needs the schemas and a work folder');
  const file = join(workDir, `${name}.xlf`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(schemas, schemaFiles[version]), file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(schemas, 'catalog.xml') },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each(xliffVersions)('XLIFF %s against the OASIS schema', (version) => {
  it.skipIf(reason !== undefined).each(documents)('validates: %s', (name, doc, termbase) => {
    const result = validate(writeXliff(doc, { version, glossary: termbase }), version, `${name}.${version}`);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  it.skipIf(reason !== undefined)('is a real check: a file with an unknown state fails', () => {
    const xml = writeXliff(localized(storyUnits()), { version, glossary }).replace('state="final"', 'state="done"');
    const result = validate(xml, version, `broken.${version}`);
    expect(result.output).toContain('fails to validate');
    expect(result.status).not.toBe(0);
  });
});

describe('the matches module schema', () => {
  // Only the driver schema with every module checks module elements: the core alone skips them (lax).
  it.skipIf(reason !== undefined)('is a real check: an <mtc:match> without its required ref fails', () => {
    const xml = writeXliff(localized(withSuggestions(storyUnits())), { version: '2.1', glossary });
    const result = validate(xml.replaceAll(' ref="#p1.s1"', ''), '2.1', 'broken-match.2.1');
    expect(result.output).toMatch(/match.*The attribute 'ref' is required/);
    expect(result.status).not.toBe(0);
  });
});
