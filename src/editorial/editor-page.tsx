/**
 * The story editor page: one language of a story beside its source, with its filing, its workflow
 * moves, its other languages and, when engines are configured, its machine translations.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminTools, adminPaths, can, staffOf } from '../admin/index.ts';
import { directionOf, nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { EditorForm } from './editor-form.ts';
import type { EditableTranslation } from './editorial.service.ts';
import type { EditorialRoutesDeps } from './editorial-deps.ts';
import { canChangeFiling } from './editorial-rules.ts';
import { StoryEditor, type StoryEditorView } from './views/story-editor.tsx';

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

export interface EditorState {
  storyId: number | null;
  language: string;
  sourceLanguage?: string;
  values?: EditorForm;
  errors?: Record<string, string>;
  notice?: string | null;
  status?: number;
  /** Fill the form with the machine translation, to start a human one from it. */
  fromMachine?: boolean;
}

export type EditorPage = (request: FastifyRequest, reply: FastifyReply, state: EditorState) => Promise<FastifyReply>;

export function createEditorPage(deps: EditorialRoutesDeps, tools: AdminTools): EditorPage {
  const { editorial, taxonomy, settings } = deps;

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

  /** The story's machine translations for the side panel, and this language's as a draft to start from. */
  async function machineView(request: FastifyRequest, t: Translate, storyId: number | null, language: string, untranslated: boolean) {
    const machine = deps.machine;
    if (!machine || machine.engines().length === 0 || storyId === null) return { view: null, draft: null };
    const original = await deps.stories.original(storyId);
    const states = await machine.ofStory(storyId, original?.revision ?? null);
    const mayTranslate = can(staffOf(request).role, 'translations.write');
    const draft = untranslated ? await machine.stored(storyId, language) : null;
    const here = adminPaths.story(storyId, language);
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
          reviewAction: mayTranslate && !state.reviewed ? `${adminPaths.story(storyId, state.language)}/machine/review` : null,
        })),
        draftHref: mayTranslate && draft ? `${here}?draft=machine` : null,
        makeAction: mayTranslate && untranslated && !draft && original && original.language !== language ? `${here}/machine` : null,
      },
    };
  }

  /** The latest terminology findings on what the form shows: the person's translation, or the machine's draft. */
  async function findings(t: Translate, storyId: number | null, language: string, origin: 'machine' | 'human', source: EditableTranslation['source']) {
    if (!deps.terminology || storyId === null) return null;
    const original = origin === 'machine' ? await deps.stories.original(storyId) : source;
    if (!original || original.language === language) return null;
    const found = await deps.terminology(storyId, language, origin, original);
    return found.map((finding) => {
      const place = finding.place === 'block' ? t('admin.terminology.place.block', { number: finding.number }) : t(`admin.terminology.place.${finding.place}`);
      if (finding.kind === 'missing') return t('admin.terminology.missing', { place, found: finding.found, expected: finding.expected });
      return finding.expected
        ? t('admin.terminology.forbidden', { place, found: finding.found, expected: finding.expected })
        : t('admin.terminology.forbiddenOnly', { place, found: finding.found });
    });
  }

  return async (request, reply, state) => {
    const t = tools.t(request);
    const user = staffOf(request);
    const { language, storyId } = state;
    const here = storyId === null ? null : adminPaths.story(storyId, language);
    const options = await filingOptions(request.adminLanguage);
    const editable = storyId === null ? null : await editorial.editable(storyId, language, user, state.sourceLanguage);
    const translation = editable?.translation ?? null;
    const machine = await machineView(request, t, storyId, language, translation === null);
    const values = state.values;
    const machineText = state.fromMachine ? machine.draft : null;
    const terminology = await findings(t, storyId, language, translation && !machineText ? 'human' : 'machine', editable?.source ?? null);
    const view = (csrfToken: string): StoryEditorView => ({
      action: here ?? adminPaths.newStory(language),
      editorLabels: JSON.stringify(Object.fromEntries(EDITOR_LABELS.map((key) => [key, t(`admin.editor.${key}`)]))),
      csrfToken,
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
      showStoryFields: editable === null || canChangeFiling(user, editable.story.createdBy),
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
      terminology,
      statusLine: translation ? t('admin.story.currentStatus', { status: t(`admin.status.${translation.status}`) }) : null,
      moves: (editable?.moves ?? []).map((to) => ({ to, label: t(`admin.story.move.${to}`), action: `${here}/status` })),
      links:
        translation && here
          ? [
              { label: t('admin.story.history'), href: `${here}/history` },
              { label: t('admin.story.preview'), href: `${here}/preview` },
              ...(editable?.source ? [{ label: t('admin.xliff.fromEditor'), href: `${adminPaths.xliff}?story=${storyId}&language=${language}` }] : []),
            ]
          : [],
      languages: (editable?.languages ?? [{ language, status: null }]).map((entry) => ({
        name: nativeLanguageName(entry.language),
        state: entry.status ? t(`admin.status.${entry.status}`) : t('admin.story.missing'),
        href: storyId === null ? '#' : adminPaths.story(storyId, entry.language),
        current: entry.language === language,
      })),
    });
    const title =
      storyId === null
        ? t('admin.story.newTitle', { language: nativeLanguageName(language) })
        : translation
          ? t('admin.story.editTitle', { title: translation.title, language: nativeLanguageName(language) })
          : t('admin.story.translateTitle', { language: nativeLanguageName(language) });
    return tools.page(request, reply, ({ csrfToken }) => ({
      title,
      status: state.status,
      scripts: [deps.bodyEditorHref],
      body: <StoryEditor t={t} view={view(csrfToken)} />,
    }));
  };
}
