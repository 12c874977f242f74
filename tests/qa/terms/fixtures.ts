/**
 * Hand-made term-compliance cases: a termbase like the newsroom's, and real-looking French and
 * Arabic sentences per morphology case, each with the status the check must give. Clean cases
 * (`ok`) matter as much as the others: each is a way a correct translation is written.
 */
import { parseGlossary } from '../../../src/terms/index.js';

export const termbase = parseGlossary([
  {
    path: 'terms.csv',
    content: [
      'en,en_variants,fr,fr_variants,fr_forbidden,ar,ar_variants,ar_forbidden,type,note',
      'Islamic State (IS),Islamic State group|Islamic State|Daesh|ISIL,groupe État islamique (EI),État islamique|EI,Daech|Etat islamiste,تنظيم الدولة الإسلامية,,داعش,name,',
      'Kataib Hezbollah,Kataeb Hezbollah,Brigades du Hezbollah,,,كتائب حزب الله,,,name,',
      'Hezbollah,Hizbollah,Hezbollah,,,حزب الله,,,name,h aspiré: le/du Hezbollah',
      'Hamas,,Hamas,,,حماس,,,name,h aspiré',
      'Islamic Resistance in Iraq,,Résistance islamique en Irak,,,المقاومة الإسلامية في العراق,,,name,',
      'US-led coalition,,coalition internationale menée par les États-Unis,coalition menée par les États-Unis,,التحالف الدولي بقيادة الولايات المتحدة,,,term,',
      'air strike,airstrike,frappe aérienne,,,غارة جوية,,,term,',
      'jihadist,,jihadiste,djihadiste,,جهادي,,,term,',
      'Iran-backed armed groups,,groupes armés pro-Iran,groupes armés pro-iraniens,,الفصائل الموالية لإيران,,,term,',
      "Iraq's Foreign Ministry,,ministère irakien des Affaires étrangères,,,وزارة الخارجية العراقية,,,term,",
      'United States,,États-Unis,,,الولايات المتحدة,,,name,',
      'Pentagon,,Pentagone,,,البنتاغون,,,name,',
      'Baghdad,,Bagdad,,,بغداد,,,name,',
      'working groups,,groupes de travail,,,مجموعات عمل,,,term,',
      'Hebron,,Hébron,,,الخليل,,,name,',
      'Israel,,Israël,,,إسرائيل,,,name,',
    ].join('\n'),
  },
]);

export type Status = 'ok' | 'violation' | 'missing';

/** [case, entry (en), the source's wording, target, status] */
export type TermCase = readonly [string, string, string, string, Status];

