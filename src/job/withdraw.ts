/**
 * A kill or withdrawal (`pubStatus` withdrawn or canceled): the story's outputs are taken away.
 * The files its owner's output record lists are removed, the record is forgotten, and the
 * folder-wide outputs (report.json, the review index) are made again without the story. The story
 * id stays owned by the input that produced it, so only a newer version can take it again. Work in
 * the store (ledger, TM, MT cache) is kept: it is the newsroom's, not the story's.
 */
import { InputError } from '../errors.js';
import type { Article } from '../model.js';
import { runJob, type RunOptions, type RunServices } from './run.js';

/** Whether the item takes its story away rather than publishing it. */
export function isWithdrawal(article: Article): boolean {
  return article.pubStatus === 'withdrawn' || article.pubStatus === 'canceled';
}

export interface Withdrawal {
  readonly articleId: string;
  /** The output files removed (none when the story had no outputs here). */
  readonly removed: readonly string[];
}

export async function withdrawStory(article: Article, options: RunOptions, services: RunServices): Promise<Withdrawal> {
  const { store } = services;
  const owner = store.stories.get(article.id);
  const record = owner === undefined ? undefined : store.outputs.get(owner.inputKey);
  if (owner === undefined || record === undefined || record.articleId !== article.id) return { articleId: article.id, removed: [] };
  if (article.version < owner.version) {
    throw new InputError(
      `the ${article.pubStatus} notice for "${article.id}" is version ${article.version}, older than version ${owner.version} whose outputs are here`,
      { file: article.source.path, line: 1 },
      { hint: `a kill or withdrawal takes away the version it names or an earlier one: give it \`version: ${owner.version}\` or more` },
    );
  }
  const removed = record.files.map((file) => file.path);
  await services.removeFiles(removed);
  store.outputs.remove(owner.inputKey);
  // No story of its own: the job makes only the folder-wide outputs, from the records left.
  await runJob({ ...options, inputs: [] }, services);
  return { articleId: article.id, removed };
}
