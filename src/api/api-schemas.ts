/**
 * The JSON schemas of the API's requests and answers. Fastify validates requests with them and
 * serializes answers with them, and the OpenAPI document is generated from the very same objects, so the
 * documentation cannot drift from what the routes do. Examples are what the demo newsroom answers.
 */
import { API_SCOPES } from '../accounts/index.ts';
import { ERROR_STATUS } from '../http/error-codes.ts';
import { MAX_LIMIT } from './content.service.ts';
import { INCLUDES, STORY_FIELDS } from './story-json.ts';

const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]+$';
const nullable = (type: string) => ({ type: [type, 'null'] }) as const;
const dateTime = { type: 'string', format: 'date-time', description: 'RFC 3339, UTC.' } as const;
const nullableDateTime = { type: ['string', 'null'], format: 'date-time', description: 'RFC 3339, UTC; null when not set.' } as const;

export const languageSchema = {
  type: 'string',
  minLength: 2,
  maxLength: 35,
  pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
  description: 'A site language, as a BCP 47 tag.',
  examples: ['en'],
} as const;

const EXAMPLE_STORY = {
  id: 1,
  language: 'en',
  slug: 'icesco-indonesia-new-routes-for-cooperation',
  title: 'ICESCO and Indonesia: new routes for cooperation',
  summary: 'The Director-General met the Ambassador of Indonesia.',
  bodyHtml: '<p>The Director-General received the Ambassador…</p>',
  url: 'https://news.example.org/en/news/icesco-indonesia-new-routes-for-cooperation',
  apiUrl: 'https://news.example.org/api/v1/stories/1?language=en',
  origin: 'human',
  originalLanguage: 'ar',
  publishedAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T09:00:00.000Z',
  featured: true,
  heroImage: null,
  sectionIds: [2],
  tagIds: [7],
  memberStateCodes: ['ID'],
  translations: [
    {
      language: 'ar',
      kind: 'human',
      slug: 'الايسيسكو-واندونيسيا-مسارات-جديدة-للتعاون',
      title: 'الإيسيسكو وإندونيسيا: مسارات جديدة للتعاون',
      url: 'https://news.example.org/ar/news/%D8%A7%D9%84%D8%A7%D9%8A%D8%B3%D9%8A%D8%B3%D9%83%D9%88',
      apiUrl: 'https://news.example.org/api/v1/stories/1?language=ar',
      publishedAt: '2026-11-30T09:00:00.000Z',
      updatedAt: '2026-11-30T09:00:00.000Z',
    },
    { language: 'es', kind: 'machine', url: 'https://news.example.org/es/news/icesco', apiUrl: null, engine: 'Apertium', reviewed: false },
  ],
};

const STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;

const termSchema = {
  type: 'object',
  properties: { id: { type: 'integer' }, slug: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'slug', 'name'],
} as const;

export const storySchema = {
  $id: 'Story',
  type: 'object',
  description: 'One story in one language, with the other languages it can be read in.',
  properties: {
    id: { type: 'integer', description: 'The story’s id, the same in every language.' },
    language: { type: 'string' },
    slug: { type: 'string', description: 'The slug in this language.' },
    title: { type: 'string' },
    summary: { type: 'string' },
    bodyHtml: { type: 'string', description: 'Sanitized HTML.' },
    url: { type: 'string', format: 'uri' },
    apiUrl: { type: 'string', format: 'uri' },
    status: { type: 'string', enum: STATUSES, description: 'Only with a staff token.' },
    origin: { type: 'string', enum: ['human', 'machine'] },
    originalLanguage: { type: 'string' },
    publishedAt: nullableDateTime,
    updatedAt: dateTime,
    featured: { type: 'boolean' },
    heroImage: {
      type: ['object', 'null'],
      properties: {
        url: { type: 'string' },
        width: { type: 'integer' },
        height: { type: 'integer' },
        alt: { type: 'string' },
        sources: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, srcset: { type: 'string' } } } },
      },
    },
    sectionIds: { type: 'array', items: { type: 'integer' } },
    tagIds: { type: 'array', items: { type: 'integer' } },
    memberStateCodes: { type: 'array', items: { type: 'string' }, description: 'ISO 3166-1 alpha-2.' },
    sections: { type: 'array', items: termSchema, description: 'With `include=sections`.' },
    tags: { type: 'array', items: termSchema, description: 'With `include=tags`.' },
    memberStates: {
      type: 'array',
      items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
      description: 'With `include=memberStates`, named in the story’s language.',
    },
    translations: {
      type: 'array',
      description: 'Every language the story can be read in: human translations, then machine ones.',
      items: {
        type: 'object',
        properties: {
          language: { type: 'string' },
          kind: { type: 'string', enum: ['human', 'machine'] },
          url: { type: 'string' },
          apiUrl: nullable('string'),
          slug: { type: 'string' },
          title: { type: 'string' },
          publishedAt: nullableDateTime,
          updatedAt: dateTime,
          status: { type: 'string', enum: STATUSES },
          engine: { type: 'string', description: 'Machine translations: the engine.' },
          reviewed: { type: 'boolean', description: 'Machine translations: whether an editor reviewed it.' },
        },
        required: ['language', 'kind', 'url'],
      },
    },
  },
  required: ['id'],
  examples: [EXAMPLE_STORY],
} as const;

