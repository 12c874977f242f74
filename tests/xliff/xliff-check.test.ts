/**
 * Runs ../shared/tools/xliff-check.sh (schema, Translate Toolkit's pocount, OmegaT) on written
 * files: software nobody on this project wrote must read them. OmegaT takes seconds per file, so
 * few files are checked. Skips, saying why, when the script or a tool is missing.
 *
 * pocount (translate-toolkit 3.8) is not run on units awaiting review: `pocount --csv`, which the
 * script uses, crashes with KeyError 'reviewsourdcewords' (a typo in pocount's CSV printer) on
 * any `needs-review-*` state. Plain `pocount` reads those files, and a test below shows it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LocalizedArticle, Unit } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import type { XliffSizeLimits, XliffVersion } from '../../src/xliff/index.js';
import {
  announceSkip,
  hasCommand,
  omegatJar,
  skipReason,
  xliffCheckScript,
} from '../helpers/external-tools.js';
import { codedUnits, glossary, localized, pseudoUnits, storyUnits, withSuggestions } from './fixtures.js';

const script = xliffCheckScript();
const reason = skipReason({
  '../shared/tools/xliff-check.sh': script !== undefined,
  'xmllint on PATH (Debian: libxml2-utils)': hasCommand('xmllint'),
  'pocount on PATH (Debian: translate-toolkit)': hasCommand('pocount'),
  'java on PATH': hasCommand('java'),
  'the OmegaT jar (Debian: omegat; or set OMEGAT_JAR)': omegatJar() !== undefined,
});
announceSkip('the xliff-check.sh run (schema, pocount, OmegaT)', reason);

const workDir = reason === undefined ? mkdtempSync(join(tmpdir(), 'wire-l10n-xliff-check-')) : undefined;
afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The story with the engine's unit settled by a human: no unit awaits review. */
function settledUnits(): Unit[] {
  return storyUnits().map((u) => (u.state === 'needs-review' ? { ...u, state: 'translated', origin: 'human' } : u));
}

function writeFile(name: string, doc: LocalizedArticle, version: XliffVersion, sizeLimits?: XliffSizeLimits): string {
  if (!workDir) throw new Error('no work folder');
  const file = join(workDir, name);
  writeFileSync(file, writeXliff(doc, { version, glossary, ...(sizeLimits ? { sizeLimits } : {}) }));
  return file;
}

/** The coded story with its machine translation settled by a human (pocount --csv and needs-review: see above). */
function settledCodedUnits(targetLang: 'fr' | 'ar'): Unit[] {
  return codedUnits(targetLang).map((u) => (u.state === 'needs-review' ? { ...u, state: 'translated', origin: 'human' } : u));
}

/** A write-thru with urgency and dateline, so every story metadata field is written. */
function writeThru(doc: LocalizedArticle): LocalizedArticle {
  return { ...doc, article: { ...doc.article, version: 2, urgency: 3 } };
}

function run(command: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: workDir, encoding: 'utf8', timeout: 170_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** OmegaT saw every unit and wrote back a schema-valid file. */
const omegatReadAll = /^PASS .*\(5 segments from 5 trans-units; written-back file valid\)/;

/** The `PASS|FAIL|SKIP <consumer> <file> (…)` line for one file and consumer. */
function verdict(output: string, consumer: string, file: string): string | undefined {
  return output.split('\n').find((line) => {
    const [, name, path] = line.split(/\s+/);
    return name === consumer && path === file;
  });
}

/** The `(5 units: 2 translated, …)` part of a pocount verdict line. */
function counts(line: string | undefined): string | undefined {
  return line?.match(/\(\d+ units: [^)]*\)/)?.[0];
}

