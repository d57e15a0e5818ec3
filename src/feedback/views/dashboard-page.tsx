/** The feedback dashboard: filters, headline figures, charts, breakdowns and the comments. */
import { CsrfField, DataTable, Notice } from '../../admin/index.ts';
import type { Direction } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/messages.ts';
import { type DistributionBar, DistributionChart, TrendChart, type TrendPoint } from './charts.tsx';

export interface FiguresView {
  answers: string;
  csat: string;
  /** Formatted bounds, or null when there are no answers. */
  interval: { low: string; high: string } | null;
  mean: string;
}

/** Each bound isolated, so a range reads in order in Arabic too (bounds carry their own direction marks). */
function Range({ interval }: { interval: FiguresView['interval'] }) {
  return interval ? (
    <>
      <bdi>{interval.low}</bdi> – <bdi>{interval.high}</bdi>
    </>
  ) : (
    <>—</>
  );
}

export interface BreakdownView {
  id: string;
  title: string;
  rows: (FiguresView & { label: string; href: string | null })[];
}

export interface CommentView {
  id: number;
  iso: string;
  when: string;
  pagePath: string;
  language: string;
  rating: string;
  comment: string;
  hidden: boolean;
}

export interface DashboardView {
  t: Translate;
  dir: Direction;
  /** What the page changed in the filter asked for, and why. */
  notices: string[];
  action: string;
  filter: { from: string; to: string; language: string; section: string; q: string; granularity: string };
  languages: { value: string; label: string }[];
  sections: { value: string; label: string }[];
  overall: FiguresView & { count: number };
  distribution: DistributionBar[];
  trend: TrendPoint[];
  breakdowns: BreakdownView[];
  comments: { rows: CommentView[]; total: string; olderHref: string | null; newerHref: string | null };
  exportHref: string;
  settingsHref: string | null;
  commentAction: (id: number) => string;
  backHref: string;
  csrfToken: string;
  formatPercent: (share: number) => string;
  formatNumber: (n: number) => string;
}

