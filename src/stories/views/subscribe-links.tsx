import { FEED_FORMAT_NAMES, type FeedLink } from '../../http/feed-links.ts';
import type { Translate } from '../../i18n/messages.ts';

/** "Subscribe" to a listing's RSS feed, and its other formats beside it, for readers who look for a feed. */
export function SubscribeLinks({ t, feeds }: { t: Translate; feeds: FeedLink[] }) {
  const [main, ...others] = feeds;
  if (!main) return null;
  return (
    <p class="subscribe">
      <a class="subscribe__link" href={main.href} type={main.type}>
        <svg class="subscribe__icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="3" cy="13" r="2" />
          <path d="M1 6.5a8.5 8.5 0 0 1 8.5 8.5h-2.5A6 6 0 0 0 1 9zM1 1.5A13.5 13.5 0 0 1 14.5 15H12A11 11 0 0 0 1 4z" />
        </svg>
        {t('feed.subscribe')} <span class="subscribe__format">({FEED_FORMAT_NAMES[main.format]})</span>
      </a>
      {others.length > 0 && (
        <span class="subscribe__others">
          {t('feed.otherFormats')}{' '}
          {others.map((feed, i) => (
            <>
              {i > 0 && ' · '}
              <a href={feed.href} type={feed.type}>
                {FEED_FORMAT_NAMES[feed.format]}
              </a>
            </>
          ))}
        </span>
      )}
    </p>
  );
}
