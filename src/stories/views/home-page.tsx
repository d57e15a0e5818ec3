import type { FeedLink } from '../../http/feed-links.ts';
import { displayDate } from '../../i18n/dates.ts';
import type { Translate } from '../../i18n/messages.ts';
import { ResponsiveImage } from '../../media/index.ts';
import type { Listing, StoryCard } from '../stories.types.ts';
import { Pagination } from './pagination.tsx';
import { StoryGrid } from './story-card.tsx';
import { SubscribeLinks } from './subscribe-links.tsx';

export interface HomePageProps {
  t: Translate;
  organizationName: string;
  basePath: string;
  featured: StoryCard | null;
  latest: Listing;
  feeds: FeedLink[];
}

export function HomePage({ t, organizationName, basePath, featured, latest, feeds }: HomePageProps) {
  return (
    <>
      <h1 class="visually-hidden">{`${organizationName} — ${t('home.title')}`}</h1>
      {featured && (
        <section class="featured" aria-labelledby="featured-heading">
          <h2 id="featured-heading" class="section-label">
            {t('home.featured')}
          </h2>
          <article class="featured__story">
            {featured.image && (
              <div class="featured__image">
                <ResponsiveImage image={featured.image} sizes="(min-width: 60rem) 36rem, 100vw" eager />
              </div>
            )}
            <div class="featured__text">
              <h3 class="featured__title">
                <a href={featured.href}>{featured.title}</a>
              </h3>
              <p class="card__date">
                <time datetime={featured.date.iso}>{displayDate(featured.date)}</time>
              </p>
              <p class="featured__summary">{featured.summary}</p>
            </div>
          </article>
        </section>
      )}
      <section class="latest" aria-labelledby="latest-heading">
        <h2 id="latest-heading" class="section-label">
          {t('home.latest')}
        </h2>
        {latest.items.length === 0 && !featured ? <p class="empty">{t('home.empty')}</p> : <StoryGrid cards={latest.items} />}
        <Pagination t={t} basePath={basePath} page={latest.page} pages={latest.pages} />
        <SubscribeLinks t={t} feeds={feeds} />
      </section>
    </>
  );
}
