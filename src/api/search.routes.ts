/** `GET /api/v1/search`: the site's search as data, with the same analysis, ranking, filters and pages as `/{lang}/search`. */
import type { FastifyInstance } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { AppError } from '../http/app-error.ts';
import { paths } from '../http/urls.ts';
import type { SearchService } from '../search/index.ts';
import type { SettingsService } from '../site/index.ts';
import { describeContent } from './api-caching.ts';
import { errorResponses, languageSchema, paginationSchema } from './api-schemas.ts';
import { paginate } from './pagination.ts';

interface SearchParams {
  language: string;
  q: string;
  section?: string;
  tag?: string;
  member_state?: string;
  from?: string;
  to?: string;
  page: number;
}

const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]*$';
const slug = { type: 'string', minLength: 1, maxLength: 200, pattern: PRINTABLE } as const;
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A day, YYYY-MM-DD (both ends included).' } as const;
/** Matched words marked: a client can show them as it likes, with nothing to parse. */
const textParts = {
  type: 'array',
  items: { type: 'object', properties: { text: { type: 'string' }, marked: { type: 'boolean' } }, required: ['text', 'marked'] },
} as const;

const querystring = {
  type: 'object',
  properties: {
    language: { ...languageSchema, description: 'The language the query is written in; results come in every language.' },
    q: { type: 'string', minLength: 1, maxLength: 500, pattern: PRINTABLE, description: 'The words looked for.', examples: ['cooperation'] },
    section: slug,
    tag: slug,
    member_state: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'An ISO 3166-1 alpha-2 code.' },
    from: day,
    to: day,
    page: { type: 'integer', minimum: 1, maximum: 1000, default: 1 },
  },
  required: ['language', 'q'],
  additionalProperties: false,
} as const;

const hit = {
  type: 'object',
  properties: {
    id: { type: 'integer', description: 'The story id, the same in every language.' },
    language: { type: 'string' },
    url: { type: 'string', format: 'uri' },
    apiUrl: { type: 'string', format: 'uri' },
    publishedAt: { type: 'string', format: 'date-time' },
    title: textParts,
    snippet: textParts,
    sections: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } } } },
  },
  required: ['id', 'language', 'url', 'apiUrl', 'publishedAt', 'title', 'snippet', 'sections'],
} as const;

export function searchRoutes(deps: { search: SearchService; settings: SettingsService; publicUrl: URL }) {
  const { search, settings, publicUrl } = deps;
  const absolute = (path: string) => new URL(path, publicUrl).toString();
  return async (api: FastifyInstance) => {
    api.get<{ Querystring: SearchParams }>(
      '/search',
      {
        schema: {
          tags: ['Content'],
          summary: 'Search the published stories',
          description:
            'Published stories of every language that match the words, best first, ten to a page. The words are analysed as the site analyses them (Arabic normalized, words stemmed per language); with a configured engine, stories in other languages are found through the query’s translation.',
          querystring,
          response: {
            200: {
              type: 'object',
              properties: {
                data: { type: 'array', items: hit },
                meta: {
                  type: 'object',
                  properties: {
                    query: { type: 'string' },
                    capped: { type: 'boolean', description: 'More stories matched than were ranked (the 500 newest are).' },
                    pagination: paginationSchema,
                  },
                },
              },
              required: ['data', 'meta'],
            },
            ...errorResponses(400, 404, 429),
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (!settings.current().languages.includes(q.language)) throw new AppError('language.unknown', `"${q.language}" is not a site language`);
        const found = await search.search({
          language: q.language,
          q: q.q,
          section: q.section,
          tag: q.tag,
          state: q.member_state?.toUpperCase(),
          from: q.from,
          to: q.to,
          page: q.page,
        });
        if (found.pages > 0 && q.page > found.pages) throw new AppError('page.past_last', `Page ${q.page} is past the last page (${found.pages})`);
        describeContent(reply, [...settings.current().languages.map(contentKeys.latest), ...found.hits.map((h) => contentKeys.story(h.storyId))]);
        return {
          data: found.hits.map((h) => ({
            id: h.storyId,
            language: h.language,
            url: absolute(h.href),
            apiUrl: absolute(paths.apiStory(h.storyId, h.language)),
            publishedAt: h.date.iso,
            title: h.title,
            snippet: h.snippet,
            sections: h.sections.map((section) => ({ name: section.label, url: absolute(section.href) })),
          })),
          meta: {
            query: found.query,
            capped: found.capped,
            pagination: paginate(request, reply, publicUrl, { page: q.page, limit: 10, pages: Math.max(1, found.pages), total: found.total }),
          },
        };
      },
    );
  };
}
