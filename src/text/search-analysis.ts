/**
 * The one text analysis of search, run in the application before indexing and before querying, so that
 * SQLite and PostgreSQL are handed the same terms and find the same stories.
 *
 * Each word is normalized (Unicode NFKC; Arabic-Indic digits to ASCII; Arabic harakat and tatweel removed;
 * أ إ آ ٱ → ا; Persian and Urdu letter forms mapped to the Arabic ones they stand for; Latin case folded;
 * French elisions l’ d’ qu’ … split off), common words of its language are dropped, the rest is stemmed with
 * that language's Snowball stemmer (the `snowball-stemmers` port, whose output is PostgreSQL's own), and only
 * then are Latin accents folded and ة → ه, ى → ي unified: Snowball's Arabic stemmer reads ة and ى to find
 * feminine and verbal endings, and the French one reads é, so unifying them first would stem مدرسة and
 * مدرسه apart. A query word whose spelling is ambiguous (a final ه that may be ة, a word without the article
 * that Snowball stems differently from the same word with it) is looked up under every reading.
 */
import * as snowball from 'snowball-stemmers';
import * as stopwords from 'stopword';
import { wordsOf } from './search-words.ts';

/** Snowball algorithms by primary language subtag; other languages get normalization only. */
const ALGORITHMS: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  cs: 'czech',
  da: 'danish',
  de: 'german',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hu: 'hungarian',
  hy: 'armenian',
  it: 'italian',
  nb: 'norwegian',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sl: 'slovene',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
};

/** `stopword`'s lists by primary language subtag (its keys are ISO 639-3). */
const STOP_LISTS: Record<string, string> = {
  ar: 'ara',
  ca: 'cat',
  de: 'deu',
  en: 'eng',
  es: 'spa',
  fa: 'fas',
  fr: 'fra',
  it: 'ita',
  nl: 'nld',
  pt: 'por',
  ru: 'rus',
  tr: 'tur',
  ur: 'urd',
};

/** Words of those lists that name things this newsroom writes about ("the Director-General", المدير العام). */
const NOT_STOP_WORDS = new Set(['عام', 'general', 'world', 'state', 'states']);

/** Longer words are cut: no language has them, and a hostile query must stay small. */
const MAX_TERM_LENGTH = 40;

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /\p{Script=Latin}/u;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;
/** و or ف before the article (والمدرسة, فالطلاب): Snowball keeps it, so the word would never meet المدرسة. */
const CONJUNCTION_BEFORE_ARTICLE = /^[وف](?=(?:ال|لل|بال|كال)\p{L}{3})/u;

