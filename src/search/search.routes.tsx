import type { FastifyPluginAsync } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { canonicalSearchUrl, type SearchParameters } from '../http/canonical-search.ts';
import { languageParam, pageQuerySchema } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type PageRenderer, requireSiteLanguage, type SettingsService } from '../site/index.ts';
import type { SearchService } from './search.service.ts';
import { type FilterOptions, SearchPage } from './views/search-page.tsx';

export interface SearchRoutesDeps {
  search: SearchService;
  settings: SettingsService;
  pages: PageRenderer;
  /** The sections, tags and Member States to filter by, named in the language (the taxonomy feature's). */
  filterOptions(language: string): Promise<FilterOptions>;
}

type SearchQuery = Omit<SearchParameters, 'q'> & { q?: string };

const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const day = { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' } as const;

const searchSchema = {
  params: { type: 'object', properties: { lang: languageParam } },
  querystring: {
    type: 'object',
    properties: {
      ...pageQuerySchema.properties,
      // Any text is searched (cut, control characters made spaces); only absurd lengths are refused.
      q: text(20_000),
      section: text(400),
      tag: text(400),
      state: { type: 'string', pattern: '^([A-Za-z]{2})?$' },
      from: day,
      to: day,
    },
  },
} as const;

export function searchRoutes({ search, settings, pages, filterOptions }: SearchRoutesDeps): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { lang: string }; Querystring: SearchQuery }>('/:lang/search', { schema: searchSchema }, async (request, reply) => {
      const language = requireSiteLanguage(settings, request.params.lang);
      const parameters: SearchParameters = { ...request.query, q: request.query.q ?? '' };
      const canonical = canonicalSearchUrl(language, parameters);
      // One address per search, for the page cache and for readers sharing links.
      if (canonical !== request.url) return reply.redirect(canonical, 301);
      const { q, page, ...filters } = parameters;
      const [outcome, options] = await Promise.all([search.search({ language, q, page, ...filters }), filterOptions(language)]);
      const t = translatorFor(language);
      const urlOf = (changes: Partial<SearchParameters>) => canonicalSearchUrl(language, { ...parameters, page: 1, ...changes });
      const filtered = Object.values(filters).some(Boolean);
      const html = await pages.renderPage({
        language,
        title: outcome.query ? t('search.titleFor', { query: outcome.query }) : t('search.title'),
        path: canonical,
        versions: pages.allLanguages((other) => canonicalSearchUrl(other, parameters)),
        robots: 'noindex, follow',
        searchQuery: outcome.query,
        body: (
          <SearchPage
            t={t}
            language={language}
            action={canonicalSearchUrl(language, { q: '', page: 1 })}
            outcome={outcome}
            filters={filters}
            options={options}
            pageHref={(n) => urlOf({ page: n })}
            fewerWordsHref={(query) => urlOf({ q: query })}
            withoutFiltersHref={filtered ? canonicalSearchUrl(language, { q, page: 1 }) : null}
            otherLanguages={settings
              .current()
              .languages.filter((other) => other !== language)
              .map((other) => ({ language: other, href: canonicalSearchUrl(other, { ...parameters, page: 1 }) }))}
          />
        ),
      });
      // Any publication in any language may change what a search finds.
      const keys = [...settings.current().languages.map(contentKeys.latest), ...outcome.hits.map((hit) => contentKeys.story(hit.storyId))];
      return sendPage(reply, html, keys);
    });
  };
}
