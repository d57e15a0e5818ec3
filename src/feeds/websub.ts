/**
 * WebSub publishing (W3C Recommendation, section 7 leaves it to hubs; this is the common form): when
 * this instance publishes a change, the configured hub — and only it — is told which feeds changed, with
 * one `hub.mode=publish` POST per feed. Pings never hold up the editor who published: they run after,
 * each within a deadline, at most `MAX_TOPICS` per change, and a failure is logged and dropped (the hub
 * still polls).
 */
import type { ContentChange } from '../changes/index.ts';
import type { TermKind } from '../db/schema.ts';
import { FEED_FORMATS, paths } from '../http/urls.ts';

const MAX_TOPICS = 60;
const DEFAULT_TIMEOUT_MS = 5000;

export interface WebSubDeps {
  hub: string;
  publicUrl: URL;
  languages(): string[];
  termsByIds(ids: readonly number[]): Promise<{ id: number; kind: TermKind; slug: string }[]>;
  log: { warn(object: object, message: string): void };
  timeoutMs?: number;
}

export interface WebSubPublisher {
  /** Tells the hub about the feeds a change touched; returns at once. */
  publish(change: ContentChange): void;
  /** Abandons pings under way, sends no more, and returns once they have stopped. */
  close(): Promise<void>;
}

/** The listings a change's keys name, as listing paths: homes by language, sections, tags and Member States in every language. */
async function listingPathsOf(change: ContentChange, deps: WebSubDeps): Promise<string[]> {
  if (!('keys' in change)) return [];
  const homes = change.keys.filter((key) => key.startsWith('home-')).map((key) => paths.home(key.slice('home-'.length)));
  const termIds = change.keys.filter((key) => /^term-\d+$/.test(key)).map((key) => Number(key.slice('term-'.length)));
  const codes = change.keys.filter((key) => key.startsWith('member-state-')).map((key) => key.slice('member-state-'.length));
  const terms = await deps.termsByIds(termIds);
  return [
    ...homes,
    ...deps
      .languages()
      .flatMap((language) => [
        ...terms.map((term) => (term.kind === 'section' ? paths.section : paths.tag)(language, term.slug)),
        ...codes.map((code) => paths.memberState(language, code)),
      ]),
  ];
}

export function createWebSubPublisher(deps: WebSubDeps): WebSubPublisher {
  const running = new Set<Promise<void>>();
  const closing = new AbortController();
  let closed = false;

  async function ping(topic: string): Promise<void> {
    const body = new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topic });
    try {
      const response = await fetch(deps.hub, {
        method: 'POST',
        body,
        signal: AbortSignal.any([AbortSignal.timeout(deps.timeoutMs ?? DEFAULT_TIMEOUT_MS), closing.signal]),
        redirect: 'error',
      });
      await response.body?.cancel();
      if (!response.ok) deps.log.warn({ topic, status: response.status }, 'the WebSub hub refused a publish ping');
    } catch (error) {
      if (!closed) deps.log.warn({ err: error, topic }, 'could not reach the WebSub hub');
    }
  }

  async function publishAll(change: ContentChange): Promise<void> {
    const listings = await listingPathsOf(change, deps);
    const topics = [...new Set(listings.flatMap((path) => FEED_FORMATS.map((format) => new URL(paths.feed(path, format), deps.publicUrl).href)))];
    for (const topic of topics.slice(0, MAX_TOPICS)) {
      if (closed) return;
      await ping(topic);
    }
  }

  return {
    publish(change) {
      if (closed) return;
      const job = publishAll(change)
        .catch((error: unknown) => deps.log.warn({ err: error }, 'WebSub publishing failed'))
        .finally(() => running.delete(job));
      running.add(job);
    },
    async close() {
      closed = true;
      closing.abort();
      await Promise.all(running);
    },
  };
}
