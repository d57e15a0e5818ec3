import type { ComponentChildren } from 'preact';
import type { Direction } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/messages.ts';
import { jsonForScript } from '../document.ts';
import type { FeedLink } from '../feed-links.ts';
import { ICON_PATHS, THEME_COLOR } from '../icons.ts';

export interface LanguageLink {
  language: string;
  /** The language's own name for itself. */
  name: string;
  /** Where this page lives in that language; null when it does not exist there. */
  href: string | null;
  current: boolean;
  /** The page exists there only as a machine translation. */
  machine: boolean;
  /** Says so, in that language. */
  machineText: string;
  /** Shown instead of a link, in that language, when `href` is null. */
  unavailableText: string;
}

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
}

export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  robots: string | null;
  openGraph: { property: string; content: string }[];
  /** Named metadata besides the description (Twitter cards). */
  meta: { name: string; content: string }[];
  feeds: FeedLink[];
  /** The web app manifest in the page's language. */
  manifest: string;
  jsonLd: unknown;
}

/** Everything around a page's main content, as plain data. */
export interface PageChrome {
  language: string;
  dir: Direction;
  t: Translate;
  organizationName: string;
  homeHref: string;
  /** Where the header's search form sends its words (this language's search page). */
  searchHref: string;
  /** The words of the search this page shows, kept in the header's field. */
  searchQuery: string;
  navigation: NavLink[];
  languages: LanguageLink[];
  stylesheetHref: string;
  /** Module scripts (client islands) the page loads. */
  scripts: string[];
  /** About this page, after its content (the visitor survey), as HTML. */
  pageFooter: string | null;
  year: number;
}

export function Layout({ chrome, head, children }: { chrome: PageChrome; head: HeadData; children: ComponentChildren }) {
  const { t } = chrome;
  return (
    <html lang={chrome.language} dir={chrome.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${head.title} · ${chrome.organizationName}`}</title>
        <meta name="description" content={head.description} />
        {head.robots && <meta name="robots" content={head.robots} />}
        <link rel="canonical" href={head.canonical} />
        {head.alternates.map((alternate) => (
          <link rel="alternate" hreflang={alternate.hreflang} href={alternate.href} />
        ))}
        {head.feeds.map((feed) => (
          <link rel="alternate" type={feed.type} hreflang={feed.hreflang} title={feed.title} href={feed.href} />
        ))}
        {head.openGraph.map((tag) => (
          <meta property={tag.property} content={tag.content} />
        ))}
        {head.meta.map((tag) => (
          <meta name={tag.name} content={tag.content} />
        ))}
        <meta name="theme-color" content={THEME_COLOR} />
        <link rel="icon" href={ICON_PATHS.favicon} sizes="32x32" />
        <link rel="icon" href={ICON_PATHS.svg} type="image/svg+xml" />
        <link rel="apple-touch-icon" href={ICON_PATHS.appleTouch} />
        <link rel="manifest" href={head.manifest} />
        <link rel="stylesheet" href={chrome.stylesheetHref} />
        {chrome.scripts.map((src) => (
          <script type="module" src={src} />
        ))}
        {head.jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(head.jsonLd) }} /> : null}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('site.skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap site-header__bar">
            <a class="brand" href={chrome.homeHref}>
              {chrome.organizationName}
            </a>
            <SiteSearch t={t} action={chrome.searchHref} query={chrome.searchQuery} />
            <LanguageSwitcher label={t('language.switcherLabel')} languages={chrome.languages} />
          </div>
          <nav class="main-nav" aria-label={t('site.mainNavigation')}>
            <ul class="wrap main-nav__list">
              <NavItems links={chrome.navigation} />
            </ul>
          </nav>
        </header>
        <main id="main" class="wrap" tabindex={-1}>
          {children}
        </main>
        {chrome.pageFooter && <div class="wrap page-footer" dangerouslySetInnerHTML={{ __html: chrome.pageFooter }} />}
        <footer class="site-footer">
          <div class="wrap">{t('site.footer', { year: chrome.year, organization: chrome.organizationName })}</div>
        </footer>
      </body>
    </html>
  );
}

/** A plain GET form: searching needs no script. */
function SiteSearch({ t, action, query }: { t: Translate; action: string; query: string }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too recent for the older phones many readers use; the role says the same.
    <form class="site-search" role="search" method="get" action={action} aria-label={t('search.site')}>
      <label class="visually-hidden" for="site-search-q">
        {t('search.label')}
      </label>
      <input id="site-search-q" class="site-search__input" type="search" name="q" value={query} maxLength={200} autocomplete="off" enterkeyhint="search" />
      <button class="site-search__button" type="submit">
        {t('search.submit')}
      </button>
    </form>
  );
}

function LanguageSwitcher({ label, languages }: { label: string; languages: LanguageLink[] }) {
  return (
    <nav class="language-switcher" aria-label={label}>
      <ul>
        {languages.map((link) => (
          <li lang={link.language}>
            {link.current ? (
              <span class="language-switcher__current" aria-current="page">
                {link.name}
              </span>
            ) : link.href ? (
              <a href={link.href} hreflang={link.language}>
                {link.name}
                {link.machine && <small class="language-switcher__machine"> {link.machineText}</small>}
              </a>
            ) : (
              <span class="language-switcher__unavailable">
                {link.name} <small>{link.unavailableText}</small>
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Menu entries, the current page marked for assistive technology. */
export function NavItems({ links }: { links: NavLink[] }) {
  return (
    <>
      {links.map((link) => (
        <li>
          <a href={link.href} aria-current={link.current ? 'page' : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </>
  );
}