export const frenchCases: readonly TermCase[] = [
  // elision and contraction
  ['elided article', 'Islamic State (IS)', 'IS', 'Des combattants de l’EI ont attaqué un poste.', 'ok'],
  ['du + house form', 'Islamic State (IS)', 'Islamic State group', 'Un haut responsable du groupe État islamique a été tué.', 'ok'],
  ['des + name', 'Kataib Hezbollah', 'Kataib Hezbollah', 'Un porte-parole des Brigades du Hezbollah a démenti.', 'ok'],
  ['au + name', 'Hezbollah', 'Hezbollah', 'Des armes destinées au Hezbollah ont été saisies.', 'ok'],
  ['aux + plural', 'air strike', 'air strikes', 'Il a survécu aux frappes aériennes américaines.', 'ok'],
  // h aspiré
  ['du before h aspiré', 'Hezbollah', 'Hezbollah', 'Le chef du Hezbollah a pris la parole.', 'ok'],
  ['le before h aspiré', 'Hamas', 'Hamas', 'Le Hamas a rejeté la proposition.', 'ok'],
  ['l’ before h aspiré', 'Hezbollah', 'Hezbollah', 'Les combattants de l’Hezbollah ont tiré.', 'violation'],
  ['d’ before h aspiré', 'Hamas', 'Hamas', "Un dirigeant d'Hamas a été arrêté.", 'violation'],
  ['elision before an h muet name is fine', 'Hebron', 'Hebron', 'Les colons d’Hébron ont manifesté.', 'ok'],
  // capitals
  ['unaccented capital', 'Islamic State (IS)', 'Islamic State', 'Des jihadistes de l’Etat islamique ont revendiqué.', 'ok'],
  ['dateline in capitals', 'Baghdad', 'Baghdad', 'BAGDAD (AFP) - Deux roquettes sont tombées.', 'ok'],
  ['all-caps headline', 'Islamic State (IS)', 'Islamic State', 'IRAK: L’ÉTAT ISLAMIQUE REVENDIQUE L’ATTAQUE', 'ok'],
  // plural and agreement
  ['plural', 'jihadist', 'jihadists', 'Trois jihadistes ont été tués.', 'ok'],
  ['accepted variant in the plural', 'jihadist', 'jihadists', 'Des djihadistes présumés ont été arrêtés.', 'ok'],
  ['feminine agreement', 'jihadist', 'jihadist', 'Une organisation jihadiste a revendiqué.', 'ok'],
  ['plural of a multiword term', 'working groups', 'working group', 'Un groupe de travail sera créé.', 'ok'],
  ['plural -aux', 'US-led coalition', 'US-led coalition', 'Les coalitions internationales menées par les États-Unis ont frappé.', 'ok'],
  // inserted adjective
  ['inserted adjective', 'Islamic State (IS)', 'Islamic State group', 'Le groupe jihadiste État islamique (EI) a revendiqué.', 'ok'],
  ['inserted adjective in a longer term', 'US-led coalition', 'US-led coalition', 'La coalition militaire internationale menée par les États-Unis a frappé.', 'ok'],
  // echo of the source's wording
  ['echo of a source variant (Daesh → Daech)', 'Islamic State (IS)', 'Daesh', 'Il a qualifié le groupe de « Daech ».', 'ok'],
  ['echo, verbatim, one word', 'Islamic State (IS)', 'Daesh', 'Il a qualifié le groupe de « Daesh ».', 'ok'],
  ['forbidden form without the source saying so', 'Islamic State (IS)', 'IS', 'Des combattants de Daech ont attaqué.', 'violation'],
  ['forbidden form, inflected', 'Islamic State (IS)', 'IS', 'Les Etats islamistes autoproclamés ont disparu.', 'violation'],
  // English left in
  ['English left in', 'Kataib Hezbollah', 'Kataib Hezbollah', 'Un porte-parole de Kataib Hezbollah a démenti.', 'violation'],
  ['English variant left in verbatim, several words', 'Islamic State (IS)', 'Islamic State group', 'Un chef de l’Islamic State group a été tué.', 'violation'],
  // truncated, longer, synonyms of a word
  ['truncated name', 'Islamic Resistance in Iraq', 'Islamic Resistance in Iraq', 'La Résistance islamique a revendiqué l’attaque.', 'violation'],
  ['synonym of one word', 'US-led coalition', 'US-led coalition', 'La coalition dirigée par les États-Unis a frappé.', 'violation'],
  ['house words out of order', 'Iraq\'s Foreign Ministry', 'Iraq\'s Foreign Ministry', 'Le ministère des Affaires étrangères irakien a protesté.', 'violation'],
  ['synonym sharing one word', 'air strike', 'air strike', 'Un raid aérien a visé le convoi.', 'violation'],
  // missing, and clean sentences that must not fire
  ['rendered by a pronoun: missing', 'Hezbollah', 'Hezbollah', 'Le mouvement a démenti toute implication.', 'missing'],
  ['whole synonym, nothing shared', 'air strike', 'air strike', 'Un bombardement a visé le convoi.', 'missing'],
  ['shorter house variant', 'US-led coalition', 'US-led coalition', 'La coalition menée par les États-Unis a frappé.', 'ok'],
  ['accepted variant pro-iraniens', 'Iran-backed armed groups', 'Iran-backed armed groups', 'Les groupes armés pro-iraniens ont menacé.', 'ok'],
  ['accented capital É in dateline with contraction', 'United States', 'United States', 'WASHINGTON - Le porte-parole des ETATS-UNIS a parlé.', 'ok'],
];

