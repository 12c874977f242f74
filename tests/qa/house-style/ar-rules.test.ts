/**
 * Arabic house style, rule by rule: pan-Arab agency copy that breaks the rule (what is reported,
 * what the fixer writes, and that the check then finds nothing), and copy that must not fire.
 * Fixtures are readable: ⁅ FSI, ⁌ LRI, ⁍ RLI, ⁆ PDI, ‹LRM› ‹ALM› marks (see rule-harness.ts).
 */
import { describe, expect, it } from 'vitest';
import type { RuleContext } from '../../../src/qa/house-style/rule.js';
import { bidiControlsUnbalanced } from '../../../src/qa/house-style/ar/bidi-controls-unbalanced.js';
import { bidiIsolationMissing } from '../../../src/qa/house-style/ar/bidi-isolation-missing.js';
import { latinComma, latinQuestionMark, latinSemicolon } from '../../../src/qa/house-style/ar/latin-punctuation.js';
import { mixedDigits } from '../../../src/qa/house-style/ar/mixed-digits.js';
import { arabicQuoteStyle } from '../../../src/qa/house-style/ar/quote-style.js';
import { tatweelRule } from '../../../src/qa/house-style/ar/tatweel.js';
import { describeRules, fixedAndClean, latnContext, reported, type RuleFixtures } from './rule-harness.js';

