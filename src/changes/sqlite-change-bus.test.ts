import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createScratchDatabase, type ScratchDatabase } from '../testing/databases.ts';
import type { ChangeBus } from './change-bus.ts';
import type { ContentChange } from './content-keys.ts';
import { createSqliteChangeBus } from './sqlite-change-bus.ts';

describe('content changes between processes on one SQLite file', () => {
  let scratch: ScratchDatabase;
  const handles: ReturnType<typeof openDatabase>[] = [];
  const buses: ChangeBus[] = [];

  /** A bus over its own connection, as another process would open the file. */
  async function process(): Promise<{ bus: ChangeBus; heard: ContentChange[] }> {
    const handle = openDatabase(scratch.target);
    handles.push(handle);
    const bus = await createSqliteChangeBus(handle.db, console);
    buses.push(bus);
    const heard: ContentChange[] = [];
    bus.onInvalidate((change) => heard.push(change));
    return { bus, heard };
  }

  before(async () => {
    scratch = await createScratchDatabase('sqlite');
    const handle = openDatabase(scratch.target);
    await migrateToLatest(handle.db);
    await handle.close();
  });
  after(async () => {
    for (const bus of buses) await bus.close();
    for (const handle of handles) await handle.close();
    await scratch.drop();
  });

  it('reaches every other process within a second (a few tens of ms when the machine is idle), and the publisher only once', async () => {
    const [a, b, c] = [await process(), await process(), await process()];
    const change = { keys: ['story-7', 'home-ar'] };
    const started = performance.now();
    await a.bus.publish(change);
    while ((b.heard.length === 0 || c.heard.length === 0) && performance.now() - started < 2000) await new Promise((resolve) => setTimeout(resolve, 5));
    const elapsed = performance.now() - started;
    assert.deepEqual(b.heard, [change]);
    assert.deepEqual(c.heard, [change]);
    assert.ok(elapsed < 1000, `took ${Math.round(elapsed)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(a.heard, [change], 'the publisher delivers its own change at once, and does not read it back');
  });

  it('tells a process started later nothing of what happened before it', async () => {
    const late = await process();
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.deepEqual(late.heard, []);
  });
});
