import { withPage } from '../../http/urls.ts';
import type { Translate } from '../../i18n/messages.ts';

export function Pagination({ t, basePath, page, pages }: { t: Translate; basePath: string; page: number; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      {page > 1 ? (
        <a class="pagination__link" rel="prev" href={withPage(basePath, page - 1)}>
          {t('pagination.previous')}
        </a>
      ) : (
        <span />
      )}
      <span class="pagination__status">{t('pagination.status', { page, pages })}</span>
      {page < pages ? (
        <a class="pagination__link" rel="next" href={withPage(basePath, page + 1)}>
          {t('pagination.next')}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
