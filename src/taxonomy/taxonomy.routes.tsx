import type { FastifyPluginAsync } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import type { TermKind } from '../db/schema.ts';
import { redirectToCanonicalPage } from '../http/canonical-page.ts';
import { feedLinks } from '../http/feed-links.ts';
import { languageParam, type PageQuery, pageQuerySchema, slugParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths, withPage } from '../http/urls.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type PageRenderer, requireSiteLanguage, type SettingsService } from '../site/index.ts';
import { ListingPage, type StoriesService } from '../stories/index.ts';
import type { TaxonomyService } from './taxonomy.service.ts';
import { MemberStatesIndex } from './views/member-states-index.tsx';

export interface TaxonomyRoutesDeps {
  taxonomy: TaxonomyService;
  stories: StoriesService;
  settings: SettingsService;
  pages: PageRenderer;
}

type ListingRoute = { Params: { lang: string; slug: string }; Querystring: PageQuery };

const listingSchema = {
  params: { type: 'object', properties: { lang: languageParam, slug: slugParam } },
  querystring: pageQuerySchema,
};

export function taxonomyRoutes({ taxonomy, stories, settings, pages }: TaxonomyRoutesDeps): FastifyPluginAsync {
  /** Renders one page of the stories filed under something (a section, tag or Member State). */
  async function renderListing(options: {
    language: string;
    page: number;
    title: string;
    description: string;
    pathIn: (language: string) => string;
    scope: { termId?: number; memberState?: string };
    /** What the listing is of, for the page cache. */
    contentKey: string;
  }): Promise<{ html: string; contentKeys: string[] }> {
    const { language, page, title, pathIn } = options;
    const listing = await stories.listing({ language, ...options.scope }, page);
    const t = translatorFor(language);
    const feeds = feedLinks(pathIn(language), language, t('feed.title', { organization: settings.organizationNameIn(language), listing: title }), t);
    const html = await pages.renderPage({
      language,
      title: page > 1 ? `${title} — ${t('pagination.status', { page, pages: listing.pages })}` : title,
      description: options.description,
      path: withPage(pathIn(language), page),
      versions: pages.allLanguages((other) => withPage(pathIn(other), page)),
      feeds,
      body: <ListingPage t={t} title={title} basePath={pathIn(language)} listing={listing} feeds={feeds} />,
    });
    return { html, contentKeys: [options.contentKey, ...listing.items.map((item) => contentKeys.story(item.storyId))] };
  }

  return async (app) => {
    const termRoute = (kind: TermKind, url: string, pathOf: (language: string, slug: string) => string) =>
      app.get<ListingRoute>(url, { schema: listingSchema, preHandler: redirectToCanonicalPage }, async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const term = await taxonomy.findTerm(kind, request.params.slug, language);
        const t = translatorFor(language);
        const organization = settings.organizationNameIn(language);
        const { html, contentKeys: keys } = await renderListing({
          language,
          page: request.query.page,
          title: kind === 'tag' ? t('tag.title', { name: term.name }) : t('section.title', { name: term.name }),
          description: t(kind === 'tag' ? 'tag.description' : 'section.description', { name: term.name, organization }),
          pathIn: (other) => pathOf(other, term.slug),
          scope: { termId: term.id },
          contentKey: contentKeys.term(term.id),
        });
        return sendPage(reply, html, keys);
      });
    termRoute('section', '/:lang/sections/:slug', paths.section);
    termRoute('tag', '/:lang/tags/:slug', paths.tag);

    app.get<{ Params: { lang: string } }>(
      '/:lang/member-states',
      { schema: { params: { type: 'object', properties: { lang: languageParam } } } },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const t = translatorFor(language);
        const html = await pages.renderPage({
          language,
          title: t('memberState.indexTitle'),
          description: t('memberState.indexDescription', { organization: settings.organizationNameIn(language) }),
          path: paths.memberStates(language),
          versions: pages.allLanguages(paths.memberStates),
          body: <MemberStatesIndex t={t} entries={await taxonomy.memberStateIndex(language)} />,
        });
        return sendPage(reply, html, [contentKeys.memberStates(language)]);
      },
    );

    app.get<ListingRoute>('/:lang/member-states/:slug', { schema: listingSchema, preHandler: redirectToCanonicalPage }, async (request, reply) => {
      const language = requireSiteLanguage(settings, request.params.lang);
      const memberState = await taxonomy.findMemberState(request.params.slug, language);
      const t = translatorFor(language);
      const { html, contentKeys: keys } = await renderListing({
        language,
        page: request.query.page,
        title: t('memberState.title', { name: memberState.name }),
        description: t('memberState.description', { name: memberState.name, organization: settings.organizationNameIn(language) }),
        pathIn: (other) => paths.memberState(other, memberState.code),
        scope: { memberState: memberState.code },
        contentKey: contentKeys.memberState(memberState.code),
      });
      return sendPage(reply, html, keys);
    });
  };
}
