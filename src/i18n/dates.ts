/** Localized publication dates; Arabic pages add the Hijri (Umm al-Qura) date beside the Gregorian one. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(locale, format);
  }
  return format;
}

const dateTimeFormatters = new Map<string, Intl.DateTimeFormat>();

/** A moment for staff screens ("28 Nov 2026, 18:29"), in UTC; formatters are made once per language. */
export function formatDateTime(iso: string, language: string, timeStyle: 'short' | 'medium' = 'short'): string {
  const key = `${language}|${timeStyle}`;
  let format = dateTimeFormatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle, timeZone: 'UTC' });
    dateTimeFormatters.set(key, format);
  }
  return format.format(new Date(iso));
}

export interface LocalizedDate {
  /** ISO 8601, for `<time datetime>`. */
  iso: string;
  gregorian: string;
  hijri: string | null;
}

/** International organizations write "10 September 2020", not the American "September 10, 2020". */
function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** A calendar day (YYYY-MM-DD) for staff screens: "1 January 2017", "1 janvier 2017". */
export function formatDay(day: string, language: string): string {
  return formatter(dateLocale(language)).format(new Date(`${day}T00:00:00Z`));
}

/** Pages show the same few dates again and again; formatting them is the costly part. */
const localized = new Map<string, LocalizedDate>();
const MAX_LOCALIZED = 10_000;

export function localizeDate(iso: string, language: string): LocalizedDate {
  const key = `${iso} ${language}`;
  const known = localized.get(key);
  if (known) return known;
  const date = new Date(iso);
  const hijri = new Intl.Locale(language).language === 'ar' ? formatter(`${language}-u-ca-islamic-umalqura`).format(date) : null;
  const result = { iso: date.toISOString(), gregorian: formatter(dateLocale(language)).format(date), hijri };
  if (localized.size >= MAX_LOCALIZED) localized.clear();
  localized.set(key, result);
  return result;
}

/** "10 September 2020" or, in Arabic, "١٠ سبتمبر ٢٠٢٠ م (٢٢ محرم ١٤٤٢ هـ)". */
export function displayDate(date: LocalizedDate): string {
  return date.hijri ? `${date.gregorian} (${date.hijri})` : date.gregorian;
}
