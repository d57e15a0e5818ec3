/** An article page as visitors see it; the public route and the editors' preview both render it here. */
import type { VNode } from 'preact';
import { feedLinks } from '../http/feed-links.ts';
import { paths } from '../http/urls.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import type { PageRenderer, SettingsService } from '../site/index.ts';
import { newsArticleJsonLd } from './article-metadata.ts';
import type { Article } from './stories.types.ts';
import { ArticlePage, type StoryLabels } from './views/article-page.tsx';

export interface ArticleRenderDeps {
  settings: SettingsService;
  pages: PageRenderer;
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
}

export interface ArticleRenderOptions {
  robots?: string | null;
  /** Said above the article (a machine translation's disclaimer, a notice). */
  notice?: VNode;
  /** Where the story can be read as a machine translation, for the language switcher. */
  machineVersions?: Record<string, string>;
  /** Reviewed machine translations, which the page's hreflang alternates list. */
  indexedVersions?: Record<string, string>;
  /** Added to the NewsArticle JSON-LD (a translation names its original). */
  jsonLd?: Record<string, unknown>;
}

export async function renderArticle(deps: ArticleRenderDeps, article: Article, path: string, options: ArticleRenderOptions = {}): Promise<string> {
  const { settings, pages } = deps;
  const { language } = article;
  const t = translatorFor(language);
  const labels = await deps.labelsFor(article.storyId, language);
  const organization = settings.organizationNameIn(language);
  const section = labels.sections[0];
  // The feeds an article offers: its language's latest news, and its section's.
  const feeds = [
    ...feedLinks(paths.home(language), language, t('feed.title', { organization, listing: t('home.title') }), t),
    ...(section ? feedLinks(section.href, language, t('feed.title', { organization, listing: section.label }), t) : []),
  ];
  const otherLanguages = settings
    .current()
    .languages.filter((other) => other !== language && article.versions[other])
    .map((other) => ({ language: other, name: nativeLanguageName(other), href: article.versions[other]! }));
  return pages.renderPage({
    language,
    title: article.title,
    description: article.summary,
    path,
    versions: article.versions,
    ...(options.machineVersions ? { machineVersions: options.machineVersions } : {}),
    ...(options.indexedVersions ? { indexedVersions: options.indexedVersions } : {}),
    robots: options.robots ?? null,
    feeds,
    openGraph: {
      type: 'article',
      image: article.image && { src: article.image.src, width: article.image.srcWidth, height: article.image.srcHeight, alt: article.image.alt },
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
    },
    jsonLd: {
      ...newsArticleJsonLd(article, {
        url: pages.absoluteUrl(path),
        organizationName: organization,
        imageUrl: article.image ? pages.absoluteUrl(article.image.src) : null,
        homeUrl: pages.absoluteUrl(paths.home(language)),
      }),
      ...options.jsonLd,
    },
    body: <ArticlePage t={t} article={article} labels={labels} otherLanguages={otherLanguages} notice={options.notice ?? null} />,
  });
}
