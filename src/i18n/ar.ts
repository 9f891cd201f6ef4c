// Arabic interface strings, loaded only by pages that show Arabic.
// Typed as Strings: a missing or extra key fails the build.
import type { Strings } from '../strings.js';

const ar: Strings = {
  supports: 'الأدلة تؤيد ذلك',
  opposes: 'الأدلة تعارض ذلك',
  balanced: 'الأدلة متباينة',
  insufficient: 'لا توجد أدلة كافية بعد',
  supportsStance: 'مؤيدة',
  opposesStance: 'معارضة',
  neutralStance: 'محايدة',
  claim: 'الادعاء',
  support: 'أدلة مؤيدة',
  oppose: 'أدلة معارضة',
  outOf: 'من 100',
  summary: 'بكلمات بسيطة',
  wording: 'عرض الصياغة العلمية',
  mechanism: 'كيف قد يعمل ذلك',
  research: 'ماذا تقول الأبحاث',
  nSupport: 'zero:لا دراسات مؤيدة|one:دراسة مؤيدة واحدة|two:دراستان مؤيدتان|few:# دراسات مؤيدة|other:# دراسة مؤيدة',
  nOppose: 'zero:لا دراسات معارضة|one:دراسة معارضة واحدة|two:دراستان معارضتان|few:# دراسات معارضة|other:# دراسة معارضة',
  breakdown: 'كيف حُسبت الدرجات',
  chain: 'كيف قد يعمل ذلك، خطوة بخطوة',
  raw: 'اقتباسات من الدراسات',
  ideal: 'دراسات قد تحسم الأمر',
  grade: 'الجودة',
  people: 'one:مشارك واحد|two:مشاركان|few:# مشاركين|other:# مشاركًا',
  full: 'اقرأ التحليل الكامل',
  by: 'التقييم من',
  updated: 'آخر تحديث',
  published: 'تاريخ النشر',
  disclaimer: 'ليست نصيحة طبية. استشر مختصًا صحيًا مؤهلًا قبل اتخاذ قرارات صحية.',
  loading: 'جارٍ تحميل الأدلة…',
  error: 'تعذّر تحميل ملخص الأدلة.',
  expand: 'عرض كل الأدلة',
  collapse: 'عرض أقل',
  close: 'إغلاق',
  etAl: 'وآخرون',
  all: 'other:عرض كل الدراسات (#)',
  more: 'مزيد من التفاصيل',
};

export default ar;
