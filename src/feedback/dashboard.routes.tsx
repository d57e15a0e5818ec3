/** The feedback dashboard (`/admin/feedback`): figures, trend, breakdowns and comments, and hiding a comment. */
import { type AdminRoutes, adminPaths, can, safeNext, staffOf } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';
import { idParam } from '../http/schemas.ts';
import { formatDateTime, formatDay } from '../i18n/dates.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import { type DashboardFormats, figuresOf, formatsFor, periodLabel } from './dashboard-formats.ts';
import type { FeedbackAdminDeps } from './feedback-admin-deps.ts';
import { type Group, groupCounts, totalCounts, trend } from './report.ts';
import { boundForDashboard, type DashboardQuery, filterQueryString, filterSchema, MAX_PERIODS, MAX_RANGE_YEARS, readFilter } from './report-filter.ts';
import { summarize } from './statistics.ts';
import { DashboardPage } from './views/dashboard-page.tsx';

const COMMENTS_PER_PAGE = 25;
const TOP_PAGES = 20;

export function feedbackDashboardRoutes({ feedback, settings, taxonomy, audit }: FeedbackAdminDeps): AdminRoutes {
  async function sectionNames(language: string): Promise<Map<string, string>> {
    const sections = await taxonomy.terms('section', language);
    return new Map(sections.map((section) => [String(section.id), section.name]));
  }

  return (admin, tools) => {
    admin.get<{ Querystring: DashboardQuery }>(
      '/feedback',
      { config: { permission: 'feedback.read' }, schema: { querystring: filterSchema } },
      async (request, reply) => {
        const language = request.adminLanguage;
        const format: DashboardFormats = formatsFor(language);
        const { filter, askedFrom, askedGranularity } = boundForDashboard(readFilter(request.query, settings.current().languages));
        const offset = request.query.offset ?? 0;
        const [[all, byDay, byLanguage, bySection, byPage, byOrigin], comments, sections] = await Promise.all([
          feedback.counts(['all', 'day', 'language', 'sectionId', 'pagePath', 'machineTranslated'], filter),
          feedback.comments({ filter, search: filter.q, limit: COMMENTS_PER_PAGE, offset }),
          sectionNames(language),
        ]);
        const counts = totalCounts(all);
        const overall = summarize(counts);
        const labels = feedback.widgetTexts(language).labels;
        const rows = (groups: Group[], label: (key: string) => string, href: (key: string) => string | null = () => null) =>
          groups.map((group) => ({ label: label(group.key), href: href(group.key), ...figuresOf(group.summary, format) }));
        const here = `${adminPaths.feedback}?${filterQueryString(filter, offset ? { offset: String(offset) } : {})}`;
        const commentsAt = (at: number) => `${adminPaths.feedback}?${filterQueryString(filter, { offset: String(at) })}#comments-heading`;

        return tools.page(request, reply, ({ t, csrfToken }) => ({
          title: t('admin.feedback.title'),
          body: (
            <DashboardPage
              t={t}
              dir={directionOf(language)}
              notices={[
                askedFrom &&
                  t('admin.feedback.rangeShortened', { years: MAX_RANGE_YEARS, from: formatDay(filter.from, language), asked: formatDay(askedFrom, language) }),
                askedGranularity && t('admin.feedback.trendCoarsened', { granularity: filter.granularity, max: MAX_PERIODS }),
              ].filter((notice) => notice !== null)}
              action={adminPaths.feedback}
              filter={{
                from: filter.from,
                to: filter.to,
                language: filter.language ?? '',
                section: filter.sectionId === null ? '' : String(filter.sectionId),
                q: filter.q,
                granularity: filter.granularity,
              }}
              languages={settings.current().languages.map((value) => ({ value, label: nativeLanguageName(value) }))}
              sections={[...[...sections].map(([value, label]) => ({ value, label })), { value: '0', label: t('admin.feedback.noSection') }]}
              overall={{ ...figuresOf(overall, format), count: overall.count }}
              distribution={counts.map((count, i) => ({ label: labels[i]!, count, share: overall.shares[i]! }))}
              trend={trend(byDay, filter.from, filter.to, filter.granularity).map((period) => ({
                label: periodLabel(period.key, filter.granularity, language),
                csat: period.summary.csat,
                low: period.summary.csatLow,
                high: period.summary.csatHigh,
                count: period.summary.count,
              }))}
              breakdowns={[
                { id: 'by-language', title: t('admin.feedback.byLanguage'), rows: rows(groupCounts(byLanguage), nativeLanguageName) },
                {
                  id: 'by-section',
                  title: t('admin.feedback.bySection'),
                  rows: rows(groupCounts(bySection), (key) => sections.get(key) ?? t('admin.feedback.noSection')),
                },
                {
                  id: 'by-origin',
                  title: t('admin.feedback.byOrigin'),
                  rows: rows(groupCounts(byOrigin), (key) => (key === '1' ? t('admin.feedback.machinePages') : t('admin.feedback.humanPages'))),
                },
                {
                  id: 'by-page',
                  title: t('admin.feedback.byPage', { count: TOP_PAGES }),
                  rows: rows(
                    groupCounts(byPage).slice(0, TOP_PAGES),
                    (key) => key,
                    (key) => key,
                  ),
                },
              ]}
              comments={{
                rows: comments.rows.map((row) => ({
                  ...row,
                  iso: row.createdAt,
                  when: `${formatDateTime(row.createdAt, language)} UTC`,
                  rating: labels[row.rating - 1]!,
                })),
                total: format.number(comments.total),
                newerHref: offset > 0 ? commentsAt(Math.max(0, offset - COMMENTS_PER_PAGE)) : null,
                olderHref: offset + COMMENTS_PER_PAGE < comments.total ? commentsAt(offset + COMMENTS_PER_PAGE) : null,
              }}
              exportHref={`${adminPaths.feedbackExport}?${filterQueryString(filter)}`}
              settingsHref={can(staffOf(request).role, 'feedback.configure') ? adminPaths.feedbackSettings : null}
              commentAction={adminPaths.feedbackComment}
              backHref={here}
              csrfToken={csrfToken}
              formatPercent={format.percent}
              formatNumber={format.number}
            />
          ),
        }));
      },
    );

    admin.post<{ Params: { id: number }; Body: { hidden: '0' | '1'; back?: string } }>(
      '/feedback/comments/:id',
      {
        config: { permission: 'feedback.read' },
        schema: {
          params: { type: 'object', properties: { id: idParam } },
          body: {
            type: 'object',
            required: ['hidden'],
            properties: { hidden: { type: 'string', enum: ['0', '1'] }, back: { type: 'string', maxLength: 2000 } },
          },
        },
      },
      async (request, reply) => {
        const hidden = request.body.hidden === '1';
        const found = await feedback.setCommentHidden(request.params.id, hidden);
        if (!found) throw new AppError('survey.comment_not_found', 'No such comment');
        await audit.record(staffOf(request).id, hidden ? 'survey_comment.hide' : 'survey_comment.show', `survey_answer:${request.params.id}`);
        return reply.redirect(safeNext(request.body.back), 303);
      },
    );
  };
}
