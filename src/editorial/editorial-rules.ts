/**
 * Who may change a translation, and which status moves each role may make. Publishing is per
 * translation: moving one language never moves another.
 */

import type { StaffMember } from '../admin/index.ts';
import { can } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';

export interface TranslationFacts {
  /** Who created the story; authors may edit only their own. */
  storyCreatedBy: number | null;
  /** Null when the translation does not exist yet. */
  translation: { status: TranslationStatus; createdBy: number | null } | null;
  /** True for the story's first translation, the one others are translated from. */
  isOriginal: boolean;
}

export function canEdit(user: StaffMember, facts: TranslationFacts): boolean {
  if (can(user.role, 'stories.publish')) return true;
  const { translation } = facts;
  const draft = translation === null || translation.status === 'draft';
  if (user.role === 'author') return draft && facts.storyCreatedBy === user.id;
  if (user.role === 'translator') return draft && !facts.isOriginal && (translation === null || translation.createdBy === user.id);
  return false;
}

/** A story's filing (sections, tags, Member States, hero image, featured) is changed by publishers and by its own author. */
export function canChangeFiling(user: StaffMember, storyCreatedBy: number | null): boolean {
  return can(user.role, 'stories.publish') || storyCreatedBy === user.id;
}

const EDITOR_MOVES: Record<TranslationStatus, TranslationStatus[]> = {
  draft: ['review', 'scheduled', 'published'],
  review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'published'],
  published: ['archived'],
  archived: ['draft'],
};

/** The statuses `user` may move an existing translation to. */
export function allowedMoves(user: StaffMember, facts: TranslationFacts): TranslationStatus[] {
  const current = facts.translation?.status;
  if (!current) return [];
  if (can(user.role, 'stories.publish')) return EDITOR_MOVES[current];
  // Writers submit their own drafts for review, and may take them back while they wait.
  const own = user.role === 'author' ? facts.storyCreatedBy === user.id : facts.translation?.createdBy === user.id;
  if (!own) return [];
  if (current === 'draft' && canEdit(user, facts)) return ['review'];
  if (current === 'review') return ['draft'];
  return [];
}
