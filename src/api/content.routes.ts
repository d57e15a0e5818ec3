/** The read-only Content API: stories, one story by id or by language and slug, sections, tags, Member States, the site. */

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { idParam } from '../http/schemas.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { SettingsService } from '../site/index.ts';
import { principalOf, requireScope } from './api-auth.ts';
import { describeContent } from './api-caching.ts';
import {
  errorResponses,
  languageQuerySchema,
  languageSchema,
  paginationSchema,
  storiesQuerySchema,
  storyBySlugQuerySchema,
  storyQuerySchema,
} from './api-schemas.ts';
import type { ContentService, StoriesQuery } from './content.service.ts';
import { includesOf, trimmed } from './fields.ts';
import { paginate } from './pagination.ts';

type StatusParam = TranslationStatus | 'any' | undefined;
interface StoriesParams {
  language?: string;
  section?: string;
  tag?: string;
  member_state?: string;
  updated_since?: string;
  published_after?: string;
  published_before?: string;
  status?: StatusParam;
  page: number;
  limit: number;
  include?: string;
  fields?: string;
}

/** Readers see what is on the site; other statuses need a staff token with `stories:read`. */
function statusFor(request: FastifyRequest, status: StatusParam): StoriesQuery['status'] {
  if (request.apiPrincipal?.scopes.includes('stories:read')) return status ?? 'any';
  if (request.apiTokenRefused) principalOf(request);
  if (status !== undefined && status !== 'published') requireScope(request, ['stories:read'], 'admin.enter');
  return 'live';
}

const tags = ['Content'];
const storyResponse = { 200: { $ref: 'Story#' }, ...errorResponses(400, 401, 404, 429) };
const listOf = (items: object) => ({
  type: 'object',
  properties: { data: { type: 'array', items } },
  required: ['data'],
});

export function contentRoutes(deps: { content: ContentService; settings: SettingsService; publicUrl: URL }) {
  const { content, settings, publicUrl } = deps;
  return async (api: FastifyInstance) => {
    api.get<{ Querystring: StoriesParams }>(
      '/stories',
      {
        schema: {
          tags,
          summary: 'List stories',
          description:
            'Translations of stories, newest first. With `language`, each item is a story in that language; without it, each translation is an item (the `id` ties a story’s languages together).',
          querystring: storiesQuerySchema,
          response: {
            200: {
              type: 'object',
              properties: { data: { type: 'array', items: { $ref: 'Story#' } }, meta: { type: 'object', properties: { pagination: paginationSchema } } },
              required: ['data', 'meta'],
            },
            ...errorResponses(400, 401, 404, 429),
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const page = await content.stories({
          language: q.language,
          status: statusFor(request, q.status),
          section: q.section,
          tag: q.tag,
          memberState: q.member_state,
          updatedSince: q.updated_since,
          publishedAfter: q.published_after,
          publishedBefore: q.published_before,
          page: q.page,
          limit: q.limit,
          include: includesOf(q.include),
        });
        describeContent(reply, [...(q.language ? [contentKeys.latest(q.language)] : ['api-stories']), ...page.data.map((s) => contentKeys.story(s.id))]);
        return { data: page.data.map((story) => trimmed(story, q.fields)), meta: { pagination: paginate(request, reply, publicUrl, page) } };
      },
    );

    api.get<{ Params: { id: number }; Querystring: { language?: string; status?: StatusParam; include?: string; fields?: string } }>(
      '/stories/:id',
      {
        schema: {
          tags,
          summary: 'One story by id',
          description: 'In `language`, or else in its original language.',
          params: { type: 'object', properties: { id: idParam }, required: ['id'] },
          querystring: storyQuerySchema,
          response: storyResponse,
        },
      },
      async (request, reply) => {
        const { language, status, include, fields } = request.query;
        const story = await content.story(request.params.id, language, statusFor(request, status), includesOf(include));
        describeContent(reply, [contentKeys.story(story.id)], story.updatedAt);
        return trimmed(story, fields);
      },
    );

    api.get<{ Params: { language: string; slug: string }; Querystring: { status?: StatusParam; include?: string; fields?: string } }>(
      '/stories/by-slug/:language/:slug',
      {
        schema: {
          tags,
          summary: 'One story by language and slug',
          params: {
            type: 'object',
            properties: { language: languageSchema, slug: { type: 'string', minLength: 1, maxLength: 400, pattern: '^[^\\u0000-\\u001f\\u007f]+$' } },
            required: ['language', 'slug'],
          },
          querystring: storyBySlugQuerySchema,
          response: storyResponse,
        },
      },
      async (request, reply) => {
        const { status, include, fields } = request.query;
        const story = await content.storyBySlug(request.params.language, request.params.slug, statusFor(request, status), includesOf(include));
        describeContent(reply, [contentKeys.story(story.id)], story.updatedAt);
        return trimmed(story, fields);
      },
    );

    const term = { type: 'object', properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' } } };
    for (const [path, kind, summary] of [
      ['/sections', 'section', 'Sections, named in a language'],
      ['/tags', 'tag', 'Tags, named in a language'],
    ] as const) {
      api.get<{ Querystring: { language: string } }>(
        path,
        { schema: { tags, summary, querystring: languageQuerySchema, response: { 200: listOf(term), ...errorResponses(400, 404, 429) } } },
        async (request, reply) => {
          describeContent(reply, ['api-taxonomy']);
          return { data: await content.terms(kind, request.query.language) };
        },
      );
    }

    api.get<{ Querystring: { language: string } }>(
      '/member-states',
      {
        schema: {
          tags,
          summary: 'Member States, named in a language',
          description: 'Names come from the platform’s Unicode data (`Intl.DisplayNames`), sorted for the language; `stories` counts those published in it.',
          querystring: languageQuerySchema,
          response: {
            200: listOf({
              type: 'object',
              properties: { code: { type: 'string' }, name: { type: 'string' }, url: { type: 'string' }, stories: { type: 'integer' } },
            }),
            ...errorResponses(400, 404, 429),
          },
        },
      },
      async (request, reply) => {
        describeContent(reply, [contentKeys.memberStates(request.query.language)]);
        return { data: await content.memberStates(request.query.language) };
      },
    );

    api.get(
      '/site',
      {
        schema: {
          tags,
          summary: 'The site: its languages and what a client needs to link to it',
          response: {
            200: {
              type: 'object',
              properties: {
                url: { type: 'string' },
                defaultLanguage: { type: 'string' },
                languages: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      code: { type: 'string' },
                      name: { type: 'string' },
                      direction: { type: 'string', enum: ['ltr', 'rtl'] },
                      organizationName: { type: 'string' },
                      homeUrl: { type: 'string' },
                    },
                  },
                },
                apiVersion: { type: 'string' },
              },
            },
            ...errorResponses(429),
          },
        },
      },
      async (_request, reply) => {
        describeContent(reply, ['api-site']);
        return siteJson(settings, publicUrl);
      },
    );
  };
}

function siteJson(settings: SettingsService, publicUrl: URL) {
  const { languages, defaultLanguage } = settings.current();
  return {
    url: publicUrl.origin,
    defaultLanguage,
    languages: languages.map((code) => ({
      code,
      name: nativeLanguageName(code),
      direction: directionOf(code),
      organizationName: settings.organizationNameIn(code),
      homeUrl: new URL(`/${code}/`, publicUrl).toString(),
    })),
    apiVersion: '1',
  };
}
