import { displayDate } from '../../i18n/dates.ts';
import { ResponsiveImage } from '../../media/index.ts';
import type { StoryCard } from '../stories.types.ts';

const CARD_SIZES = '(min-width: 60rem) 22rem, (min-width: 40rem) 45vw, 100vw';

export function StoryCardView({ card, headingLevel = 3 }: { card: StoryCard; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
      {card.image && (
        <div class="card__image">
          <ResponsiveImage image={card.image} sizes={CARD_SIZES} />
        </div>
      )}
      <div class="card__text">
        <Heading class="card__title">
          <a href={card.href}>{card.title}</a>
        </Heading>
        <p class="card__date">
          <time datetime={card.date.iso}>{displayDate(card.date)}</time>
        </p>
        <p class="card__summary">{card.summary}</p>
      </div>
    </article>
  );
}

export function StoryGrid({ cards, headingLevel }: { cards: StoryCard[]; headingLevel?: 2 | 3 }) {
  return (
    <ul class="card-grid" role="list">
      {cards.map((card) => (
        <li>
          <StoryCardView card={card} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
