import { describe } from 'vitest';
import { itSplitsAsWritten } from './expect-sentences.js';

describe('a sentence may start in lower case: brands and name particles', () => {
  itSplitsAsWritten('en', [
    ['Apple unveiled the tablet in 2010.', 'iPad sales rose 12 percent in the quarter.'],
    ['Online auctions slowed.', 'eBay shares fell 3 percent.'],
    ['The toy retailer collapsed in 2001.', 'eToys had never made a profit.'],
    ['The vaccine uses a new platform.', 'mRNA technology was first tested on animals.'],
    ['The general left Paris in June 1940.', 'de Gaulle spoke on the BBC the next evening.'],
    ['The painting sold for $82 million.', 'van Gogh finished it weeks before his death.'],
    ['The cleric addressed supporters in Najaf.', 'al-Sadr called for calm.'],
    ['Samples were taken at dawn.', 'pH levels had fallen overnight.'],
  ]);
});

describe('lower case after an abbreviation or inside a sentence does not start one', () => {
  itSplitsAsWritten('en', [
    ['Some buyers, e.g. iPad owners, waited for the update.'],
    ['Reporters asked Gen. de Gaulle about Algeria.'],
    ['The strike ended at 5 p.m. and workers went home.'],
    ['The law gives the army de facto control of the border.'],
    ['Sales of the U.S. iPhone model fell.'],
    ['He bought an iPad, then an eReader.'],
  ]);
});
