/** Which input owns which story id, in SQLite (table story_owner). */
import type { Database } from 'better-sqlite3';
import type { StoryOwner, StoryOwners } from '../store.js';
import type { StoreCall } from './transaction-gate.js';

export function sqliteStoryOwners(db: Database, call: StoreCall): StoryOwners {
  const select = db.prepare<[string], StoryOwner>('SELECT input_key AS inputKey, version FROM story_owner WHERE article_id = ?');
  const releaseOthers = db.prepare('DELETE FROM story_owner WHERE input_key = ? AND article_id <> ?');
  const upsert = db.prepare(
    `INSERT INTO story_owner (article_id, input_key, version) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET input_key = excluded.input_key, version = excluded.version`,
  );
  const claim = db.transaction((articleId: string, owner: StoryOwner) => {
    releaseOthers.run(owner.inputKey, articleId);
    upsert.run(articleId, owner.inputKey, owner.version);
  });
  return {
    get(articleId) {
      return call('reading the story owners', () => select.get(articleId));
    },
    async put(articleId, owner) {
      await call('writing the story owners', () => claim(articleId, owner));
    },
  };
}
