/**
 * Announces content changes to everything that keeps a copy of content (page cache, settings,
 * menus) — in this process, and, on PostgreSQL, in every other instance sharing the database.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ContentChange } from './content-keys.ts';

/** Drops copies derived from content (rendered pages, menus); must not wait. */
export type Invalidator = (change: ContentChange) => void;
/** Re-reads a copy kept in memory (site settings) that pages are rendered from. */
export type Reloader = (change: ContentChange) => Promise<void>;
/** Acts once on a change this instance made (telling a WebSub hub); must not wait or throw. */
export type PublishObserver = (change: ContentChange) => void;

export interface ChangeBus {
  /** Call after the change is committed, so listeners that reload read the new state. */
  publish(change: ContentChange): Promise<void>;
  onInvalidate(invalidator: Invalidator): void;
  onReload(reloader: Reloader): void;
  /** Told only of the changes published here, after they were delivered: what must happen once, not once per instance. */
  onPublished(observer: PublishObserver): void;
  close(): Promise<void>;
}

/**
 * Delivers a change in this process: invalidators run at once, then reloaders, then invalidators
 * again, so a page rendered from not-yet-reloaded settings in between is dropped too.
 */
export function createListenerSet(onReloadError: (error: unknown) => void) {
  const invalidators = new Set<Invalidator>();
  const reloaders = new Set<Reloader>();
  const observers = new Set<PublishObserver>();
  return {
    async deliver(change: ContentChange) {
      for (const invalidate of invalidators) invalidate(change);
      if (reloaders.size === 0) return;
      const results = await Promise.allSettled([...reloaders].map((reload) => reload(change)));
      for (const result of results) if (result.status === 'rejected') onReloadError(result.reason);
      for (const invalidate of invalidators) invalidate(change);
    },
    onInvalidate: (invalidator: Invalidator) => void invalidators.add(invalidator),
    onReload: (reloader: Reloader) => void reloaders.add(reloader),
    onPublished: (observer: PublishObserver) => void observers.add(observer),
    /** Call once a change published here has been delivered. */
    published(change: ContentChange) {
      for (const observe of observers) observe(change);
    },
  };
}

/** For one instance (SQLite): changes only need to reach this process. */
export function createLocalChangeBus(log: Pick<FastifyBaseLogger, 'error'>): ChangeBus {
  const listeners = createListenerSet((error) => log.error({ err: error }, 'reloading after a content change failed'));
  return {
    async publish(change) {
      await listeners.deliver(change);
      listeners.published(change);
    },
    onInvalidate: listeners.onInvalidate,
    onReload: listeners.onReload,
    onPublished: listeners.onPublished,
    close: async () => {},
  };
}
