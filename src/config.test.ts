import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, VARIABLES } from './config.ts';

function failure(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('configuration was accepted');
}

describe('configuration', () => {
  it('runs with no variables at all: port 3000, SQLite under ./data, demo content on', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.deepEqual(config.database, { kind: 'sqlite', file: path.resolve('data', 'diwan.sqlite') });
    assert.equal(config.publicUrl.origin, 'http://localhost:3000');
    assert.equal(config.seedDemo, true);
    assert.equal(config.admin, null);
  });

  it('selects PostgreSQL from a postgres:// DATABASE_URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://diwan@db.internal:5432/diwan' });
    assert.deepEqual(config.database, { kind: 'postgres', url: 'postgres://diwan@db.internal:5432/diwan' });
  });

  it('names the variable when a value is wrong', () => {
    assert.equal(failure({ PORT: 'eighty' }).variable, 'PORT');
    assert.equal(failure({ PORT: '70000' }).variable, 'PORT');
    assert.equal(failure({ DATABASE_URL: 'mysql://localhost/db' }).variable, 'DATABASE_URL');
    assert.equal(failure({ PUBLIC_URL: 'news.example.org' }).variable, 'PUBLIC_URL');
    assert.equal(failure({ PUBLIC_URL: 'https://example.org/news' }).variable, 'PUBLIC_URL');
    assert.equal(failure({ LOG_LEVEL: 'loud' }).variable, 'LOG_LEVEL');
    assert.equal(failure({ DIWAN_SEED_DEMO: 'maybe' }).variable, 'DIWAN_SEED_DEMO');
  });

  it('requires the first administrator’s email and password together, and a long enough password', () => {
    assert.equal(failure({ DIWAN_ADMIN_EMAIL: 'admin@example.org' }).variable, 'DIWAN_ADMIN_PASSWORD');
    assert.equal(failure({ DIWAN_ADMIN_PASSWORD: 'correct horse battery' }).variable, 'DIWAN_ADMIN_EMAIL');
    assert.equal(failure({ DIWAN_ADMIN_EMAIL: 'admin@example.org', DIWAN_ADMIN_PASSWORD: 'short' }).variable, 'DIWAN_ADMIN_PASSWORD');
    const config = loadConfig({ DIWAN_ADMIN_EMAIL: 'admin@example.org', DIWAN_ADMIN_PASSWORD: 'correct horse battery' });
    assert.deepEqual(config.admin, { email: 'admin@example.org', password: 'correct horse battery' });
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', () => {
    assert.equal(loadConfig({}).trustProxy, false);
    assert.deepEqual(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy, ['127.0.0.1', '10.0.0.0/8']);
    assert.equal(loadConfig({ TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(failure({ TRUST_PROXY: 'nginx.internal' }).variable, 'TRUST_PROXY');
  });

  it('documents every setting: each Config key has an entry with a name, description and default', () => {
    assert.deepEqual(Object.keys(loadConfig({})), Object.keys(VARIABLES));
    for (const [key, variable] of Object.entries(VARIABLES)) {
      assert.match(variable.name, /^[A-Z][A-Z0-9_]*\b/, `${key} has no variable name`);
      assert.ok(variable.description.trim(), `${key} (${variable.name}) has no description`);
      assert.ok(variable.defaultText.trim(), `${key} (${variable.name}) has no default text`);
    }
  });

  it('reads exactly the variables the table names', () => {
    const documented = Object.values(VARIABLES).flatMap((variable) => variable.name.match(/[A-Z][A-Z0-9_]+/g) ?? []);
    // Fully set as well as empty, so that variables read only alongside another (DEEPL_API_URL) are seen too.
    const everything: Record<string, string> = {
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'sqlite:news.sqlite',
      PUBLIC_URL: 'https://news.example.org',
      LOG_LEVEL: 'warn',
      DIWAN_MEDIA_DIR: 'media',
      DIWAN_SEED_DEMO: 'false',
      DIWAN_ADMIN_EMAIL: 'admin@example.org',
      DIWAN_ADMIN_PASSWORD: 'correct horse battery',
      PAGE_CACHE_MB: '16',
      DIWAN_SCHEDULER_SECONDS: '10',
      METRICS_TOKEN: 'metrics-token-0123456789',
      TRUST_PROXY: '127.0.0.1',
      APERTIUM_URL: 'http://127.0.0.1:2737',
      LIBRETRANSLATE_URL: 'http://127.0.0.1:5000',
      LIBRETRANSLATE_API_KEY: 'key',
      DEEPL_API_KEY: 'key:fx',
      DEEPL_API_URL: 'http://127.0.0.1:8001',
      GOOGLE_TRANSLATE_API_KEY: 'key',
      GOOGLE_TRANSLATE_API_URL: 'http://127.0.0.1:8002',
      TRANSLATION_WAIT_MS: '1000',
    };
    const read = new Set<string>();
    for (const env of [{}, everything] as Record<string, string>[]) {
      loadConfig(
        new Proxy(env, {
          get: (target, name) => {
            read.add(String(name));
            return target[String(name)];
          },
        }),
      );
    }
    assert.deepEqual([...read].sort(), [...new Set(documented)].sort());
  });
});
