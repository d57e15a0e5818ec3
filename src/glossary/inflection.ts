/**
 * Putting a term's fixed target form back where an engine rendered it, without breaking the words glued to it.
 *
 * - Arabic: the engine may have written proclitics onto the term inside its placeholder (والدول, بالدول, وللدول).
 *   They are kept in front of the target form; ل before the article drops the alef (ل + الدول الأعضاء → للدول
 *   الأعضاء). Suffixes (a possessive such as دولها) are not kept: the target form is written as the glossary says.
 * - French: an elided article or particle the engine wrote inside the placeholder (l’, d’, qu’) is kept before a
 *   target form starting with a vowel or h, and written out in full before any other (d’ → de); l’ stays l’,
 *   since only the term's gender would tell le from la. Before a target form starting with a vowel, a plain
 *   article or particle just before the placeholder elides (de + ICESCO → d’ICESCO, la + UNESCO → l’UNESCO).
 *   Before h nothing changes, since only a dictionary knows which h elides.
 * - Any language with letter case: a rendering the engine capitalized (it starts a sentence) gets a capital too.
 */

const FRENCH_ELIDED = /^(?:l|d|qu|jusqu|lorsqu|puisqu)['’]/iu;
const FRENCH_ELIDING = /(^|[^\p{L}])(le|la|de|que|jusque|lorsque|puisque)(\s+)$/iu;
const STARTS_WITH_VOWEL = /^[aeiouyàâäéèêëîïôöùûüœæ]/iu;
const isArabic = (language: string) => language === 'ar' || language.startsWith('ar-');
const isFrench = (language: string) => language === 'fr' || language.startsWith('fr-');

/** The proclitics an engine glued to a term's first word, judged against the target form it stands for. */
function arabicProclitics(rendered: string, target: string): string {
  const clitics = rendered.match(/^[وف]?[بكل]?/u)![0];
  for (let length = clitics.length; length > 0; length--) {
    const prefix = clitics.slice(0, length);
    const rest = rendered.slice(length);
    if (rest.startsWith(target[0]!)) return prefix;
    if (prefix.endsWith('ل') && target.startsWith('ال') && rest.startsWith('ل')) return prefix;
  }
  return '';
}

function withArabicProclitics(prefix: string, target: string): string {
  return prefix.endsWith('ل') && target.startsWith('ال') ? `${prefix}${target.slice(1)}` : `${prefix}${target}`;
}

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
const startsUpper = (text: string) => {
  const first = text.trim().charAt(0);
  return first !== first.toLocaleLowerCase() && first === first.toLocaleUpperCase();
};

/** The text that replaces an engine's rendering of a forced term (`rendered`) in `language`. */
export function restoreTerm(rendered: string, target: string, language: string): string {
  const text = rendered.trim();
  if (isArabic(language)) return withArabicProclitics(arabicProclitics(text, target), target);
  if (isFrench(language)) {
    const elided = text.match(FRENCH_ELIDED)?.[0] ?? '';
    if (!elided) return startsUpper(text) && !startsUpper(target) ? capitalized(target) : target;
    if (/^[aeiouyhàâäéèêëîïôöùûüœæ]/iu.test(target) || /^l['’]$/iu.test(elided)) return `${elided}${target}`;
    return `${elided.slice(0, -1)}e ${target}`;
  }
  return startsUpper(text) && !startsUpper(target) ? capitalized(target) : target;
}

/** The text before a restored term, with the French article or particle that ends it elided when the term needs it. */
export function elideBefore(before: string, term: string, language: string): string {
  if (!isFrench(language) || !STARTS_WITH_VOWEL.test(term)) return before;
  return before.replace(FRENCH_ELIDING, (_all, edge: string, word: string) => `${edge}${word.slice(0, -1)}’`);
}