const fixtures: readonly RuleFixtures[] = [
  {
    rule: latinComma,
    violations: [
      ['قال المتحدث, إن القوات انسحبت, وإن المعارك توقفت.', [',', ','], 'قال المتحدث، إن القوات انسحبت، وإن المعارك توقفت.'],
      ['التقى الوزير John Smith, ثم غادر.', [','], 'التقى الوزير John Smith، ثم غادر.'],
      ['قالت وكالة ⁅Reuters⁆, إن الهجوم وقع في 2024, صباحا.', [',', ','], 'قالت وكالة ⁅Reuters⁆، إن الهجوم وقع في 2024، صباحا.'],
    ],
    clean: [
      'قال المتحدث، إن القوات انسحبت.',
      'قالت الوكالتان ⁅Reuters, AFP⁆ إن الهجوم وقع.',
      'نقلت Reuters, AFP الخبر نفسه.',
      'قتل 2,500 شخص في الهجوم.',
      'زوروا https://example.com/a,b للمزيد.',
      'Reuters, AFP and Xinhua reported it.',
      'يعمل على Windows 10, Office 365 منذ سنوات.',
    ],
  },
  {
    rule: latinSemicolon,
    violations: [['انتهت المعارك; وبدأت المفاوضات.', [';'], 'انتهت المعارك؛ وبدأت المفاوضات.']],
    clean: ['انتهت المعارك؛ وبدأت المفاوضات.', 'قالت شركة AT&amp;T إن الخدمة عادت.', 'نشر ⁅Paris; London⁆ البيان.'],
  },
  {
    rule: latinQuestionMark,
    violations: [
      ['هل انتهت الحرب?', ['?'], 'هل انتهت الحرب؟'],
      ['سأل: "هل أنت هنا?" ثم غادر.', ['?'], 'سأل: "هل أنت هنا؟" ثم غادر.'],
      ['ما رأيك في ⁅ChatGPT⁆?', ['?'], 'ما رأيك في ⁅ChatGPT⁆؟'],
    ],
    clean: [
      'هل انتهت الحرب؟',
      'زوروا https://example.com/search?q=1 الآن.',
      'عنوان الكتاب ⁅Why? Because⁆ صدر أمس.',
      'Is the war over?',
      // The end of an English title that fills its quotation is the title's.
      'صدر كتاب «Who Killed Kennedy?» في 1964.',
    ],
  },
  {
    rule: mixedDigits,
    violations: [
      ['قتل 25 شخصا وأصيب ٣٠ آخرون.', ['٣٠'], 'قتل 25 شخصا وأصيب 30 آخرون.'],
      ['بلغ النمو ٣٫٥ في المئة في 2024.', ['٣٫٥'], 'بلغ النمو 3.5 في المئة في 2024.'],
      ['قتل ۲۵ شخصا في 2024.', ['۲۵'], 'قتل 25 شخصا في 2024.'],
    ],
    clean: [
      'قتل 25 شخصا في 2024.',
      'قتل ٢٥ شخصا في ٢٠٢٤.',
      'أسقطت طائرة F-16 وقتل ٢٥ شخصا.',
      'أصاب COVID-19 نحو ٣٠ ألف شخص.',
      'بيع من ⁅iPhone 15⁆ نحو ٣٠ ألف جهاز.',
      'زوروا https://example.com/2024 حيث قتل ٢٥ شخصا.',
    ],
  },
  {
    rule: tatweelRule,
    violations: [
      ['قال الرئيـــس إن الوضع جـميل.', ['ـــ', 'ـ'], 'قال الرئيس إن الوضع جميل.'],
      ['في عام 1445 هــ وقع الحدث.', ['ــ'], 'في عام 1445 هـ وقع الحدث.'],
    ],
    clean: [
      'في عام 1445 هـ وقع الحدث.',
      'زودت بـ2500 صاروخ وبـ 300 دبابة.',
      'قال لـ"حماس" ولـ«فتح» إن الاتفاق قائم.',
      'نشر على كـFacebook وبـ⁅X⁆ أمس.',
      'القمة الـ33 وللـFBI والـ«دولة».',
      // Vowel marks of vocalized text between the proclitic and its tatweel.
      'تُقدَّر الخسائر بِـ2.5 مليار، وَفقًا لِـ«البنك الدولي».',
      'قال الرئيس إن الوضع جميل.',
    ],
  },
  {
    rule: bidiIsolationMissing,
    violations: [
      ['قال John Smith إن الوضع صعب.', ['John Smith'], 'قال ⁅John Smith⁆ إن الوضع صعب.'],
      ['زار مدينة ⁅New⁆ ⁅York⁆ الأمريكية.', ['New⁆ ⁅York'], 'زار مدينة ⁅New York⁆ الأمريكية.'],
      ['قال ⁅John⁆ Smith إن الوضع صعب.', ['John⁆ Smith'], 'قال ⁅John Smith⁆ إن الوضع صعب.'],
      ['زار مدينة ‹LRM›Paris‹LRM› الفرنسية.', ['Paris'], 'زار مدينة ‹LRM›⁅Paris⁆‹LRM› الفرنسية.'],
      ['زار مدينة \u202AParis\u202C الفرنسية.', ['Paris'], 'زار مدينة \u202A⁅Paris⁆\u202C الفرنسية.'],
      ['قالت ⁍AFP⁆ إن الهجوم وقع.', ['AFP'], 'قالت ⁅AFP⁆ إن الهجوم وقع.'],
      ['للاتصال +971 4 123 4567 أو عبر https://example.com/a?b=1 الآن.', ['+971 4 123 4567', 'https://example.com/a?b=1'], 'للاتصال ⁅+971 4 123 4567⁆ أو عبر ⁅https://example.com/a?b=1⁆ الآن.'],
      ['أعلنت شركة Apple عن iPhone 15 الجديد.', ['Apple', 'iPhone 15'], 'أعلنت شركة ⁅Apple⁆ عن ⁅iPhone 15⁆ الجديد.'],
      // An abbreviation's dot does not end the run; a dotted abbreviation keeps its own.
      // A number glued to its Latin unit is one token; a title that fills its quotation keeps its end.
      ['بلغ المدى 5,000km والحرارة 51°C.', ['5,000km', '51°C'], 'بلغ المدى ⁅5,000km⁆ والحرارة ⁅51°C⁆.'],
      ['نشر «Paris; London» و«We win. They lose.» أمس.', ['Paris; London', 'We win. They lose.'], 'نشر «⁅Paris; London⁆» و«⁅We win. They lose.⁆» أمس.'],
      ['صدر كتاب «Who Killed Kennedy?» وسأل «هل يعود Trump؟».', ['Who Killed Kennedy?', 'Trump'], 'صدر كتاب «⁅Who Killed Kennedy?⁆» وسأل «هل يعود ⁅Trump⁆؟».'],
      ['قال George W. Bush وDr. Anthony Fauci في J.P. Morgan بـWashington D.C. أمس.', ['George W. Bush', 'Dr. Anthony Fauci', 'J.P. Morgan', 'Washington D.C.'], 'قال ⁅George W. Bush⁆ و⁅Dr. Anthony Fauci⁆ في ⁅J.P. Morgan⁆ بـ⁅Washington D.C.⁆ أمس.'],
      // A sentence's dot ends it.
      ['التقى Biden. ثم غادر Macron.', ['Biden', 'Macron'], 'التقى ⁅Biden⁆. ثم غادر ⁅Macron⁆.'],
      // A time or date after a Latin word is not the word's number, and is never cut in two.
      ['وصل وفد UNDP 14:30 إلى بغداد في Baghdad 12/1/2025 أمس.', ['UNDP', 'Baghdad'], 'وصل وفد ⁅UNDP⁆ 14:30 إلى بغداد في ⁅Baghdad⁆ 12/1/2025 أمس.'],
      ['ارتفع مؤشر CPI 3.5% وفاز فريق Arsenal 3-1 أمس.', ['CPI', 'Arsenal'], 'ارتفع مؤشر ⁅CPI⁆ 3.5% وفاز فريق ⁅Arsenal⁆ 3-1 أمس.'],
    ],
    clean: [
      'قال ⁅John Smith⁆ إن الوضع صعب.',
      'قالت ⁌Reuters⁆ إن الهجوم وقع.',
      'بلغ العدد 2500 والنسبة 3.5% في 12/1/2025 عند 14:30.',
      'قتل ٢٥٠٠ شخص.',
      'Reuters, AFP and Xinhua reported it.',
      'قال ⁅John Smith من New York⁆ إن الوضع صعب.',
    ],
  },
  {
    rule: bidiControlsUnbalanced,
    violations: [
      // An isolate opened on a Latin run closes after it, not at the end (which would lay the Arabic out left to right).
      ['قال ⁅John Smith إن الوضع صعب.', ['⁅'], 'قال ⁅John Smith⁆ إن الوضع صعب.'],
      ['قال ⁅ إن الوضع صعب.', ['⁅'], 'قال ⁅ إن الوضع صعب.⁆'],
      ['قال John⁆ Smith.', ['⁆'], 'قال John Smith.'],
      ['ارتفع بنسبة ٣٥٪‹ALM› و35‹LRM›%‹LRM›.', ['‹ALM›', '‹LRM›', '‹LRM›'], 'ارتفع بنسبة ٣٥٪ و35%.'],
      ['زار \u202BParis\u202C.', ['\u202B', '\u202C'], 'زار Paris.'],
    ],
    clean: ['قال ⁅John Smith⁆ و⁌AFP⁆ إن ⁅⁅New⁆ York⁆ كبيرة.', 'ارتفع بنسبة 35%.'],
  },
  {
    rule: arabicQuoteStyle,
    violations: [
      ['قال "نحن هنا" ثم غادر.', ['"', '"'], 'قال «نحن هنا» ثم غادر.'],
      ['قال « نحن هنا » ثم غادر.', ['« ', ' »'], 'قال «نحن هنا» ثم غادر.'],
      ['قال “ نحن هنا” ثم غادر.', ['“ '], 'قال “نحن هنا” ثم غادر.'],
      ["وصفها بـ'الخطيرة' أمس.", ["'", "'"], 'وصفها بـ«الخطيرة» أمس.'],
      ['قال «إن "الحرب" انتهت».', ['"', '"'], 'قال «إن “الحرب” انتهت».'],
      // A pair written the wrong way round: the marks are swapped.
      ['قال »نحن هنا« و”هم هناك“.', ['»', '«', '”', '“'], 'قال «نحن هنا» و“هم هناك”.'],
      // A straight mark paired with a house mark becomes its mirror; one that closes nothing closes the open «.
      ['قال “نحن هنا" و"هم هناك” و«أنتم" أمس.', ['"', '"', '"'], 'قال “نحن هنا” و“هم هناك” و«أنتم» أمس.'],
      // A proclitic joined to the quotation, a colon written tight: the mark after them opens.
      ['وصفه بأنه "جبان" و"غادر" ونددت ب"الاعتداء".', ['"', '"', '"', '"', '"', '"'], 'وصفه بأنه «جبان» و«غادر» ونددت ب«الاعتداء».'],
      ['قال:"لا تراجع".', ['"', '"'], 'قال:«لا تراجع».'],
    ],
    clean: [
      // A mark no partner pairs keeps its spaces: removing them would glue it to a word.
      'انتهى الاجتماع » وغادر الوفد.',
      'قال «نحن هنا» و“هم هناك”.',
      'شاشة قياس 12" جديدة.', 'قال ⁅"Yes we can"⁆ أمس.', 'قال لـ«حماس» إن ⁅O\'Brien⁆ وصل.'],
  },
];

