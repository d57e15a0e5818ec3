/**
 * The feedback dashboard for editors and administrators (`/admin/feedback`), hiding and showing
 * comments, the CSV export of the filtered answers, and the survey's settings (administrators).
 */
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { FastifyRequest } from 'fastify';
import type { AdminRoutes } from '../admin/index.ts';
import { adminPaths, can, safeNext, staffOf } from '../admin/index.ts';
import { AppError } from '../http/app-error.ts';
import { formatDateTime } from '../i18n/dates.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { dayOf, type FeedbackService } from './feedback.service.ts';
import { type Granularity, type Group, granularityFor, groupCounts, totalCounts, trend } from './report.ts';
import type { ReportFilter } from './reports.repository.ts';
import { type Summary, summarize } from './statistics.ts';
import { parseSurveySettings, type SettingsForm } from './survey-settings-form.ts';
import { DashboardPage, type FiguresView } from './views/dashboard-page.tsx';
import { SurveySettingsPage } from './views/survey-settings-page.tsx';

interface DashboardQuery {
  from?: string;
  to?: string;
  language?: string;
  section?: string;
  granularity?: Granularity;
  q?: string;
  offset?: number;
}

const DAY = '^(\\d{4}-\\d{2}-\\d{2})?$';
const filterSchema = {
  type: 'object',
  properties: {
    from: { type: 'string', pattern: DAY },
    to: { type: 'string', pattern: DAY },
    language: { type: 'string', maxLength: 35 },
    section: { type: 'string', pattern: '^\\d{0,10}$' },
    granularity: { type: 'string', enum: ['day', 'week', 'month'] },
    q: { type: 'string', maxLength: 200 },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000 },
  },
} as const;

const COMMENTS_PER_PAGE = 25;
const TOP_PAGES = 20;
const EXPORT_BATCH = 1000;
const DEFAULT_DAYS = 30;

function isDay(day: string): boolean {
  return !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** The filter as asked, defaulting to the last 30 days; impossible dates are a 400, not an empty report. */
function readFilter(query: DashboardQuery, languages: readonly string[]): ReportFilter & { granularity: Granularity; q: string } {
  const today = dayOf(new Date());
  const to = query.to || today;
  const from = query.from || dayOf(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * 86_400_000));
  if (!isDay(from) || !isDay(to)) throw AppError.badRequest('Dates must be real calendar days (YYYY-MM-DD)');
  if (from > to) throw AppError.badRequest('The start date must not be after the end date');
  const language = query.language && languages.includes(query.language) ? query.language : null;
  const sectionId = query.section ? Number(query.section) : null;
  return { from, to, language, sectionId, granularity: query.granularity ?? granularityFor(from, to), q: (query.q ?? '').trim() };
}

function queryString(filter: ReturnType<typeof readFilter>, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    from: filter.from,
    to: filter.to,
    language: filter.language ?? '',
    section: filter.sectionId === null ? '' : String(filter.sectionId),
    granularity: filter.granularity,
    ...(filter.q ? { q: filter.q } : {}),
    ...extra,
  }).toString();
}

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
const neutralize = (text: string | null) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export interface FeedbackAdminDeps {
  feedback: FeedbackService;
  settings: SettingsService;
  taxonomy: TaxonomyService;
}

