/**
 * Story pages in languages nobody translated them into: the machine translation under its disclaimer
 * (indexable, with hreflang, once an editor reviewed it), or — while the first translation is made, or
 * when the engine is down — the original with a plain notice, never an error page.
 */
import type { FastifyReply } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { sendPage } from '../http/send-page.ts';
import { paths } from '../http/urls.ts';
import { languageNameIn } from '../i18n/locales.ts';
import { catalogLanguage, translatorFor } from '../i18n/messages.ts';
import type { PageRenderer, SettingsService } from '../site/index.ts';
import { type Article, type ArticleRenderDeps, type MachinePages, renderArticle, type StoriesService } from '../stories/index.ts';
import type { MachineTranslationService } from './machine-translation.service.ts';
import { appendToBlocks } from './segments.ts';
import { MachineNotice } from './views/machine-notice.tsx';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
/** Paragraphs get the link; headings keep their text to themselves, and a link under every list item or cell would bury them. */
const WITH_LINK = new Set(['p', 'blockquote', 'figcaption']);

export interface MachinePagesDeps extends ArticleRenderDeps {
  machine: MachineTranslationService;
  stories: StoriesService;
  settings: SettingsService;
  pages: PageRenderer;
  waitMs: number;
}

export function machinePages(deps: MachinePagesDeps): MachinePages {
  const { machine, stories, settings, pages, waitMs } = deps;

  async function versionsOf(article: { originalLanguage: string; originalSlug: string; versions: Record<string, string> }) {
    const targets = await machine.targetsFrom(article.originalLanguage);
    return Object.fromEntries(
      targets.filter((language) => !article.versions[language]).map((language) => [language, paths.article(language, article.originalSlug)]),
    );
  }

  async function reviewedVersionsOf(article: Article): Promise<Record<string, string>> {
    const edition = {
      storyId: article.storyId,
      original: { language: article.originalLanguage, slug: article.originalSlug, revision: article.originalRevision },
      versions: Object.keys(article.versions).map((language) => ({ language })),
    };
    const reviewed = (await machine.reviewedPagesOf([edition])).get(article.storyId) ?? [];
    return Object.fromEntries(reviewed.map((page) => [page.language, page.path]));
  }

  return {
    reaches: (language) => machine.reaches(language),
    versionsOf,
    reviewedVersionsOf,

    async send(reply: FastifyReply, original, language) {
      const path = paths.article(language, original.slug);
      const t = translatorFor(language);
      const nameOf = (other: string) => languageNameIn(other, catalogLanguage(language));
      const originalHref = paths.article(original.language, original.slug);
      const result = await machine.translation(original, language, waitMs);

      if ('ready' in result) {
        const translation = result.ready;
        // Under each paragraph, a plain link to a form for telling the organization what is wrong with it.
        const blocks = new Set(machine.reportableBlocks(original, language));
        let paragraphs = 0;
        const bodyHtml = appendToBlocks(translation.bodyHtml, (block, name) => {
          if (!blocks.has(block) || !WITH_LINK.has(name)) return null;
          const href = paths.translationReport(language, original.slug, block + 1);
          const label = escapeAttribute(t('mt.report.linkLabel', { number: ++paragraphs }));
          return ` <a class="report-link" href="${escapeAttribute(href)}" rel="nofollow" aria-label="${label}">${escapeAttribute(t('mt.report.link'))}</a>`;
        });
        const article = await stories.machineArticle(original.storyId, language, { ...translation, bodyHtml });
        const values = { engine: translation.engineName, language: nameOf(original.language), organization: settings.organizationNameIn(language) };
        const [machineVersions, indexedVersions] = await Promise.all([versionsOf(article), reviewedVersionsOf(article)]);
        const html = await renderArticle(deps, article, path, {
          robots: translation.reviewed ? null : 'noindex',
          machineVersions,
          indexedVersions,
          notice: (
            <MachineNotice
              t={t}
              language={language}
              kind={translation.reviewed ? 'reviewed' : 'machine'}
              text={t(translation.reviewed ? 'mt.disclaimerReviewed' : 'mt.disclaimer', values)}
              originalHref={originalHref}
              originalLanguage={original.language}
            />
          ),
          jsonLd: {
            inLanguage: language,
            translationOfWork: { '@type': 'NewsArticle', '@id': pages.absoluteUrl(originalHref), inLanguage: original.language },
            translator: { '@type': 'Organization', name: translation.engineName },
          },
        });
        return sendPage(reply, html, [contentKeys.story(original.storyId), contentKeys.latest(language)]);
      }

      // The original, said so in the reader's language; not cached, so the translation shows once ready.
      const lookup = await stories.article(original.language, original.slug);
      if (!('found' in lookup)) throw new Error(`the original of story ${original.storyId} vanished`);
      const html = await renderArticle(deps, lookup.found, originalHref, {
        robots: 'noindex',
        notice: (
          <MachineNotice
            t={t}
            language={language}
            kind="original"
            text={t('pending' in result ? 'mt.pending' : 'mt.unavailable', { language: nameOf(language), original: nameOf(original.language) })}
            originalHref={originalHref}
            originalLanguage={original.language}
          />
        ),
      });
      return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
    },
  };
}
