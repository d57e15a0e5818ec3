import { DataTable } from '../../admin/index.ts';
import type { Translate } from '../../i18n/messages.ts';

export interface Option {
  value: string;
  label: string;
}

export interface StoriesListView {
  action: string;
  filter: { language: string; status: string; section: string; author: string; q: string };
  options: { languages: Option[]; statuses: Option[]; sections: Option[]; authors: Option[] };
  newStoryLinks: { label: string; href: string }[];
  rows: { title: string; href: string; language: string; status: string; author: string; updated: string; updatedIso: string; outOfDate: boolean }[];
  pagination: { previous: string | null; next: string | null; status: string };
}

function FilterSelect({ name, label, value, options, any }: { name: string; label: string; value: string; options: Option[]; any: string }) {
  return (
    <>
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </>
  );
}

export function StoriesList({ t, view }: { t: Translate; view: StoriesListView }) {
  const any = t('admin.stories.any');
  return (
    <>
      {view.newStoryLinks.length > 0 && (
        <p class="action-row">
          {view.newStoryLinks.map((link) => (
            <a class="button" href={link.href}>
              {link.label}
            </a>
          ))}
        </p>
      )}
      <form method="get" action={view.action} class="filter-bar">
        <FilterSelect name="language" label={t('admin.stories.language')} value={view.filter.language} options={view.options.languages} any={any} />
        <FilterSelect name="status" label={t('admin.stories.status')} value={view.filter.status} options={view.options.statuses} any={any} />
        <FilterSelect name="section" label={t('admin.stories.section')} value={view.filter.section} options={view.options.sections} any={any} />
        <FilterSelect name="author" label={t('admin.stories.author')} value={view.filter.author} options={view.options.authors} any={any} />
        <label for="filter-q">{t('admin.stories.search')}</label>
        <input id="filter-q" name="q" type="search" value={view.filter.q} maxLength={200} dir="auto" />
        <button type="submit" class="button button--secondary">
          {t('admin.audit.filter')}
        </button>
      </form>
      {view.rows.length === 0 ? (
        <p>{t('admin.stories.empty')}</p>
      ) : (
        <DataTable
          label={t('admin.stories.title')}
          columns={[t('admin.stories.story'), t('admin.stories.language'), t('admin.stories.status'), t('admin.stories.author'), t('admin.stories.updated')]}
        >
          {view.rows.map((row) => (
            <tr>
              <td>
                <a href={row.href} dir="auto">
                  {row.title}
                </a>
                {row.outOfDate && <span class="badge">{t('admin.stories.outOfDate')}</span>}
              </td>
              <td>{row.language}</td>
              <td>{row.status}</td>
              <td>{row.author}</td>
              <td>
                <time datetime={row.updatedIso}>{row.updated}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav class="pagination" aria-label={t('pagination.label')}>
        {view.pagination.previous && <a href={view.pagination.previous}>{t('pagination.previous')}</a>}
        <span>{view.pagination.status}</span>
        {view.pagination.next && <a href={view.pagination.next}>{t('pagination.next')}</a>}
      </nav>
    </>
  );
}