function Filters({ t, action, filter, languages, sections }: Pick<DashboardView, 't' | 'action' | 'filter' | 'languages' | 'sections'>) {
  const granularities = ['day', 'week', 'month'] as const;
  return (
    <form method="get" action={action} class="filter-bar">
      <label for="filter-from">{t('admin.feedback.from')}</label>
      <input id="filter-from" name="from" type="date" value={filter.from} required />
      <label for="filter-to">{t('admin.feedback.to')}</label>
      <input id="filter-to" name="to" type="date" value={filter.to} required />
      <label for="filter-language">{t('admin.feedback.language')}</label>
      <select id="filter-language" name="language">
        <option value="">{t('admin.feedback.allLanguages')}</option>
        {languages.map((option) => (
          <option value={option.value} selected={option.value === filter.language}>
            {option.label}
          </option>
        ))}
      </select>
      <label for="filter-section">{t('admin.feedback.section')}</label>
      <select id="filter-section" name="section">
        <option value="">{t('admin.feedback.allSections')}</option>
        {sections.map((option) => (
          <option value={option.value} selected={option.value === filter.section}>
            {option.label}
          </option>
        ))}
      </select>
      <label for="filter-granularity">{t('admin.feedback.period')}</label>
      <select id="filter-granularity" name="granularity">
        {granularities.map((value) => (
          <option value={value} selected={value === filter.granularity}>
            {t(`admin.feedback.period.${value}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="button button--secondary">
        {t('admin.feedback.apply')}
      </button>
    </form>
  );
}

function Breakdown({ t, breakdown }: { t: Translate; breakdown: BreakdownView }) {
  return (
    <section aria-labelledby={`${breakdown.id}-heading`}>
      <h2 id={`${breakdown.id}-heading`}>{breakdown.title}</h2>
      {breakdown.rows.length === 0 ? (
        <p>{t('admin.feedback.noAnswers')}</p>
      ) : (
        <DataTable
          label={breakdown.title}
          columns={[t('admin.feedback.group'), t('admin.feedback.answers'), t('admin.feedback.csat'), t('admin.feedback.interval'), t('admin.feedback.mean')]}
        >
          {breakdown.rows.map((row) => (
            <tr>
              <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
              <td class="number">{row.answers}</td>
              <td class="number">{row.csat}</td>
              <td class="number">
                <Range interval={row.interval} />
              </td>
              <td class="number">{row.mean}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}

function Comments({
  t,
  comments,
  filter,
  action,
  commentAction,
  backHref,
  csrfToken,
}: Pick<DashboardView, 't' | 'comments' | 'filter' | 'action' | 'commentAction' | 'backHref' | 'csrfToken'>) {
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('admin.feedback.comments', { count: comments.total })}</h2>
      {/* biome-ignore lint/a11y/useSemanticElements: a form with role=search is the search landmark every browser and reader knows; <search> is newer */}
      <form method="get" action={action} class="filter-bar" role="search">
        {(['from', 'to', 'language', 'section', 'granularity'] as const).map((name) => (
          <input type="hidden" name={name} value={filter[name]} />
        ))}
        <label for="comment-search">{t('admin.feedback.search')}</label>
        <input id="comment-search" name="q" type="search" value={filter.q} maxLength={200} dir="auto" />
        <button type="submit" class="button button--secondary">
          {t('admin.feedback.searchButton')}
        </button>
      </form>
      {comments.rows.length === 0 ? (
        <p>{t('admin.feedback.noComments')}</p>
      ) : (
        <DataTable
          label={t('admin.feedback.commentsTable')}
          columns={[
            t('admin.feedback.when'),
            t('admin.feedback.page'),
            t('admin.feedback.rating'),
            t('admin.feedback.comment'),
            t('admin.feedback.visibility'),
          ]}
        >
          {comments.rows.map((row) => (
            <tr class={row.hidden ? 'feedback-comment--hidden' : undefined}>
              <td>
                <time datetime={row.iso}>{row.when}</time>
              </td>
              <td dir="ltr">
                <a href={row.pagePath}>{row.pagePath}</a>
              </td>
              <td>{row.rating}</td>
              <td dir="auto" lang={row.language} class="feedback-comment">
                {row.comment}
              </td>
              <td>
                <form method="post" action={commentAction(row.id)}>
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="hidden" value={row.hidden ? '0' : '1'} />
                  <input type="hidden" name="back" value={backHref} />
                  {row.hidden && <span class="badge">{t('admin.feedback.hiddenLabel')} </span>}
                  <button type="submit" class="button button--secondary button--small">
                    {row.hidden ? t('admin.feedback.unhide') : t('admin.feedback.hide')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav class="pagination" aria-label={t('admin.feedback.commentPages')}>
        {comments.newerHref && <a href={comments.newerHref}>{t('admin.feedback.newer')}</a>}
        {comments.olderHref && <a href={comments.olderHref}>{t('admin.feedback.older')}</a>}
      </nav>
    </section>
  );
}

export function DashboardPage(view: DashboardView) {
  const { t, overall } = view;
  return (
    <>
      <Filters {...view} />
      {view.notices.map((notice) => (
        <Notice text={notice} />
      ))}
      <p class="action-row">
        <a class="button button--secondary" href={view.exportHref} download>
          {t('admin.feedback.export')}
        </a>
        {view.settingsHref && (
          <a class="button button--secondary" href={view.settingsHref}>
            {t('admin.feedback.settings')}
          </a>
        )}
      </p>
      <section aria-labelledby="headline-heading">
        <h2 id="headline-heading" class="visually-hidden">
          {t('admin.feedback.headline')}
        </h2>
        <dl class="figures">
          <div>
            <dt>{t('admin.feedback.csat')}</dt>
            <dd>
              <strong>{overall.csat}</strong>{' '}
              <span>
                {t('admin.feedback.intervalText')} <Range interval={overall.interval} />
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('admin.feedback.answers')}</dt>
            <dd>
              <strong>{overall.answers}</strong>
            </dd>
          </div>
          <div>
            <dt>{t('admin.feedback.mean')}</dt>
            <dd>
              <strong>{overall.mean}</strong> <span>{t('admin.feedback.outOfFive')}</span>
            </dd>
          </div>
        </dl>
        <p class="field__hint">{t('admin.feedback.csatHelp')}</p>
      </section>
      {overall.count === 0 ? (
        <p>{t('admin.feedback.noAnswers')}</p>
      ) : (
        <div class="chart-grid">
          <figure class="chart">
            <DistributionChart
              id="distribution"
              title={t('admin.feedback.distribution')}
              description={t('admin.feedback.distributionDescription')}
              dir={view.dir}
              bars={view.distribution}
              formatPercent={view.formatPercent}
              formatNumber={view.formatNumber}
            />
          </figure>
          <figure class="chart">
            <TrendChart
              id="trend"
              title={t('admin.feedback.trend')}
              description={t('admin.feedback.trendDescription')}
              dir={view.dir}
              points={view.trend}
              formatPercent={view.formatPercent}
              emptyText={t('admin.feedback.noAnswers')}
            />
          </figure>
        </div>
      )}
      {view.breakdowns.map((breakdown) => (
        <Breakdown t={t} breakdown={breakdown} />
      ))}
      <Comments {...view} />
    </>
  );
}
