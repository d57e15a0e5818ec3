/**
 * The write API for staff systems, with a bearer token: create a story, add or update a translation,
 * move a translation through the workflow, upload an image. Each goes through the same service and the
 * same rules as the admin's screens (`editorial`, `media`) and is audited as the token's user; the token
 * must hold the scope, and the user's role the permission, the admin would ask for.
 */

import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiPrincipal } from '../accounts/index.ts';
import { readMultipartForm, type StaffMember } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import type { EditorialService } from '../editorial/index.ts';
import { AppError } from '../http/app-error.ts';
import { idParam } from '../http/schemas.ts';
import { paths } from '../http/urls.ts';
import type { MediaService } from '../media/index.ts';
import type { SettingsService } from '../site/index.ts';
import { requireScope } from './api-auth.ts';
import { errorResponses, languageSchema, scopesDescription } from './api-schemas.ts';

const STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
const text = (maxLength: number, description?: string) => ({ type: 'string', maxLength, ...(description ? { description } : {}) }) as const;
const ids = { type: 'array', maxItems: 300, items: { type: 'integer', minimum: 1 } } as const;
const storyParams = {
  type: 'object',
  properties: { id: idParam, language: languageSchema },
  required: ['id', 'language'],
} as const;
const translationBody = {
  title: text(300),
  slug: text(200, 'Made from the title when empty.'),
  summary: text(1000),
  bodyHtml: text(500_000, 'HTML; sanitized with the same allow-list as the editor.'),
} as const;
const written = {
  type: 'object',
  properties: { id: { type: 'integer' }, language: { type: 'string' }, status: { type: 'string', enum: STATUSES }, apiUrl: { type: 'string' } },
} as const;
const security = [{ bearerToken: [] }];

interface TranslationBody {
  title: string;
  slug?: string;
  summary?: string;
  bodyHtml: string;
  sourceLanguage?: string;
}

const staffOf = ({ user }: ApiPrincipal): StaffMember => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  interfaceLanguage: user.interfaceLanguage,
});

export interface WriteDeps {
  editorial: EditorialService;
  media: MediaService;
  settings: SettingsService;
  /** Uploads are not audited by `media` itself; the API records them. */
  audit: Pick<AuditService, 'record'>;
  publicUrl: URL;
  uploadLimitBytes: number;
}

