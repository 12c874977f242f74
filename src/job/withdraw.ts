/**
 * A kill or withdrawal (`pubStatus` withdrawn or canceled): the job (run.ts) takes the story's
 * outputs away instead of translating the notice. The files its owner's output record lists are removed and the
 * record is forgotten, so report.json and the review index list the story no more. The story id
 * stays owned by the input that produced it, so only a newer version can take it again. Work in
 * the store (ledger, TM, MT cache) is kept: it is the newsroom's, not the story's.
 */
import { InputError } from '../errors.js';
import type { Article } from '../model.js';
import type { Store } from '../store/store.js';

/** Whether the item takes its story away rather than publishing it. */
export function isWithdrawal(article: Pick<Article, 'pubStatus'>): boolean {
  return article.pubStatus === 'withdrawn' || article.pubStatus === 'canceled';
}

/** What a withdrawal takes away: the output files its story's owner recorded, and that record. */
export interface WithdrawnStory {
  readonly articleId: string;
  /** The input whose output record is forgotten. */
  readonly inputKey: string;
  readonly files: readonly string[];
}

/**
 * The outputs the notice takes away; undefined when its story has none here. A notice older than
 * the version whose outputs are here is refused (InputError at its file).
 */
export async function withdrawnOutputs(article: Pick<Article, 'id' | 'version' | 'pubStatus' | 'source'>, store: Store): Promise<WithdrawnStory | undefined> {
  const owner = await store.stories.get(article.id);
  const record = owner === undefined ? undefined : await store.outputs.get(owner.inputKey);
  if (owner === undefined || record === undefined || record.articleId !== article.id) return undefined;
  if (article.version < owner.version) {
    throw new InputError(
      `the ${article.pubStatus} notice for "${article.id}" is version ${article.version}, older than version ${owner.version} whose outputs are here`,
      { file: article.source.path, line: 1 },
      { hint: `a kill or withdrawal takes away the version it names or an earlier one: give it \`version: ${owner.version}\` or more` },
    );
  }
  return { articleId: article.id, inputKey: owner.inputKey, files: record.files.map((file) => file.path) };
}
