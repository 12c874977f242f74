import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/sqlite/migrations.js';
import type { OutputRecord, RunSettings } from '../../src/store/store.js';
import { openTempStore, tempStorePath } from './temp-store.js';

const settings: RunSettings = {
  targetLangs: ['fr', 'ar'],
  xliffVersions: ['1.2', '2.1'],
  engine: 'pseudo',
  allowPartial: false,
  fuzzyThreshold: 75,
  outDir: 'out',
  localesDir: 'locales',
  glossaryPath: 'glossary',
};

const record: OutputRecord = {
  fingerprint: 'f1',
  articleId: 'story-1',
  report: '{}',
  files: [{ path: 'out/story-1.fr.txt', sha256: 'abc' }],
  absent: ['out/story-1.ar.txt'],
};

describe('output records', () => {
  it('keep how the input was run, and nothing when the job did not say', () => {
    const store = openTempStore();
    store.outputs.put('stories/a.txt', { ...record, settings });
    store.outputs.put('stories/b.txt', record);
    expect(store.outputs.get('stories/a.txt')).toEqual({ ...record, settings });
    expect(store.outputs.get('stories/b.txt')).toEqual(record);
    expect(store.outputs.get('stories/c.txt')).toBeUndefined();
  });

  it('are listed all at once with their input keys, in input-key order', () => {
    const store = openTempStore();
    expect(store.outputs.list()).toEqual([]);
    store.outputs.put('stories/b.txt', record);
    store.outputs.put('stories/a.txt', { ...record, articleId: 'story-2', settings });
    expect(store.outputs.list()).toEqual([
      { inputKey: 'stories/a.txt', record: { ...record, articleId: 'story-2', settings } },
      { inputKey: 'stories/b.txt', record },
    ]);
  });

  it('survive the migration from a store of schema 1, without settings until the next run records them', () => {
    const path = tempStorePath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    old.exec(migrations[0]!.sql);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent) VALUES (?, ?, ?, ?, ?, ?)`)
      .run('stories/a.txt', 'f1', 'story-1', '{}', JSON.stringify(record.files), JSON.stringify(record.absent));
    old.close();
    const store = openTempStore(path);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(store.outputs.get('stories/a.txt')).toEqual(record);
    store.outputs.put('stories/a.txt', { ...record, settings });
    expect(store.outputs.get('stories/a.txt')?.settings).toEqual(settings);
  });
});

describe('story owners', () => {
  it('hold one input per id and one id per input', () => {
    const store = openTempStore();
    store.stories.put('story-1', { inputKey: 'stories/a.txt', version: 1 });
    store.stories.put('story-2', { inputKey: 'stories/a.txt', version: 1 });
    expect(store.stories.get('story-1')).toBeUndefined();
    store.stories.put('story-2', { inputKey: 'stories/b.txt', version: 2 });
    expect(store.stories.get('story-2')).toEqual({ inputKey: 'stories/b.txt', version: 2 });
  });

  it('are known after the migration from schema 2, from the output records (version 1)', () => {
    const path = tempStorePath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    for (const migration of migrations.slice(0, 2)) old.exec(migration.sql);
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent) VALUES (?, ?, ?, ?, ?, ?)`)
      .run('stories/a.txt', 'f1', 'story-1', '{}', '[]', '[]');
    old.close();
    const store = openTempStore(path);
    expect(store.stories.get('story-1')).toEqual({ inputKey: 'stories/a.txt', version: 1 });
  });
});