export function writeRoutes(deps: WriteDeps) {
  const { editorial, settings } = deps;
  const apiUrl = (id: number, language: string) => new URL(paths.apiStory(id, language), deps.publicUrl).toString();

  /** The original is the story's own text (`stories:write`); any other language is a translation (`translations:write`). */
  async function translationPrincipal(request: FastifyRequest, storyId: number, language: string) {
    const principal = requireScope(request, ['stories:write', 'translations:write'], 'admin.enter');
    const editable = await editorial.editable(storyId, language, staffOf(principal));
    requireScope(request, [editable.isOriginal ? 'stories:write' : 'translations:write'], 'admin.enter');
    return { principal, editable };
  }

  return async (api: FastifyInstance) => {
    api.post<{
      Body: TranslationBody & {
        language: string;
        featured?: boolean;
        heroImageId?: number | null;
        sectionIds?: number[];
        tagIds?: number[];
        memberStates?: string[];
      };
    }>(
      '/stories',
      {
        schema: {
          tags: ['Writing'],
          summary: 'Create a story (as a draft)',
          description: `Needs \`stories:write\` and a role that writes stories (authors, editors, administrators). ${scopesDescription}`,
          security,
          body: {
            type: 'object',
            additionalProperties: false,
            properties: {
              language: languageSchema,
              ...translationBody,
              featured: { type: 'boolean' },
              heroImageId: { type: ['integer', 'null'], minimum: 1 },
              sectionIds: ids,
              tagIds: ids,
              memberStates: { type: 'array', maxItems: 300, items: { type: 'string', pattern: '^[A-Za-z]{2}$' } },
            },
            required: ['language', 'title', 'bodyHtml'],
            examples: [
              { language: 'en', title: 'A new agreement', summary: 'Signed today.', bodyHtml: '<p>The agreement was signed…</p>', memberStates: ['ID'] },
            ],
          },
          response: { 201: written, ...errorResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        const principal = requireScope(request, ['stories:write'], 'stories.write');
        const {
          language,
          title,
          slug = '',
          summary = '',
          bodyHtml,
          featured = false,
          heroImageId = null,
          sectionIds = [],
          tagIds = [],
          memberStates = [],
        } = request.body;
        if (!settings.current().languages.includes(language)) throw new AppError('language.unknown', `"${language}" is not a site language`);
        const id = await editorial.createStory(
          language,
          { title, slug, summary, bodyHtml },
          { featured, heroImageId, termIds: [...sectionIds, ...tagIds], memberStates: memberStates.map((code) => code.toUpperCase()) },
          staffOf(principal),
        );
        return reply.code(201).send({ id, language, status: 'draft', apiUrl: apiUrl(id, language) });
      },
    );

    api.put<{ Params: { id: number; language: string }; Body: TranslationBody }>(
      '/stories/:id/translations/:language',
      {
        schema: {
          tags: ['Writing'],
          summary: 'Add or update a translation',
          description:
            'Saves a new revision. The story’s original needs `stories:write`, other languages `translations:write`; the role rules of the editor apply (an author edits their own drafts, a translator their own translations, editors anything).',
          security,
          params: storyParams,
          body: {
            type: 'object',
            additionalProperties: false,
            properties: { ...translationBody, sourceLanguage: { ...languageSchema, description: 'The language it was translated from.' } },
            required: ['title', 'bodyHtml'],
          },
          response: { 200: written, ...errorResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request) => {
        const { id, language } = request.params;
        const { principal } = await translationPrincipal(request, id, language);
        const { title, slug = '', summary = '', bodyHtml, sourceLanguage } = request.body;
        await editorial.save(id, language, { title, slug, summary, bodyHtml }, null, staffOf(principal), sourceLanguage);
        const after = await editorial.editable(id, language, staffOf(principal));
        return { id, language, status: after.translation?.status ?? 'draft', apiUrl: apiUrl(id, language) };
      },
    );

    api.post<{ Params: { id: number; language: string }; Body: { status: TranslationStatus; publishAt?: string } }>(
      '/stories/:id/translations/:language/status',
      {
        schema: {
          tags: ['Writing'],
          summary: 'Submit, publish, schedule, archive or return a translation to draft',
          description: 'The moves the user’s role allows in the admin: writers send their own drafts to review; editors publish, schedule and archive.',
          security,
          params: storyParams,
          body: {
            type: 'object',
            additionalProperties: false,
            properties: { status: { type: 'string', enum: STATUSES }, publishAt: { type: 'string', format: 'date-time', description: 'For `scheduled`.' } },
            required: ['status'],
            examples: [{ status: 'published' }],
          },
          response: { 200: written, ...errorResponses(400, 401, 403, 404, 429) },
        },
      },
      async (request) => {
        const { id, language } = request.params;
        const { principal } = await translationPrincipal(request, id, language);
        await editorial.move(id, language, request.body.status, staffOf(principal), request.body.publishAt);
        return { id, language, status: request.body.status, apiUrl: apiUrl(id, language) };
      },
    );

    await api.register(async (uploads) => {
      await uploads.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: deps.uploadLimitBytes, files: 1, fields: 50, fieldSize: 10_000 } });
      uploads.post(
        '/images',
        {
          schema: {
            tags: ['Writing'],
            summary: 'Upload an image',
            description:
              'A `multipart/form-data` body: the file in `image` (JPEG, PNG, WebP or AVIF, checked by content, 20 MB at most) and its description in every site language, `alt-<language>`. Needs `media:write` and a role that writes stories.',
            security,
            consumes: ['multipart/form-data'],
            response: {
              201: {
                type: 'object',
                properties: { id: { type: 'integer' }, url: { type: 'string' }, width: { type: 'integer' }, height: { type: 'integer' } },
              },
              ...errorResponses(400, 401, 403, 413, 415, 429),
            },
          },
        },
        async (request, reply) => {
          const principal = requireScope(request, ['media:write'], 'stories.write');
          if (!request.isMultipart()) throw new AppError('request.unsupported_media_type', 'Send the image as multipart/form-data');
          const form = await readMultipartForm(request);
          const file = typeof form.image === 'object' ? form.image : null;
          if (file?.truncated) throw new AppError('image.too_large', 'The image is larger than 20 MB');
          const alts = Object.fromEntries(
            Object.entries(form).flatMap(([name, value]) => (name.startsWith('alt-') && typeof value === 'string' ? [[name.slice(4), value]] : [])),
          );
          const { languages, defaultLanguage } = settings.current();
          const id = await deps.media.storeUpload(file?.buffer.length ? file.buffer : null, alts, languages);
          await deps.audit.record(principal.user.id, 'image.upload', `image:${id}`, { via: 'api', tokenId: principal.tokenId });
          const view = (await deps.media.imageViews([id], defaultLanguage, defaultLanguage)).get(id)!;
          return reply.code(201).send({ id, url: new URL(view.src, deps.publicUrl).toString(), width: view.width, height: view.height });
        },
      );
    });
  };
}
