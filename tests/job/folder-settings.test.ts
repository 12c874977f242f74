import { describe, expect, it } from 'vitest';
import { recordedFolderSettings } from '../../src/job/folder-settings.js';
import type { RecordListing } from '../../src/job/folder-outputs.js';
import type { OutputRecord, RunSettings } from '../../src/store/store.js';

const settings = (patch: Partial<RunSettings> = {}): RunSettings => ({
  targetLangs: ['fr'],
  xliffVersions: ['1.2'],
  engine: 'pseudo',
  allowPartial: false,
  fuzzyThreshold: 0.75,
  outDir: 'out',
  localesDir: 'locales',
  glossaryPath: 'glossary',
  ...patch,
});

/** Records as the store lists them: one per story, its files named after it. */
function listing(stories: ReadonlyArray<{ id: string; settings?: RunSettings; ownsStory?: boolean }>): RecordListing {
  return async function* () {
    for (const { id, settings: recorded, ownsStory = true } of stories) {
      const record: OutputRecord = {
        fingerprint: 'f',
        articleId: id,
        report: '{}',
        files: [{ path: `out/${id}.fr.xlf`, sha256: 'x' }, { path: `out/${id}.report.json`, sha256: 'y' }],
        absent: [],
        ...(recorded ? { settings: recorded } : {}),
      };
      yield { inputKey: `${id}.txt`, record, ownsStory };
    }
  };
}

describe('recordedFolderSettings', () => {
  it("gives the settings the folder's records agree on, without looking at files, and none without a record of the folder", async () => {
    const looked: string[] = [];
    const writtenAt = async (path: string) => (looked.push(path), 1);
    const records = listing([
      { id: 'a', settings: settings({ outDir: './out/', targetLangs: ['fr', 'ar'], review: false }) },
      { id: 'b', settings: settings({ outDir: 'out', targetLangs: ['fr', 'ar'], review: false }) },
      { id: 'c', settings: settings({ outDir: 'elsewhere', engine: 'deepl' }) },
      { id: 'd' },
    ]);
    expect(await recordedFolderSettings('out', records, writtenAt)).toEqual({ targetLangs: ['fr', 'ar'], engine: 'pseudo', glossaryPath: 'glossary', review: false });
    expect(looked).toEqual([]);
    expect(await recordedFolderSettings('nowhere', records, writtenAt)).toBeUndefined();
  });

  it('takes the records whose files were written last when they differ, else those of most stories; a story taken over does not count', async () => {
    const records = listing([
      { id: 'a', settings: settings({ engine: 'none' }) },
      { id: 'b', settings: settings({ engine: 'none' }) },
      { id: 'c', settings: settings({ engine: 'deepl' }) },
      { id: 'd', settings: settings({ engine: 'pseudo' }), ownsStory: false },
    ]);
    const times: Record<string, number> = { 'out/a.fr.xlf': 10, 'out/b.report.json': 20, 'out/c.report.json': 30, 'out/d.fr.xlf': 40 };
    expect(await recordedFolderSettings('out', records, async (path) => times[path])).toMatchObject({ engine: 'deepl' });
    expect(await recordedFolderSettings('out', records, async () => undefined)).toMatchObject({ engine: 'none' });
  });
});
