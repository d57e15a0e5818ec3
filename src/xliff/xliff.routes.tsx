/** `/admin/xliff`: stories out to agencies as XLIFF, and their translations back in as drafts (permission `translations.write`). */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, staffOf, type UploadedFile } from '../admin/index.ts';
import { readableText, textChanges } from '../editorial/index.ts';
import { AppError } from '../http/app-error.ts';
import { idParam } from '../http/schemas.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { XliffVersion } from './exchange.types.ts';
import { XliffPage, XliffPreview } from './views/xliff-pages.tsx';
import { type ImportPreview, MAX_FILE_BYTES, type XliffService } from './xliff.service.ts';

export interface XliffRoutesDeps {
  xliff: XliffService;
  languages: () => readonly string[];
  /** Published stories to choose from: id, title, language of the original. */
  stories: () => Promise<{ storyId: number; title: string; language: string }[]>;
}

const permission = 'translations.write' as const;
const exportQuery = {
  type: 'object',
  required: ['language', 'story'],
  properties: {
    language: { type: 'string', maxLength: 35 },
    version: { type: 'string', enum: ['2.1', '1.2'] },
    story: { type: 'array', items: idParam, maxItems: 200 },
  },
} as const;
const pageQuery = {
  type: 'object',
  properties: {
    done: { type: 'string', maxLength: 20 },
    count: { type: 'integer', minimum: 0 },
    story: { type: 'integer', minimum: 1 },
    language: { type: 'string', maxLength: 35 },
  },
} as const;

export function xliffRoutes({ xliff, languages, stories }: XliffRoutesDeps): AdminRoutes {
  return (admin, tools) => {
    async function page(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { notice?: string | null; error?: string | null; status?: number; chosen?: string[]; language?: string },
    ) {
      const list = await stories();
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.xliff.title'),
        status: state.status,
        body: (
          <XliffPage
            t={t}
            view={{
              csrfToken,
              notice: state.notice ?? null,
              error: state.error ?? null,
              exportAction: `${adminPaths.xliff}/export`,
              importAction: `${adminPaths.xliff}/import`,
              languages: languages().map((language) => ({ value: language, label: nativeLanguageName(language) })),
              language: state.language ?? languages()[0] ?? '',
              stories: list.map((story) => ({ value: String(story.storyId), label: `${story.title} (${nativeLanguageName(story.language)})` })),
              chosen: state.chosen ?? [],
            }}
          />
        ),
      }));
    }

    /** XLIFF refusals are shown on the page, with the reason, at their own status. */
    async function orRefusal<T>(request: FastifyRequest, reply: FastifyReply, work: () => Promise<T>): Promise<T | FastifyReply> {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof AppError) || !error.code.startsWith('xliff.')) throw error;
        return page(request, reply, { error: tools.t(request)('admin.xliff.refused', { reason: error.message }), status: error.status });
      }
    }

    async function preview(request: FastifyRequest, reply: FastifyReply, text: string, result: ImportPreview) {
      const list = await stories();
      const language = result.targetLanguage;
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.xliff.previewTitle', { language: nativeLanguageName(language) }),
        body: (
          <XliffPreview
            t={t}
            view={{
              csrfToken,
              saveAction: `${adminPaths.xliff}/save`,
              file: text,
              language,
              dir: directionOf(language),
              stories: result.stories.map((story) => ({
                heading: list.find((s) => s.storyId === story.storyId)?.title ?? `#${story.storyId}`,
                isNew: story.before === null,
                fields: (['title', 'summary', 'bodyHtml'] as const).map((field) => {
                  const after = field === 'bodyHtml' ? readableText(story.after.bodyHtml) : story.after[field];
                  const before = story.before ? (field === 'bodyHtml' ? readableText(story.before.bodyHtml) : story.before[field]) : null;
                  return {
                    label: t(`admin.story.${field === 'bodyHtml' ? 'body' : field}`),
                    after,
                    parts: before === null ? null : textChanges(before, after, language),
                  };
                }),
              })),
            }}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string; count?: number; story?: number; language?: string } }>(
      '/xliff',
      { config: { permission }, schema: { querystring: pageQuery } },
      async (request, reply) => {
        const { done, count = 0, story, language } = request.query;
        const notice = done === 'saved' ? tools.t(request)('admin.xliff.saved', { count }) : null;
        return page(request, reply, { notice, chosen: story ? [String(story)] : [], language });
      },
    );

    admin.get<{ Querystring: { language: string; version?: XliffVersion; story: number[] } }>(
      '/xliff/export',
      { config: { permission }, schema: { querystring: exportQuery } },
      async (request, reply) =>
        orRefusal(request, reply, async () => {
          const { language, version = '2.1', story } = request.query;
          const xml = await xliff.exportStories(story, language, version, tools.t(request));
          const name = `diwan-${story.length === 1 ? `story-${story[0]}` : `${story.length}-stories`}-${language}-xliff-${version}.xlf`;
          return reply.type('application/xliff+xml; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(xml);
        }),
    );

    tools.uploadForms(admin, (uploads) => {
      uploads.post<{ Body: Record<string, string | UploadedFile | undefined> }>('/xliff/import', { config: { permission } }, async (request, reply) => {
        const file = typeof request.body?.file === 'object' ? request.body.file : undefined;
        return orRefusal(request, reply, async () => {
          if (!file?.buffer.length) throw new AppError('xliff.malformed', tools.t(request)('admin.xliff.fileMissing'));
          if (file.truncated || file.buffer.length > MAX_FILE_BYTES) throw new AppError('xliff.too_large', `the file is over ${MAX_FILE_BYTES} bytes`);
          const text = file.buffer.toString('utf8');
          return preview(request, reply, text, await xliff.preview(text, staffOf(request)));
        });
      });
    });

    admin.post<{ Body: { xliff: string } }>(
      '/xliff/save',
      {
        config: { permission },
        schema: {
          body: { type: 'object', required: ['xliff'], properties: { xliff: { type: 'string', maxLength: MAX_FILE_BYTES }, _csrf: { type: 'string' } } },
        },
      },
      async (request, reply) =>
        orRefusal(request, reply, async () => {
          const saved = await xliff.save(request.body.xliff, staffOf(request));
          return reply.redirect(`${adminPaths.xliff}?done=saved&count=${saved.stories.length}`, 303);
        }),
    );
  };
}
