/**
 * Validates written files against the OASIS schemas with xmllint (offline, through the schemas'
 * XML catalog): XLIFF 1.2 strict, and XLIFF 2.1 core plus every module schema.
 * The schemas are in the repository (tests/fixtures/xliff-schemas); skips, saying why, only
 * when xmllint is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalizedArticle, Unit } from '../../src/model.js';
import { writeXliff, xliffVersions } from '../../src/xliff/index.js';
import type { XliffSizeLimits, XliffVersion } from '../../src/xliff/index.js';
import { announceSkip, hasCommand, skipReason, xliffSchemasDir } from '../helpers/external-tools.js';
import { hostileDocument, hostileGlossary } from './hostile-fixtures.js';
import { codedUnits, glossary, localized, markedUnits, pseudoUnits, spannedSegment, storyUnits, unit, withSuggestions } from './fixtures.js';

const schemas = xliffSchemasDir;
const reason = skipReason({
  'xmllint on PATH (Debian: libxml2-utils)': hasCommand('xmllint'),
});
announceSkip('XLIFF schema validation', reason);

const schemaFiles: Readonly<Record<XliffVersion, string>> = {
  '1.2': join('1.2', 'xliff-core-1.2-strict.xsd'),
  '2.1': join('2.1', 'xliff-2.1-all.xsd'),
};

/** Protected spans holding every character XML gives a meaning to, in source and target. */
function hostileSpans(): Unit[] {
  const source = 'Shares of AT&T <b> rose, see https://x.com/?a=1&b=<2>&amp; "now".';
  const seg = spannedSegment('p1.s1', source, [
    ['AT&T <b>', 'dnt'],
    ['https://x.com/?a=1&b=<2>&amp;', 'url'],
  ]);
  return [unit(seg, { state: 'translated', origin: 'human', target: "L'action AT&T <b> a monté (https://x.com/?a=1&b=<2>&amp;)." })];
}

/** Marked-up units whose targets lost, doubled and crossed their codes: written without the broken ones. */
function brokenMarkup(): Unit[] {
  return markedUnits().map((u) => (u.targetMarkup ? { ...u, targetMarkup: [...u.targetMarkup, ...u.targetMarkup, { id: 'm7', start: 0, end: 1 }] } : u));
}

/** A write-thru with urgency and a full dateline: every story metadata field. */
function writeThru(): LocalizedArticle {
  const doc = localized(codedUnits());
  return { ...doc, article: { ...doc.article, version: 3, urgency: 2, dateline: { place: 'A & <B>', date: '2024-11-23', agency: 'AFP' } } };
}

const noLimits: XliffSizeLimits = {};
const headlineLimit: XliffSizeLimits = { headline: 90, paragraph: 400 };

const documents: ReadonlyArray<readonly [string, LocalizedArticle, typeof glossary, XliffSizeLimits]> = [
  ['every state, French', localized(storyUnits()), glossary, noLimits],
  ['every state, Arabic', localized(storyUnits(), { targetLang: 'ar' }), glossary, noLimits],
  ['pseudo-translation, French', localized(pseudoUnits('fr')), glossary, noLimits],
  ['pseudo-translation, Arabic', localized(pseudoUnits('ar'), { targetLang: 'ar' }), glossary, noLimits],
  ['hostile text and paths', hostileDocument(), hostileGlossary, noLimits],
  ['translation-memory suggestions, French', localized(withSuggestions(storyUnits())), glossary, noLimits],
  ['translation-memory suggestions on pseudo-translations', localized(withSuggestions(pseudoUnits('fr'))), glossary, noLimits],
  ['inline codes in source and targets, French', localized(codedUnits()), glossary, noLimits],
  ['inline codes in Arabic targets', localized(codedUnits('ar'), { targetLang: 'ar' }), glossary, noLimits],
  ['inline codes with hostile text', localized(hostileSpans()), glossary, noLimits],
  ['story metadata, size limits and inline codes', writeThru(), glossary, headlineLimit],
  ['size limits on pseudo-translations, Arabic', localized(pseudoUnits('ar'), { targetLang: 'ar' }), glossary, headlineLimit],
  ['markup codes: a link, emphasis around a number, a line break, a split pair', localized(markedUnits()), glossary, noLimits],
  ['markup codes with a target whose markup is broken', localized(brokenMarkup()), glossary, noLimits],
];

const workDir = reason === undefined ? mkdtempSync(join(tmpdir(), 'wire-l10n-xliff-schema-')) : undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** xmllint's verdict on one file: exit status and what it printed. */
function validate(xml: string, version: XliffVersion, name: string): { status: number | null; output: string } {
  if (!workDir) throw new Error('schema validation needs a work folder');
  const file = join(workDir, `${name}.xlf`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', join(schemas, schemaFiles[version]), file], {
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: join(schemas, 'catalog.xml') },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.each(xliffVersions)('XLIFF %s against the OASIS schema', (version) => {
  it.skipIf(reason !== undefined).each(documents)('validates: %s', (name, doc, termbase, sizeLimits) => {
    const xml = writeXliff(doc, { version, glossary: termbase, sizeLimits });
    const result = validate(xml, version, `${name}.${version}`);
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

describe('the module and inline-code schemas', () => {
  const xml = writeXliff(writeThru(), { version: '2.1', glossary, sizeLimits: headlineLimit });

  it.skipIf(reason !== undefined)('are a real check: an <mda:meta> without its required type fails', () => {
    const result = validate(xml.replace('<mda:meta type="id">', '<mda:meta>'), '2.1', 'broken-meta.2.1');
    expect(result.output).toMatch(/meta.*The attribute 'type' is required/);
    expect(result.status).not.toBe(0);
  });

  it.skipIf(reason !== undefined)('are a real check: a 2.1 <ph> with canCopy="maybe" fails', () => {
    const result = validate(xml.replace('canCopy="no"', 'canCopy="maybe"'), '2.1', 'broken-ph.2.1');
    expect(result.output).toMatch(/ph.*canCopy/);
    expect(result.status).not.toBe(0);
  });

  it.skipIf(reason !== undefined)('are a real check: a 1.2 <ph> ctype outside the list and without x- fails', () => {
    const xml12 = writeXliff(writeThru(), { version: '1.2', glossary, sizeLimits: headlineLimit });
    const result = validate(xml12.replace('ctype="x-number"', 'ctype="number"'), '1.2', 'broken-ph.1.2');
    expect(result.output).toMatch(/ph.*ctype/);
    expect(result.status).not.toBe(0);
  });

  it.skipIf(reason !== undefined)('are a real check: a 1.2 phase tool-id naming no <tool> fails', () => {
    const xml12 = writeXliff(writeThru(), { version: '1.2', glossary });
    const result = validate(xml12.replace('process-name="translation" tool-id="wire-l10n"', 'process-name="translation" tool-id="nobody"'), '1.2', 'broken-phase.1.2');
    expect(result.output).toContain('KR_phase_tool-id');
    expect(result.status).not.toBe(0);
  });
});
