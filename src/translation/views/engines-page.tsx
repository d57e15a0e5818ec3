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

export interface EnginesPageProps {
  t: Translate;
  action: string;
  csrfToken: string;
  saved: boolean;
  errors: Record<string, string>;
  engines: EngineRow[];
}

export function EnginesPage({ t, action, csrfToken, saved, errors, engines }: EnginesPageProps) {
  if (engines.length === 0) return <p>{t('admin.translation.none')}</p>;
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
