/** Small readers for rendered pages, so tests assert what a visitor or crawler would see. */
import type { LightMyRequestResponse } from 'fastify';

export function attribute(html: string, pattern: RegExp): string | undefined {
  return pattern.exec(html)?.[1];
}

export function htmlLangDir(html: string): { lang?: string; dir?: string } {
  return { lang: attribute(html, /<html[^>]*\blang="([^"]+)"/), dir: attribute(html, /<html[^>]*\bdir="([^"]+)"/) };
}

export function hreflangs(html: string): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) links[match[1]!] = match[2]!;
  return links;
}

export function canonical(html: string): string | undefined {
  return attribute(html, /<link rel="canonical" href="([^"]+)"/);
}

export function title(html: string): string | undefined {
  return attribute(html, /<h1[^>]*>([^<]+)<\/h1>/);
}

/** The JSON-LD block of a page, parsed. */
export function jsonLd(html: string): Record<string, unknown> | undefined {
  const raw = attribute(html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
}

export function isHtml(response: LightMyRequestResponse): boolean {
  return String(response.headers['content-type']).startsWith('text/html');
}
