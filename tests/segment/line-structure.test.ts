import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/ingest/index.js';
import { segmentArticle } from '../../src/segment/index.js';
import { itSplitsLinesAs, lines } from './expect-lines.js';

describe('a byline is a segment of its own', () => {
  itSplitsLinesAs('en', [
    lines(['By Sami Haddad'], ['BAGHDAD (Reuters) - Iraq’s parliament elected a speaker on Monday.']),
    lines(['By Leila Mansour and Tom Price'], ['WASHINGTON (AP) — The Fed held rates.']),
    lines(['By Ana de la Cruz, Associated Press'], ['Floods cut the main road north of the city.']),
    lines(['BY JOHN OKAFOR'], ['Lagos was quiet on Sunday.']),
  ]);
  itSplitsLinesAs('fr', [lines(['Par Amina Diallo'], ['DAKAR (AFP) - Le scrutin s’est déroulé dans le calme.'])]);
});

describe('list items, and the line that introduces them', () => {
  itSplitsLinesAs('en', [
    lines(['The group set out three demands:'], ['1. Troops withdraw from the border.'], ['2. Prisoners are released.'], ['3. Talks resume.']),
    lines(['What we know:'], ['- At least 40 people were killed.'], ['- The fire started in the kitchen'], ['- There were no fire exits']),
    lines(['Key figures:'], ['• 1,200 homes destroyed'], ['• 8,000 people displaced']),
    lines(['Causes listed by the report:'], ['* an overloaded transformer;'], ['* a software fault.']),
    lines(['Options on the table'], ['a) a ceasefire'], ['b) a buffer zone']),
    lines(['The vote:'], ['1) For: 61'], ['2) Against: 38']),
    // The last item, unpunctuated, ends before the text that follows it.
    lines(['- 8,000 people displaced'], ['Officials expect the number to rise.']),
  ]);
  itSplitsLinesAs('fr', [lines(['Les revendications :'], ['1. Le retrait des troupes.'], ['2. La libération des prisonniers.'])]);
  itSplitsLinesAs('ar', [lines(['المطالب:'], ['1. انسحاب القوات.'], ['2. الإفراج عن المعتقلين.'])]);
});

describe('sub-heads and labels: a short line without final punctuation', () => {
  itSplitsLinesAs('en', [
    lines(['Troops pull back'], ['The army said on Monday it had withdrawn two brigades from the northern front.']),
    lines(['Analysis'], ['The vote was closer than the ruling party had hoped, officials admitted.']),
    lines(['What happens next?'], ['Lawmakers will debate the draft again in January, the speaker said.']),
    lines(['Background:'], ['The dispute over the dam dates back to 2011, when construction began.']),
    lines(['2024 in numbers'], ['Exports rose for a third year running, to a record $41 billion.']),
  ]);
  itSplitsLinesAs('fr', [lines(['Retrait des troupes'], ['L’armée a annoncé lundi le retrait de deux brigades du front nord.'])]);
});

describe('a hard-wrapped paragraph is not split at its line breaks', () => {
  itSplitsLinesAs('en', [
    lines([
      'Security forces fired tear gas at protesters who had gathered near the',
      'central bank on Sunday, witnesses said, after the currency fell to a',
      'record low against the dollar.',
    ]),
    lines(['The city council voted on Monday to add', 'twelve kilometres of lanes.']),
    lines([
      'The government has promised to rebuild the port within three years,',
      'but engineers say the damage to the grain silos is worse than the',
      'World Bank estimated, according to a report seen by Reuters.',
    ]),
    // A wrapped line may end before a number with a full stop that is not a list item.
    {
      text: 'The death toll from the floods in the province rose to\n12. Officials said more bodies were found.',
      sentences: ['The death toll from the floods in the province rose to\n12.', 'Officials said more bodies were found.'],
    },
    lines(['Rescuers worked through the night in', 'Antakya.'], ['They found two survivors.']),
    lines(['The minister, who spoke after meeting', 'union leaders, said talks would resume.']),
  ]);
  itSplitsLinesAs('fr', [
    lines(['Les forces de sécurité ont tiré des gaz lacrymogènes sur des manifestants', 'rassemblés devant la banque centrale dimanche.']),
  ]);
  itSplitsLinesAs('ar', [
    lines(['أطلقت قوات الأمن الغاز المسيل للدموع على محتجين تجمعوا قرب', 'البنك المركزي يوم الأحد بعد تراجع العملة.']),
  ]);
});

describe('line structure in an ingested story', () => {
  const story = [
    'Fire kills 40 at wedding hall',
    '',
    'By Sami Haddad',
    '',
    'Security forces closed the road to the hall on Sunday night, and',
    'rescuers searched the ruins until dawn.',
    '',
    'What we know:',
    '- At least 40 people were killed.',
    '- The building had no fire exits',
    '',
  ].join('\n');
  const article = ingestText(new TextEncoder().encode(story), 'fire.txt');
  const segments = segmentArticle(article);

  it('cuts at the list’s line breaks and keeps the hard-wrapped paragraph’s text as ingested', () => {
    expect(segments.map((s) => [s.id, s.source])).toEqual([
      ['headline.s1', 'Fire kills 40 at wedding hall'],
      ['p1.s1', 'By Sami Haddad'],
      ['p2.s1', 'Security forces closed the road to the hall on Sunday night, and rescuers searched the ruins until dawn.'],
      ['p3.s1', 'What we know:'],
      ['p3.s2', '- At least 40 people were killed.'],
      ['p3.s3', '- The building had no fire exits'],
    ]);
  });

  it('gives the same segments as for a block without line breaks when the lines do not matter', () => {
    const p2 = article.blocks.find((block) => block.id === 'p2')!;
    const withoutLines = segmentArticle({ ...article, blocks: [{ ...p2, lineBreaks: undefined }] });
    expect(withoutLines.map((s) => s.source)).toEqual(segments.filter((s) => s.blockId === 'p2').map((s) => s.source));
  });
});
