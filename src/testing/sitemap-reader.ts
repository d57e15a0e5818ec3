/**
 * Reads sitemaps as a crawler does (an XML parser, not patterns) and checks them against the schemas in
 * `test/fixtures/sitemaps` with `xmllint --schema` (Debian's libxml2-utils).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findAll, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { projectRoot } from '../http/assets.ts';

export interface ReadUrl {
  loc: string;
  lastmod: string | null;
  /** hreflang → href, as `hreflangs()` reads a page's. */
  alternates: Record<string, string>;
  news: { name: string; language: string; publicationDate: string; title: string } | null;
}

export function readUrlset(xml: string): ReadUrl[] {
  const document = parseDocument(xml, { xmlMode: true });
  return findAll((element) => element.name === 'url', document.children).map((url) => {
    const child = (name: string) => findAll((element) => element.name === name, url.children)[0];
    const text = (name: string) => {
      const element = child(name);
      return element ? textContent(element) : null;
    };
    const links = findAll((element) => element.name === 'xhtml:link', url.children);
    return {
      loc: text('loc')!,
      lastmod: text('lastmod'),
      alternates: Object.fromEntries(links.map((link) => [link.attribs.hreflang!, link.attribs.href!])),
      news: child('news:news')
        ? { name: text('news:name')!, language: text('news:language')!, publicationDate: text('news:publication_date')!, title: text('news:title')! }
        : null,
    };
  });
}

export function readSitemapIndex(xml: string): string[] {
  const document = parseDocument(xml, { xmlMode: true });
  return findAll((element) => element.name === 'sitemap', document.children).map((sitemap) =>
    textContent(findAll((element) => element.name === 'loc', sitemap.children)[0]!),
  );
}

/** xmllint's verdict on `xml` against a schema in test/fixtures/sitemaps (`siteindex.xsd` or `urlset.xsd`). */
export function validateSitemap(xml: string, schema: 'siteindex.xsd' | 'urlset.xsd'): { valid: boolean; output: string } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-sitemap-'));
  const file = path.join(folder, 'sitemap.xml');
  fs.writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(projectRoot(), 'test', 'fixtures', 'sitemaps', schema), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { valid: true, output };
  } catch (error) {
    return { valid: false, output: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
