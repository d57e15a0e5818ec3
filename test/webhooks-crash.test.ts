/**
 * Webhooks are never lost: a Diwan process publishes stories through the API while the receiver is down,
 * and is killed with SIGKILL right after the last publication was acknowledged, before anything could be
 * delivered. Two processes are then started on the same database (two instances behind a load balancer):
 * every event is delivered, signed, and each exactly once. An attempt that was in flight when the process
 * died is taken again once its lease (timeout + 15 s) has run out.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { createLocalChangeBus } from '../src/changes/index.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createFeatures } from '../src/features.ts';
import { createScratchDatabase } from '../src/testing/databases.ts';
import { describeOnEachDatabase } from '../src/testing/dialects.ts';
import { freePort } from '../src/testing/free-port.ts';
import { startServerProcess } from '../src/testing/processes.ts';
import { startWebhookReceiver } from '../src/testing/webhook-receiver.ts';

const STORIES = 5;
const PUBLIC_URL = 'https://news.example.org';
const SERVER_ENV = { PUBLIC_URL, WEBHOOKS_ALLOW_PRIVATE: 'true' };

await describeOnEachDatabase('webhooks across a crash', (dialect) => {
  it('delivers every event of changes acknowledged before a SIGKILL, once each, from two restarted instances', async () => {
    const scratch = await createScratchDatabase(dialect);
    const receiverPort = await freePort();
    const { db, close } = openDatabase(scratch.target);
    let token: string;
    let secret: string;
    try {
      await migrateToLatest(db);
      const features = createFeatures(db, { mediaDir: scratch.dir, publicUrl: new URL(PUBLIC_URL), webhooksAllowPrivate: true }, createLocalChangeBus(console));
      await features.settings.load();
      const editor = await features.accounts.createUser(
        { email: 'editor@example.org', name: 'Editor', password: 'a long enough password', role: 'editor', interfaceLanguage: 'en' },
        null,
      );
      token = (await features.apiTokens.create({ userId: editor.id, name: 'Crash test', scopes: ['stories:write'], expiresInDays: 7 }, editor.id)).token;
      const endpointId = await features.webhooks.create(
        { url: `http://127.0.0.1:${receiverPort}/hooks`, description: 'Down for now', events: ['story.published', 'translation.published'] },
        editor.id,
      );
      secret = (await features.webhooks.find(endpointId)).secret;
    } finally {
      await close();
    }

    const first = await startServerProcess(scratch, SERVER_ENV);
    const exited = once(first.child, 'exit');
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    for (let i = 0; i < STORIES; i++) {
      const created = await fetch(`${first.origin}/api/v1/stories`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ language: 'en', title: `Crash story ${i}`, bodyHtml: '<p>Body.</p>' }),
      });
      assert.equal(created.status, 201);
      const { id } = (await created.json()) as { id: number };
      const published = await fetch(`${first.origin}/api/v1/stories/${id}/translations/en/status`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ status: 'published' }),
      });
      assert.equal(published.status, 200);
    }
    first.child.kill('SIGKILL');
    await exited;
    assert.equal(first.child.signalCode, 'SIGKILL');

    const left = openDatabase(scratch.target);
    const pending = await left.db.selectFrom('webhookDeliveries').select(['state', 'attempts']).execute();
    await left.close();
    assert.equal(pending.length, 2 * STORIES, 'every acknowledged publication left its events in the outbox');
    assert.ok(
      pending.every((delivery) => delivery.state === 'pending'),
      'none was delivered before the kill',
    );
    const triedBefore = pending.filter((delivery) => delivery.attempts > 0).length;

    const receiver = await startWebhookReceiver(receiverPort);
    const started = performance.now();
    const restarted = await Promise.all([startServerProcess(scratch, SERVER_ENV), startServerProcess(scratch, SERVER_ENV)]);
    try {
      while (receiver.received.length < 2 * STORIES && performance.now() - started < 45_000) await new Promise((resolve) => setTimeout(resolve, 100));
      const took = Math.round(performance.now() - started);
      // A little longer, so that a second delivery of any event would show.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      console.log(
        `# ${dialect}: ${ids.length} of ${2 * STORIES} events delivered (${new Set(ids).size} distinct) within ${took} ms of restarting two instances; ${triedBefore} had been tried (receiver down) before the kill`,
      );
      assert.equal(ids.length, 2 * STORIES, 'every event arrived');
      assert.equal(new Set(ids).size, 2 * STORIES, 'and each once');
      for (const delivery of receiver.received) assert.ok(new Webhook(secret).verify(delivery.body, delivery.headers));
      const types = receiver.received.map((r) => (JSON.parse(r.body) as { type: string }).type);
      assert.equal(types.filter((type) => type === 'story.published').length, STORIES);
    } finally {
      for (const { child } of restarted) child.kill('SIGTERM');
      await Promise.all(restarted.map(({ child }) => (child.exitCode === null ? once(child, 'exit') : null)));
      await receiver.close();
      await scratch.drop();
    }
  });
});
