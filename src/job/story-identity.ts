/**
 * Story identity: outputs are named by article id, so an id must belong to one input. Within a
 * job two inputs may not share an id; across jobs the store records which input owns each id
 * (`StoryOwners`), and another input may take it only as a newer version of the story.
 */
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import type { Article } from '../model.js';
import type { StoryOwners } from '../store/store.js';

/** The same file however it is spelled (`a.txt`, `./a.txt`, its absolute path). */
function sameInput(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** A file named twice is a slip on the command line, not two stories with one id. */
export function assertDistinctInputs(inputs: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const key = resolve(input);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const spelling = earlier === input ? '' : ` (as ${earlier} and ${input})`;
      throw new UsageError(`story ${input} is given twice${spelling}`, { hint: 'name each story file once' });
    }
    seen.set(key, input);
  }
}

/** Two inputs of one job with the same id would write the same files. */
export function assertUniqueIds(articles: ReadonlyArray<Pick<Article, 'id' | 'source'>>): void {
  const seen = new Map<string, string>();
  for (const article of articles) {
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      throw new InputError(`article id "${article.id}" is also the id of ${earlier}`, { file: article.source.path, line: 1 }, {
        hint: 'give one of them its own `id` in a front-matter block',
      });
    }
    seen.set(article.id, article.source.path);
  }
}

/**
 * Refuses an input whose id another input owns, unless it is a newer version of that story
 * (a write-thru in a new file): its outputs would replace the other input's.
 */
export async function assertOwnIds(articles: ReadonlyArray<Pick<Article, 'id' | 'version' | 'source'>>, owners: StoryOwners): Promise<void> {
  for (const article of articles) {
    const owner = await owners.get(article.id);
    if (owner === undefined || sameInput(owner.inputKey, article.source.path) || article.version > owner.version) continue;
    throw new InputError(
      `article id "${article.id}" belongs to ${owner.inputKey} (version ${owner.version}), whose outputs this story would overwrite`,
      { file: article.source.path, line: 1 },
      {
        hint:
          `if it is another story, give it its own \`id\` in a front-matter block; ` +
          `if it is a newer version of ${owner.inputKey}, say so with \`version: ${owner.version + 1}\``,
      },
    );
  }
}

/** Records each article's input as the owner of its id. */
export async function claimIds(articles: ReadonlyArray<Pick<Article, 'id' | 'version' | 'source'>>, owners: StoryOwners): Promise<void> {
  for (const article of articles) await owners.put(article.id, { inputKey: article.source.path, version: article.version });
}
