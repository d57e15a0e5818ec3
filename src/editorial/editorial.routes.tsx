/**
 * The newsroom's story pages under /admin/stories: the list with filters, writing a new story,
 * editing or translating one language of a story beside its source, moving it through the workflow,
 * its history with word-level changes and restore, and a preview exactly as visitors will see it.
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AccountsService } from '../accounts/index.ts';
import type { AdminRoutes, AdminTools } from '../admin/index.ts';
import { can, staffOf } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import { formatDateTime } from '../i18n/dates.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { MediaService } from '../media/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { OriginalText, StoriesService } from '../stories/index.ts';
import { type ArticleRenderDeps, renderArticle } from '../stories/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import type { EditorialService, StoryInput, TranslationInput } from './editorial.service.ts';
import { readableText, textChanges } from './revision-diff.ts';
import { HistoryPage, RevisionPage } from './views/history.tsx';
import { StoriesList } from './views/stories-list.tsx';
import { StoryEditor, type StoryEditorView } from './views/story-editor.tsx';

export interface EditorialRoutesDeps extends ArticleRenderDeps {
  /** Where the rich-text editor island is served. */
  bodyEditorHref: string;
  editorial: EditorialService;
  stories: StoriesService;
  taxonomy: TaxonomyService;
  accounts: AccountsService;
  settings: SettingsService;
  media: MediaService;
  /** Machine translations of stories (their feature), when engines are configured. */
  machine?: MachineDrafts;
}

/** What the editor needs of machine translation: each story's state, its drafts, reviews. */
export interface MachineDrafts {
  /** The engines configured; none, and there is nothing to show. */
  engines(): unknown[];
  ofStory(storyId: number, currentRevision: number | null): Promise<{ language: string; engineName: string; reviewed: boolean; outOfDate: boolean }[]>;
  stored(storyId: number, language: string): Promise<{ title: string; summary: string; bodyHtml: string; engineName: string } | null>;
  markReviewed(storyId: number, language: string, userId: number): Promise<boolean>;
  translateNow(source: OriginalText, language: string): Promise<unknown>;
}

const STATUSES: TranslationStatus[] = ['draft', 'review', 'scheduled', 'published', 'archived'];
const EDITOR_LABELS = [
  'toolbar',
  'bold',
  'italic',
  'heading2',
  'heading3',
  'bulletList',
  'orderedList',
  'quote',
  'link',
  'image',
  'undo',
  'redo',
  'linkPrompt',
  'imagePrompt',
  'altPrompt',
  'captionPrompt',
] as const;
const storyPath = (id: number, language: string) => `/admin/stories/${id}/${language}`;
const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const idList = { type: 'array', maxItems: 300, items: { type: 'string', pattern: '^[0-9A-Za-z]{1,12}$' } } as const;
const storyParams = {
  type: 'object',
  properties: { id: { type: 'integer', minimum: 1 }, lang: { type: 'string', minLength: 2, maxLength: 35, pattern: '^[A-Za-z0-9-]+$' } },
  required: ['id', 'lang'],
} as const;

interface EditorBody {
  title?: string;
  slug?: string;
  summary?: string;
  bodyHtml?: string;
  termIds?: string[];
  memberStates?: string[];
  featured?: string;
  heroImageId?: string;
  sourceLanguage?: string;
}

const editorBodySchema = {
  type: 'object',
  properties: {
    _csrf: text(200),
    title: text(1000),
    slug: text(1000),
    summary: text(5000),
    bodyHtml: text(500_000),
    termIds: idList,
    memberStates: idList,
    featured: text(10),
    heroImageId: { type: 'string', pattern: '^[0-9]{0,12}$' },
    sourceLanguage: text(35),
  },
} as const;

function readForm(body: EditorBody): { translation: TranslationInput; story: StoryInput; sourceLanguage: string | undefined } {
  return {
    translation: { title: body.title ?? '', slug: body.slug ?? '', summary: body.summary ?? '', bodyHtml: body.bodyHtml ?? '' },
    story: {
      featured: body.featured === 'on',
      heroImageId: body.heroImageId ? Number(body.heroImageId) : null,
      termIds: (body.termIds ?? []).map(Number).filter(Number.isInteger),
      memberStates: (body.memberStates ?? []).map((code) => code.toUpperCase()),
    },
    sourceLanguage: body.sourceLanguage || undefined,
  };
}