export const errorSchema = {
  $id: 'Error',
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', enum: Object.keys(ERROR_STATUS), description: 'Stable: a code never changes meaning.' },
        message: { type: 'string', description: 'For people; may be reworded.' },
      },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
  examples: [{ error: { code: 'story.not_found', message: 'No story 999' } }],
} as const;

export const paginationSchema = {
  type: 'object',
  properties: {
    page: { type: 'integer' },
    limit: { type: 'integer' },
    pages: { type: 'integer' },
    total: { type: 'integer' },
    next: nullable('integer'),
    prev: nullable('integer'),
  },
  required: ['page', 'limit', 'pages', 'total', 'next', 'prev'],
} as const;

const csv = (names: readonly string[], what: string) =>
  ({
    type: 'string',
    maxLength: 500,
    pattern: `^(${names.join('|')})(,(${names.join('|')}))*$`,
    description: `${what}, comma-separated: ${names.map((n) => `\`${n}\``).join(', ')}.`,
  }) as const;

export const includeParam = csv(INCLUDES, 'Related objects to embed');
export const fieldsParam = csv(STORY_FIELDS, 'Only these fields (and `id`)');
const dateParam = (description: string) => ({ type: 'string', format: 'date-time', maxLength: 40, description }) as const;

export const storiesQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    language: languageSchema,
    section: { type: 'string', maxLength: 400, pattern: PRINTABLE, description: 'A section’s slug.' },
    tag: { type: 'string', maxLength: 400, pattern: PRINTABLE, description: 'A tag’s slug.' },
    member_state: { type: 'string', pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2 code.' },
    updated_since: dateParam('Changed at or after this time.'),
    published_after: dateParam('Published after this time.'),
    published_before: dateParam('Published before this time.'),
    status: { type: 'string', enum: [...STATUSES, 'any'], description: 'Other than published needs a token with `stories:read`.' },
    page: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1 },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 },
    include: includeParam,
    fields: fieldsParam,
  },
} as const;

export const storyQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { language: languageSchema, status: storiesQuerySchema.properties.status, include: includeParam, fields: fieldsParam },
} as const;

export const storyBySlugQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { status: storiesQuerySchema.properties.status, include: includeParam, fields: fieldsParam },
} as const;

export const languageQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: { language: languageSchema },
  required: ['language'],
} as const;

export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, { $ref: 'Error#', description: ERROR_DESCRIPTIONS[status] ?? 'Refused.' }]));

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'A parameter or body that is not valid (`request.invalid`, `api.unknown_field`, …).',
  401: 'A missing or invalid bearer token (`api.unauthorized`, `api.token_invalid`).',
  403: 'The token lacks a scope, or its user’s role may not do this (`api.scope_missing`, `api.forbidden`, `story.edit_forbidden`).',
  404: 'Nothing there (`story.not_found`, `language.unknown`, `page.past_last`, …).',
  429: 'Too many requests from this client (`api.rate_limited`); see `Retry-After`.',
};

export const scopesDescription = `Scopes: ${API_SCOPES.map((s) => `\`${s}\``).join(', ')}.`;
