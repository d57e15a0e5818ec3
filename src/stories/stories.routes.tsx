import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { AppError } from '../http/app-error.ts';
import { redirectToCanonicalPage } from '../http/canonical-page.ts';
import { feedLinks } from '../http/feed-links.ts';
import { languageParam, type PageQuery, pageQuerySchema, slugParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths, withPage } from '../http/urls.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type PageRenderer, requireSiteLanguage, type SettingsService } from '../site/index.ts';
import { renderArticle } from './render-article.tsx';
import type { StoriesService } from './stories.service.ts';
import type { Article, OriginalText } from './stories.types.ts';
import type { StoryLabels } from './views/article-page.tsx';
import { HomePage } from './views/home-page.tsx';

export interface StoriesRoutesDeps {
  stories: StoriesService;
  settings: SettingsService;
  pages: PageRenderer;
  /** Sections, Member States and tags of a story in a language (from the taxonomy feature). */
  labelsFor(storyId: number, language: string): Promise<StoryLabels>;
  /** Machine translation (its feature), when engines are configured. */
  machine?: MachinePages;
}

export interface MachinePages {
  /** Whether a language is read through machine translation (its pages may exist). */
  reaches(language: string): Promise<boolean>;
  /** Where a story can be read by machine, for the languages nobody translated it into. */
  versionsOf(article: Article): Promise<Record<string, string>>;
  /** Of those, the ones an editor reviewed for the story as it stands: search engines are told of them. */
  reviewedVersionsOf(article: Article): Promise<Record<string, string>>;
  /** Answers the page of a story in a language it has no human translation in. */
  send(reply: FastifyReply, original: OriginalText, language: string): Promise<FastifyReply>;
}

export function storiesRoutes({ stories, settings, pages, labelsFor, machine }: StoriesRoutesDeps): FastifyPluginAsync {
  /** Site languages, and the languages engines reach for story pages. */
  async function readingLanguage(language: string): Promise<string> {
    if (settings.current().languages.includes(language) || (machine && (await machine.reaches(language)))) return language;
    throw new AppError('language.unknown', `Unknown language "${language.slice(0, 40)}"`);
  }

  const homeFeeds = (language: string) => {
    const t = translatorFor(language);
    return feedLinks(paths.home(language), language, t('feed.title', { organization: settings.organizationNameIn(language), listing: t('home.title') }), t);
  };

  return async (app) => {
    app.get<{ Params: { lang: string }; Querystring: PageQuery }>(
      '/:lang/',
      { schema: { params: { type: 'object', properties: { lang: languageParam } }, querystring: pageQuerySchema }, preHandler: redirectToCanonicalPage },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const { page } = request.query;
        const { featured, latest } = await stories.home(language, page);
        const t = translatorFor(language);
        const organizationName = settings.organizationNameIn(language);
        const feeds = homeFeeds(language);
        const html = await pages.renderPage({
          language,
          title: page > 1 ? `${t('home.title')} — ${t('pagination.status', { page, pages: latest.pages })}` : t('home.title'),
          path: withPage(paths.home(language), page),
          versions: pages.allLanguages((other) => withPage(paths.home(other), page)),
          feeds,
          body: <HomePage t={t} organizationName={organizationName} basePath={paths.home(language)} featured={featured} latest={latest} feeds={feeds} />,
        });
        const shown = [...(featured ? [featured] : []), ...latest.items];
        return sendPage(reply, html, [contentKeys.home(language), ...shown.map((card) => contentKeys.story(card.storyId))]);
      },
    );

    app.get<{ Params: { lang: string; slug: string } }>(
      '/:lang/news/:slug',
      { schema: { params: { type: 'object', properties: { lang: languageParam, slug: slugParam } } } },
      async (request, reply) => {
        const language = await readingLanguage(request.params.lang);
        const lookup = await stories.article(language, request.params.slug);
        if ('redirectTo' in lookup) return reply.redirect(lookup.redirectTo, 301);
        if ('untranslated' in lookup) {
          if (!machine) throw new AppError('story.not_translated', `Story "${request.params.slug}" is not translated into ${language}`);
          return machine.send(reply, lookup.untranslated, language);
        }
        const article = lookup.found;
        const [machineVersions, indexedVersions] = machine ? await Promise.all([machine.versionsOf(article), machine.reviewedVersionsOf(article)]) : [{}, {}];
        const html = await renderArticle({ settings, pages, labelsFor }, article, paths.article(language, request.params.slug), {
          machineVersions,
          indexedVersions,
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
