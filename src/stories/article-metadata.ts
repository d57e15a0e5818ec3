/** schema.org NewsArticle for an article page, so search engines and aggregators read it correctly. */
import type { Article } from './stories.types.ts';

export function newsArticleJsonLd(article: Article, options: { url: string; organizationName: string; imageUrl: string | null; homeUrl: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    inLanguage: article.language,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    mainEntityOfPage: { '@type': 'WebPage', '@id': options.url },
    url: options.url,
    ...(options.imageUrl ? { image: [options.imageUrl] } : {}),
    publisher: { '@type': 'Organization', name: options.organizationName, url: options.homeUrl },
    author: { '@type': 'Organization', name: options.organizationName },
  };
}
