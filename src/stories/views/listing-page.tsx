import type { Translate } from '../../i18n/messages.ts';
import type { Listing } from '../stories.types.ts';
import { Pagination } from './pagination.tsx';
import { StoryGrid } from './story-card.tsx';

/** A titled, paginated list of stories: sections, tags and Member States all look like this. */
export function ListingPage({ t, title, basePath, listing }: { t: Translate; title: string; basePath: string; listing: Listing }) {
  return (
    <section class="listing">
      <header class="listing__header">
        <h1>{title}</h1>
        <p class="listing__count">{t('listing.count', { count: listing.total })}</p>
      </header>
      {listing.items.length === 0 ? <p class="empty">{t('listing.empty')}</p> : <StoryGrid cards={listing.items} headingLevel={2} />}
      <Pagination t={t} basePath={basePath} page={listing.page} pages={listing.pages} />
    </section>
  );
}
