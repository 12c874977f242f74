import { describe } from 'vitest';
import { itSplitsAsWritten } from './expect-sentences.js';

describe('Arabic sentence ends: ؟ ! . and …', () => {
  itSplitsAsWritten('ar', [
    ['قال المتحدث إن القوات انسحبت.', 'ولم يصدر أي تعليق من الحكومة.'],
    ['هل ستستأنف المفاوضات؟', 'لا أحد يعرف.'],
    ['أوقفوا الحرب!', 'هتف المتظاهرون أمام السفارة.'],
    ['استمرت المحادثات ساعات…', 'ثم أعلن الاتفاق.'],
    ['بغداد (أ ف ب) - تعهدت فصائل مسلحة الجمعة بمواصلة هجماتها.', 'ولم يعلق التحالف.'],
  ]);
});

describe('Arabic comma and semicolon never end a sentence', () => {
  itSplitsAsWritten('ar', [
    ['وصل الوفد إلى بغداد، ثم توجه إلى أربيل؛ حيث التقى المسؤولين.'],
  ]);
});

describe('Arabic abbreviations before a name or a number', () => {
  itSplitsAsWritten('ar', [
    ['وقال د. أحمد الراوي إن الوضع خطير.'],
    ['قال م. خالد إن الجسر سيفتتح قريبا.'],
    ['انظر ص. 12 من التقرير.'],
    ['ولد عام 1950 م. في بغداد.'],
  ]);
});

describe('Arabic quotations and numbers', () => {
  itSplitsAsWritten('ar', [
    ['قالت الوزارة إن الهدنة «هشة جدا».', 'وأضافت أن المحادثات ستستمر.'],
    ['وقال: «لن نتراجع.»', 'ثم غادر القاعة.'],
    ['ارتفع المؤشر ٢.٥ في المئة.', 'وتراجع الدولار 0.3 في المئة.'],
    ['نشر البيان على الموقع example.org/ar/news.html صباح الجمعة.'],
  ]);
});
