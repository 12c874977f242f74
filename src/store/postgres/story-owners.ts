/** Which input owns which story id, in PostgreSQL (table story_owner). */
import type { StoryOwner, StoryOwners } from '../store.js';
import type { PostgresGate } from './transaction-gate.js';

export function postgresStoryOwners(gate: PostgresGate, schema: string): StoryOwners {
  const { query } = gate;
  return {
    async get(articleId) {
      const result = await query<StoryOwner>('reading the story owners', 'SELECT input_key AS "inputKey", version FROM story_owner WHERE article_id = $1', [articleId]);
      return result.rows[0];
    },
    async put(articleId, owner) {
      await gate.transaction(async () => {
        // Owners change one at a time, as SQLite's one writer does: two workers giving one input
        // two ids at once would otherwise both release the other's row and collide on input_key.
        await query('writing the story owners', "SELECT pg_advisory_xact_lock(hashtextextended('wire-l10n story owners ' || $1, 0))", [schema]);
        await query('writing the story owners', 'DELETE FROM story_owner WHERE input_key = $1 AND article_id <> $2', [owner.inputKey, articleId]);
        await query(
          'writing the story owners',
          `INSERT INTO story_owner (article_id, input_key, version) VALUES ($1, $2, $3)
           ON CONFLICT (article_id) DO UPDATE SET input_key = excluded.input_key, version = excluded.version`,
          [articleId, owner.inputKey, owner.version],
        );
      });
    },
  };
}
