/** Picks the site language a visitor prefers from their Accept-Language header. */
import Negotiator from 'negotiator';

export function negotiateLanguage(acceptLanguage: string | undefined, available: readonly string[], fallback: string): string {
  if (!acceptLanguage) return fallback;
  // A wildcard says "anything will do": that is the site's default language, not whichever is listed first.
  const ranges = acceptLanguage
    .slice(0, 1000)
    .split(',')
    .filter((range) => !range.trim().startsWith('*'))
    .join(',');
  const choice = new Negotiator({ headers: { 'accept-language': ranges } }).language([...available]);
  return choice && available.includes(choice) ? choice : fallback;
}
