/**
 * Turns a page's content and metadata into a full HTML document with the site's chrome: language
 * switcher, navigation, hreflang alternates, canonical URL and Open Graph tags.
 */
import type { VNode } from 'preact';
import { renderDocument } from '../http/document.ts';
import type { FeedLink } from '../http/feed-links.ts';
import { paths } from '../http/urls.ts';
import { ErrorPage } from '../http/views/error-page.tsx';
import { type HeadData, Layout, type NavLink, type PageChrome } from '../http/views/layout.tsx';
import { directionOf, languageNameIn, nativeLanguageName } from '../i18n/locales.ts';
import { catalogLanguage, type MessageKey, translatorFor } from '../i18n/messages.ts';
import type { SettingsService } from './settings.service.ts';

export interface OpenGraphData {
  type: 'website' | 'article';
  image?: SharedImage | null;
  publishedTime?: string | null;
  modifiedTime?: string | null;
}

/** The picture social networks show for a page: the file's path and its own size. */
export interface SharedImage {
  src: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageSpec {
  language: string;
  title: string;
  /** The meta description; the site's description when the page has none of its own. */
  description?: string | null;
  /** This page's path, with `?page=N` where it applies; it becomes the canonical URL. */
  path: string;
  /** Path of this same page in each language it exists in (the current one included). */
  versions: Record<string, string>;
  /** Path of its machine translation in languages nobody translated it into, listed after the others. */
  machineVersions?: Record<string, string>;
  /** Of those, the ones an editor reviewed: search engines are told of them (hreflang) beside `versions`. */
  indexedVersions?: Record<string, string>;
  /** The feeds of this page's listing (or, on an article, of its language and section). */
  feeds?: FeedLink[];
  robots?: string | null;
  openGraph?: OpenGraphData;
  jsonLd?: unknown;
  /** The words of the search the page shows, kept in the header's search field. */
  searchQuery?: string;
  body: VNode;
}

export interface ErrorSpec {
  language: string;
  kind: 'notFound' | 'badRequest' | 'server';
  requestId: string | null;
}

export interface PageRendererOptions {
  settings: SettingsService;
  publicUrl: URL;
  stylesheetHref: string;
  /** Site navigation for a language (sections, Member States), from the features that own them. */
  navigation(language: string): Promise<{ label: string; href: string }[]>;
  /** What sits at the foot of every page about that page (the visitor survey), as HTML, if anything. */
  pageFooter?(language: string, pagePath: string): string;
  /** Client islands every public page loads. */
  scripts?: string[];
}

export interface PageRenderer {
  absoluteUrl(path: string): string;
  renderPage(spec: PageSpec): Promise<string>;
  renderError(spec: ErrorSpec): Promise<string>;
  /** Path of the same page in every site language, for pages that exist in all of them. */
  allLanguages(pathIn: (language: string) => string): Record<string, string>;
  /**
   * The hreflang alternates a page with these versions carries: the site languages in their order, other
   * languages after them, then `x-default` (the default language's version, else the first). Sitemaps use
   * this too, so their alternates are the pages' own.
   */
  alternatesOf(versions: Record<string, string>): { hreflang: string; href: string }[];
}

/** Open Graph wants a territory (`fr_FR`); the language's likeliest one stands in when the tag has none. */
const openGraphLocales = new Map<string, string>();

/** `ar` → `ar_EG`; worked out once per language, since every page names several (measured: 1.7% of a page). */
function openGraphLocale(language: string): string {
  let locale = openGraphLocales.get(language);
  if (locale === undefined) {
    const maximized = new Intl.Locale(language).maximize();
    locale = maximized.region ? `${maximized.language}_${maximized.region}` : maximized.language;
    openGraphLocales.set(language, locale);
  }
  return locale;
}

const ERROR_TEXT: Record<ErrorSpec['kind'], { title: MessageKey; body: MessageKey }> = {
  notFound: { title: 'error.notFound.title', body: 'error.notFound.body' },
  badRequest: { title: 'error.badRequest.title', body: 'error.badRequest.body' },
  server: { title: 'error.server.title', body: 'error.server.body' },
};

export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  const { settings, stylesheetHref } = options;
  const origin = options.publicUrl.origin;
  const absoluteUrl = (path: string) => `${origin}${path}`;

  async function chromeFor(
    language: string,
    versions: Record<string, string>,
    currentPath: string,
    withFooter: boolean,
    machineVersions: Record<string, string> = {},
    searchQuery = '',
  ): Promise<PageChrome> {
    const { languages: siteLanguages, defaultLanguage } = settings.current();
    const navigation: NavLink[] = (await options.navigation(language)).map((link) => ({
      ...link,
      current: currentPath === link.href || currentPath.startsWith(`${link.href}?`),
    }));
    return {
      language,
      dir: directionOf(language),
      t: translatorFor(language),
      organizationName: settings.organizationNameIn(language),
      homeHref: paths.home(language),
      // A machine-translated page's language may have no pages of its own: it searches the default language's.
      searchHref: paths.search(siteLanguages.includes(language) ? language : defaultLanguage),
      searchQuery,
      navigation,
      languages: [
        ...settings.current().languages.map((other) => ({
          language: other,
          name: nativeLanguageName(other),
          href: versions[other] ?? machineVersions[other] ?? null,
          current: other === language,
          machine: !versions[other] && Boolean(machineVersions[other]),
          unavailableText: translatorFor(other)('language.unavailable', {
            language: languageNameIn(other, catalogLanguage(other)),
          }),
        })),
        ...Object.entries(machineVersions)
          .filter(([other]) => !settings.current().languages.includes(other))
          .map(([other, href]) => ({
            language: other,
            name: nativeLanguageName(other),
            href,
            current: other === language,
            machine: true,
            unavailableText: '',
          })),
      ].map((link) => ({ ...link, machineText: link.machine ? translatorFor(link.language)('language.machine') : '' })),
      stylesheetHref,
      scripts: withFooter ? (options.scripts ?? []) : [],
      pageFooter: withFooter ? (options.pageFooter?.(language, currentPath) ?? null) : null,
      year: new Date().getUTCFullYear(),
    };
  }