export function feedbackAdminRoutes({ feedback, settings, taxonomy }: FeedbackAdminDeps): AdminRoutes {
  function formatters(language: string) {
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(language);
    const mean = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return { percent: (share: number) => percent.format(share), number: (n: number) => number.format(n), mean: (m: number) => mean.format(m) };
  }

  function figures(summary: Summary, format: ReturnType<typeof formatters>): FiguresView {
    const dash = '—';
    return {
      answers: format.number(summary.count),
      csat: summary.csat === null ? dash : format.percent(summary.csat),
      interval: summary.csatLow === null ? null : { low: format.percent(summary.csatLow), high: format.percent(summary.csatHigh!) },
      mean: summary.mean === null ? dash : format.mean(summary.mean),
    };
  }

  async function sectionNames(language: string): Promise<Map<string, string>> {
    const sections = await taxonomy.terms('section', language);
    return new Map(sections.map((section) => [String(section.id), section.name]));
  }

  function periodLabel(key: string, granularity: Granularity, language: string): string {
    const options: Intl.DateTimeFormatOptions =
      granularity === 'month' ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' };
    return new Intl.DateTimeFormat(language, options).format(new Date(`${key}T00:00:00Z`));
  }

  return (admin, tools) => {
    admin.get<{ Querystring: DashboardQuery }>(
      '/feedback',
      { config: { permission: 'feedback.read' }, schema: { querystring: filterSchema } },
      async (request, reply) => {
        const t = tools.t(request);
        const language = request.adminLanguage;
        const format = formatters(language);
        const filter = readFilter(request.query, settings.current().languages);
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
          groups.map((group) => ({ label: label(group.key), href: href(group.key), ...figures(group.summary, format) }));
        const here = `${adminPaths.feedback}?${queryString(filter, offset ? { offset: String(offset) } : {})}`;
        const page = (at: number) => `${adminPaths.feedback}?${queryString(filter, { offset: String(at) })}#comments-heading`;

        return tools.render(request, reply, {
          title: t('admin.feedback.title'),
          body: (
            <DashboardPage
              t={t}
              dir={directionOf(language)}
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
              overall={{ ...figures(overall, format), count: overall.count }}
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
                newerHref: offset > 0 ? page(Math.max(0, offset - COMMENTS_PER_PAGE)) : null,
                olderHref: offset + COMMENTS_PER_PAGE < comments.total ? page(offset + COMMENTS_PER_PAGE) : null,
              }}
              exportHref={`${adminPaths.feedbackExport}?${queryString(filter)}`}
              settingsHref={can(staffOf(request).role, 'feedback.configure') ? adminPaths.feedbackSettings : null}
              commentAction={adminPaths.feedbackComment}
              backHref={here}
              csrfToken={tools.csrfToken(reply)}
              formatPercent={format.percent}
              formatNumber={format.number}
            />
          ),
        });
      },
    );

    admin.post<{ Params: { id: number }; Body: { hidden: '0' | '1'; back?: string } }>(
      '/feedback/comments/:id',
      {
        config: { permission: 'feedback.read' },
        schema: {
          params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } } },
          body: {
            type: 'object',
            required: ['hidden'],
            properties: { hidden: { type: 'string', enum: ['0', '1'] }, back: { type: 'string', maxLength: 2000 } },
          },
        },
      },
      async (request, reply) => {
        const found = await feedback.setCommentHidden(request.params.id, request.body.hidden === '1');
        if (!found) throw AppError.notFound('No such comment');
        return reply.redirect(safeNext(request.body.back), 303);
      },
    );

    admin.get<{ Querystring: DashboardQuery }>(
      '/feedback/answers.csv',
      { config: { permission: 'feedback.read' }, schema: { querystring: filterSchema } },
      async (request, reply) => {
        const t = tools.t(request);
        const filter = readFilter(request.query, settings.current().languages);
        const labels = feedback.widgetTexts(request.adminLanguage).labels;
        const sections = await taxonomy.termsForEditing('section');
        const sectionSlugs = new Map(sections.map((section) => [section.id, section.slug]));
        // The byte order mark tells spreadsheet programs the file is UTF-8, so Arabic opens as Arabic.
        const csv = stringify({ bom: true, header: true, columns: csvColumns(t) });
        void (async () => {
          let after: { createdAt: string; id: number } | null = null;
          for (;;) {
            const rows = await feedback.exportPage(filter, after, EXPORT_BATCH);
            for (const row of rows) {
              const line = {
                answeredAt: row.createdAt,
                page: row.pagePath,
                language: row.language,
                story: row.storyId ?? '',
                section: row.sectionId === null ? '' : (sectionSlugs.get(row.sectionId) ?? ''),
                machineTranslated: row.machineTranslated ? 'yes' : 'no',
                device: row.device,
                rating: row.rating,
                ratingLabel: labels[row.rating - 1],
                comment: neutralize(row.comment) ?? '',
                commentHidden: row.commentHidden ? 'yes' : 'no',
              };
              if (!csv.write(line)) await once(csv, 'drain');
            }
            if (rows.length < EXPORT_BATCH) break;
            const last = rows.at(-1)!;
            after = { createdAt: last.createdAt, id: last.id };
          }
          csv.end();
        })().catch((error: unknown) => {
          request.log.error({ err: error }, 'feedback export failed');
          csv.destroy(error as Error);
        });
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="feedback-${filter.from}-to-${filter.to}.csv"`)
          .send(csv);
      },
    );

    const renderSettings = (
      request: FastifyRequest,
      reply: Parameters<typeof tools.render>[1],
      form: SettingsForm,
      errors: Record<string, string>,
      saved: boolean,
    ) => {
      const t = tools.t(request);
      return tools.render(request, reply, {
        title: t('admin.feedback.settingsTitle'),
        status: Object.keys(errors).length > 0 ? 400 : 200,
        body: (
          <SurveySettingsPage
            t={t}
            action={adminPaths.feedbackSettings}
            csrfToken={tools.csrfToken(reply)}
            languages={settings
              .current()
              .languages.map((language) => ({ language, name: nativeLanguageName(language), defaults: feedback.defaultTexts(language) }))}
            form={form}
            errors={errors}
            saved={saved}
          />
        ),
      });
    };

    admin.get<{ Querystring: { done?: string } }>(
      '/feedback/settings',
      { config: { permission: 'feedback.configure' }, schema: { querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 20 } } } } },
      async (request, reply) => renderSettings(request, reply, settingsFormOf(feedback), {}, request.query.done === 'saved'),
    );

    admin.post<{ Body: Record<string, string> }>(
      '/feedback/settings',
      { config: { permission: 'feedback.configure' }, schema: { body: { type: 'object', additionalProperties: { type: 'string', maxLength: 1000 } } } },
      async (request, reply) => {
        const parsed = parseSurveySettings(request.body, settings.current().languages, feedback.settings());
        if ('errors' in parsed) return renderSettings(request, reply, request.body, tools.fieldErrors(request, parsed.errors), false);
        await feedback.updateSettings(parsed.settings);
        return reply.redirect(`${adminPaths.feedbackSettings}?done=saved`, 303);
      },
    );
  };
}

function csvColumns(t: Translate) {
  return [
    { key: 'answeredAt', header: t('admin.feedback.csv.answeredAt') },
    { key: 'page', header: t('admin.feedback.csv.page') },
    { key: 'language', header: t('admin.feedback.csv.language') },
    { key: 'story', header: t('admin.feedback.csv.story') },
    { key: 'section', header: t('admin.feedback.csv.section') },
    { key: 'machineTranslated', header: t('admin.feedback.csv.machineTranslated') },
    { key: 'device', header: t('admin.feedback.csv.device') },
    { key: 'rating', header: t('admin.feedback.csv.rating') },
    { key: 'ratingLabel', header: t('admin.feedback.csv.ratingLabel') },
    { key: 'comment', header: t('admin.feedback.csv.comment') },
    { key: 'commentHidden', header: t('admin.feedback.csv.commentHidden') },
  ];
}

function settingsFormOf(feedback: FeedbackService): SettingsForm {
  const current = feedback.settings();
  const form: SettingsForm = { retentionDays: current.commentRetentionDays === null ? '' : String(current.commentRetentionDays) };
  for (const [language, texts] of Object.entries(current.texts)) {
    form[`${language}.heading`] = texts.heading ?? '';
    form[`${language}.question`] = texts.question ?? '';
    (texts.labels ?? []).forEach((label, i) => {
      form[`${language}.label${i + 1}`] = label;
    });
  }
  return form;
}
