/** `/admin/parity` (permission `parity.read`), and the card on the admin dashboard. */
import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { type AdminRoutes, adminPaths, can, staffOf } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { ParityService } from './parity.service.ts';
import type { ParityReport } from './parity.types.ts';
import { ParityPage, type ParityRowView, ParityTable } from './views/parity-page.tsx';

const DAY_MS = 86_400_000;
const DEFAULT_DAYS = 90;
const MISSING_SHOWN = 100;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const periodQuery = { type: 'object', properties: { from: { type: 'string', maxLength: 10 }, to: { type: 'string', maxLength: 10 } } } as const;

function rowsOf(report: ParityReport, t: Translate, language: string): ParityRowView[] {
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const share = (count: number, total: number) => (total === 0 ? '—' : t('admin.parity.share', { count, share: percent.format(count / total) }));
  return report.languages.map((row) => ({
    language: row.language,
    name: nativeLanguageName(row.language),
    human: share(row.human, row.stories),
    reviewedMachine: share(row.reviewedMachine, row.stories),
    unreviewedMachine: share(row.unreviewedMachine, row.stories),
    missing: share(row.missing, row.stories),
    delay: row.medianDelayHours === null ? '—' : t('admin.parity.hours', { hours: number.format(row.medianDelayHours) }),
    outOfDate: String(row.outOfDate),
    satisfaction:
      row.satisfaction.csat === null ? '—' : t('admin.parity.csat', { csat: percent.format(row.satisfaction.csat), answers: row.satisfaction.answers }),
  }));
}

export function parityRoutes(parity: ParityService, now: () => Date = () => new Date()): AdminRoutes {
  return (admin, tools) => {
    admin.get<{ Querystring: { from?: string; to?: string } }>(
      '/parity',
      { config: { permission: 'parity.read' }, schema: { querystring: periodQuery } },
      async (request, reply) => {
        const t = tools.t(request);
        const to = request.query.to || dayOf(now());
        const from = request.query.from || dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS || now().getTime()));
        let report: ParityReport | null = null;
        let error: string | null = null;
        try {
          report = await parity.report(from, to);
        } catch (caught) {
          if (!(caught instanceof AppError) || caught.code !== 'parity.period_invalid') throw caught;
          error = t('admin.parity.periodInvalid');
        }
        return tools.page(request, reply, () => ({
          title: t('admin.parity.title'),
          status: error ? 400 : 200,
          body: (
            <ParityPage
              t={t}
              view={{
                action: adminPaths.parity,
                from,
                to,
                error,
                summary: report ? t('admin.parity.summary', { count: report.stories }) : '',
                rows: report ? rowsOf(report, t, request.adminLanguage) : [],
                missing: (report?.missing ?? []).slice(0, MISSING_SHOWN).map((item) => ({
                  title: item.title,
                  language: item.language,
                  languageName: nativeLanguageName(item.language),
                  href: `${adminPaths.story(item.storyId, item.language)}?from=${encodeURIComponent(item.originalLanguage)}`,
                })),
                missingMore: Math.max(0, (report?.missing.length ?? 0) - MISSING_SHOWN),
              }}
            />
          ),
        }));
      },
    );
  };
}

/** The dashboard's card: the last 30 days in one table, for those who may read parity. */
export function parityCard(parity: ParityService, now: () => Date = () => new Date()) {
  return async (request: FastifyRequest, t: Translate): Promise<VNode | null> => {
    if (!can(staffOf(request).role, 'parity.read')) return null;
    const to = dayOf(now());
    const report = await parity.report(dayOf(new Date(now().getTime() - 29 * DAY_MS)), to);
    return (
      <section aria-labelledby="parity-card-heading" class="dashboard-card">
        <h2 id="parity-card-heading">{t('admin.parity.cardTitle')}</h2>
        <p>{t('admin.parity.summary', { count: report.stories })}</p>
        <ParityTable t={t} rows={rowsOf(report, t, request.adminLanguage)} label={t('admin.parity.cardTitle')} />
        <p>
          <a href={adminPaths.parity}>{t('admin.parity.more')}</a>
        </p>
      </section>
    );
  };
}
