import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Webhook } from 'standardwebhooks';
import type { StaffMember } from '../admin/index.ts';
import { openDatabase } from '../db/database.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver.ts';
import { guardedLookup, isPublicAddress, targetProblem } from './address-guard.ts';
import { postWebhook } from './delivery-client.ts';
import { createDeliveryWorker } from './delivery-worker.ts';
import { createOutbox } from './outbox-writer.ts';
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from './retry-schedule.ts';

const storyInput = (title: string) => ({ title, slug: '', summary: 'S.', bodyHtml: '<p>Body.</p>' });
const filing = { featured: false, heroImageId: null, termIds: [], memberStates: [] };

await describeOnEachDatabase('webhooks', (dialect) => {
  let site: TestApp;
  let receiver: WebhookReceiver;
  let editor: StaffMember;
  let clock: Date;
  const worker = () =>
    createDeliveryWorker({
      db: site.database.db,
      allowPrivate: true,
      log: { warn() {}, info() {} },
      onEndpointStopped: (id, state, reason) => site.features.webhooks.recordStopped(id, state, reason),
      now: () => clock,
      random: () => 0.5,
    });
  const publishStory = async (title: string) => {
    const id = await site.features.editorial.createStory('en', storyInput(title), filing, editor);
    await site.features.editorial.move(id, 'en', 'published', editor);
    return id;
  };
  const endpoint = async (events: string[] = ['story.published', 'translation.published', 'story.updated', 'story.unpublished']) =>
    site.features.webhooks.create({ url: receiver.url, description: 'Test receiver', events }, editor.id);

  before(async () => {
    site = await startTestApp(dialect, { config: { webhooksAllowPrivate: true } });
    editor = await site.features.accounts.createUser(
      { email: 'editor@example.org', name: 'Editor', password: 'a long enough password', role: 'administrator', interfaceLanguage: 'en' },
      null,
    );
  });
  after(async () => {
    await receiver?.close();
    await site?.close();
  });
  beforeEach(async () => {
    await receiver?.close();
    receiver = await startWebhookReceiver();
    // The workers' clock starts a minute ahead, so the events a test makes are already due.
    clock = new Date(Date.now() + 60_000);
    // Each test starts with no endpoint: earlier ones are disabled.
    for (const old of await site.features.webhooks.list())
      await site.database.db.updateTable('webhookEndpoints').set({ state: 'disabled' }).where('id', '=', old.id).execute();
  });

  it('delivers publications signed per Standard Webhooks, verified by the standardwebhooks library', async () => {
    const id = await endpoint();
    const storyId = await publishStory('Signed delivery');
    assert.equal(await worker().tick(), 2);
    assert.deepEqual(
      receiver.received.map((r) => JSON.parse(r.body).type),
      ['story.published', 'translation.published'],
    );
    const { secret } = await site.features.webhooks.find(id);
    assert.match(secret, /^whsec_[A-Za-z0-9+/]{32}$/);
    for (const delivery of receiver.received) {
      const verified = new Webhook(secret).verify(delivery.body, delivery.headers) as { data: Record<string, unknown> };
      assert.equal(verified.data.storyId, storyId);
      assert.equal(verified.data.language, 'en');
      assert.equal(verified.data.url, 'https://news.example.org/en/news/signed-delivery');
      assert.equal(verified.data.apiUrl, `https://news.example.org/api/v1/stories/${storyId}?language=en`);
      assert.match(delivery.headers['webhook-id']!, /^msg_\d+$/);
    }
    assert.throws(() => new Webhook(secret).verify(receiver.received[0]!.body.replace('"language":"en"', '"language":"fr"'), receiver.received[0]!.headers));
    const log = await site.features.webhooks.deliveries(id);
    assert.ok(log.every((d) => d.state === 'delivered' && d.last?.status === 200 && d.last.responseExcerpt === 'answer 200'));
  });

  it('signs with the old and the new secret for a day after a rotation', async () => {
    const id = await endpoint();
    const before = (await site.features.webhooks.find(id)).secret;
    await site.features.webhooks.rotateSecret(id, editor.id);
    const after = (await site.features.webhooks.find(id)).secret;
    await publishStory('After a rotation');
    await worker().tick();
    const delivery = receiver.received[0]!;
    assert.equal(delivery.headers['webhook-signature']!.split(' ').length, 2);
    for (const secret of [before, after]) assert.ok(new Webhook(secret).verify(delivery.body, delivery.headers));
  });

  it('writes nothing for a change no endpoint subscribes to, and the outbox row only when the change commits', async () => {
    await endpoint(['survey.answer']);
    const outbox = () => site.database.db.selectFrom('webhookOutbox').select('id').execute();
    const before = (await outbox()).length;
    await publishStory('Nobody listens');
    assert.equal((await outbox()).length, before);
    await endpoint();
    const outboxWriter = createOutbox({ publicUrl: site.config.publicUrl });
    const id = await site.features.editorial.createStory('en', storyInput('Rolled back'), filing, editor);
    await assert.rejects(
      site.database.db.transaction().execute(async (trx) => {
        await trx.updateTable('translations').set({ status: 'published', publishedAt: new Date().toISOString() }).where('storyId', '=', id).execute();
        await outboxWriter.write(trx, [{ type: 'story.published', storyId: id, language: 'en', slug: 'rolled-back' }]);
        throw new Error('the change fails after its event was written');
      }),
    );
    assert.equal((await outbox()).length, before, 'a change that did not commit leaves no event');
    await publishStory('Committed');
    assert.equal((await outbox()).length, before + 2, 'a committed one leaves its two');
  });

  it('retries a failing receiver on the schedule, then pauses the endpoint and tells the administrators', async () => {
    const id = await endpoint(['story.published']);
    receiver.answer = 503;
    await publishStory('Failing receiver');
    const w = worker();
    const start = clock.getTime();
    let elapsed = 0;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      assert.equal(await w.tick(), 1, `attempt ${attempt} is made at +${elapsed / 1000} s`);
      const [delivery] = await site.features.webhooks.deliveries(id);
      assert.equal(delivery!.attempts, attempt);
      if (attempt === MAX_ATTEMPTS) break;
      const delay = RETRY_DELAYS_MS[attempt - 1]!;
      assert.equal(Date.parse(delivery!.nextAttemptAt!), start + elapsed + delay, `retry ${attempt} after ${delay / 1000} s`);
      clock = new Date(start + elapsed + delay - 1000);
      assert.equal(await w.tick(), 0, 'nothing is sent before its time');
      elapsed += delay;
      clock = new Date(start + elapsed);
    }
    assert.equal(receiver.received.length, MAX_ATTEMPTS);
    assert.ok(elapsed >= 24 * 3_600_000 && elapsed <= 48 * 3_600_000, `over about a day: ${elapsed / 3_600_000} h`);
    const [delivery] = await site.features.webhooks.deliveries(id);
    assert.equal(delivery!.state, 'failed');
    const stopped = await site.features.webhooks.find(id);
    assert.equal(stopped.state, 'paused');
    assert.equal(stopped.stateReason, 'failing');
    assert.ok((await site.features.webhooks.stopped()).some((e) => e.id === id));
    const audit = await site.features.audit.list({ action: 'webhook.paused', limit: 5 });
    assert.equal(audit[0]?.subject, `webhook:${id}`);
    // Resumed, a redelivery goes out at once.
    receiver.answer = 200;
    await site.features.webhooks.setActive(id, true, editor.id);
    await site.features.webhooks.redeliver(id, delivery!.id, editor.id);
    assert.equal(await w.tick(), 1);
    assert.equal((await site.features.webhooks.deliveries(id))[0]!.state, 'delivered');
  });

  it('disables an endpoint that answers 410 Gone, and sends it nothing more', async () => {
    const id = await endpoint(['story.published']);
    receiver.answer = 410;
    await publishStory('Gone receiver');
    await worker().tick();
    const gone = await site.features.webhooks.find(id);
    assert.equal(gone.state, 'disabled');
    assert.equal(gone.stateReason, 'gone');
    await publishStory('After it left');
    clock = new Date(clock.getTime() + 86_400_000);
    assert.equal(await worker().tick(), 0);
    assert.equal(receiver.received.length, 1);
  });

  it('sends a test event to one endpoint on request', async () => {
    const id = await endpoint(['story.published']);
    await site.features.webhooks.sendTest(id, editor.id);
    await worker().tick();
    assert.equal(JSON.parse(receiver.received[0]!.body).type, 'webhook.test');
  });

  it('delivers each event once when two instances’ workers run at the same moment', async () => {
    await endpoint(['story.published']);
    for (let i = 0; i < 12; i++) await publishStory(`Race ${i}`);
    // A second connection to the same database, as another instance has.
    const other = openDatabase(site.config.database);
    try {
      const second = createDeliveryWorker({
        db: other.db,
        allowPrivate: true,
        log: { warn() {}, info() {} },
        onEndpointStopped: async () => {},
        now: () => clock,
      });
      const counts = await Promise.all([worker().tick(), second.tick(), worker().tick(), second.tick()]);
      const ids = receiver.received.map((r) => r.headers['webhook-id']);
      assert.equal(ids.length, 12, `attempts per worker: ${counts.join(', ')}`);
      assert.equal(new Set(ids).size, 12, 'no event was delivered twice');
    } finally {
      await other.close();
    }
  });
});

