import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/sqlite/migrations.js';
import { PAGE_SIZE } from '../../src/store/pages.js';
import type { OutputRecord, RunSettings } from '../../src/store/store.js';
import { collect } from '../helpers/collect.js';
import { describeEachStore, openKindStore } from './store-kinds.js';
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

describeEachStore('output records', (kind) => {
  it('keep how the input was run, and nothing when the job did not say', async () => {
    const store = await openKindStore(kind);
    await store.outputs.put('stories/a.txt', { ...record, settings });
    await store.outputs.put('stories/b.txt', record);
    expect(await store.outputs.get('stories/a.txt')).toEqual({ ...record, settings });
    expect(await store.outputs.get('stories/b.txt')).toEqual(record);
    expect(await store.outputs.get('stories/c.txt')).toBeUndefined();
  });

  it('are listed with their input keys, by story id and then input key', async () => {
    const store = await openKindStore(kind);
    expect(await collect(store.outputs.list())).toEqual([]);
    await store.outputs.put('stories/b.txt', { ...record, articleId: 'story-1' });
    await store.outputs.put('stories/a.txt', { ...record, articleId: 'story-2', settings });
    await store.outputs.put('stories/c.txt', { ...record, articleId: 'story-1' });
    expect((await collect(store.outputs.list())).map(({ inputKey, record: listed }) => [listed.articleId, inputKey])).toEqual([
      ['story-1', 'stories/b.txt'],
      ['story-1', 'stories/c.txt'],
      ['story-2', 'stories/a.txt'],
    ]);
    expect((await collect(store.outputs.list()))[2]).toEqual({ inputKey: 'stories/a.txt', record: { ...record, articleId: 'story-2', settings }, ownsStory: false });
    // Listed with whether the input owns its story id: the one that does is the project's.
    await store.stories.put('story-1', { inputKey: 'stories/c.txt', version: 2 });
    expect((await collect(store.outputs.list())).map(({ inputKey, ownsStory }) => [inputKey, ownsStory])).toEqual([
      ['stories/b.txt', false],
      ['stories/c.txt', true],
      ['stories/a.txt', false],
    ]);
  });

  it('are listed page by page, each once, while records are put and removed', async () => {
    const store = await openKindStore(kind);
    const keys = Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, i) => `stories/${String(i).padStart(4, '0')}.txt`);
    for (const key of keys) await store.outputs.put(key, record);
    const listed: string[] = [];
    for await (const { inputKey } of store.outputs.list()) {
      listed.push(inputKey);
      // A record put again, one removed behind the listing and one ahead of it.
      if (listed.length === PAGE_SIZE) {
        await store.outputs.put(keys[0]!, { ...record, fingerprint: 'f2' });
        await store.outputs.remove(keys[1]!);
        await store.outputs.remove(keys.at(-1)!);
      }
    }
    expect(listed).toEqual(keys.slice(0, -1));
  });

  it('are listed in the byte order of the story ids in UTF-8, whatever the store', async () => {
    const store = await openKindStore(kind);
    const ids = ['éclair', 'Zeta', 'ätsch', 'alpha', '\u{1F600}-smile', '\uFF21-wide', 'Émile'];
    for (const id of ids) await store.outputs.put(`stories/${id}.txt`, { ...record, articleId: id });
    const byteOrder = [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(byteOrder.slice(-2)).toEqual(['\uFF21-wide', '\u{1F600}-smile']);
    expect((await collect(store.outputs.list())).map(({ record: listed }) => listed.articleId)).toEqual(byteOrder);
  });

});

describeEachStore('story owners', (kind) => {
  it('hold one input per id and one id per input', async () => {
    const store = await openKindStore(kind);
    await store.stories.put('story-1', { inputKey: 'stories/a.txt', version: 1 });
    await store.stories.put('story-2', { inputKey: 'stories/a.txt', version: 1 });
    expect(await store.stories.get('story-1')).toBeUndefined();
    await store.stories.put('story-2', { inputKey: 'stories/b.txt', version: 2 });
    expect(await store.stories.get('story-2')).toEqual({ inputKey: 'stories/b.txt', version: 2 });
  });
});

describe('output records and story owners in an SQLite store of an older schema', () => {
  it('output records survive the migration from a store of schema 1, without settings until the next run records them', async () => {
    const path = tempStorePath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    old.exec(migrations[0]!.sql);
    old.pragma('user_version = 1');
    old.prepare(`INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent) VALUES (?, ?, ?, ?, ?, ?)`)
      .run('stories/a.txt', 'f1', 'story-1', '{}', JSON.stringify(record.files), JSON.stringify(record.absent));
    await old.close();
    const store = await openTempStore(path);
    expect(store.schemaVersion).toBe(migrations.length);
    expect(await store.outputs.get('stories/a.txt')).toEqual(record);
    await store.outputs.put('stories/a.txt', { ...record, settings });
    expect((await store.outputs.get('stories/a.txt'))?.settings).toEqual(settings);
  });

  it('story owners are known after the migration from schema 2, from the output records (version 1)', async () => {
    const path = tempStorePath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    for (const migration of migrations.slice(0, 2)) old.exec(migration.sql);
    old.pragma('user_version = 2');
    old.prepare(`INSERT INTO article_output (input_key, fingerprint, article_id, report, files, absent) VALUES (?, ?, ?, ?, ?, ?)`)
      .run('stories/a.txt', 'f1', 'story-1', '{}', '[]', '[]');
    await old.close();
    const store = await openTempStore(path);
    expect(await store.stories.get('story-1')).toEqual({ inputKey: 'stories/a.txt', version: 1 });
  });
});
