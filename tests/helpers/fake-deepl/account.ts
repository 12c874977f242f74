import { GlossaryStore } from './glossaries.js';

/** What the fake remembers between requests: one account, like one DeepL key. */
export class FakeAccount {
  readonly authKey: string;
  /** Keys ending in `:fx` belong to DeepL API Free accounts. */
  readonly freeAccount: boolean;
  /** `character_limit` of /v2/usage, unless a fault script sets a quota. */
  readonly characterLimit: number;
  billedCharacters = 0;
  readonly glossaries: GlossaryStore;

  constructor(authKey: string, characterLimit?: number, glossaryLimit?: number) {
    this.authKey = authKey;
    this.freeAccount = authKey.endsWith(':fx');
    // DeepL's numbers: 500,000 a month on Free; Pro answers a limit of 10^12 when it has none.
    this.characterLimit = characterLimit ?? (this.freeAccount ? 500_000 : 1_000_000_000_000);
    this.glossaries = new GlossaryStore(glossaryLimit);
  }

  isAuthorized(authorization: string | undefined): boolean {
    return authorization === `DeepL-Auth-Key ${this.authKey}`;
  }
}
