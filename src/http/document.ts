import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A complete HTML document from a page's virtual DOM (Preact escapes every text and attribute). */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}

/** JSON for a `<script type="application/ld+json">` block that no string in it can close early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
