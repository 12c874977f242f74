/**
 * Markup codes through the real OmegaT 3.6: our XLIFF 1.2 of a marked-up story (a link, emphasis
 * around a number, a line break, a pair a sentence boundary cut) in an OmegaT project, translated
 * from its tm/auto memory with the tags OmegaT shows, then read back and imported: each target's
 * markup placed where the translation put its tags. OmegaT never updates states, so the units are
 * decided as `--edited-as translated` decides them.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideUnit } from '../../src/import/decide.js';
import type { Unit } from '../../src/model.js';
import { writeXliff } from '../../src/xliff/index.js';
import { readXliff } from '../../src/xliff/read/index.js';
import { announceSkip, hasCommand, omegatJar, skipReason } from '../helpers/external-tools.js';
import { createOmegatProject, omegatMemory, omegatSegments, runOmegat } from '../helpers/omegat.js';
import { glossary, localized, markedUnits, placement } from '../xliff/fixtures.js';

const skip = skipReason({ 'OmegaT (apt-get install omegat)': omegatJar() !== undefined, 'java on PATH': hasCommand('java') });
announceSkip('the OmegaT round trip with markup codes', skip);

/**
 * The translator's memory, spelled with the tags OmegaT shows for our codes: `<g0>…</g0>` for a
 * `<g>`, `<x0/>` for an `<x>`, `<f1/>` for the number's `<ph>`. A pair around the whole segment
 * (the first piece of the split `<strong>`) is kept outside the segment by OmegaT.
 */
const memory: Readonly<Record<string, string>> = {
  'Read the <g0>full report</g0> on the agency’s site.': 'Lisez le <g0>rapport complet</g0> sur le site de l’agence.',
  'Some <g0><f1/></g0> troops remain.': 'Quelque <g0><f1/></g0> soldats restent.',
  // The translator moved the line break.
  'Talks resume in Doha,<x0/> officials said.': 'Selon des responsables,<x0/> les pourparlers reprennent à Doha.',
  'Markets fell.': 'Les marchés ont reculé.',
  '<g0>Oil rose</g0> on Monday.': '<g0>Le pétrole a progressé</g0> lundi.',
};

const expectedTargets: ReadonlyArray<Pick<Unit, 'target' | 'targetMarkup'>> = [
  { target: 'Lisez le rapport complet sur le site de l’agence.', targetMarkup: [placement('Lisez le rapport complet sur le site de l’agence.', 'm1', 'rapport complet')] },
  { target: 'Quelque 2,500 soldats restent.', targetMarkup: [placement('Quelque 2,500 soldats restent.', 'm1', '2,500')] },
  { target: 'Selon des responsables, les pourparlers reprennent à Doha.', targetMarkup: [placement('Selon des responsables, les pourparlers reprennent à Doha.', 'm2', 'responsables,', true)] },
  { target: 'Les marchés ont reculé.', targetMarkup: [{ id: 'm1', start: 0, end: 'Les marchés ont reculé.'.length }] },
  { target: 'Le pétrole a progressé lundi.', targetMarkup: [placement('Le pétrole a progressé lundi.', 'm1', 'Le pétrole a progressé')] },
];

describe.skipIf(skip !== undefined)('OmegaT 3.6 round trip with markup codes (real OmegaT)', () => {
  // Untranslated: OmegaT gets the source copies, as the job writes them for a translator.
  const units = markedUnits().map(({ target: _target, targetMarkup: _markup, origin: _origin, engine: _engine, ...rest }): Unit => ({ ...rest, state: 'untranslated' }));
  let segments: string[];
  let returnedXml: string;

  beforeAll(async () => {
    const jar = omegatJar()!;
    const project = await createOmegatProject(join(await mkdtemp(join(tmpdir(), 'wire-l10n-omegat-markup-')), 'project'), { source: 'en', target: 'fr' });
    await writeFile(join(project.sourceDir, 'story.fr.xlf'), writeXliff(localized(units), { version: '1.2', glossary }));
    segments = await omegatSegments(jar, project);
    await writeFile(join(project.autoTmDir, 'newsroom.tmx'), omegatMemory(memory));
    await runOmegat(jar, project, 'console-translate');
    returnedXml = await readFile(join(project.targetDir, 'story.fr.xlf'), 'utf8');
  }, 180_000);

  it('shows the markup codes to the translator as tags', () => {
    expect(segments.sort()).toEqual(Object.keys(memory).sort());
  });

  it('gives the tags back as our codes, and the import places each target’s markup where the translation put it', () => {
    expect(returnedXml).toContain('Selon des responsables,<x id="m2" ctype="lb"/> les pourparlers');
    const read = readXliff(new TextEncoder().encode(returnedXml), 'story.fr.xlf').units;
    const decisions = read.map((readUnit, index) => decideUnit(readUnit, units[index]!.segment, undefined, { editedAs: 'translated' }));
    expect(decisions).toEqual(expectedTargets.map(({ target, targetMarkup }) => ({ kind: 'apply', target, targetMarkup, state: 'translated' })));
  });
});
