import type { FeedLink } from '../../http/feed-links.ts';
import type { Translate } from '../../i18n/messages.ts';
import type { Listing } from '../stories.types.ts';
import { Pagination } from './pagination.tsx';
import { StoryGrid } from './story-card.tsx';
import { SubscribeLinks } from './subscribe-links.tsx';

/** A titled, paginated list of stories: sections, tags and Member States all look like this. */
export interface ListingPageProps {
  t: Translate;
  title: string;
  basePath: string;
  listing: Listing;
  feeds: FeedLink[];
}

export function ListingPage({ t, title, basePath, listing, feeds }: ListingPageProps) {
  return (
    <section class="listing">
      <header class="listing__header">
        <h1>{title}</h1>
        <p class="listing__count">{t('listing.count', { count: listing.total })}</p>
        <SubscribeLinks t={t} feeds={feeds} />
      </header>
      {listing.items.length === 0 ? <p class="empty">{t('listing.empty')}</p> : <StoryGrid cards={listing.items} headingLevel={2} />}
      <Pagination t={t} basePath={basePath} page={listing.page} pages={listing.pages} />
    </section>
  );
}
