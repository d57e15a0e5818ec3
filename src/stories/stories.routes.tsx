import type { FastifyPluginAsync } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { type PageQuery, languageParam, pageQuerySchema, slugParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths, withPage } from '../http/urls.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type PageRenderer, requireSiteLanguage, type SettingsService } from '../site/index.ts';
import { newsArticleJsonLd } from './article-metadata.ts';
import type { StoriesService } from './stories.service.ts';
import { ArticlePage, type StoryLabels } from './views/article-page.tsx';
import { HomePage } from './views/home-page.tsx';

export interface StoriesRoutesDeps {
  stories: StoriesService;
  settings: SettingsService;
  pages: PageRenderer;
  /** Sections, Member States and tags of a story in a language (from the taxonomy feature). */
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
}

export function storiesRoutes({ stories, settings, pages, labelsFor }: StoriesRoutesDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { lang: string }; Querystring: PageQuery }>(
      '/:lang/',
      { schema: { params: { type: 'object', properties: { lang: languageParam } }, querystring: pageQuerySchema } },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const { page } = request.query;
        const { featured, latest } = await stories.home(language, page);
        const t = translatorFor(language);
        const organizationName = settings.organizationNameIn(language);
        const html = await pages.renderPage({
          language,
          title: page > 1 ? `${t('home.title')} — ${t('pagination.status', { page, pages: latest.pages })}` : t('home.title'),
          path: withPage(paths.home(language), page),
          versions: pages.allLanguages((other) => withPage(paths.home(other), page)),
          body: <HomePage t={t} organizationName={organizationName} basePath={paths.home(language)} featured={featured} latest={latest} />,
        });
        const shown = [...(featured ? [featured] : []), ...latest.items];
        return sendPage(reply, html, [contentKeys.home(language), ...shown.map((card) => contentKeys.story(card.storyId))]);
      },
    );

    app.get<{ Params: { lang: string; slug: string } }>(
      '/:lang/news/:slug',
      { schema: { params: { type: 'object', properties: { lang: languageParam, slug: slugParam } } } },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const lookup = await stories.article(language, request.params.slug);
        if ('redirectTo' in lookup) return reply.redirect(lookup.redirectTo, 301);
        const article = lookup.found;
        const t = translatorFor(language);
        const path = paths.article(language, request.params.slug);
        const url = pages.absoluteUrl(path);
        const otherLanguages = settings
          .current()
          .languages.filter((other) => other !== language && article.versions[other])
          .map((other) => ({ language: other, name: nativeLanguageName(other), href: article.versions[other]! }));
        const html = await pages.renderPage({
          language,
          title: article.title,
          description: article.summary,
          path,
          versions: article.versions,
          openGraph: { type: 'article', image: article.image?.src ?? null, publishedTime: article.publishedAt },
          jsonLd: newsArticleJsonLd(article, {
            url,
            organizationName: settings.organizationNameIn(language),
            imageUrl: article.image ? pages.absoluteUrl(article.image.src) : null,
            homeUrl: pages.absoluteUrl(paths.home(language)),
          }),
          body: <ArticlePage t={t} article={article} labels={await labelsFor(article.storyId, language)} otherLanguages={otherLanguages} />,
        });
        return sendPage(reply, html, [
          contentKeys.story(article.storyId),
          contentKeys.latest(language),
          ...article.latest.map((card) => contentKeys.story(card.storyId)),
        ]);
      },
    );
  };
}
