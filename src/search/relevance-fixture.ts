/**
 * The relevance fixture: small stories in Arabic, French and English, and queries with the story each must
 * find in its first three results. Written for what readers type: Arabic with and without harakat, hamza
 * forms, ة/ه, ى/ي, tatweel and the prefixes و ف ب ل ال بال لل وال; French accents, elisions and plurals;
 * English stems; the organization's name in each language.
 */
export interface FixtureStory {
  key: string;
  language: string;
  title: string;
  summary: string;
  body: string;
}

export interface FixtureQuery {
  language: string;
  q: string;
  expect: string;
  /** What the query checks, for the table. */
  about: string;
}

export const FIXTURE_STORIES: FixtureStory[] = [
  {
    key: 'ar-schools',
    language: 'ar',
    title: 'الإيسيسكو تدعم المدارس في المناطق الريفية',
    summary: 'برنامج جديد لتأهيل المدرسة الريفية وتدريب المعلمين',
    body: '<p>أعلنت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) عن برنامج لدعم المدرسة الريفية.</p><p>وقال المدير العام إن التعليم حق لكل طفل.</p>',
  },
  {
    key: 'ar-heritage',
    language: 'ar',
    title: 'إدراج مواقع جديدة في قائمة التراث',
    summary: 'لجنة التراث في العالم الإسلامي تجتمع في القاهرة',
    body: '<p>قررت اللجنة إدراج مساجد تاريخية ومدن عتيقة. وبالتراث تحيا ذاكرة الشعوب.</p>',
  },
  {
    key: 'ar-minister',
    language: 'ar',
    title: 'وزير التربية يستقبل سفير إندونيسيا',
    summary: 'مباحثات حول التعليم العالي',
    body: '<p>استقبل الوزير سفير جمهورية إندونيسيا، وبحثا سبل التعاون في مجال الجامعات والبحث العلمي.</p>',
  },
  {
    key: 'ar-hospital',
    language: 'ar',
    title: 'افتتاح مستشفى جامعي في داكار',
    summary: 'مختبرات جديدة للعلوم الطبية',
    body: '<p>يضم المستشفى الجامعي مختبرات حديثة، وقد افتتح بحضور رئيس الجامعة.</p>',
  },
  {
    key: 'ar-culture',
    language: 'ar',
    title: 'الثقافة في خدمة السلام',
    summary: 'ندوة حول الحوار بين الشعوب',
    body: '<p>فالثقافة جسر بين الشعوب، وللثقافة دور في بناء السلام.</p>',
  },
  {
    key: 'ar-library',
    language: 'ar',
    title: 'مكتبة رقمية للمخطوطات العربية',
    summary: 'آلاف الكتب النادرة متاحة للباحثين',
    body: '<p>أطلقت الإيسيسكو مكتبة رقمية تضم الكتب والمخطوطات النادرة، ويستطيع الباحث قراءة الكتاب كاملا.</p>',
  },
  {
    key: 'ar-youth',
    language: 'ar',
    title: 'ملتقى الشباب العربي للابتكار',
    summary: 'جوائز للفائزين في مسابقة العلوم',
    body: '<p>شارك مئات الطلاب والطالبات في ملتقى للابتكار العلمي.</p>',
  },
  {
    key: 'ar-water',
    language: 'ar',
    title: 'مؤتمر المياه والمناخ في الرباط',
    summary: 'وفود من الدول الأعضاء تناقش ندرة المياه',
    body: '<p>ناقش المؤتمر تحديات ندرة المياه وتغير المناخ، وبالمؤتمر شاركت وفود من المؤتمرات الإقليمية.</p>',
  },
  {
    key: 'fr-education',
    language: 'fr',
    title: 'L’éducation des filles au cœur d’un nouveau programme',
    summary: 'L’ISESCO soutient les écoles rurales des États membres.',
    body: '<p>L’ISESCO lance un programme pour l’éducation des filles. Les écoles rurales recevront des bibliothèques.</p>',
  },
  {
    key: 'fr-heritage',
    language: 'fr',
    title: 'Trois sites inscrits sur la liste du patrimoine',
    summary: 'Le comité du patrimoine du monde islamique s’est réuni au Caire.',
    body: '<p>Des mosquées historiques et des médinas rejoignent la liste.</p>',
  },
  {
    key: 'fr-science',
    language: 'fr',
    title: 'Les scientifiques africains réunis à Rabat',
    summary: 'Une semaine consacrée à la recherche.',
    body: '<p>Des chercheurs et des scientifiques de vingt pays ont présenté leurs travaux.</p>',
  },
  {
    key: 'fr-culture',
    language: 'fr',
    title: 'Une semaine d’échanges culturels à Tunis',
    summary: 'Artistes et écrivains se retrouvent.',
    body: '<p>Concerts, lectures et expositions ont rythmé la semaine.</p>',
  },
  {
    key: 'fr-water',
    language: 'fr',
    title: 'Les États membres s’engagent pour l’eau',
    summary: 'Une déclaration sur la gestion de l’eau et le climat.',
    body: '<p>Les ministres ont signé une déclaration commune.</p>',
  },
  {
    key: 'en-ministers',
    language: 'en',
    title: 'Education ministers meet in Tashkent',
    summary: 'A regional forum on the future of teaching.',
    body: '<p>Ministers of education from Central Asian Member States met with ICESCO experts.</p>',
  },
  {
    key: 'en-universities',
    language: 'en',
    title: 'Universities join a new research network',
    summary: 'Twenty institutions share their laboratories.',
    body: '<p>Researchers from twenty universities will exchange data and students.</p>',
  },
  {
    key: 'en-running',
    language: 'en',
    title: 'Running water for rural schools',
    summary: 'A programme for clean water in classrooms.',
    body: '<p>The programme is running in forty villages.</p>',
  },
  {
    key: 'en-children',
    language: 'en',
    title: 'Children’s books in three languages',
    summary: 'A library for young readers.',
    body: '<p>Stories for children, read aloud in Arabic, English and French.</p>',
  },
  {
    key: 'ar-names',
    language: 'ar',
    title: 'الإيسيسكو وإندونيسيا: مسارات جديدة للتعاون',
    summary: 'زيارة رسمية إلى جاكرتا',
    body: '<p>وقعت الإيسيسكو مع إندونيسيا مذكرة تفاهم.</p>',
  },
  {
    key: 'en-names',
    language: 'en',
    title: 'ICESCO and Indonesia: new routes for cooperation',
    summary: 'An official visit to Jakarta.',
    body: '<p>ICESCO and Indonesia signed a memorandum of understanding.</p>',
  },
  {
    key: 'fr-names',
    language: 'fr',
    title: 'L’ISESCO et l’Indonésie : de nouvelles voies de coopération',
    summary: 'Une visite officielle à Jakarta.',
    body: '<p>L’ISESCO et l’Indonésie ont signé un protocole d’accord.</p>',
  },
];

