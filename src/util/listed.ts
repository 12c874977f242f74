/**
 * A list a long job keeps short: its first entries and how many there were. What a batch of
 * thousands of stories reports story by story (files written, errors) in memory that does not
 * grow with the batch.
 */

/** The first entries of a list and how long it is. */
export interface Listed<T> {
  readonly count: number;
  readonly first: readonly T[];
}

export class ListKeeper<T> {
  private count = 0;
  private readonly first: T[] = [];

  constructor(private readonly limit: number) {}

  add(...items: readonly T[]): void {
    this.count += items.length;
    for (const item of items) {
      if (this.first.length >= this.limit) break;
      this.first.push(item);
    }
  }

  get listed(): Listed<T> {
    return { count: this.count, first: this.first };
  }
}
