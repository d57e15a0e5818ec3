/**
 * The events that changes to content cause, and the writer that puts them in the webhook outbox inside
 * the very transaction of the change: the event exists exactly when the change committed. Producers
 * (`editorial`, `stories`, `translation`, `feedback`) are given an `Outbox` in their deps by
 * `features.ts`; `webhooks` implements it. The type lives here, in the kernel, so no producer imports
 * `webhooks` and `webhooks` imports none of them.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A translation of a story, as events name it. */
export interface StoryEventData {
  storyId: number;
  language: string;
  slug: string;
}

export type OutboxEvent =
  /** The story's first translation went public. */
  | ({ type: 'story.published' } & StoryEventData)
  /** A public translation's text or the story's filing changed. */
  | ({ type: 'story.updated' } & StoryEventData)
  /** A public translation was taken off the site (archived, or back to draft). */
  | ({ type: 'story.unpublished' } & StoryEventData)
  /** Any translation went public, the first one included. */
  | ({ type: 'translation.published' } & StoryEventData)
  | ({ type: 'translation.machine_reviewed'; engine: string } & StoryEventData)
  /** A visitor's survey answer: never the visitor key. */
  | {
      type: 'survey.answer';
      rating: number;
      comment: string | null;
      pagePath: string;
      language: string;
      storyId: number | null;
      machineTranslated: boolean;
      answeredAt: string;
    };

export type OutboxEventType = OutboxEvent['type'];

export interface Outbox {
  /** Writes the events in `trx`, the transaction of the change that caused them. */
  write(trx: Kysely<Database>, events: readonly OutboxEvent[]): Promise<void>;
}

/** For services built without webhooks (tools, some tests). */
export const noOutbox: Outbox = { write: async () => {} };