const q = (language: string, query: string, expect: string, about: string): FixtureQuery => ({ language, q: query, expect, about });

export const FIXTURE_QUERIES: FixtureQuery[] = [
  q('ar', 'المدرسة', 'ar-schools', 'with the article'),
  q('ar', 'مدرسة', 'ar-schools', 'without the article'),
  q('ar', 'المدرسه', 'ar-schools', 'ه typed for ة'),
  q('ar', 'الْمَدْرَسَةُ', 'ar-schools', 'harakat'),
  q('ar', 'المـدرسـة', 'ar-schools', 'tatweel'),
  q('ar', 'مدارس', 'ar-schools', 'broken plural, as written'),
  q('ar', 'الإيسيسكو مكتبة', 'ar-library', 'hamza below'),
  q('ar', 'الايسيسكو مكتبة', 'ar-library', 'bare alef'),
  q('ar', 'إيسيسكو مكتبه', 'ar-library', 'no article, ه for ة'),
  q('ar', 'مستشفى', 'ar-hospital', 'alef maqsura'),
  q('ar', 'مستشفي', 'ar-hospital', 'ي typed for ى'),
  q('ar', 'والمستشفى', 'ar-hospital', 'prefix وال'),
  q('ar', 'التراث', 'ar-heritage', 'ال'),
  q('ar', 'بالتراث', 'ar-heritage', 'prefix بال'),
  q('ar', 'للتراث', 'ar-heritage', 'prefix لل'),
  q('ar', 'والتراث', 'ar-heritage', 'prefix وال'),
  q('ar', 'فالتراث', 'ar-heritage', 'prefix ف + ال'),
  q('ar', 'وتراث', 'ar-heritage', 'prefix و'),
  q('ar', 'لتراث', 'ar-heritage', 'prefix ل'),
  q('ar', 'بتراث', 'ar-heritage', 'prefix ب'),
  q('ar', 'ثقافة', 'ar-culture', 'ة, no article'),
  q('ar', 'وللثقافة', 'ar-culture', 'prefix و + لل'),
  q('ar', 'وزير', 'ar-minister', 'و that is part of the word'),
  q('ar', 'الوزير', 'ar-minister', 'with the article'),
  q('ar', 'سفير إندونيسيا', 'ar-minister', 'two words'),
  q('ar', 'جامعات', 'ar-minister', 'sound plural'),
  q('ar', 'طالبة', 'ar-youth', 'singular for a sound plural'),
  q('ar', 'المؤتمرات', 'ar-water', 'plural and hamza on waw'),
  q('ar', 'مؤتمر المياه', 'ar-water', 'two words'),
  q('ar', 'الكتاب', 'ar-library', 'singular'),
  q('ar', 'الإيسيسكو إندونيسيا', 'ar-names', 'name, Arabic'),
  q('fr', 'education', 'fr-education', 'no accent'),
  q('fr', 'éducation', 'fr-education', 'accent'),
  q('fr', 'l’éducation', 'fr-education', 'elision'),
  q('fr', "d'éducation", 'fr-education', 'elision, straight apostrophe'),
  q('fr', 'école', 'fr-education', 'singular for a plural'),
  q('fr', 'ECOLES', 'fr-education', 'capitals, no accent'),
  q('fr', 'patrimoines', 'fr-heritage', 'plural for a singular'),
  q('fr', 'scientifique', 'fr-science', 'singular for a plural'),
  q('fr', 'culturel', 'fr-culture', 'singular for a plural'),
  q('fr', 'états membres eau', 'fr-water', 'three words'),
  q('fr', 'ISESCO Indonésie', 'fr-names', 'name, French'),
  q('en', 'minister', 'en-ministers', 'singular for a plural'),
  q('en', 'university', 'en-universities', 'y/ies'),
  q('en', 'run', 'en-running', 'stem of -ing'),
  q('en', 'children', 'en-children', 'possessive in the title'),
  q('en', 'researcher', 'en-universities', 'singular for a plural'),
  q('en', 'ICESCO Indonesia', 'en-names', 'name, English'),
  q('en', 'Education Ministers', 'en-ministers', 'capitals'),
];
