import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

await describeOnEachDatabase('health, readiness and metrics', (dialect) => {
  let site: TestApp;
  before(async () => {
    site = await startTestApp(dialect, { seed: true });
  });
  after(() => site?.close());

  it('says it is alive and ready when the database answers with a current schema', async () => {
    const health = await site.app.inject('/healthz');
    assert.equal(health.statusCode, 200);
    assert.equal(health.headers['cache-control'], 'no-store');
    const ready = await site.app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: 'ready' });
  });

  it('reports request durations by route and page cache lookups to Prometheus with the token only', async () => {
    await site.app.inject('/en/');
    await site.app.inject('/en/');
    assert.equal((await site.app.inject('/metrics')).statusCode, 401);
    assert.equal((await site.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-of-some-length' } })).statusCode, 401);
    const metrics = await site.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${site.config.metricsToken}` } });
    assert.equal(metrics.statusCode, 200);
    assert.match(metrics.body, /diwan_http_request_duration_seconds_count\{method="GET",route="\/:lang\/",status="200"\} \d+/);
    assert.match(metrics.body, /diwan_page_cache_lookups_total\{result="miss"\} [1-9]/);
    assert.match(metrics.body, /diwan_page_cache_pages [1-9]/);
    assert.match(metrics.body, /diwan_process_resident_memory_bytes/);
    if (dialect === 'postgres') assert.match(metrics.body, /diwan_db_pool_connections\{state="total"\} \d+/);
  });
});

await describeOnEachDatabase('metrics without a token configured', (dialect) => {
  it('are switched off', async () => {
    const site = await startTestApp(dialect, { config: { metricsToken: null } });
    try {
      assert.equal((await site.app.inject('/metrics')).statusCode, 404);
    } finally {
      await site.close();
    }
  });
});

await describeOnEachDatabase('readiness without the database', (dialect) => {
  it('answers 503 with the reason once the database is gone', async () => {
    const site = await startTestApp(dialect);
    try {
      await site.database.close();
      const ready = await site.app.inject('/readyz');
      assert.equal(ready.statusCode, 503);
      assert.equal(ready.json().status, 'unavailable');
      assert.equal((await site.app.inject('/healthz')).statusCode, 200);
    } finally {
      // Closing the database again does nothing; this also drops the scratch database.
      await site.close();
    }
  });
});
