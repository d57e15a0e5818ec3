/** The engines, their order and budgets, and this month's counters. */
import { CsrfField, DataTable, ErrorSummary, Notice } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface EngineRow {
  id: string;
  name: string;
  position: string;
  budget: string;
  characters: string;
  budgetUse: string;
  hitRate: string;
  segments: string;
}

/** Quality of one engine for one language pair. */
export interface QualityRow {
  name: string;
  pair: string;
  forbidden: string;
  missing: string;
  open: string;
  reports: string;
}

export interface EnginesPageProps {
  t: Translate;
  action: string;
  csrfToken: string;
  saved: boolean;
  errors: Record<string, string>;
  engines: EngineRow[];
  quality: QualityRow[];
  reportsHref: string;
}

function QualityTable({ t, rows, reportsHref }: { t: Translate; rows: QualityRow[]; reportsHref: string }) {
  return (
    <section aria-labelledby="quality-heading">
      <h2 id="quality-heading">{t('admin.translation.quality')}</h2>
      <p>{t('admin.translation.qualityIntro')}</p>
      {rows.length === 0 ? (
        <p>{t('admin.translation.qualityNone')}</p>
      ) : (
        <DataTable
          label={t('admin.translation.quality')}
          columns={[
            t('admin.translation.engine'),
            t('admin.translation.pair'),
            t('admin.translation.forbidden'),
            t('admin.translation.missing'),
            t('admin.translation.openReports'),
            t('admin.translation.allReports'),
          ]}
        >
          {rows.map((row) => (
            <tr>
              <th scope="row">{row.name}</th>
              <td>{row.pair}</td>
              <td class="number">{row.forbidden}</td>
              <td class="number">{row.missing}</td>
              <td class="number">{row.open}</td>
              <td class="number">{row.reports}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <p>
        <a href={reportsHref}>{t('admin.translation.reportsLink')}</a>
      </p>
    </section>
  );
}

export function EnginesPage(props: EnginesPageProps) {
  const { t, engines } = props;
  if (engines.length === 0) return <p>{t('admin.translation.none')}</p>;
  return (
    <>
      <EnginesForm {...props} />
      <QualityTable t={t} rows={props.quality} reportsHref={props.reportsHref} />
    </>
  );
}

function EnginesForm({ t, action, csrfToken, saved, errors, engines }: EnginesPageProps) {
  return (
    <form method="post" action={action} class="admin-form admin-form--wide">
      <ErrorSummary text={Object.keys(errors).length > 0 ? t('admin.error.summary') : null} />
      <Notice text={saved ? t('admin.translation.saved') : null} />
      <CsrfField token={csrfToken} />
      <p>{t('admin.translation.intro')}</p>
      <DataTable
        label={t('admin.translation.title')}
        columns={[
          t('admin.translation.engine'),
          t('admin.translation.position'),
          t('admin.translation.budget'),
          t('admin.translation.characters'),
          t('admin.translation.budgetUse'),
          t('admin.translation.hitRate'),
          t('admin.translation.segments'),
        ]}
      >
        {engines.map((engine, index) => (
          <tr>
            <th scope="row">{engine.name}</th>
            <td>
              <select name={`position.${engine.id}`} aria-label={t('admin.translation.positionOf', { engine: engine.name })}>
                {engines.map((_, i) => (
                  <option value={String(i + 1)} selected={engine.position === String(i + 1) || (!engine.position && i === index)}>
                    {i + 1}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input
                type="text"
                inputmode="numeric"
                name={`budget.${engine.id}`}
                value={engine.budget}
                size={12}
                aria-label={t('admin.translation.budgetOf', { engine: engine.name })}
                aria-invalid={errors[`budget.${engine.id}`] ? 'true' : undefined}
              />
              {errors[`budget.${engine.id}`] && <p class="field__error">{errors[`budget.${engine.id}`]}</p>}
            </td>
            <td class="number">{engine.characters}</td>
            <td class="number">{engine.budgetUse}</td>
            <td class="number">{engine.hitRate}</td>
            <td class="number">{engine.segments}</td>
          </tr>
        ))}
      </DataTable>
      <p class="field__hint">{t('admin.translation.budgetHint')}</p>
      <button type="submit" class="button">
        {t('admin.translation.save')}
      </button>
    </form>
  );
}
