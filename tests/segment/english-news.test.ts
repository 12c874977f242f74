import { describe, expect, it } from 'vitest';
import { segmentText } from '../../src/segment/index.js';
import { itSplitsAsWritten } from './expect-sentences.js';

describe('titles and ranks never end a sentence', () => {
  itSplitsAsWritten('en', [
    ['Mr. Haddad and Mrs. Haddad left the city on Monday.', 'Ms. Cole stayed behind.'],
    ['Dr. Yuki Sato leads the team.'],
    ['Gen. Omar Bakr met Lt. Col. Ann Reyes and Sgt. Paul Day at the base.'],
    ['Sen. Mara Fields, Rep. Joe Tan and Gov. Lea Pratt signed the letter.'],
    ['Pres. Ilse Berg, Capt. Ned Ruiz, Adm. Tom Hale and Maj. Ivo Pesic attended.'],
    ['Col. Amir Saad, Prof. Nadia Ferro and Rev. John Mbeki spoke at the service.'],
    ['Gens. Tariq Aziz and Hal Moore were decorated.'],
    ['The envoy, Mr. He Yafei, arrived in Geneva.'],
  ]);
});

describe('U.S., U.N. and other initialisms end a sentence only before a clear sentence starter', () => {
  itSplitsAsWritten('en', [
    ['The U.S. Army said the drill would go ahead.'],
    ['The resolution was drafted by the U.K. and France.'],
    ['The vaccine is now approved in the E.U. and Japan.'],
    ['Aid is being delivered by the U.N.', 'The World Food Programme said stocks were low.'],
    ['The tariffs were announced by the U.S.', 'The Chinese response came within hours.'],
    ['Inflation is easing in the U.S.', 'But prices remain high.'],
    ['The protest moved to Washington, D.C.', 'In the capital, police closed several streets.'],
    ['The meeting will be held in Washington, D.C., on Friday.'],
  ]);

  it('prefers a missed break to a false one after a state before a word that is not a listed starter', () => {
    expect(segmentText('The fire started near Chico, Calif. Firefighters contained it by noon.', 'en')).toEqual([
      'The fire started near Chico, Calif. Firefighters contained it by noon.',
    ]);
  });
});

describe('months, times and numbered abbreviations stay inside the sentence', () => {
  itSplitsAsWritten('en', [
    ['The attacks of Sept. 11 changed air travel.'],
    ['Elections are due on Jan. 12, Feb. 3 and Aug. 30.'],
    ['The deadline is Oct. 31.', 'Nov. 1 is a public holiday.'],
    ['The plane landed at 10:30 a.m. Monday after a long delay.'],
    ['The curfew starts at 9 p.m. and ends at 6 a.m.'],
    ['The strike began at 5 p.m.', 'The group said it had hit three targets.'],
    ['He lives at No. 10 and works on St. James Street.'],
    ['The clinic in Ft. Wayne and the lodge on Mt. Kenya were closed.'],
    ['The figure appears on p. 14 of the report.'],
  ]);
});

describe('company suffixes and name suffixes', () => {
  itSplitsAsWritten('en', [
    ['Shares of Vantor Inc. rose 4 percent.'],
    ['The deal with Harlow Co. and Brandt Corp. was approved.'],
    ['The bank sold its stake in Kestrel Ltd.', 'The buyer was not named.'],
    ['Martin Luther King Jr. Day falls on Monday.'],
    ['The company was founded by Tom Wells Jr.', 'He died in 2010.'],
  ]);
});

describe('state abbreviations and party-state tags', () => {
  itSplitsAsWritten('en', [
    ['The plant in Macon, Ga., will close next year.'],
    ['The fires spread near San Diego, Calif.', 'They forced thousands from their homes.'],
    ['Sen. Ana Cruz, D-Calif., and Rep. Bo Lind, R-Texas, voted no.'],
    ['The bill was introduced by Rep. Kim Ott (R-Fla.) in March.'],
    ['Officials in Boston, Mass. said the water was safe.'],
    ['The storm hit Tucson, Ariz.', 'It then weakened.'],
    ['The trial opens in Springfield, Ill. Monday.'],
  ]);
});

describe('initials of people stay with their names', () => {
  itSplitsAsWritten('en', [
    ['President George W. Bush visited the troops.'],
    ['The trilogy by J.R.R. Tolkien was reissued.'],
    ['The study was led by Dr. A. K. Mensah.'],
  ]);
});