const ARABIC_FORMS: [RegExp, string][] = [
  [/[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g, ''], // harakat, Quranic marks, tatweel
  [/[أإآٱ]/g, 'ا'],
  [/[کڪ]/g, 'ك'], // Persian and Urdu kaf
  [/[یۍې]/g, 'ي'], // Persian and Urdu yeh (final ے too)
  [/ے/g, 'ي'],
  [/[ہھۀە]/g, 'ه'], // Urdu heh forms, heh with yeh above
];

const stemmers = new Map<string, snowball.Stemmer | null>();
const stopLists = new Map<string, Set<string>>();
/** Stems by language and word: news repeats its vocabulary, and stemming is the slow part of indexing. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

const primary = (language: string) => language.toLowerCase().split('-')[0]!;

function stemmerFor(language: string): snowball.Stemmer | null {
  let stemmer = stemmers.get(language);
  if (stemmer === undefined) {
    const algorithm = ALGORITHMS[language];
    stemmer = algorithm ? snowball.newStemmer(algorithm) : null;
    stemmers.set(language, stemmer);
  }
  return stemmer;
}

function stopListFor(language: string): Set<string> {
  let list = stopLists.get(language);
  if (!list) {
    const words = (stopwords as unknown as Record<string, string[] | undefined>)[STOP_LISTS[language] ?? ''] ?? [];
    list = new Set(words.map((word) => normalizeWord(word)).filter((word) => word && !NOT_STOP_WORDS.has(word)));
    stopLists.set(language, list);
  }
  return list;
}

/** The word as typed, made comparable: NFKC, digits, Arabic letter forms, lower case; elision removed. */
export function normalizeWord(word: string): string {
  let out = word.normalize('NFKC').replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  if (ARABIC.test(out)) {
    for (const [form, replacement] of ARABIC_FORMS) out = out.replace(form, replacement);
    return out.replace(CONJUNCTION_BEFORE_ARTICLE, '');
  }
  return out.toLowerCase().replace(ELISION, '').replace(/['’]/g, '');
}

const foldLatin = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const unifyArabic = (term: string) => term.replace(/ة/g, 'ه').replace(/ى/g, 'ي');

/** The indexed term of a normalized word in a document of `language`, or null for a common word. */
function termOf(word: string, language: string): string | null {
  if (!word || stopListFor(ARABIC.test(word) ? 'ar' : language).has(word)) return null;
  const arabic = ARABIC.test(word);
  const latin = !arabic && LATIN.test(word);
  // Each script goes to its own stemmer: Arabic words to the Arabic one whatever the page's language, and a
  // Latin name in an Arabic story (ICESCO) is only normalized.
  const stemLanguage = arabic ? 'ar' : latin && language !== 'ar' ? language : arabic || latin ? '' : language;
  const key = `${stemLanguage}\u0000${word}`;
  let term = memo.get(key);
  if (term === undefined) {
    const stemmer = stemLanguage ? stemmerFor(stemLanguage) : null;
    const stem = stemmer ? stemmer.stem(word) || word : word;
    term = (arabic ? unifyArabic(stem) : latin ? foldLatin(stem) : stem).slice(0, MAX_TERM_LENGTH);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, term);
  }
  return term;
}

/** The terms of a text in a document of that language, in order (what the index stores). */
export function analyse(text: string, language: string): string[] {
  const lang = primary(language);
  const terms: string[] = [];
  for (const word of wordsOf(text)) {
    const term = termOf(normalizeWord(word.text), lang);
    if (term) terms.push(term);
  }
  return terms;
}

/** The term a single word of a text gives, for marking matched words in snippets. */
export function termOfWord(word: string, language: string): string | null {
  return termOf(normalizeWord(word), primary(language));
}

/** Readings of an Arabic query word that Snowball would stem apart from the same word as a story writes it. */
function arabicReadings(word: string): string[] {
  const bare = word.replace(/^(?:ال|لل|بال|وال|فال|كال)(?=\p{L}{3})/u, '');
  const forms = new Set([word, bare, `ال${bare}`]);
  // و and ف before alef are kept by Snowball (واحد is not و + احد); a query may still mean the conjunction.
  if (bare === word && /^[وف]ا\p{L}{3}/u.test(word)) forms.add(word.slice(1));
  // Nor does it take ل off a word without the article (لتراث); a query's ل is most often the preposition.
  if (bare === word && /^ل\p{L}{4}/u.test(word)) forms.add(word.slice(1));
  for (const form of [...forms]) {
    if (form.endsWith('ه')) forms.add(`${form.slice(0, -1)}ة`);
    if (form.endsWith('ي')) forms.add(`${form.slice(0, -1)}ى`);
  }
  return [...forms];
}

/** At most this many words of a query are looked for. */
export const MAX_QUERY_WORDS = 8;

/**
 * A query as groups of alternative terms for documents of `language`: a story matches when it holds one
 * term of every group. Common words are dropped; an empty result means nothing can be looked for.
 */
export function queryTerms(query: string, language: string): string[][] {
  const lang = primary(language);
  const groups = new Map<string, string[]>();
  for (const word of wordsOf(query)) {
    if (groups.size >= MAX_QUERY_WORDS) break;
    const normalized = normalizeWord(word.text);
    const readings = ARABIC.test(normalized) ? arabicReadings(normalized) : [normalized];
    const terms = [...new Set(readings.map((reading) => termOf(reading, lang)).filter((term): term is string => term !== null))];
    if (terms.length > 0 && !stopListFor(ARABIC.test(normalized) ? 'ar' : lang).has(normalized)) groups.set(terms.join(' '), terms.sort());
  }
  return [...groups.values()];
}
