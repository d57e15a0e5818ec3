/** The CSV export of the answers a dashboard filter selects, streamed in pages. */
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { AdminRoutes } from '../admin/index.ts';
import type { Translate } from '../i18n/messages.ts';
import type { FeedbackAdminDeps } from './feedback-admin-deps.ts';
import { type DashboardQuery, filterSchema, readFilter } from './report-filter.ts';

const EXPORT_BATCH = 1000;

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe keeps them text. */
const neutralize = (text: string | null) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const COLUMNS = [
  'answeredAt',
  'page',
  'language',
  'story',
  'section',
  'machineTranslated',
  'device',
  'rating',
  'ratingLabel',
  'comment',
  'commentHidden',
] as const;

const csvColumns = (t: Translate) => COLUMNS.map((key) => ({ key, header: t(`admin.feedback.csv.${key}`) }));

export function answersExportRoutes({ feedback, settings, taxonomy }: FeedbackAdminDeps): AdminRoutes {
  return (admin, tools) => {
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
  };
}
