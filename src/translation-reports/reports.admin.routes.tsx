/** `/admin/translation/reports`: the review queue of readers' reports (permission `translations.review`). */

import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, can, staffOf } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';
import { idParam } from '../http/schemas.ts';
import { formatDateTime } from '../i18n/dates.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import { sanitizeBody } from '../text/sanitize-body.ts';
import type { ReportsService } from './reports.service.ts';
import { type ReportStatus, STATUSES, type TranslationReport } from './reports.types.ts';
import { type QueueItem, ReportsQueue } from './views/reports-queue.tsx';

export interface ReportsAdminDeps {
  reports: ReportsService;
  /** The story's title in the admin's language or its original's, for the queue's headings. */
  storyTitle(storyId: number): Promise<string>;
  engineName(engine: string): string;
}

const permission = 'translations.review' as const;
const idParams = { type: 'object', required: ['id'], properties: { id: idParam } } as const;
const statusQuery = {
  type: 'object',
  properties: { status: { type: 'string', enum: [...STATUSES, 'all'] }, done: { type: 'string', maxLength: 20 } },
} as const;
const fixBody = {
  type: 'object',
  required: ['correction'],
  properties: { correction: { type: 'string', maxLength: 5000 }, _csrf: { type: 'string' } },
} as const;
const termBody = {
  type: 'object',
  required: ['kind', 'term'],
  properties: {
    kind: { type: 'string', maxLength: 10 },
    term: { type: 'string', maxLength: 1000 },
    translation: { type: 'string', maxLength: 1000 },
    _csrf: { type: 'string' },
  },
} as const;

export function reportsAdminRoutes({ reports, storyTitle, engineName }: ReportsAdminDeps): AdminRoutes {
  return (admin, tools) => {
    async function itemOf(request: FastifyRequest, report: TranslationReport): Promise<QueueItem> {
      const t = tools.t(request);
      const base = adminPaths.translationReport(report.id);
      const current = report.status === 'open' ? await reports.currentTranslation(report) : null;
      return {
        id: report.id,
        heading: t('admin.reports.heading', { title: await storyTitle(report.storyId), language: nativeLanguageName(report.language) }),
        storyHref: adminPaths.story(report.storyId, report.sourceLanguage),
        meta: t('admin.reports.meta', {
          engine: engineName(report.engine),
          from: nativeLanguageName(report.sourceLanguage),
          to: nativeLanguageName(report.language),
          date: formatDateTime(report.createdAt, request.adminLanguage),
        }),
        problem: t(`admin.reports.problem.${report.problem}`),
        suggestion: report.suggestion,
        source: { language: report.sourceLanguage, dir: directionOf(report.sourceLanguage), html: sanitizeBody(report.sourceHtml) },
        translated: { language: report.language, dir: directionOf(report.language), html: sanitizeBody(current ?? report.translatedHtml) },
        correction: report.suggestion ?? current ?? report.translatedHtml,
        status: t(`admin.reports.status.${report.status}`),
        open: report.status === 'open',
        pair: { from: nativeLanguageName(report.sourceLanguage), to: nativeLanguageName(report.language) },
        actions: { fix: `${base}/fix`, term: can(staffOf(request).role, 'glossary.manage') ? `${base}/term` : null, dismiss: `${base}/dismiss` },
      };
    }

    async function queue(
      request: FastifyRequest,
      reply: FastifyReply,
      state: { status: ReportStatus | 'all'; notice?: string | null; error?: string | null; code?: number },
    ) {
      const list = await reports.list(state.status === 'all' ? null : state.status);
      const items: QueueItem[] = [];
      for (const report of list) items.push(await itemOf(request, report));
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.reports.title'),
        status: state.code,
        body: (
          <ReportsQueue
            t={t}
            view={{
              csrfToken,
              notice: state.notice ?? null,
              error: state.error ?? null,
              filterAction: adminPaths.translationReports,
              status: state.status,
              statuses: [...STATUSES, 'all' as const].map((status) => ({ value: status, label: t(`admin.reports.status.${status}`) })),
              items,
            }}
          />
        ),
      }));
    }

    admin.get<{ Querystring: { status?: ReportStatus | 'all'; done?: string } }>(
      '/translation/reports',
      { config: { permission }, schema: { querystring: statusQuery } },
      async (request, reply) => {
        const t = tools.t(request);
        const notices: Record<string, string> = { fixed: t('admin.reports.fixed'), termed: t('admin.reports.termed'), dismissed: t('admin.reports.dismissed') };
        return queue(request, reply, { status: request.query.status ?? 'open', notice: notices[request.query.done ?? ''] ?? null });
      },
    );

    admin.post<{ Params: { id: number }; Body: { correction: string } }>(
      '/translation/reports/:id/fix',
      { config: { permission }, schema: { params: idParams, body: fixBody } },
      async (request, reply) => {
        try {
          await reports.fix(request.params.id, request.body.correction, staffOf(request).id);
        } catch (error) {
          if (!(error instanceof AppError) || error.code !== 'translation_report.correction_invalid') throw error;
          return queue(request, reply, { status: 'open', error: tools.t(request)('admin.reports.correctionInvalid', { reason: error.message }), code: 400 });
        }
        return reply.redirect(`${adminPaths.translationReports}?done=fixed`, 303);
      },
    );

    admin.post<{ Params: { id: number }; Body: { kind: string; term: string; translation?: string } }>(
      '/translation/reports/:id/term',
      { config: { permission }, schema: { params: idParams, body: termBody } },
      async (request, reply) => {
        if (!can(staffOf(request).role, 'glossary.manage')) throw new AppError('admin.forbidden', 'Adding glossary terms needs glossary.manage');
        return tools.submit(
          request,
          async () => {
            await reports.addTerm(
              request.params.id,
              { kind: request.body.kind, term: request.body.term, translation: request.body.translation ?? '' },
              staffOf(request).id,
            );
            return reply.redirect(`${adminPaths.translationReports}?done=termed`, 303);
          },
          (errors) => queue(request, reply, { status: 'open', error: Object.values(errors).join(' '), code: 400 }),
        );
      },
    );

    admin.post<{ Params: { id: number } }>(
      '/translation/reports/:id/dismiss',
      { config: { permission }, schema: { params: idParams } },
      async (request, reply) => {
        await reports.dismiss(request.params.id, staffOf(request).id);
        return reply.redirect(`${adminPaths.translationReports}?done=dismissed`, 303);
      },
    );
  };
}