describeRules('ar', fixtures);

describe('ar-typography/mixed-digits with the house set arab', () => {
  const arab: RuleContext = { digits: 'arab' };

  it('reports the Western digits and writes them Arabic-Indic, with the decimal mark', () => {
    const text = 'قتل 25 شخصا وأصيب ٣٠ آخرون بنسبة 3.5.';
    expect(reported(mixedDigits, text, arab).map(([written]) => written)).toEqual(['25', '3.5']);
    expect(fixedAndClean(mixedDigits, text, arab)).toBe('قتل ٢٥ شخصا وأصيب ٣٠ آخرون بنسبة ٣٫٥.');
  });

  it('never rewrites the digits of a hashtag, nor counts them', () => {
    expect(fixedAndClean(mixedDigits, 'تصدر وسم #رؤية_2030 بعد إعلان 15 مشروعا و٣ مبادرات.', arab)).toBe('تصدر وسم #رؤية_2030 بعد إعلان ١٥ مشروعا و٣ مبادرات.');
    expect(reported(mixedDigits, 'تصدر وسم #رؤية_2030 بعد إعلان ١٥ مشروعا.', latnContext)).toEqual([]);
  });

  it('leaves the digits of Latin words alone', () => {
    expect(reported(mixedDigits, 'أسقطت F-16 وقتل ٢٥', arab)).toEqual([]);
    expect(reported(mixedDigits, 'أسقطت F-16 وقتل ٢٥', latnContext)).toEqual([]);
  });
});

describe('ar-typography/tatweel on a proclitic cut from its word', () => {
  it('reports it without a fix: joining may need a spelling change (ل + الاتفاق → للاتفاق)', () => {
    const text = 'وأشار لـ حماس ولـ الاتفاق بالاسم.';
    expect(tatweelRule.check(text, latnContext).map((hit) => [text.slice(hit.start, hit.end), hit.edits])).toEqual([
      ['ـ', undefined],
      ['ـ', undefined],
    ]);
  });
});
