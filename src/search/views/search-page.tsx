import { displayDate } from '../../i18n/dates.ts';
import { directionOf, languageNameIn } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/messages.ts';
import { RESULTS_PER_PAGE, type SearchHit, type SearchOutcome, type TextPart } from '../search.types.ts';

export interface FilterOptions {
  sections: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  memberStates: { code: string; name: string }[];
}

export interface SearchPageProps {
  t: Translate;
  language: string;
  action: string;
  outcome: SearchOutcome;
  filters: { section?: string; tag?: string; state?: string; from?: string; to?: string };
  options: FilterOptions;
  /** Links of pages of this search's results, by page number. */
  pageHref(page: number): string;
  /** The same search for other words, without filters, or from another language's pages. */
  fewerWordsHref(query: string): string;
  withoutFiltersHref: string | null;
  otherLanguages: { language: string; href: string }[];
}

/** Text with the matched words in `<mark>`; every part is written as text, so it is escaped. */
function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part) => (part.marked ? <mark>{part.text}</mark> : part.text))}</>;
}

function Select({
  id,
  name,
  label,
  any,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  any: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  return (
    <div class="search-form__field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function SearchForm({ t, action, outcome, filters, options }: SearchPageProps) {
  const filtered = Object.values(filters).some(Boolean);
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too recent for the older phones many readers use; the role says the same.
    <form class="search-form" role="search" method="get" action={action} aria-label={t('search.formLabel')}>
      <div class="search-form__query">
        <label for="search-q">{t('search.queryLabel')}</label>
        <div class="search-form__row">
          <input id="search-q" type="search" name="q" value={outcome.query} maxLength={200} />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </div>
      <details class="search-form__filters" open={filtered}>
        <summary>{t('search.filters')}</summary>
        <div class="search-form__grid">
          <Select
            id="search-section"
            name="section"
            label={t('search.section')}
            any={t('search.any')}
            value={filters.section}
            options={options.sections.map((s) => ({ value: s.slug, label: s.name }))}
          />
          <Select
            id="search-tag"
            name="tag"
            label={t('search.tag')}
            any={t('search.any')}
            value={filters.tag}
            options={options.tags.map((s) => ({ value: s.slug, label: s.name }))}
          />
          <Select
            id="search-state"
            name="state"
            label={t('search.memberState')}
            any={t('search.any')}
            value={filters.state?.toLowerCase()}
            options={options.memberStates.map((s) => ({ value: s.code.toLowerCase(), label: s.name }))}
          />
          <div class="search-form__field">
            <label for="search-from">{t('search.from')}</label>
            <input id="search-from" type="date" name="from" value={filters.from ?? ''} />
          </div>
          <div class="search-form__field">
            <label for="search-to">{t('search.to')}</label>
            <input id="search-to" type="date" name="to" value={filters.to ?? ''} />
          </div>
        </div>
      </details>
    </form>
  );
}

function Result({ t, hit, language }: { t: Translate; hit: SearchHit; language: string }) {
  return (
    <li class="search-result">
      <h3 class="search-result__title" lang={hit.language} dir={directionOf(hit.language)}>
        <a href={hit.href} hreflang={hit.language}>
          <Marked parts={hit.title} />
        </a>
      </h3>
      <p class="search-result__meta">
        <span class="search-result__language">{t('search.resultLanguage', { language: languageNameIn(hit.language, language) })}</span>
        <time datetime={hit.date.iso}>{displayDate(hit.date)}</time>
        {hit.sections.map((section) => (
          <a class="search-result__section" href={section.href}>
            {section.label}
          </a>
        ))}
      </p>
      {hit.snippet.length > 0 && (
        <p class="search-result__snippet" lang={hit.language} dir={directionOf(hit.language)}>
          <Marked parts={hit.snippet} />
        </p>
      )}
    </li>
  );
}

function NoResults(props: SearchPageProps) {
  const { t, outcome, language } = props;
  const suggestions = [
    ...outcome.fewerWords.map((query) => ({ href: props.fewerWordsHref(query), text: t('search.tryFewer', { query }) })),
    ...(props.withoutFiltersHref ? [{ href: props.withoutFiltersHref, text: t('search.tryWithoutFilters') }] : []),
    ...props.otherLanguages.map((other) => ({ href: other.href, text: t('search.tryLanguage', { language: languageNameIn(other.language, language) }) })),
  ];
  return (
    <div class="search__empty">
      <p>{outcome.searched ? t('search.noResults', { query: outcome.query }) : t('search.nothingToFind')}</p>
      {suggestions.length > 0 && (
        <>
          <p>{t('search.suggestions')}</p>
          <ul>
            {suggestions.map((s) => (
              <li>
                <a href={s.href}>{s.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Pages({ t, outcome, pageHref }: SearchPageProps) {
  if (outcome.pages <= 1) return null;
  const { page, pages } = outcome;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <a class="pagination__link" rel="prev" href={pageHref(page - 1)}>
          {t('pagination.previous')}
        </a>
      ) : (
        <span />
      )}
      <span class="pagination__status">{t('pagination.status', { page, pages })}</span>
      {page < pages ? (
        <a class="pagination__link" rel="next" href={pageHref(page + 1)}>
          {t('pagination.next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

export function SearchPage(props: SearchPageProps) {
  const { t, outcome, language } = props;
  return (
    <section class="search">
      <h1>{t('search.title')}</h1>
      <SearchForm {...props} />
      {outcome.query === '' ? (
        <p class="search__prompt">{t('search.prompt')}</p>
      ) : (
        <section class="search__results" aria-labelledby="search-results-title">
          <h2 id="search-results-title" class="search__count">
            {outcome.capped ? t('search.countCapped', { count: outcome.total }) : t('search.count', { count: outcome.total })}
          </h2>
          {outcome.hits.length === 0 ? (
            <NoResults {...props} />
          ) : (
            <ol class="search-results" start={(outcome.page - 1) * RESULTS_PER_PAGE + 1}>
              {outcome.hits.map((hit) => (
                <Result t={t} hit={hit} language={language} />
              ))}
            </ol>
          )}
          <Pages {...props} />
        </section>
      )}
    </section>
  );
}
