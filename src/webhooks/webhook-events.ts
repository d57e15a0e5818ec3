/**
 * The events endpoints subscribe to, and the small JSON body each delivery carries: ids, language, the
 * public address and the API address to fetch the rest from. Bodies follow the Standard Webhooks shape
 * `{ type, timestamp, data }`.
 */
import type { OutboxEvent, OutboxEventType } from '../db/outbox.ts';
import { paths } from '../http/urls.ts';

/** Every event an endpoint may subscribe to, in the order the admin lists them. */
export const EVENT_TYPES: readonly OutboxEventType[] = [
  'story.published',
  'story.updated',
  'story.unpublished',
  'translation.published',
  'translation.machine_reviewed',
  'survey.answer',
];

/** Checked for a new endpoint; `survey.answer` carries visitors' words and is only sent to those who ask for it. */
export const DEFAULT_EVENT_TYPES: readonly OutboxEventType[] = EVENT_TYPES.filter((type) => type !== 'survey.answer');

/** The event "send a test event" sends, which no change causes. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const isEventType = (value: string): value is OutboxEventType => (EVENT_TYPES as readonly string[]).includes(value);

export interface WebhookBody {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

export function bodyOf(event: OutboxEvent, publicUrl: URL, at: string): WebhookBody {
  const absolute = (path: string) => new URL(path, publicUrl).toString();
  if (event.type === 'survey.answer') {
    const { type, ...answer } = event;
    return {
      type,
      timestamp: at,
      data: {
        ...answer,
        pageUrl: absolute(answer.pagePath),
        apiUrl: answer.storyId === null ? null : absolute(paths.apiStory(answer.storyId, answer.language)),
      },
    };
  }
  const { type, slug, ...story } = event;
  return {
    type,
    timestamp: at,
    data: { ...story, slug, url: absolute(paths.article(story.language, slug)), apiUrl: absolute(paths.apiStory(story.storyId, story.language)) },
  };
}

export function testBody(endpointId: number, at: string): WebhookBody {
  return { type: TEST_EVENT_TYPE, timestamp: at, data: { endpointId, message: 'A test event sent from the newsroom.' } };
}