describe('decimals, money and percentages never split', () => {
  itSplitsAsWritten('en', [
    ['The fund raised $2.5 billion.', 'It plans to invest in Africa.'],
    ['Growth slowed to 3.5 percent in the third quarter.'],
    ['The euro fell 0.4% to $1.0812.'],
    ['The fine was €1.25 million, or about 1.2 million francs.'],
  ]);
});

describe('quotations and their attribution are one sentence', () => {
  itSplitsAsWritten('en', [
    ['“We will rebuild everything,” the mayor said.'],
    ['"We will rebuild everything," the mayor said.'],
    ['“Who will pay for this?” asked Smith.'],
    ['“Who will pay for this?” Sen. Jane Ortiz asked.'],
    ['"Get out now!" he shouted.'],
    ['“The war is over.”', 'He then left the stage.'],
    ['She said the plan was “dead on arrival.”', 'Her aides declined to comment.'],
    ['Asked about the vote, he replied: "Ask me tomorrow."'],
    ['“It’s over.', 'We lost,” said a supporter outside the stadium.'],
    ['‘We are ready,’ the commander said.'],
  ]);
});

describe('ellipses break only before a new capitalized sentence', () => {
  itSplitsAsWritten('en', [
    ['The statement called it “an attempt to reshuffle the cards… and buy time”.', 'The talks start next week.'],
    ['He paused... and then resumed his speech.'],
    ['The talks went on for hours…', 'At dawn, a deal was announced.'],
    ['“We will continue… until they leave”, the group said.'],
  ]);
});

describe('parentheses', () => {
  itSplitsAsWritten('en', [
    ['BAGHDAD (AFP) – A car bomb exploded near a checkpoint on Sunday.'],
    ['Police detained two men.', '(One was released on bail.)', 'The inquiry continues.'],
    ['The group (known locally as the Brigades) denied the report.'],
  ]);
});

describe('URLs and e-mail addresses are not sentence ends', () => {
  itSplitsAsWritten('en', [
    ['The full text is at example.com/a.b/report.pdf on the ministry site.'],
    ['Questions go to john.doe@afp.com by Friday.'],
    ['Details are posted on www.example.org.', 'Registration closes Monday.'],
  ]);
});

describe('dashes and datelines stay with the first sentence', () => {
  itSplitsAsWritten('en', [
    ['BAGHDAD (AFP) – Armed groups vowed on Friday to continue their attacks.', 'The coalition did not comment.'],
    ['WASHINGTON, March 4 (Reuters) - The Senate passed the bill late on Tuesday.'],
    ['WASHINGTON, Sept. 4 (Reuters) - Lawmakers returned from recess.'],
    ['Baghdad – The ministry said the timeline depended on security.'],
    ['ST. LOUIS (AP) — A levee failed overnight.'],
    ['The opposition — which boycotted the vote — rejected the result.'],
  ]);
});

describe('Latin and list abbreviations mid-sentence', () => {
  itSplitsAsWritten('en', [
    ['The final is Madrid vs. Milan on Saturday.'],
    ['The kit includes rice, oil, sugar, etc. and is handed out weekly.'],
    ['Some neighbours, e.g. Jordan, have closed their borders.'],
    ['The law covers public servants, i.e. teachers and nurses.'],
    ['The team finished No. 2 in the rankings.'],
  ]);
});

describe('paragraphs and line breaks', () => {
  it('always breaks at a blank line, even without final punctuation', () => {
    expect(segmentText('Iraq vows revenge\n\nBAGHDAD (AFP) – The army said so.', 'en')).toEqual([
      'Iraq vows revenge',
      'BAGHDAD (AFP) – The army said so.',
    ]);
  });

  it('treats a blank line made of spaces and tabs as a paragraph break', () => {
    expect(segmentText('First part\n \t \nSecond part', 'en')).toEqual(['First part', 'Second part']);
  });

  it('does not break at a single newline inside a sentence', () => {
    expect(segmentText('The minister said\nthe talks would resume.', 'en')).toEqual([
      'The minister said\nthe talks would resume.',
    ]);
  });

  it('keeps the spacing inside a sentence and trims it around', () => {
    expect(segmentText('  Rain fell.   Rivers   rose.  ', 'en')).toEqual(['Rain fell.', 'Rivers   rose.']);
  });

  it('trims every whitespace character that \\s matches, including no-break spaces', () => {
    const whitespace = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    expect(segmentText(`${whitespace}Rain fell.${whitespace}Rivers rose.${whitespace}`, 'en')).toEqual([
      'Rain fell.',
      'Rivers rose.',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(segmentText(' \n\n\t ', 'en')).toEqual([]);
  });
});
