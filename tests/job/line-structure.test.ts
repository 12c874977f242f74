import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { runJob } from '../../src/job/run.js';
import { glossaryOf } from '../helpers/builders.js';
import { jobOptions, memoryJobWorld } from '../helpers/job-world.js';
import { scriptedEngine } from '../helpers/scripted-engine.js';

const storyFile = [
  '---',
  'id: talks-2024-11-23',
  'date: 2024-11-23',
  '---',
  'Talks resume in Doha',
  '',
  'The agreement has three parts:',
  '1. Troops withdraw from the border.',
  '2. Prisoners are exchanged.',
  '3. Aid convoys enter the city.',
  '',
  'Negotiators will meet again next week, officials said. They gave no',
  'date for the signing.',
  '',
].join('\n');

describe('line structure of the source in the localized story and bundle', () => {
  const article = ingestText(new TextEncoder().encode(storyFile), 'talks.txt');
  const run = async () => {
    const { services, disk } = await memoryJobWorld(glossaryOf());
    await runJob(jobOptions(scriptedEngine((source) => `FR ${source}`), ['talks.txt'], { targetLangs: ['fr'] }), services([article]));
    return disk;
  };

  it('starts each list item on its own line, as the source does', async () => {
    const disk = await run();
    const story = disk.get('out/talks-2024-11-23.fr.txt')!;
    // (French house style puts a no-break space before the colon.)
    expect(story).toContain(
      'FR The agreement has three parts\u00A0:\nFR 1. Troops withdraw from the border.\nFR 2. Prisoners are exchanged.\nFR 3. Aid convoys enter the city.',
    );
    const bundle = JSON.parse(disk.get('locales/fr/talks-2024-11-23.json')!) as { paragraphs: Record<string, string> };
    expect(bundle.paragraphs['p1']!.split('\n')).toHaveLength(4);
  });

  it('runs a hard-wrapped paragraph on with spaces, its sentences as before', async () => {
    const disk = await run();
    const story = disk.get('out/talks-2024-11-23.fr.txt')!;
    expect(story).toContain('FR Negotiators will meet again next week, officials said. FR They gave no date for the signing.');
  });
});