export function editorialRoutes(deps: EditorialRoutesDeps): AdminRoutes {
  const { editorial, taxonomy, accounts, settings } = deps;
  return (admin, tools: AdminTools) => {
    const dateTime = (request: FastifyRequest, iso: string) => formatDateTime(iso, request.adminLanguage);

    admin.get<{ Querystring: { language?: string; status?: string; section?: string; author?: string; q?: string; page?: number } }>(
      '/stories',
      {
        config: { permission: 'admin.enter' },
        schema: {
          querystring: {
            type: 'object',
            properties: {
              language: text(35),
              status: { type: 'string', enum: ['', ...STATUSES] },
              section: { type: 'string', pattern: '^[0-9]{0,9}$' },
              author: { type: 'string', pattern: '^[0-9]{0,9}$' },
              q: text(200),
              page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
            },
          },
        },
      },
      async (request, reply) => {
        const t = tools.t(request);
        const user = staffOf(request);
        const query = request.query;
        const page = query.page ?? 1;
        const filter = {
          language: query.language || undefined,
          status: (query.status || undefined) as TranslationStatus | undefined,
          termId: query.section ? Number(query.section) : undefined,
          authorId: query.author ? Number(query.author) : undefined,
          text: query.q?.trim() || undefined,
        };
        const [list, sections, users] = await Promise.all([
          editorial.list(filter, page),
          taxonomy.terms('section', request.adminLanguage),
          accounts.listUsers(),
        ]);
        const pageHref = (n: number) => {
          const params = new URLSearchParams(
            Object.entries({ ...query, page: String(n) }).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
          );
          return `/admin/stories?${params}`;
        };
        const canWrite = user.role !== 'translator';
        return tools.render(request, reply, {
          title: t('admin.stories.title'),
          body: (
            <StoriesList
              t={t}
              view={{
                action: '/admin/stories',
                filter: {
                  language: query.language ?? '',
                  status: query.status ?? '',
                  section: query.section ?? '',
                  author: query.author ?? '',
                  q: query.q ?? '',
                },
                options: {
                  languages: settings.current().languages.map((l) => ({ value: l, label: nativeLanguageName(l) })),
                  statuses: STATUSES.map((s) => ({ value: s, label: t(`admin.status.${s}`) })),
                  sections: sections.map((s) => ({ value: String(s.id), label: s.name })),
                  authors: users.map((u) => ({ value: String(u.id), label: u.name })),
                },
                newStoryLinks: canWrite
                  ? settings
                      .current()
                      .languages.map((l) => ({ label: `${t('admin.stories.new')} — ${nativeLanguageName(l)}`, href: `/admin/stories/new?language=${l}` }))
                  : [],
                rows: list.rows.map((row) => ({
                  title: row.title,
                  href: storyPath(row.storyId, row.language),
                  language: nativeLanguageName(row.language),
                  status: t(`admin.status.${row.status}`),
                  author: row.authorName ?? '—',
                  updated: dateTime(request, row.updatedAt),
                  updatedIso: row.updatedAt,
                  outOfDate: row.outOfDate,
                })),
                pagination: {
                  previous: list.page > 1 ? pageHref(list.page - 1) : null,
                  next: list.page < list.pages ? pageHref(list.page + 1) : null,
                  status: t('pagination.status', { page: list.page, pages: list.pages }),
                },
              }}
            />
          ),
        });
      },
    );

    async function filingOptions(language: string) {
      const [sections, tags, states, images] = await Promise.all([
        taxonomy.terms('section', language),
        taxonomy.terms('tag', language),
        taxonomy.memberStateIndex(language),
        deps.media.recentImages(language, settings.current().defaultLanguage, 200),
      ]);
      return {
        images: images.map((image) => ({ value: String(image.id), label: image.alt || `#${image.id}` })),
        sections: sections.map((s) => ({ value: String(s.id), label: s.name })),
        tags: tags.map((s) => ({ value: String(s.id), label: s.name })),
        memberStates: states.map((s) => ({ value: s.code, label: s.name })),
      };
    }

    async function editorPage(
      request: FastifyRequest,
      reply: FastifyReply,
      state: {
        storyId: number | null;
        language: string;
        sourceLanguage?: string;
        values?: ReturnType<typeof readForm>;
        errors?: Record<string, string>;
        notice?: string | null;
        status?: number;
        /** Fill the form with the machine translation, to start a human one from it. */
        fromMachine?: boolean;
      },
    ) {
      const t = tools.t(request);
      const user = staffOf(request);
      const { language } = state;
      const options = await filingOptions(request.adminLanguage);
      const editable = state.storyId === null ? null : await editorial.editable(state.storyId, language, user, state.sourceLanguage);
      const translation = editable?.translation ?? null;
      const machine = await machineView(request, state.storyId, language, translation === null);
      const values = state.values;
      const machineText = state.fromMachine ? machine.draft : null;
      const view: StoryEditorView = {
        action: state.storyId === null ? `/admin/stories/new?language=${language}` : storyPath(state.storyId, language),
        editorLabels: JSON.stringify(Object.fromEntries(EDITOR_LABELS.map((key) => [key, t(`admin.editor.${key}`)]))),
        csrfToken: tools.csrfToken(reply),
        language,
        dir: directionOf(language),
        canEdit: editable === null ? true : editable.canEdit,
        values: {
          title: values?.translation.title ?? machineText?.title ?? translation?.title ?? '',
          slug: values?.translation.slug ?? translation?.slug ?? '',
          summary: values?.translation.summary ?? machineText?.summary ?? translation?.summary ?? '',
          bodyHtml: values?.translation.bodyHtml ?? machineText?.bodyHtml ?? translation?.bodyHtml ?? '',
          featured: values?.story.featured ?? editable?.story.featured ?? false,
          termIds: (values?.story.termIds ?? editable?.story.termIds ?? []).map(String),
          memberStates: values?.story.memberStates ?? editable?.story.memberStates ?? [],
          heroImageId: String(values?.story.heroImageId ?? editable?.story.heroImageId ?? ''),
          sourceLanguage: editable?.source?.language ?? '',
        },
        showStoryFields: editable === null || user.role === 'administrator' || user.role === 'editor' || editable.story.createdBy === user.id,
        options,
        errors: state.errors ?? {},
        notice: state.notice ?? null,
        source: editable?.source
          ? {
              language: editable.source.language,
              languageName: nativeLanguageName(editable.source.language),
              dir: directionOf(editable.source.language),
              title: editable.source.title,
              summary: editable.source.summary,
              bodyHtml: editable.source.bodyHtml,
            }
          : null,
        outOfDate: editable?.outOfDate ?? false,
        machine: machine.view,
        statusLine: translation ? t('admin.story.currentStatus', { status: t(`admin.status.${translation.status}`) }) : null,
        moves: (editable?.moves ?? []).map((to) => ({ to, label: t(`admin.story.move.${to}`), action: `${storyPath(state.storyId!, language)}/status` })),
        links: translation
          ? [
              { label: t('admin.story.history'), href: `${storyPath(state.storyId!, language)}/history` },
              { label: t('admin.story.preview'), href: `${storyPath(state.storyId!, language)}/preview` },
            ]
          : [],
        languages: (editable?.languages ?? [{ language, status: null }]).map((entry) => ({
          name: nativeLanguageName(entry.language),
          state: entry.status ? t(`admin.status.${entry.status}`) : t('admin.story.missing'),
          href: state.storyId === null ? '#' : storyPath(state.storyId, entry.language),
          current: entry.language === language,
        })),
      };
      const title =
        state.storyId === null
          ? t('admin.story.newTitle', { language: nativeLanguageName(language) })
          : translation
            ? t('admin.story.editTitle', { title: translation.title, language: nativeLanguageName(language) })
            : t('admin.story.translateTitle', { language: nativeLanguageName(language) });
      return tools.render(request, reply, { title, status: state.status, scripts: [deps.bodyEditorHref], body: <StoryEditor t={t} view={view} /> });
    }

    /** The story's machine translations for the side panel, and this language's as a draft to start from. */
    async function machineView(request: FastifyRequest, storyId: number | null, language: string, untranslated: boolean) {
      const t = tools.t(request);
      const machine = deps.machine;
      if (!machine || machine.engines().length === 0 || storyId === null) return { view: null, draft: null };
      const original = await deps.stories.original(storyId);
      const states = await machine.ofStory(storyId, original?.revision ?? null);
      const mayTranslate = can(staffOf(request).role, 'translations.write');
      const draft = untranslated ? await machine.stored(storyId, language) : null;
      return {
        draft,
        view: {
          entries: states.map((state) => ({
            name: nativeLanguageName(state.language),
            language: state.language,
            state: t('admin.machine.state', {
              engine: state.engineName,
              state: t(state.outOfDate ? 'admin.machine.outOfDate' : state.reviewed ? 'admin.machine.reviewed' : 'admin.machine.notReviewed'),
            }),
            reviewAction: mayTranslate && !state.reviewed ? `${storyPath(storyId, state.language)}/machine/review` : null,
          })),
          draftHref: mayTranslate && draft ? `${storyPath(storyId, language)}?draft=machine` : null,
          makeAction: mayTranslate && untranslated && !draft && original && original.language !== language ? `${storyPath(storyId, language)}/machine` : null,
        },
      };
    }

    const requireLanguage = (language: string | undefined) => {
      if (!language || !settings.current().languages.includes(language)) throw AppError.notFound(`"${String(language).slice(0, 35)}" is not a site language`);
      return language;
    };

    admin.get<{ Querystring: { language?: string } }>(
      '/stories/new',
      { config: { permission: 'stories.write' }, schema: { querystring: { type: 'object', properties: { language: text(35) } } } },
      async (request, reply) =>
        editorPage(request, reply, { storyId: null, language: requireLanguage(request.query.language ?? settings.current().defaultLanguage) }),
    );

    admin.post<{ Querystring: { language?: string }; Body: EditorBody }>(
      '/stories/new',
      { config: { permission: 'stories.write' }, schema: { querystring: { type: 'object', properties: { language: text(35) } }, body: editorBodySchema } },
      async (request, reply) => {
        const language = requireLanguage(request.query.language ?? settings.current().defaultLanguage);
        const form = readForm(request.body);
        try {
          const id = await editorial.createStory(language, form.translation, form.story, staffOf(request));
          return reply.redirect(`${storyPath(id, language)}?done=saved`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return editorPage(request, reply, { storyId: null, language, values: form, errors: tools.fieldErrors(request, error), status: 400 });
        }
      },
    );

    type StoryRoute = { Params: { id: number; lang: string }; Querystring: { done?: string; from?: string; draft?: string } };

    admin.get<StoryRoute>(
      '/stories/:id/:lang',
      {
        config: { permission: 'admin.enter' },
        schema: {
          params: storyParams,
          querystring: { type: 'object', properties: { done: text(20), from: text(35), draft: { type: 'string', enum: ['machine'] } } },
        },
      },
      async (request, reply) => {
        const t = tools.t(request);
        const notices: Record<string, string> = {
          saved: t('admin.story.saved'),
          moved: t('admin.story.moved'),
          restored: t('admin.history.restored'),
          reviewed: t('admin.machine.reviewedNotice'),
        };
        const fromMachine = request.query.draft === 'machine';
        const notice = fromMachine ? t('admin.machine.draftLoaded') : (notices[request.query.done ?? ''] ?? null);
        return editorPage(request, reply, {
          storyId: request.params.id,
          language: requireLanguage(request.params.lang),
          sourceLanguage: request.query.from,
          notice,
          fromMachine,
        });
      },
    );

    admin.post<{ Params: { id: number; lang: string }; Body: EditorBody }>(
      '/stories/:id/:lang',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams, body: editorBodySchema } },
      async (request, reply) => {
        const { id } = request.params;
        const language = requireLanguage(request.params.lang);
        const form = readForm(request.body);
        try {
          await editorial.save(id, language, form.translation, form.story, staffOf(request), form.sourceLanguage);
          return reply.redirect(`${storyPath(id, language)}?done=saved`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return editorPage(request, reply, {
            storyId: id,
            language,
            sourceLanguage: form.sourceLanguage,
            values: form,
            errors: tools.fieldErrors(request, error),
            status: 400,
          });
        }
      },
    );

    admin.post<{ Params: { id: number; lang: string }; Body: { to?: string; publishAt?: string } }>(
      '/stories/:id/:lang/status',
      {
        config: { permission: 'admin.enter' },
        schema: {
          params: storyParams,
          body: { type: 'object', properties: { _csrf: text(200), to: { type: 'string', enum: STATUSES }, publishAt: text(40) }, required: ['to'] },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const language = requireLanguage(request.params.lang);
        const raw = request.body.publishAt?.trim();
        // datetime-local sends "2026-12-01T09:30" without a zone; the form says it is UTC.
        const publishAt = raw ? (/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : `${raw}Z`) : undefined;
        try {
          await editorial.move(id, language, request.body.to as TranslationStatus, staffOf(request), publishAt);
          return reply.redirect(`${storyPath(id, language)}?done=moved`, 303);
        } catch (error) {
          if (!(error instanceof FormError)) throw error;
          return editorPage(request, reply, { storyId: id, language, errors: tools.fieldErrors(request, error), status: 400 });
        }
      },
    );

    admin.post<{ Params: { id: number; lang: string } }>(
      '/stories/:id/:lang/machine/review',
      { config: { permission: 'translations.write' }, schema: { params: storyParams } },
      async (request, reply) => {
        const { id, lang } = request.params;
        if (!deps.machine || !(await deps.machine.markReviewed(id, lang, staffOf(request).id)))
          throw AppError.notFound(`Story ${id} has no machine translation into ${lang}`);
        const original = await deps.stories.original(id);
        return reply.redirect(`${storyPath(id, original?.language ?? settings.current().defaultLanguage)}?done=reviewed`, 303);
      },
    );

    admin.post<{ Params: { id: number; lang: string } }>(
      '/stories/:id/:lang/machine',
      { config: { permission: 'translations.write' }, schema: { params: storyParams } },
      async (request, reply) => {
        const { id } = request.params;
        const language = requireLanguage(request.params.lang);
        const original = await deps.stories.original(id);
        if (!deps.machine || !original) throw AppError.notFound(`Story ${id} has no published original to translate`);
        try {
          await deps.machine.translateNow(original, language);
        } catch (error) {
          const t = tools.t(request);
          return editorPage(request, reply, { storyId: id, language, notice: t('admin.machine.failed', { reason: (error as Error).message }), status: 502 });
        }
        return reply.redirect(`${storyPath(id, language)}?draft=machine`, 303);
      },
    );

    admin.get<{ Params: { id: number; lang: string } }>(
      '/stories/:id/:lang/history',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams } },
      async (request, reply) => {
        const t = tools.t(request);
        const { id } = request.params;
        const language = requireLanguage(request.params.lang);
        const revisions = await editorial.history(id, language);
        return tools.render(request, reply, {
          title: t('admin.history.title', { title: revisions[0]?.title ?? '' }),
          body: (
            <HistoryPage
              t={t}
              view={{
                editHref: storyPath(id, language),
                editLabel: revisions[0]?.title ?? '',
                rows: revisions.map((r) => ({
                  revision: r.revision,
                  href: `${storyPath(id, language)}/revisions/${r.revision}`,
                  status: t(`admin.status.${r.status}`),
                  savedBy: r.savedByName ?? t('admin.audit.system'),
                  savedAt: dateTime(request, r.savedAt),
                  savedAtIso: r.savedAt,
                  title: r.title,
                })),
              }}
            />
          ),
        });
      },
    );

    const revisionParams = {
      ...storyParams,
      properties: { ...storyParams.properties, revision: { type: 'integer', minimum: 1 } },
      required: ['id', 'lang', 'revision'],
    } as const;

    admin.get<{ Params: { id: number; lang: string; revision: number } }>(
      '/stories/:id/:lang/revisions/:revision',
      { config: { permission: 'admin.enter' }, schema: { params: revisionParams } },
      async (request, reply) => {
        const t = tools.t(request);
        const { id, revision } = request.params;
        const language = requireLanguage(request.params.lang);
        const { before, after } = await editorial.revision(id, language, revision);
        const editable = await editorial.editable(id, language, staffOf(request));
        const field = (label: string, pick: (r: { title: string; summary: string; bodyHtml: string; slug: string }) => string) => ({
          label,
          parts: textChanges(before ? pick(before) : '', pick(after)),
        });
        return tools.render(request, reply, {
          title: t('admin.history.compare', { revision }),
          body: (
            <RevisionPage
              t={t}
              view={{
                language,
                dir: directionOf(language),
                first: before === null,
                historyHref: `${storyPath(id, language)}/history`,
                fields: [
                  field(t('admin.story.title'), (r) => r.title),
                  field(t('admin.story.slug'), (r) => r.slug),
                  field(t('admin.story.summary'), (r) => r.summary),
                  field(t('admin.story.body'), (r) => readableText(r.bodyHtml)),
                ],
                restore:
                  editable.canEdit && revision !== editable.translation?.revision
                    ? { action: `${storyPath(id, language)}/revisions/${revision}/restore`, csrfToken: tools.csrfToken(reply) }
                    : null,
              }}
            />
          ),
        });
      },
    );

    admin.post<{ Params: { id: number; lang: string; revision: number } }>(
      '/stories/:id/:lang/revisions/:revision/restore',
      { config: { permission: 'admin.enter' }, schema: { params: revisionParams, body: { type: 'object', properties: { _csrf: text(200) } } } },
      async (request, reply) => {
        const { id, revision } = request.params;
        const language = requireLanguage(request.params.lang);
        await editorial.restore(id, language, revision, staffOf(request));
        return reply.redirect(`${storyPath(id, language)}?done=restored`, 303);
      },
    );

    admin.get<{ Params: { id: number; lang: string } }>(
      '/stories/:id/:lang/preview',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams } },
      async (request, reply) => {
        const language = requireLanguage(request.params.lang);
        const article = await deps.stories.previewArticle(request.params.id, language);
        const html = await renderArticle(deps, article, article.versions[language]!, { robots: 'noindex, nofollow' });
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );
  };
}
