import type { AccountLimits } from './account-limits.js';

/**
 * The characters one dispatch may still send: its own budget (`maxCharacters`) and, when the
 * account is shared, the account's. A batch's characters are reserved before it is sent (once,
 * whatever its retries) and given back when it will not be sent again (failed, split, stopped).
 */
export class CharacterBudget {
  #reserved = 0;

  constructor(
    private readonly limit: number | undefined,
    private readonly account: AccountLimits | undefined,
  ) {}

  /** Reserves `characters`; undefined when granted, else why not. */
  async reserve(characters: number): Promise<string | undefined> {
    if (this.limit !== undefined && this.#reserved + characters > this.limit) {
      return `sending ${characters} more characters would exceed the budget of ${this.limit}`;
    }
    this.#reserved += characters;
    const shared = await this.account?.reserve(characters);
    if (shared?.granted !== false) return undefined;
    this.#reserved -= characters;
    return shared.message;
  }

  async giveBack(characters: number): Promise<void> {
    this.#reserved -= characters;
    await this.account?.refund(characters);
  }
}
