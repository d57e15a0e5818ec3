import type { VNode } from 'preact';
import { displayDate } from '../../i18n/dates.ts';
import type { Translate } from '../../i18n/messages.ts';
import { ResponsiveImage } from '../../media/index.ts';
import type { Article, StoryCard } from '../stories.types.ts';

export interface LabelLink {
  label: string;
  href: string;
}

/** How a story is filed, in the reader's language; supplied by the taxonomy feature. */
export interface StoryLabels {
  sections: LabelLink[];
  memberStates: LabelLink[];
  tags: LabelLink[];
}

export interface ArticlePageProps {
  t: Translate;
  article: Article;
  labels: StoryLabels;
  otherLanguages: { language: string; name: string; href: string }[];
  /** Shown above the article: a machine translation's disclaimer, or why the original is shown. */
  notice?: VNode | null;
}

function LabelList({ title, links }: { title: string; links: LabelLink[] }) {
  if (links.length === 0) return null;
  return (
    <div class="article__labels">
      <h2 class="article__labels-title">{title}</h2>
      <ul class="chips" role="list">
        {links.map((link) => (
          <li>
            <a class="chip" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LatestAside({ t, cards }: { t: Translate; cards: StoryCard[] }) {
  if (cards.length === 0) return null;
  return (
    <aside class="latest-aside" aria-labelledby="latest-aside-heading">
      <h2 id="latest-aside-heading" class="section-label">
        {t('article.latest')}
      </h2>
      <ul class="latest-aside__list" role="list">
        {cards.map((card) => (
          <li>
            <a href={card.href}>{card.title}</a>
            <time datetime={card.date.iso}>{displayDate(card.date)}</time>
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function ArticlePage({ t, article, labels, otherLanguages, notice }: ArticlePageProps) {
  return (
    <div class="article-layout">
      <article class="article" lang={article.language}>
        {notice}
        <header class="article__header">
          {labels.sections[0] && (
            <p class="article__kicker">
              <a href={labels.sections[0].href}>{labels.sections[0].label}</a>
            </p>
          )}
          <h1 class="article__title">{article.title}</h1>
          <p class="article__summary">{article.summary}</p>
          <p class="article__date">
            <time datetime={article.date.iso}>{t('article.published', { date: displayDate(article.date) })}</time>
          </p>
        </header>
        {article.image && (
          <figure class="article__hero">
            <ResponsiveImage image={article.image} sizes="(min-width: 64rem) 44rem, 100vw" eager />
          </figure>
        )}
        <div class="article__body prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <footer class="article__footer">
          <LabelList title={t('article.sections')} links={labels.sections} />
          <LabelList title={t('article.memberStates')} links={labels.memberStates} />
          <LabelList title={t('article.tags')} links={labels.tags} />
          {otherLanguages.length > 0 && (
            <div class="article__labels">
              <h2 class="article__labels-title">{t('article.otherLanguages')}</h2>
              <ul class="chips" role="list">
                {otherLanguages.map((version) => (
                  <li lang={version.language}>
                    <a class="chip" href={version.href} hreflang={version.language}>
                      {version.name}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </footer>
      </article>
      <LatestAside t={t} cards={article.latest} />
    </div>
  );
}
