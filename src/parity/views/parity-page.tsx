/** The parity page: the period, one row per official language, visitors' satisfaction beside it, and what is missing. */
import { DataTable, ErrorSummary } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface ParityRowView {
  language: string;
  name: string;
  human: string;
  reviewedMachine: string;
  unreviewedMachine: string;
  missing: string;
  delay: string;
  outOfDate: string;
  satisfaction: string;
}

export interface ParityPageView {
  action: string;
  from: string;
  to: string;
  error: string | null;
  summary: string;
  rows: ParityRowView[];
  missing: { title: string; language: string; languageName: string; href: string }[];
  missingMore: number;
}

export function ParityTable({ t, rows, label }: { t: Translate; rows: ParityRowView[]; label: string }) {
  return (
    <DataTable
      label={label}
      columns={[
        t('admin.parity.language'),
        t('admin.parity.human'),
        t('admin.parity.reviewedMachine'),
        t('admin.parity.unreviewedMachine'),
        t('admin.parity.missing'),
        t('admin.parity.delay'),
        t('admin.parity.outOfDate'),
        t('admin.parity.satisfaction'),
      ]}
    >
      {rows.map((row) => (
        <tr>
          <th scope="row" lang={row.language}>
            {row.name}
          </th>
          <td class="number">{row.human}</td>
          <td class="number">{row.reviewedMachine}</td>
          <td class="number">{row.unreviewedMachine}</td>
          <td class="number">{row.missing}</td>
          <td class="number">{row.delay}</td>
          <td class="number">{row.outOfDate}</td>
          <td class="number">{row.satisfaction}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ParityPage({ t, view }: { t: Translate; view: ParityPageView }) {
  return (
    <>
      <ErrorSummary text={view.error} />
      <p>{t('admin.parity.intro')}</p>
      <form method="get" action={view.action} class="filter-form">
        <div class="field">
          <label for="parity-from">{t('admin.parity.from')}</label>
          <input id="parity-from" name="from" type="date" value={view.from} required />
        </div>
        <div class="field">
          <label for="parity-to">{t('admin.parity.to')}</label>
          <input id="parity-to" name="to" type="date" value={view.to} required />
        </div>
        <button type="submit" class="button button--secondary">
          {t('admin.parity.show')}
        </button>
      </form>
      <p>{view.summary}</p>
      <ParityTable t={t} rows={view.rows} label={t('admin.parity.title')} />
      <p class="field__hint">{t('admin.parity.notes')}</p>
      <h2>{t('admin.parity.missingHeading')}</h2>
      {view.missing.length === 0 ? (
        <p>{t('admin.parity.nothingMissing')}</p>
      ) : (
        <ul class="plain-list parity-missing">
          {view.missing.map((item) => (
            <li>
              <span dir="auto">{item.title}</span> — <span lang={item.language}>{item.languageName}</span>:{' '}
              <a href={item.href}>{t('admin.parity.addTranslation')}</a>
            </li>
          ))}
        </ul>
      )}
      {view.missingMore > 0 && <p>{t('admin.parity.missingMore', { count: view.missingMore })}</p>}
    </>
  );
}