describe('xliff-check.sh on written files', () => {
  it.skipIf(reason !== undefined)(
    'passes schema, pocount and OmegaT on 1.2 (French, Arabic, French with suggestions) and schema on 2.1',
    () => {
      const fr12 = writeFile('story.fr.12.xlf', localized(settledUnits()), '1.2');
      const ar12 = writeFile('story.ar.12.xlf', localized(settledUnits(), { targetLang: 'ar' }), '1.2');
      // <alt-trans> must not stop OmegaT, nor count as units or words in pocount.
      const suggested12 = writeFile('suggested.fr.12.xlf', localized(withSuggestions(settledUnits())), '1.2');
      const ar21 = writeFile('story.ar.21.xlf', localized(storyUnits(), { targetLang: 'ar' }), '2.1');
      const { status, output } = run(script ?? '', [fr12, ar12, suggested12, ar21]);
      for (const file of [fr12, ar12, suggested12]) {
        expect(verdict(output, 'schema', file), output).toMatch(/^PASS .*XLIFF 1\.2, 1\.2\/xliff-core-1\.2-strict\.xsd/);
        expect(verdict(output, 'pocount', file), output).toMatch(/^PASS .*\(5 units: /);
        expect(verdict(output, 'omegat', file), output).toMatch(omegatReadAll);
      }
      expect(counts(verdict(output, 'pocount', suggested12)), output).toBe(counts(verdict(output, 'pocount', fr12)));
      expect(verdict(output, 'schema', ar21), output).toMatch(/^PASS .*XLIFF 2\.1, 2\.1\/xliff-2\.1-all\.xsd/);
      expect(verdict(output, 'pocount', ar21), output).toMatch(/^SKIP /);
      expect(verdict(output, 'omegat', ar21), output).toMatch(/^SKIP /);
      expect(output).toContain('xliff-check: 10 passed, 0 failed, 2 skipped');
      expect(status, output).toBe(0);
    },
    180_000,
  );

  it.skipIf(reason !== undefined)(
    'passes schema, pocount and OmegaT on 1.2 pseudo-translations (French, Arabic)',
    () => {
      const fr12 = writeFile('pseudo.fr.12.xlf', localized(pseudoUnits('fr')), '1.2');
      const ar12 = writeFile('pseudo.ar.12.xlf', localized(pseudoUnits('ar'), { targetLang: 'ar' }), '1.2');
      const { status, output } = run(script ?? '', [fr12, ar12]);
      for (const file of [fr12, ar12]) {
        expect(verdict(output, 'schema', file), output).toMatch(/^PASS /);
        expect(verdict(output, 'pocount', file), output).toMatch(/^PASS .*\(5 units: 0 translated/);
        expect(verdict(output, 'omegat', file), output).toMatch(omegatReadAll);
      }
      expect(status, output).toBe(0);
    },
    180_000,
  );

  it.skipIf(reason !== undefined)(
    'passes schema, pocount and OmegaT on 1.2 with inline codes, story metadata, phase and size limits (French, Arabic), and schema on 2.1',
    () => {
      const limits: XliffSizeLimits = { headline: 90 };
      const fr12 = writeFile('coded.fr.12.xlf', writeThru(localized(settledCodedUnits('fr'))), '1.2', limits);
      const ar12 = writeFile('coded.ar.12.xlf', writeThru(localized(settledCodedUnits('ar'), { targetLang: 'ar' })), '1.2', limits);
      const fr21 = writeFile('coded.fr.21.xlf', writeThru(localized(codedUnits('fr'))), '2.1', limits);
      const ar21 = writeFile('coded.ar.21.xlf', writeThru(localized(codedUnits('ar'), { targetLang: 'ar' })), '2.1', limits);
      const { status, output } = run(script ?? '', [fr12, ar12, fr21, ar21]);
      for (const file of [fr12, ar12]) {
        expect(verdict(output, 'schema', file), output).toMatch(/^PASS .*XLIFF 1\.2, 1\.2\/xliff-core-1\.2-strict\.xsd/);
        expect(verdict(output, 'pocount', file), output).toMatch(/^PASS .*\(4 units: /);
        expect(verdict(output, 'omegat', file), output).toMatch(/^PASS .*\(4 segments from 4 trans-units; written-back file valid\)/);
      }
      for (const file of [fr21, ar21]) {
        expect(verdict(output, 'schema', file), output).toMatch(/^PASS .*XLIFF 2\.1, 2\.1\/xliff-2\.1-all\.xsd/);
      }
      expect(output).toContain('xliff-check: 8 passed, 0 failed, 4 skipped');
      expect(status, output).toBe(0);
    },
    180_000,
  );

  it.skipIf(reason !== undefined)('lets pocount count the same units and words with suggestions as without', () => {
    const plain = writeFile('words.fr.12.xlf', localized(storyUnits()), '1.2');
    const suggested = writeFile('words-suggested.fr.12.xlf', localized(withSuggestions(storyUnits())), '1.2');
    // Plain pocount: its --csv mode crashes on the engine's needs-review unit (see above).
    const [plainCounts, suggestedCounts] = [plain, suggested].map((file) => {
      const { status, output } = run('pocount', [file]);
      expect(status, output).toBe(0);
      return output.split('\n').slice(1).join('\n');
    });
    expect(suggestedCounts).toMatch(/Total:\s+5\s+30\b/);
    expect(suggestedCounts).toBe(plainCounts);
  });

  it.skipIf(reason !== undefined)('lets plain pocount count machine translations awaiting review', () => {
    const machineTranslated = pseudoUnits('fr').map((unit) => ({ ...unit, origin: 'mt' as const, engine: 'scripted' }));
    const file = writeFile('review.fr.12.xlf', localized(machineTranslated), '1.2');
    const { status, output } = run('pocount', [file]);
    expect(output).toMatch(/Total:\s+5\b/);
    expect(output).toMatch(/Needs-Review:\s+5\b/);
    expect(status, output).toBe(0);
  });
});
