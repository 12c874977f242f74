/**
 * Items that arrive one by one (a worker's concurrent jobs) gathered into batches run through one
 * call (one `runJob`, so the dispatcher packs many stories' segments into full engine batches).
 * A batch starts when it is full or `lingerMs` after its first item, or early when an item does
 * not fit it (`fits`); batches run one after another. Each item's promise settles with its own
 * outcome, or with the batch's error when the batch fails as a whole.
 */
export interface BatcherSettings<Item> {
  /** Most items in a batch. */
  readonly size: number;
  /** How long a batch waits for more items after its first, in ms. */
  readonly lingerMs: number;
  /** Whether `item` may join `batch` (same options, not the same input twice). @default always */
  readonly fits?: (batch: readonly Item[], item: Item) => boolean;
}

interface OpenBatch<Item, Outcome> {
  readonly items: Item[];
  readonly waiting: Array<{ resolve: (outcome: Outcome) => void; reject: (error: unknown) => void }>;
  timer?: NodeJS.Timeout;
}

export class Batcher<Item, Outcome> {
  private open: OpenBatch<Item, Outcome> | undefined;
  /** The batches started, run one after another. */
  private running: Promise<void> = Promise.resolve();
  /** Batches started and not settled. */
  private unsettled = 0;

  /** `run` returns the items' outcomes in the items' order. */
  constructor(
    private readonly settings: BatcherSettings<Item>,
    private readonly run: (items: readonly Item[]) => Promise<readonly Outcome[]>,
  ) {}

  add(item: Item): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (this.open !== undefined && this.settings.fits?.(this.open.items, item) === false) this.start();
      const batch = this.open ?? this.opened();
      batch.items.push(item);
      batch.waiting.push({ resolve, reject });
      if (batch.items.length >= this.settings.size) this.start();
    });
  }

  /** Batches open, or started and not settled yet (the one running included). */
  get pending(): number {
    return this.unsettled + (this.open === undefined ? 0 : 1);
  }

  /** Starts the open batch now and waits until every batch has settled. */
  async flush(): Promise<void> {
    if (this.open !== undefined) this.start();
    await this.running;
  }

  private opened(): OpenBatch<Item, Outcome> {
    const batch: OpenBatch<Item, Outcome> = { items: [], waiting: [] };
    batch.timer = setTimeout(() => {
      if (this.open === batch) this.start();
    }, this.settings.lingerMs);
    this.open = batch;
    return batch;
  }

  private start(): void {
    const batch = this.open!;
    this.open = undefined;
    clearTimeout(batch.timer);
    this.unsettled += 1;
    this.running = this.running.then(() => this.settle(batch)).finally(() => (this.unsettled -= 1));
  }

  private async settle({ items, waiting }: OpenBatch<Item, Outcome>): Promise<void> {
    try {
      const outcomes = await this.run(items);
      waiting.forEach(({ resolve }, i) => resolve(outcomes[i]!));
    } catch (error) {
      for (const { reject } of waiting) reject(error);
    }
  }
}