export const arabicCases: readonly TermCase[] = [
  // proclitics
  ['و proclitic', 'Hamas', 'Hamas', 'وقالت حماس في بيان إنها ترفض المقترح.', 'ok'],
  ['و + ب proclitics', 'Baghdad', 'Baghdad', 'ووصل الوفد إلى العاصمة وببغداد عقد اجتماعا.', 'ok'],
  ['ب with the article', 'Pentagon', 'Pentagon', 'قال مسؤول بالبنتاغون إن الهجوم فشل.', 'ok'],
  ['ل + ال → لل', 'US-led coalition', 'US-led coalition', 'تعرضت قاعدة للتحالف الدولي بقيادة الولايات المتحدة لهجوم.', 'ok'],
  ['ك proclitic', 'jihadist', 'jihadist', 'وصفته السلطات كجهادي خطير.', 'ok'],
  ['ف proclitic', 'Hezbollah', 'Hezbollah', 'فحزب الله لم يعلق على الحادث.', 'ok'],
  ['ول proclitics with the article', 'Islamic State (IS)', 'IS', 'ولتنظيم الدولة الإسلامية خلايا نائمة في المنطقة.', 'ok'],
  // definite / indefinite
  ['definite form of an indefinite term', 'air strike', 'air strike', 'أسفرت الغارة الجوية عن مقتل ثلاثة.', 'ok'],
  ['indefinite', 'air strike', 'air strike', 'قتل ثلاثة في غارة جوية على مخزن أسلحة.', 'ok'],
  // plural and dual
  ['plural ات', 'air strike', 'air strikes', 'شنت الطائرات غارات جوية على مواقع للفصائل.', 'ok'],
  ['dual تين', 'air strike', 'two air strikes', 'قتل خمسة في غارتين جويتين.', 'ok'],
  ['plural ون', 'jihadist', 'jihadists', 'هاجم جهاديون موقعا للجيش.', 'ok'],
  ['plural ين with the article', 'jihadist', 'jihadists', 'اعتقلت الشرطة عددا من الجهاديين.', 'ok'],
  ['feminine agreement ة', 'jihadist', 'jihadist', 'تبنت جماعة جهادية الهجوم.', 'ok'],
  // spelling variants
  ['alef without hamza', 'Islamic State (IS)', 'IS', 'تبنى تنظيم الدولة الاسلامية الهجوم.', 'ok'],
  ['final ه for ة', 'Islamic Resistance in Iraq', 'Islamic Resistance in Iraq', 'أعلنت المقاومه الاسلاميه في العراق مسؤوليتها.', 'ok'],
  ['alef maqsura / ya, hamza on alef', 'Israel', 'Israel', 'وجهت اسرائيل تحذيرا.', 'ok'],
  ['tatweel and diacritics', 'Hamas', 'Hamas', 'قالت حَمَاس إن الحـركة ترفض.', 'ok'],
  // following adjective, inserted word
  ['following adjective', 'Kataib Hezbollah', 'Kataib Hezbollah', 'أعلنت كتائب حزب الله العراقية مسؤوليتها.', 'ok'],
  ['adjective inside the term', 'air strike', 'air strike', 'نفذت إسرائيل غارة إسرائيلية جوية.', 'ok'],
  // echo and forbidden
  ['echo of a source variant (Daesh → داعش)', 'Islamic State (IS)', 'Daesh', 'وصف المتحدث التنظيم بأنه «داعش».', 'ok'],
  ['forbidden form', 'Islamic State (IS)', 'IS', 'تبنى داعش الهجوم على الحاجز.', 'violation'],
  ['forbidden form with a proclitic', 'Islamic State (IS)', 'Islamic State', 'قتل ثلاثة من عناصر لداعش.', 'violation'],
  // truncated, English left in
  ['truncated name: Hezbollah for Kataib Hezbollah', 'Kataib Hezbollah', 'Kataib Hezbollah', 'أعلن حزب الله مسؤوليته عن الهجوم.', 'violation'],
  ['truncated name without its head noun', 'Islamic State (IS)', 'IS', 'تبنت الدولة الإسلامية الهجوم.', 'violation'],
  ['English left in', 'Kataib Hezbollah', 'Kataib Hezbollah', 'أعلنت Kataib Hezbollah مسؤوليتها.', 'violation'],
  // missing and clean
  ['missing', 'Pentagon', 'Pentagon', 'قالت وزارة الدفاع الأميركية إن الهجوم فشل.', 'missing'],
  ['missing: pronoun', 'Hamas', 'Hamas', 'وقالت الحركة في بيان إنها ترفض المقترح.', 'missing'],
  ['a word that only starts like a proclitic + term does not hide a miss', 'Baghdad', 'Baghdad', 'وصل الوفد إلى العاصمة العراقية.', 'missing'],
];
