/** The story editor's form as posted, its schema, and the route parameters every story page shares. */
import type { TranslationStatus } from '../db/schema.ts';
import { idParam } from '../http/schemas.ts';
import type { StoryInput, TranslationInput } from './editorial.service.ts';

export const STATUSES: TranslationStatus[] = ['draft', 'review', 'scheduled', 'published', 'archived'];

export const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const idList = { type: 'array', maxItems: 300, items: { type: 'string', pattern: '^[0-9A-Za-z]{1,12}$' } } as const;

export const storyParams = {
  type: 'object',
  properties: { id: idParam, lang: { type: 'string', minLength: 2, maxLength: 35, pattern: '^[A-Za-z0-9-]+$' } },
  required: ['id', 'lang'],
} as const;

export type StoryParams = { id: number; lang: string };

export interface EditorBody {
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

export const editorBodySchema = {
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

export interface EditorForm {
  translation: TranslationInput;
  story: StoryInput;
  sourceLanguage: string | undefined;
}

export function readEditorForm(body: EditorBody): EditorForm {
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