describe('the webhook address guard', () => {
  it('counts only public unicast addresses as public', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '0.0.0.0',
      '::1',
      'fc00::1',
      'fd00:ec2::254',
      'fe80::1',
      '::ffff:127.0.0.1',
      '224.0.0.1',
      'not an address',
    ])
      assert.equal(isPublicAddress(address), false, address);
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111']) assert.equal(isPublicAddress(address), true, address);
  });

  it('refuses http:, loopback and private addresses unless WEBHOOKS_ALLOW_PRIVATE', () => {
    for (const url of [
      'http://example.org/hook',
      'https://127.0.0.1/hook',
      'https://[::1]/hook',
      'https://10.0.0.5/hook',
      'https://169.254.169.254/latest',
      'https://localhost/x',
      'ftp://example.org',
    ])
      assert.ok(targetProblem(url, false), url);
    assert.equal(targetProblem('https://hooks.example.org/diwan', false), null);
    assert.equal(targetProblem('http://127.0.0.1:9000/hook', true), null);
  });

  it('checks the addresses a name resolves to when connecting, and never connects to a private one', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const refused = await postWebhook(receiver.url, {}, '{}', { allowPrivate: false });
      assert.equal(refused.status, null);
      assert.match(refused.error!, /unsafe target/);
      const lookedUp = await new Promise<Error | null>((resolve) => guardedLookup(false)('localhost', { all: true }, (error) => resolve(error)));
      assert.match(String(lookedUp?.message), /not a public address/);
      assert.equal(receiver.received.length, 0, 'nothing reached the receiver');
      const allowed = await postWebhook(receiver.url, {}, '{}', { allowPrivate: true });
      assert.equal(allowed.status, 200);
    } finally {
      await receiver.close();
    }
  });

  it('does not follow redirects', async () => {
    const receiver = await startWebhookReceiver();
    receiver.answer = 302;
    try {
      const answer = await postWebhook(receiver.url, {}, '{}', { allowPrivate: true });
      assert.equal(answer.status, 302);
      assert.equal(receiver.received.length, 1);
    } finally {
      await receiver.close();
    }
  });
});