  function alternatesOf(versions: Record<string, string>): HeadData['alternates'] {
    const { languages, defaultLanguage } = settings.current();
    const present = [...languages.filter((language) => versions[language]), ...Object.keys(versions).filter((language) => !languages.includes(language))];
    if (present.length === 0) return [];
    const fallback = versions[defaultLanguage] ?? versions[present[0]!]!;
    return [
      ...present.map((language) => ({ hreflang: language, href: absoluteUrl(versions[language]!) })),
      { hreflang: 'x-default', href: absoluteUrl(fallback) },
    ];
  }

  async function renderPage(spec: PageSpec): Promise<string> {
    const chrome = await chromeFor(spec.language, spec.versions, spec.path, true, spec.machineVersions, spec.searchQuery);
    const canonical = absoluteUrl(spec.path);
    const og = spec.openGraph ?? { type: 'website' };
    const description = spec.description || settings.descriptionIn(spec.language);
    const alternates = spec.robots?.includes('noindex') ? [] : alternatesOf({ ...spec.versions, ...spec.indexedVersions });
    const image = og.image ? { ...og.image, url: absoluteUrl(og.image.src) } : null;
    const head: HeadData = {
      title: spec.title,
      description,
      canonical,
      alternates,
      robots: spec.robots ?? null,
      openGraph: [
        { property: 'og:site_name', content: chrome.organizationName },
        { property: 'og:type', content: og.type },
        { property: 'og:title', content: spec.title },
        { property: 'og:description', content: description },
        { property: 'og:url', content: canonical },
        { property: 'og:locale', content: openGraphLocale(spec.language) },
        ...alternates
          .filter((alternate) => alternate.hreflang !== spec.language && alternate.hreflang !== 'x-default')
          .map((alternate) => ({ property: 'og:locale:alternate', content: openGraphLocale(alternate.hreflang) })),
        ...(image
          ? [
              { property: 'og:image', content: image.url },
              { property: 'og:image:type', content: 'image/jpeg' },
              { property: 'og:image:width', content: String(image.width) },
              { property: 'og:image:height', content: String(image.height) },
              ...(image.alt ? [{ property: 'og:image:alt', content: image.alt }] : []),
            ]
          : []),
        ...(og.publishedTime ? [{ property: 'article:published_time', content: og.publishedTime }] : []),
        ...(og.modifiedTime ? [{ property: 'article:modified_time', content: og.modifiedTime }] : []),
      ],
      // Twitter reads Open Graph for what it lacks; the card type and image it wants named its own way.
      meta: [
        { name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
        { name: 'twitter:title', content: spec.title },
        { name: 'twitter:description', content: description },
        ...(image ? [{ name: 'twitter:image', content: image.url }, ...(image.alt ? [{ name: 'twitter:image:alt', content: image.alt }] : [])] : []),
      ],
      // Absolute, as every link carrying hreflang must be (crawlers and Lighthouse read these among the alternates).
      feeds: (spec.feeds ?? []).map((feed) => ({ ...feed, href: absoluteUrl(feed.href) })),
      manifest: paths.manifest(spec.language),
      jsonLd: spec.jsonLd ?? null,
    };
    return renderDocument(
      <Layout chrome={chrome} head={head}>
        {spec.body}
      </Layout>,
    );
  }

  function allLanguages(pathIn: (language: string) => string): Record<string, string> {
    return Object.fromEntries(settings.current().languages.map((language) => [language, pathIn(language)]));
  }

  async function renderError(spec: ErrorSpec): Promise<string> {
    const t = translatorFor(spec.language);
    const text = ERROR_TEXT[spec.kind];
    const versions = allLanguages(paths.home);
    const chrome = await chromeFor(spec.language, versions, '', false);
    const head: HeadData = {
      title: t(text.title),
      description: settings.descriptionIn(spec.language),
      canonical: absoluteUrl(paths.home(spec.language)),
      alternates: [],
      robots: 'noindex',
      openGraph: [],
      meta: [],
      feeds: [],
      manifest: paths.manifest(spec.language),
      jsonLd: null,
    };
    return renderDocument(
      <Layout chrome={chrome} head={head}>
        <ErrorPage
          t={t}
          title={t(text.title)}
          body={t(text.body)}
          requestId={spec.kind === 'server' ? spec.requestId : null}
          homeHref={paths.home(spec.language)}
        />
      </Layout>,
    );
  }

  return { absoluteUrl, renderPage, renderError, allLanguages, alternatesOf };
}
