import { describe } from 'vitest';
import { itSplitsAsWritten } from './expect-sentences.js';

describe('a quoted question or exclamation and its attribution are one segment', () => {
  itSplitsAsWritten('en', [
    ['“Where is the money going?” asked Rania Toufic, a teacher who has not been paid since August.'],
    ['“Who gave the order?” Judge Anna Petrov asked the defendant.'],
    ['“Are we safe here?” Leila Mansour, a nurse in Mosul, told AFP by telephone.'],
    ['“Why?” Haddad, 43, a shopkeeper whose store burned, demanded.'],
    ['“Is this democracy?” tweeted opposition leader Sami Haddad after the vote.'],
    ['“Enough!” wrote the novelist Oumar Diallo on social media.'],
    ['“We are not leaving!!!” the protesters chanted outside parliament.'],
    ['“He asked me, ‘Why now?’” Mariam Saleh recalled.'],
    ['“Stop the trucks!” Colonel Idris Baba shouted at the checkpoint.'],
    ['“Can they hear us?” 🙏 Amira Saleh posted on Facebook.'],
    ['“Is it over?” Mayor Ellen Marsh quietly wondered.'],
    ['"Who will pay for this?" the minister said.'],
    ['“Never again!” declared the president in a speech marking the anniversary.'],
    ['“Why now?” he asked.'],
  ]);
});

describe('a quotation followed by a sentence that does not attribute it is split', () => {
  itSplitsAsWritten('en', [
    ['“Who gave the order?”', 'Nobody answered.'],
    ['“Stop the war!”', 'Thousands marched through the city on Saturday.'],
    ['“Can anyone explain this?”', 'The question hung in the air as the minister left.'],
    ['“Is the dam safe?”', 'Engineers said in March that it was not.'],
    ['“We won!”', 'The coach lifted the trophy.'],
    ['“What is next?”', 'Officials, speaking on condition of anonymity, declined to say.'],
    ['“It is over.”', 'Colonel Idris Baba said the last unit had crossed the river.'],
  ]);
});
