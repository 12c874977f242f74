/**
 * Listings read in pages by keyset (`WHERE key > last ORDER BY key LIMIT n`): no statement stays
 * open between pages, so the store may be written while a listing is under way, and no page holds
 * more than `PAGE_SIZE` rows. (better-sqlite3's `iterate()` would keep the connection busy across
 * the caller's awaits, failing every write meanwhile; a PostgreSQL cursor would hold a pooled
 * connection for as long as the caller takes.) Shared by both adapters.
 */
export const PAGE_SIZE = 256;

/**
 * Every row, page by page: `page(undefined)` reads the first page, `page(last)` the rows after the
 * last one read, both in key order and at most `PAGE_SIZE` rows.
 */
export async function* keysetPages<Row>(page: (last: Row | undefined) => Promise<readonly Row[]>): AsyncGenerator<Row, void, undefined> {
  let last: Row | undefined;
  for (;;) {
    const rows = await page(last);
    yield* rows;
    if (rows.length < PAGE_SIZE) return;
    last = rows.at(-1);
  }
}
