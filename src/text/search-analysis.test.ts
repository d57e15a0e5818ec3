import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import * as snowball from 'snowball-stemmers';
import { openScratchDatabase, skipUnlessDialect } from '../testing/databases.ts';
import { analyse, MAX_QUERY_WORDS, normalizeWord, queryTerms } from './search-analysis.ts';

const terms = (text: string, language = 'ar') => analyse(text, language).join(' ');

/** Broken plurals Snowball's Arabic stemmer does not bring to their singular (the README lists them). */
const UNGROUPED_BROKEN_PLURALS = [
  ['مدرسة', 'مدارس'],
  ['كتاب', 'كتب'],
  ['سفير', 'سفراء'],
  ['وزير', 'وزراء'],
  ['مسجد', 'مساجد'],
  ['طالب', 'طلاب'],
  ['عالم', 'علماء'],
] as const;

describe('search text analysis', () => {
  it('removes harakat and tatweel, and unifies hamza seats, so كَتَبَ and الإسلام are found however they are typed', () => {
    assert.equal(terms('كَتَبَ'), terms('كتب'));
    assert.equal(terms('الإسلامي'), terms('الاسلامي'));
    assert.equal(terms('آفاق'), terms('افاق'));
    assert.equal(terms('المـدرسـة'), terms('المدرسة'));
    assert.equal(normalizeWord('الإِيسِيسْكُو'), 'الايسيسكو');
  });

  it('unifies ة with ه and ى with ي after stemming, and reads a typed ه or ي both ways', () => {
    assert.equal(terms('مستشفى'), 'مستشفي');
    assert.deepEqual(queryTerms('المدرسه', 'ar'), [['مدرس', 'مدرسه']]);
    assert.ok(queryTerms('مستشفي', 'ar')[0]!.includes(terms('مستشفى')));
  });

  it('maps Persian and Urdu letter forms and Arabic-Indic digits, and applies NFKC', () => {
    assert.equal(normalizeWord('کتاب'), 'كتاب');
    assert.equal(normalizeWord('فارسی'), 'فارسي');
    assert.equal(normalizeWord('١٤٤٧'), '1447');
    assert.equal(normalizeWord('۲۰۲۶'), '2026');
    assert.equal(normalizeWord('ﻻ'), 'لا');
    assert.equal(terms('ＩＣＥＳＣＯ', 'en'), 'icesco');
  });

  it('takes the conjunction off و and ف before the article, and leaves وزير whole in meaning', () => {
    assert.equal(terms('والمدرسة'), terms('المدرسة'));
    assert.equal(terms('فالطلاب'), terms('الطلاب'));
    assert.equal(terms('وللثقافة'), terms('الثقافة'));
    assert.ok(queryTerms('وزير', 'ar')[0]!.includes(terms('الوزير')), 'a query for وزير finds الوزير');
  });

  it('folds Latin case and accents after stemming, and splits French elisions', () => {
    assert.equal(terms('L’Éducation', 'fr'), terms('education', 'fr'));
    assert.equal(terms("d'écoles", 'fr'), terms('ecole', 'fr'));
    assert.equal(terms('qu’il', 'fr'), terms('il', 'fr'));
    assert.equal(terms('Universities', 'en'), terms('university', 'en'));
    assert.equal(terms('running', 'en'), 'run');
  });

  it('drops the common words of each language, but not the newsroom’s own (Director-General, المدير العام)', () => {
    assert.equal(terms('the of and', 'en'), '');
    assert.equal(terms('في من إلى', 'ar'), '');
    assert.equal(terms('Director-General', 'en'), 'director general');
    assert.equal(terms('المدير العام', 'ar'), 'مدير عام');
  });

  it('stems Latin names in an Arabic story with no stemmer, and Arabic words in any story with the Arabic one', () => {
    assert.equal(terms('ICESCO organizations', 'ar'), 'icesco organizations');
    assert.equal(terms('الإيسيسكو', 'en'), terms('الإيسيسكو', 'ar'));
    assert.equal(terms('東京 उत्तर', 'ja'), '東京 उत्तर');
  });

  it('keeps hostile queries small and free of syntax: 5 KB, control characters, punctuation only, stop words only', () => {
    const long = queryTerms('education '.repeat(600) + 'x'.repeat(5000), 'en');
    assert.ok(long.length <= MAX_QUERY_WORDS);
    assert.ok(long.flat().every((term) => term.length <= 40 && /^[\p{L}\p{M}\p{N}]+$/u.test(term)));
    assert.deepEqual(queryTerms('"NEAR(a b)" title:x * ^ - : (((', 'en').flat(), ['near', 'b', 'titl', 'x']);
    assert.deepEqual(queryTerms('\u0000\u0007\u001b', 'en'), []);
    assert.deepEqual(queryTerms('!?؟،…—', 'ar'), []);
    assert.deepEqual(queryTerms('the of and', 'en'), []);
  });

  it('leaves the broken plurals the README lists apart from their singulars (Snowball does not group them)', () => {
    for (const [singular, plural] of UNGROUPED_BROKEN_PLURALS) assert.notEqual(terms(singular), terms(plural), `${singular} / ${plural}`);
    assert.equal(terms('الطالبات'), terms('طالبة'), 'sound plurals are grouped');
    assert.equal(terms('المؤتمرات'), terms('مؤتمر'));
  });
});

describe('the Snowball stemmers against PostgreSQL’s own', async () => {
  const skip = await skipUnlessDialect('postgres');
  const words: Record<string, string[]> = {
    arabic: [
      'الكتاب',
      'بالكتاب',
      'للكتاب',
      'الكتب',
      'مكتبة',
      'المكتبات',
      'المدرسة',
      'المدارس',
      'الثقافية',
      'التعليم',
      'للعلوم',
      'الدولة',
      'الأعضاء',
      'الإيسيسكو',
      'مديرون',
      'المديرين',
      'المنظمات',
      'الطالبات',
      'يكتبون',
      'كتّاب',
      'الإسلامي',
      'المؤتمرات',
      'اجتماعات',
    ],
    english: [
      'education',
      'educational',
      'cultures',
      'heritage',
      'ministers',
      'meetings',
      'running',
      'universities',
      'generously',
      'organizations',
      'scientific',
    ],
    french: ['éducation', 'culturelles', 'patrimoines', 'états', 'membres', 'scientifiques', 'organisations', 'directeur', 'générale', 'réunions'],
  };

  it('stems Arabic, English and French exactly as PostgreSQL’s Snowball dictionaries do', { skip }, async () => {
    const scratch = await openScratchDatabase('postgres');
    try {
      for (const [algorithm, list] of Object.entries(words)) {
        const stemmer = snowball.newStemmer(algorithm);
        for (const word of list) {
          const { rows } = await sql<{ stem: string }>`select array_to_string(ts_lexize(${`${algorithm}_stem`}::regdictionary, ${word}), ',') as stem`.execute(
            scratch.db,
          );
          assert.equal(stemmer.stem(word), rows[0]!.stem, `${algorithm} ${word}`);
        }
      }
    } finally {
      await scratch.close();
    }
  });
});
