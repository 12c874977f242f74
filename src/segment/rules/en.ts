/**
 * English sentence rules, tuned for news-agency copy (AP/Reuters/AFP house styles).
 * Plain data: see ./types.ts for the format and ../README.md for how to add a rule.
 */
import { lineRules, listNumberRule } from './lines.js';
import type { LanguageRules } from './types.js';

export const en: LanguageRules = {
  lang: 'en',
  terminals: '.?!…',
  closers: '"”’\')]',
  spacedClosers: '',
  lists: {
    /** Never end a sentence: a name or a term always follows. */
    prefixes: [
      'Mr', 'Mrs', 'Ms', 'Messrs', 'Mmes', 'Dr', 'Drs', 'Prof', 'Rev', 'Msgr', 'Fr', 'Hon', 'Amb',
      'Gen', 'Gens', 'Lt', 'Col', 'Cols', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt', 'Cpl', 'Pvt',
      'Spc', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Govs', 'Pres', 'Atty', 'Supt', 'Insp', 'Det',
      'Mt', 'Ft',
      // Datelines in capitals: "ST. LOUIS (AP) —".
      'ST', 'FT', 'MT',
      'vs', 'v', 'e.g', 'i.e', 'cf', 'approx',
    ],
    /** Never end a sentence when a number follows: "No. 2", "p. 14". */
    numbered: ['No', 'Nos', 'no', 'Art', 'art', 'Vol', 'vol', 'Fig', 'fig', 'p', 'pp', 'ch', 'para', 'ca'],
    /**
     * May end a sentence. Prefer not breaking after them: break only when a clear sentence
     * starter follows ("… in the U.S. The talks …", "… at 5 p.m. The group …").
     */
    ambiguous: [
      'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
      'a.m', 'p.m', 'etc',
      'Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'Jr', 'Sr', 'St', 'Ave', 'Blvd', 'Rd', 'Dept',
      // US states as AP abbreviates them; two-letter ones (N.Y., D.C.) are initialisms.
      'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Ky',
      'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa',
      'Tenn', 'Vt', 'Va', 'W.Va', 'Wash', 'Wis', 'Wyo',
    ],
    /** Words that clearly open a sentence (function words and common wire openers). */
    starters: [
      'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their',
      'Our', 'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Yet', 'So', 'Or',
      'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With', 'Without', 'To', 'After', 'Before',
      'When', 'While', 'Where', 'If', 'Although', 'Though', 'Since', 'Because', 'Despite', 'During',
      'Under', 'Among', 'Until', 'Unlike', 'Meanwhile', 'However', 'Earlier', 'Later', 'Last',
      'Next', 'Still', 'Also', 'Both', 'Some', 'Many', 'Most', 'Several', 'All', 'Each', 'Other',
      'Such', 'Officials', 'Police', 'Authorities', 'Witnesses', 'Analysts', 'According', 'Asked',
      'Separately', 'What', 'Why', 'How', 'Who', 'One', 'Two', 'Three', 'Four', 'Five', 'Ten',
    ],
    /** Verbs of an attribution that follows a quoted question or exclamation. */
    speechVerbs: [
      'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'shouted', 'yelled',
      'cried', 'wrote', 'writes', 'replied', 'declared', 'insisted', 'warned', 'tweeted', 'posted',
      'stated', 'explained', 'continued', 'exclaimed', 'recalled', 'wondered', 'demanded',
      'reported', 'screamed', 'chanted', 'urged', 'argued', 'noted', 'pleaded', 'protested',
      'joked', 'quipped', 'complained', 'cautioned', 'countered', 'responded', 'remarked',
      'admitted', 'conceded', 'acknowledged', 'whispered', 'announced', 'stressed', 'snapped',
      'texted', 'messaged', 'emailed', 'commented', 'challenged', 'queried', 'mused', 'sighed',
    ],
    /** Abbreviations that often end a sentence: before any capitalised word but those below. */
    sentenceEnding: ['a.m', 'p.m', 'etc'],
    /** What a capitalised word after "6 p.m." may be without starting a sentence. */
    timeFollowers: [
      'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
      'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
      'October', 'November', 'December', 'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
      'EST', 'EDT', 'ET', 'CST', 'CDT', 'CT', 'MST', 'MDT', 'MT', 'PST', 'PDT', 'PT', 'GMT', 'UTC',
      'BST', 'CET', 'CEST', 'EET', 'EEST', 'IST', 'JST', 'AEST', 'AEDT', 'Eastern', 'Central',
      'Mountain', 'Pacific', 'Greenwich', 'Atlantic', 'Zulu', 'Today', 'Tomorrow', 'Yesterday',
    ],
    /** Company and name suffixes ("Apple Inc.", "Martin Luther King Jr.") and initialisms. */
    nameSuffixes: ['Inc', 'Co', 'Corp', 'Ltd', 'Bros', 'Jr', 'Sr', 'LLC', 'PLC', 'Plc'],
    /**
     * Capitalised words that continue a name after a suffix or an initialism ("U.S. Senate
     * voted", "Apple Inc. Chief Executive"): after them, no sentence break.
     */
    nameContinuations: [
      'Senate', 'House', 'Congress', 'Capitol', 'Army', 'Navy', 'Naval', 'Air', 'Marine', 'Marines',
      'Coast', 'Space', 'Forces', 'Force', 'Embassy', 'Embassies', 'Consulate', 'Mission', 'Treasury',
      'Treasuries', 'Department', 'State', 'States', 'Supreme', 'Court', 'District', 'Circuit',
      'Federal', 'President', 'Vice', 'Secretary', 'Ambassador', 'Attorney', 'Attorneys', 'General',
      'Chief', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Open', 'Day', 'Avenue', 'Boulevard',
      'Street', 'Road', 'Drive', 'Park', 'Bridge', 'Highway', 'Route', 'Bank', 'Banks', 'Central',
      'Justice', 'Commerce', 'Defense', 'Energy', 'Border', 'Customs', 'Immigration', 'Census',
      'Bureau', 'Agency', 'Administration', 'Government', 'Intelligence', 'Special', 'Command',
      'Geological', 'Postal', 'Olympic', 'Olympics', 'Cup', 'Championship', 'Envoy', 'Trade',
      'Representative', 'Representatives', 'Constitution', 'Constitutional', 'Parliament', 'Prime',
      'Foreign', 'Health', 'Labor', 'Labour', 'Interior', 'Home', 'Office', 'Council', 'Security',
      'General', 'Assembly', 'Human', 'Women', 'Men', 'National', 'Memorial', 'High', 'School',
      'University', 'College', 'Hospital', 'Center', 'Centre', 'Stadium', 'Airport', 'Dollar',
      'Dollars', 'Steel', 'Airways', 'Airlines', 'Holdings', 'Group', 'Corporation', 'Company',
      'Stock', 'Stocks', 'Index', 'Futures', 'Bond', 'Bonds', 'Economy', 'Election',
      'Elections', 'Military',
    ],
    /** Nouns named by a letter: "vitamin D.", "Plan B.", "Category E." may end a sentence. */
    letterNouns: [
      'vitamin', 'Vitamin', 'plan', 'Plan', 'type', 'Type', 'grade', 'Grade', 'category', 'Category',
      'class', 'Class', 'group', 'Group', 'section', 'Section', 'level', 'Level', 'gate', 'Gate',
      'terminal', 'Terminal', 'phase', 'Phase', 'zone', 'Zone', 'tier', 'Tier', 'hepatitis',
      'Hepatitis', 'annex', 'Annex', 'appendix', 'Appendix', 'exhibit', 'Exhibit', 'option',
      'Option', 'division', 'Division', 'part', 'Part', 'wing', 'Wing', 'block', 'Block',
    ],
    /** Sentences may start in lower case with these particles before a name: "de Gaulle". */
    nameParticles: ['de', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'da', 'di', 'del', 'della', 'al', 'el', 'bin', 'ibn', 'le', 'la'],
    bylineWords: ['By', 'BY'],
    bylineJoiners: ['and', 'AND', '&', 'de', 'la', 'le', 'del', 'da', 'dos', 'du', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'el'],
    /** Words a hard-wrapped line may end on; a sub-head does not end on them. */
    lineEndWords: [
      'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'by',
      'from', 'as', 'that', 'which', 'who', 'whose', 'than', 'into', 'over', 'under', 'about',
      'after', 'before', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'is',
      'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'said',
      'says', 'not', 'if', 'when', 'while', 'where', 'up', 'out', 'near', 'between', 'against',
    ],
  },
  rules: [
    // A sentence never opens with a comma, a closing bracket or more dots (". . .").
    { name: 'punctuation-follows', break: false, before: '', after: '\\s+[,;:.…)\\]]' },
    listNumberRule,
    { name: 'prefix-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{prefixes}})\\.', after: '\\s' },
    { name: 'numbered-abbreviation', break: false, before: '(?<![\\p{L}\\p{N}.])(?:{{numbered}})\\.', after: '\\s+[#(]?\\d' },
    {
      name: 'abbreviation-then-starter',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}}|{{nameSuffixes}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*(?:{{starters}})(?![\\p{L}\\p{N}])',
    },
    // "Polls closed at 6 p.m. Counting began …", "… water, fuel, etc. Aid groups …"; not "6 p.m. Monday".
    {
      name: 'time-or-etc-then-capital',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:{{sentenceEnding}})\\.',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*(?!(?:{{timeFollowers}})(?![\\p{L}\\p{N}])|\\p{Lu}[\\p{L}-]*\\s+time\\b)\\p{Lu}',
    },
    // "… Northwind Inc. Shares fell", "… in the U.S. Farmers say": a capitalised word, then a
    // lower-case one, that does not continue a name ("U.S. Senate voted", "Inc. Chief Executive").
    // Only a country's initials take "the": "by J.R.R. Tolkien" is a name.
    {
      name: 'suffix-or-initialism-then-sentence',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:{{nameSuffixes}})\\.|(?<=(?<![\\p{L}])[Tt]he\\s)(?:\\p{Lu}\\.){2,}',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*(?!(?:{{nameContinuations}})(?![\\p{L}\\p{N}]))\\p{Lu}\\p{Ll}+\\s+(?!(?:of|and|de)\\b)\\p{Ll}',
    },
    {
      name: 'ambiguous-abbreviation',
      break: false,
      before: '(?<![\\p{L}\\p{N}.])(?:(?:{{ambiguous}}|{{nameSuffixes}})\\.|(?:\\p{Lu}\\.){2,})',
      after: '\\s',
    },
    // "… rich in vitamin D. Researchers …": a letter naming a thing, not a middle initial.
    {
      name: 'letter-noun',
      break: true,
      before: '(?<![\\p{L}\\p{N}.])(?:{{letterNouns}})\\s\\p{Lu}\\.',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Lu}',
    },
    // "George W. Bush", "Plan B. Officials" is rarer than a middle initial.
    { name: 'initial', break: false, before: '(?<![\\p{L}\\p{N}.])\\p{Lu}\\.', after: '\\s' },
    // A sentence may start in lower case with a brand ("iPad", "eBay", "mRNA") or a particle
    // before a name ("de Gaulle", "van Gogh"); not after an abbreviation (handled above).
    {
      name: 'lowercase-sentence-start',
      break: true,
      before: '',
      after: '\\s+[\\p{Pi}\\p{Ps}"\']*(?=\\p{Ll})(?:\\p{Ll}{1,2}\\p{Lu}|(?:{{nameParticles}})[\\s-]\\p{Lu})',
    },
    // News sentences open with a capital: "… and buy time", "e.g. the", "?” asked Smith".
    { name: 'lowercase-follows', break: false, before: '', after: '\\s+[\\p{Pi}\\p{Ps}"\']*\\p{Ll}' },
    // “Who will pay?” Sen. Jane Doe asked. / “Are we safe?” Leila Mansour, a nurse in Mosul, told
    // AFP. — a quoted question or exclamation and its attribution are one sentence: a capitalised
    // word, at most four more words and comma-appositives, maybe an adverb, then a speech verb.
    {
      name: 'quoted-question-attribution',
      break: false,
      before: '[?!…]+[\\p{Pf}"\']+',
      after:
        '\\s+(?:\\p{Extended_Pictographic}[\\p{Extended_Pictographic}\\p{Emoji_Modifier}\\u200D\\uFE0F]*\\s+)?\\p{Lu}[\\p{L}.’\'-]{0,30}(?:\\s+[\\p{L}.’\'-]{1,30}){0,4}(?:(?:,[^,.!?“”"]{1,80}){1,3},)?' +
        // … but not a new sentence reporting something else: "Engineers said in March that …".
        '\\s+(?:\\p{Ll}+ly\\s+)?(?:{{speechVerbs}})(?![\\p{L}])(?![^.!?“”"]*\\s(?:that|whether)\\s)',
    },
    { name: 'end-of-sentence', break: true, before: '', after: '' },
  ],
  lineRules,
};
