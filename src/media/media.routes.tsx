/** The image library under /admin/media: upload with alt text in every site language, and browse. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, type AdminTools, adminPaths, can, staffOf, type UploadedFile } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import { FormError } from '../http/form-error.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { SettingsService } from '../site/index.ts';
import type { MediaService } from './media.service.ts';
import { MediaLibrary } from './views/media-library.tsx';

const LIBRARY_SIZE = 60;

export function mediaRoutes(media: MediaService, settings: SettingsService, audit: Pick<AuditService, 'record'>): AdminRoutes {
  return (admin, tools: AdminTools) => {
    async function libraryPage(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { alts?: Record<string, string>; errors?: Record<string, string>; notice?: string | null; status?: number } = {},
    ) {
      const { languages, defaultLanguage } = settings.current();
      const images = await media.recentImages(request.adminLanguage, defaultLanguage, LIBRARY_SIZE);
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.media.title'),
        status: state.status,
        body: (
          <MediaLibrary
            t={t}
            view={{
              action: adminPaths.media,
              csrfToken,
              canUpload: can(staffOf(request).role, 'stories.write'),
              altFields: languages.map((language) => ({
                name: `alt-${language}`,
                language,
                dir: directionOf(language),
                label: t('admin.media.alt', { language: nativeLanguageName(language) }),
                value: state.alts?.[language] ?? '',
                error: state.errors?.[`alt-${language}`],
              })),
              fileError: state.errors?.image,
              notice: state.notice ?? null,
              images: images.map((image) => ({
                thumbnail: image.thumbnail,
                alt: image.alt,
                width: 240,
                height: Math.round((240 * image.height) / image.width),
              })),
            }}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string } }>(
      '/media',
      { config: { permission: 'admin.enter' }, schema: { querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 20 } } } } },
      async (request, reply) => libraryPage(request, reply, { notice: request.query.done === 'uploaded' ? tools.t(request)('admin.media.uploaded') : null }),
    );

    tools.uploadForms(admin, (uploads) => {
      uploads.post<{ Body: Record<string, string | UploadedFile | undefined> }>(
        '/media',
        { config: { permission: 'stories.write' } },
        async (request, reply) => {
          const body = request.body ?? {};
          const file = typeof body.image === 'object' ? body.image : undefined;
          const alts = Object.fromEntries(
            settings.current().languages.map((language) => {
              const value = body[`alt-${language}`];
              return [language, typeof value === 'string' ? value : ''];
            }),
          );
          return tools.submit(
            request,
            async () => {
              if (file?.truncated) throw new FormError('image.too_large', { image: 'admin.error.tooLarge' });
              const id = await media.storeUpload(file?.buffer.length ? file.buffer : null, alts, settings.current().languages);
              await audit.record(staffOf(request).id, 'image.upload', `image:${id}`, { bytes: file?.buffer.length ?? 0, alts });
              return reply.redirect(`${adminPaths.media}?done=uploaded`, 303);
            },
            (errors) => libraryPage(request, reply, { alts, errors, status: file?.truncated ? 413 : 400 }),
          );
        },
      );
    });
  };
}
