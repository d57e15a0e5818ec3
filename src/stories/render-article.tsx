/** An article page as visitors see it; the public route and the editors' preview both render it here. */
import { paths } from '../http/urls.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import type { PageRenderer, SettingsService } from '../site/index.ts';
import { newsArticleJsonLd } from './article-metadata.ts';
import type { Article } from './stories.service.ts';
import { ArticlePage, type StoryLabels } from './views/article-page.tsx';

export interface ArticleRenderDeps {
  settings: SettingsService;
  pages: PageRenderer;
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
}

export async function renderArticle(deps: ArticleRenderDeps, article: Article, path: string, options: { robots?: string } = {}): Promise<string> {
  const { settings, pages } = deps;
  const { language } = article;
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
    robots: options.robots ?? null,
    openGraph: { type: 'article', image: article.image?.src ?? null, publishedTime: article.publishedAt },
    jsonLd: newsArticleJsonLd(article, {
      url: pages.absoluteUrl(path),
      organizationName: settings.organizationNameIn(language),
      imageUrl: article.image ? pages.absoluteUrl(article.image.src) : null,
      homeUrl: pages.absoluteUrl(paths.home(language)),
    }),
    body: <ArticlePage t={translatorFor(language)} article={article} labels={await deps.labelsFor(article.storyId, language)} otherLanguages={otherLanguages} />,
  });
}
