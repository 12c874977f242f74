/**
 * What the store learns about each written story — its ledger entries and its output record —
 * gathered over several stories and committed in one transaction.
 *
 * A story's records are added only once its files are written, so a record never vouches for files
 * not yet on disk; a job killed before a commit leaves those stories unrecorded, and the next run
 * computes them again (writing nothing: their files are already as computed; engine results are in
 * the MT cache since their request). A commit per story and language cost a local run on SQLite
 * ~10 % of its CPU, and each is a round trip and a WAL flush on PostgreSQL.
 */
import type { LocalizedArticle } from '../model.js';
import { storedLedgerEntry } from '../store/marked-entries.js';
import type { LedgerEntry, OutputRecord, Store } from '../store/store.js';

/** Stories whose records one transaction commits. */
export const STORIES_PER_COMMIT = 32;

/** A written story, as the store is to record it. */
export interface WrittenStory {
  readonly localized: readonly LocalizedArticle[];
  /** Its output record under its input's key; none for a story not finished (computed again next time). */
  readonly record?: { readonly key: string; readonly record: OutputRecord };
}

export class StoryRecords {
  private pending: WrittenStory[] = [];

  constructor(
    private readonly store: Store,
    private readonly perCommit = STORIES_PER_COMMIT,
  ) {}

  /** Adds a story whose files are written; commits the gathered ones once there are `perCommit`. */
  async add(story: WrittenStory): Promise<void> {
    this.pending.push(story);
    if (this.pending.length >= this.perCommit) await this.commit();
  }

  /** Commits every story added and not yet committed. */
  async commit(): Promise<void> {
    const stories = this.pending;
    this.pending = [];
    if (stories.length === 0) return;
    await this.store.transaction(async () => {
      for (const story of stories) {
        await syncLedger(story.localized, this.store);
        if (story.record) await this.store.outputs.put(story.record.key, story.record.record);
      }
    });
  }
}

/**
 * The story's units in the ledger as this job left them: each target but the untranslated ones and
 * human work, which stays as the import stored it (the job's house-style fix of it is a rendering,
 * and storing the fixed text would change the human work, and every fingerprint, on each run).
 */
async function syncLedger(localized: readonly LocalizedArticle[], store: Store): Promise<void> {
  for (const { article, targetLang, units } of localized) {
    const entries = units.flatMap((unit): LedgerEntry[] =>
      unit.state === 'untranslated' || unit.target === undefined || unit.origin === undefined || unit.origin === 'human'
        ? []
        : [
            storedLedgerEntry(
              {
                articleId: article.id,
                targetLang,
                unitId: unit.id,
                sourceHash: unit.segment.hash,
                target: unit.target,
                ...(unit.targetMarkup === undefined ? {} : { targetMarkup: unit.targetMarkup }),
                state: unit.state,
                origin: unit.origin,
                ...(unit.engine === undefined ? {} : { engine: unit.engine }),
              },
              unit.segment,
            ),
          ],
    );
    await store.ledger.sync(article.id, targetLang, entries, units.map((unit) => unit.id));
  }
}
