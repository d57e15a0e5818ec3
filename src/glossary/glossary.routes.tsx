/** `/admin/glossary`: editors and administrators keep the organization's terminology (permission `glossary.manage`). */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, ErrorSummary, staffOf, type UploadedFile } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import { idParam } from '../http/schemas.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { GlossaryService } from './glossary.service.ts';
import type { GlossaryEntry } from './glossary.types.ts';
import { glossaryToCsv } from './glossary-csv.ts';
import type { RawEntry } from './glossary-rules.ts';
import { glossaryToTbx } from './glossary-tbx.ts';
import { type EntryForm, EntryFormFields, GlossaryPage } from './views/glossary-page.tsx';

export interface GlossaryRoutesDeps {
  glossary: GlossaryService;
  /** Languages offered in the form: the site's and those engines reach. */
  languages(): Promise<string[]>;
  organizationName(language: string): string;
}

const permission = 'glossary.manage' as const;
const FIELDS = ['kind', 'sourceLanguage', 'targetLanguage', 'term', 'translation', 'note'] as const;
const entryBody = {
  type: 'object',
  properties: Object.fromEntries([...FIELDS, '_csrf'].map((field) => [field, { type: 'string', maxLength: 1000 }])),
} as const;
const idParams = { type: 'object', required: ['id'], properties: { id: idParam } } as const;
const doneQuery = {
  type: 'object',
  properties: {
    done: { type: 'string', maxLength: 20 },
    added: { type: 'integer', minimum: 0 },
    updated: { type: 'integer', minimum: 0 },
    skipped: { type: 'integer', minimum: 0 },
  },
} as const;
const EMPTY: EntryForm = { kind: 'force', sourceLanguage: '', targetLanguage: '', term: '', translation: '', note: '' };
/** A glossary file of 5,000 entries is well under this. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

const rawOf = (body: Partial<Record<(typeof FIELDS)[number], string>>): RawEntry => ({
  kind: body.kind ?? '',
  sourceLanguage: body.sourceLanguage ?? '',
  targetLanguage: body.targetLanguage ?? '',
  term: body.term ?? '',
  translation: body.translation ?? '',
  note: body.note ?? '',
});

const formOf = (entry: GlossaryEntry): EntryForm => ({
  kind: entry.kind,
  sourceLanguage: entry.sourceLanguage ?? '',
  targetLanguage: entry.targetLanguage ?? '',
  term: entry.term,
  translation: entry.translation ?? '',
  note: entry.note,
});

export function glossaryRoutes({ glossary, languages, organizationName }: GlossaryRoutesDeps): AdminRoutes {
  return (admin, tools) => {
    const languageOptions = async () => (await languages()).map((language) => ({ value: language, label: `${nativeLanguageName(language)} (${language})` }));
    const languagesOf = (t: Translate, entry: GlossaryEntry) =>
      t('admin.glossary.pair', {
        from: entry.sourceLanguage ? nativeLanguageName(entry.sourceLanguage) : t('admin.glossary.anyLanguage'),
        to: entry.targetLanguage ? nativeLanguageName(entry.targetLanguage) : t('admin.glossary.anyLanguage'),
      });

    async function listPage(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { values?: EntryForm; errors?: Record<string, string>; notice?: string | null; importError?: string | null; status?: number },
    ) {
      const options = await languageOptions();
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.glossary.title'),
        status: state.status,
        body: (
          <GlossaryPage
            t={t}
            view={{
              notice: state.notice ?? null,
              importError: state.importError ?? null,
              form: {
                action: adminPaths.glossary,
                csrfToken,
                values: state.values ?? EMPTY,
                errors: state.errors ?? {},
                languages: options,
                deleteAction: null,
              },
              rows: glossary.entries().map((entry) => ({
                kind: t(`admin.glossary.kind.${entry.kind}`),
                languages: languagesOf(t, entry),
                term: entry.term,
                translation: entry.translation ?? '',
                note: entry.note,
                editHref: adminPaths.glossaryEntry(entry.id),
              })),
              importAction: `${adminPaths.glossary}/import`,
              exportCsv: `${adminPaths.glossary}/glossary.csv`,
              exportTbx: `${adminPaths.glossary}/glossary.tbx`,
            }}
          />
        ),
      }));
    }

    async function entryPage(
      request: FastifyRequest,
      reply: FastifyReply,
      id: number,
      state: { values?: EntryForm; errors?: Record<string, string>; status?: number },
    ) {
      const entry = glossary.entry(id);
      const options = await languageOptions();
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.glossary.editTitle', { term: entry.term }),
        status: state.status,
        body: (
          <>
            <ErrorSummary text={state.errors && Object.keys(state.errors).length > 0 ? t('admin.error.summary') : null} />
            <p>
              <a href={adminPaths.glossary}>{t('admin.glossary.back')}</a>
            </p>
            <EntryFormFields
              t={t}
              view={{
                action: adminPaths.glossaryEntry(id),
                csrfToken,
                values: state.values ?? formOf(entry),
                errors: state.errors ?? {},
                languages: options,
                deleteAction: `${adminPaths.glossaryEntry(id)}/delete`,
              }}
            />
          </>
        ),
      }));
    }

    admin.get<{ Querystring: { done?: string; added?: number; updated?: number; skipped?: number } }>(
      '/glossary',
      { config: { permission }, schema: { querystring: doneQuery } },
      async (request, reply) => {
        const t = tools.t(request);
        const { done, added = 0, updated = 0, skipped = 0 } = request.query;
        const notices: Record<string, string> = {
          added: t('admin.glossary.added'),
          saved: t('admin.glossary.saved'),
          deleted: t('admin.glossary.deleted'),
          imported: t('admin.glossary.imported', { added, updated, skipped }),
        };
        return listPage(request, reply, { notice: notices[done ?? ''] ?? null });
      },
    );

    admin.post<{ Body: Partial<Record<(typeof FIELDS)[number], string>> }>(
      '/glossary',
      { config: { permission }, schema: { body: entryBody } },
      async (request, reply) =>
        tools.submit(
          request,
          async () => {
            await glossary.add(rawOf(request.body), staffOf(request).id);
            return reply.redirect(`${adminPaths.glossary}?done=added`, 303);
          },
          (errors) => listPage(request, reply, { values: { ...EMPTY, ...request.body }, errors, status: 400 }),
        ),
    );

    admin.get<{ Params: { id: number } }>('/glossary/:id', { config: { permission }, schema: { params: idParams } }, async (request, reply) =>
      entryPage(request, reply, request.params.id, {}),
    );

    admin.post<{ Params: { id: number }; Body: Partial<Record<(typeof FIELDS)[number], string>> }>(
      '/glossary/:id',
      { config: { permission }, schema: { params: idParams, body: entryBody } },
      async (request, reply) =>
        tools.submit(
          request,
          async () => {
            await glossary.update(request.params.id, rawOf(request.body), staffOf(request).id);
            return reply.redirect(`${adminPaths.glossary}?done=saved`, 303);
          },
          (errors) => entryPage(request, reply, request.params.id, { values: { ...EMPTY, ...request.body }, errors, status: 400 }),
        ),
    );

    admin.post<{ Params: { id: number } }>('/glossary/:id/delete', { config: { permission }, schema: { params: idParams } }, async (request, reply) => {
      await glossary.remove(request.params.id, staffOf(request).id);
      return reply.redirect(`${adminPaths.glossary}?done=deleted`, 303);
    });

    admin.get('/glossary/glossary.csv', { config: { permission } }, async (_request, reply) =>
      reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="glossary.csv"').send(glossaryToCsv(glossary.entries())),
    );

    admin.get('/glossary/glossary.tbx', { config: { permission } }, async (request, reply) =>
      reply
        .type('application/x-tbx+xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="glossary.tbx"')
        .send(glossaryToTbx(glossary.entries(), tools.t(request)('admin.glossary.tbxTitle', { organization: organizationName(request.adminLanguage) }))),
    );

    tools.uploadForms(admin, (uploads) => {
      uploads.post<{ Body: Record<string, string | UploadedFile | undefined> }>('/glossary/import', { config: { permission } }, async (request, reply) => {
        const file = typeof request.body?.file === 'object' ? request.body.file : undefined;
        const t = tools.t(request);
        try {
          if (!file?.buffer.length) throw new FormError('glossary.file_invalid', { file: 'admin.glossary.fileMissing' });
          if (file.truncated || file.buffer.length > MAX_FILE_BYTES) throw new FormError('glossary.file_too_large', { file: 'admin.error.tooLarge' });
          const text = file.buffer.toString('utf8');
          const outcome = await glossary.importFile(/^\s*(\ufeff)?\s*</.test(text) ? 'tbx' : 'csv', text, staffOf(request).id);
          return reply.redirect(
            `${adminPaths.glossary}?done=imported&added=${outcome.added}&updated=${outcome.updated}&skipped=${outcome.skipped.length}`,
            303,
          );
        } catch (error) {
          if (error instanceof FormError) return listPage(request, reply, { importError: t(error.fields.file!), status: error.status });
          if (error instanceof AppError && error.code === 'glossary.file_invalid') {
            return listPage(request, reply, { importError: t('admin.glossary.fileInvalid', { reason: error.message }), status: 400 });
          }
          throw error;
        }
      });
    });
  };
}
