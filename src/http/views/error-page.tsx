import type { Translate } from '../../i18n/messages.ts';

export interface ErrorPageProps {
  t: Translate;
  title: string;
  body: string;
  requestId: string | null;
  homeHref: string;
}

export function ErrorPage({ t, title, body, requestId, homeHref }: ErrorPageProps) {
  return (
    <section class="error-page">
      <h1>{title}</h1>
      <p>{body}</p>
      {requestId && <p class="error-page__reference">{t('error.reference', { requestId })}</p>}
      <p>
        <a class="button" href={homeHref}>
          {t('error.backHome')}
        </a>
      </p>
    </section>
  );
}
