import { describe } from 'vitest';
import { itSplitsAsWritten } from './expect-sentences.js';

describe('an abbreviation that ends a sentence before a capitalised new sentence', () => {
  itSplitsAsWritten('en', [
    ['Polls closed at 6 p.m.', 'Counting began at once in the capital.'],
    ['The first flight left at 5:40 a.m.', 'Passengers were told to expect delays.'],
    ['Stalls sold fruit, bread, cheese, etc.', 'Prices had doubled since March.'],
    ['The contract went to Helix Biologics Inc.', 'Analysts called it a turning point.'],
    ['The suit names Halvorsen & Co.', 'Lawyers for the firm declined to comment.'],
    ['The award went to Martin Ortiz Jr.', 'Critics praised the choice.'],
    ['Wildfires have spread across much of the U.S.', 'Firefighters are stretched thin.'],
    ['The talks moved to the U.K.', 'Negotiators arrived on Monday.'],
    ['The supplement is rich in vitamin D.', 'Researchers tested it on 400 volunteers.'],
    ['The city switched to Plan B.', 'Buses replaced the trains for a week.'],
  ]);
});

describe('an abbreviation before a name, a time word or a lower-case word does not end a sentence', () => {
  itSplitsAsWritten('en', [
    ['Voting ends at 8 p.m. Sunday in most provinces.'],
    ['The briefing starts at 10 a.m. EST on Thursday.'],
    ['The curfew begins at 9 p.m. Baghdad time.'],
    ['The strike began at 6 p.m. local time.'],
    ['Apple Inc. Chief Executive Tim Cook said the sale was planned.'],
    ['Sales at Northwind Inc. rose 4 percent.'],
    ['Martin Luther King Jr. Day is a federal holiday.'],
    ['The U.S. Senate passed the bill by 61 votes to 38.'],
    ['A U.S. Navy destroyer entered the strait.'],
    ['They met at the U.S. Embassy in Rome.'],
    ['The trilogy by J.R.R. Tolkien was reissued.'],
    ['A photo by Maria K. Lopez won the prize.'],
    ['Exports to the U.K. and Ireland fell.'],
    ['The blast in Co. Antrim, police said, was caused by a gas leak.'],
  ]);
});
