import { describe, expect, it } from 'vitest';
import { runJob } from '../../src/job/run.js';
import { noneEngine } from '../../src/mt/engines/none.js';
import { pseudoEngine } from '../../src/mt/engines/pseudo.js';
import { articleOf, glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const story = articleOf(
  [
    ['headline', 'Dockers end their strike'],
    ['paragraph', 'The strike lasted 12 days. Ships sailed on Friday.'],
  ],
  { id: 'port-2026-11-20', version: 3 },
);

const machine = scriptedEngine((source, lang) => `${lang.toUpperCase()} ${source}`);

/** The front-matter block at the top of a story file, parsed as its lines. */
const headerOf = (story: string) => story.slice(4, story.indexOf('\n---\n')).split('\n');

describe('where each target came from', () => {
  it('report.json counts units per origin per language, and the story header says what the story is', async () => {
    const { services, disk, store } = await memoryJobWorld(glossaryOf());
    await store.tm.add([{ sourceLang: 'en', targetLang: 'fr', source: 'Ships sailed on Friday.', target: 'Les navires ont appareillé vendredi.', origin: 'tmx' }]);
    await runJob(jobOptions(machine, ['test.txt']), services([story]));
    const report = JSON.parse(disk.get('out/report.json')!);
    expect(report.articles[0].languages.fr.origins).toEqual({ human: 0, tm: 1, mt: 2, pseudo: 0, none: 0 });
    expect(report.articles[0].languages.ar.origins).toEqual({ human: 0, tm: 0, mt: 3, pseudo: 0, none: 0 });
    expect(report.totals.languages.fr.origins).toEqual({ human: 0, tm: 1, mt: 2, pseudo: 0, none: 0 });
    expect(headerOf(disk.get('out/port-2026-11-20.fr.txt')!)).toEqual([
      'id: port-2026-11-20.fr',
      'language: fr',
      'source:',
      '  id: port-2026-11-20',
      '  language: en',
      '  version: 3',
      'origins:',
      '  human: 0',
      '  tm: 1',
      '  mt: 2',
      '  pseudo: 0',
      '  none: 0',
      'unreviewedMachineTranslation: true',
      'pseudoTranslation: false',
      'status: complete',
    ]);
  });

  it('counts units without a target as origin none, and a pseudo-translated story says it is one', async () => {
    const offline = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(noneEngine, ['test.txt'], { targetLangs: ['fr'] }), offline.services([story]));
    expect(JSON.parse(offline.disk.get('out/report.json')!).articles[0].languages.fr.origins).toEqual({ human: 0, tm: 0, mt: 0, pseudo: 0, none: 3 });

    const pseudo = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(pseudoEngine, ['test.txt'], { targetLangs: ['fr'] }), pseudo.services([story]));
    expect(headerOf(pseudo.disk.get('out/port-2026-11-20.fr.txt')!)).toEqual(
      expect.arrayContaining(['  pseudo: 3', 'unreviewedMachineTranslation: false', 'pseudoTranslation: true']),
    );
  });

  it('writes report.json byte for byte the same when a run is repeated from a fresh output folder', async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(machine, ['test.txt']), services([story]));
    const first = new Map(disk);
    disk.clear();
    await runJob(jobOptions(machine, ['test.txt']), services([story]));
    expect(new Map(disk)).toEqual(first);
  });
});
