/**
 * The only reader of `process.env`. Every variable Diwan understands is declared once, in `VARIABLES`,
 * with its documentation, default and validation; `Config` and `loadConfig` follow from that table.
 * `loadConfig` throws a `ConfigError` naming the variable when a value is wrong, so a bad deployment
 * stops at start-up rather than misbehaving later.
 */
import os from 'node:os';
import path from 'node:path';

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface EngineSettings {
  apertium: { url: string } | null;
  libreTranslate: { url: string; apiKey: string | null } | null;
  deepl: { apiKey: string; url: string | null } | null;
  google: { apiKey: string; url: string | null } | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

interface Variable<T> {
  /** An entry that reads several variables names them all. */
  name: string;
  description: string;
  defaultText: string;
  /** Takes the whole environment because some entries read several variables, and PUBLIC_URL's default depends on PORT. */
  read(env: Env): T;
}

/** An entry read from the one variable it names. */
function variable<T>(name: string, entry: Omit<Variable<T>, 'name' | 'read'> & { read(raw: string | undefined, env: Env): T }): Variable<T> {
  return { name, description: entry.description, defaultText: entry.defaultText, read: (env) => entry.read(env[name], env) };
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
type LogLevel = (typeof LOG_LEVELS)[number];

function present(raw: string | undefined): raw is string {
  return raw !== undefined && raw.trim() !== '';
}

function readPort(raw: string | undefined): number {
  if (!present(raw)) return 3000;
  if (!/^\d+$/.test(raw.trim())) throw new ConfigError('PORT', `"${raw}" is not a port number (1–65535)`);
  const port = Number(raw);
  if (port < 1 || port > 65535) throw new ConfigError('PORT', `${port} is outside 1–65535`);
  return port;
}

/** Accepts `postgres://…`, `postgresql://…`, `sqlite:<path>` and `file:<path>`; relative paths are from the working directory. */
export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  if (!present(raw)) return { kind: 'sqlite', file: path.resolve('data', 'diwan.sqlite') };
  const value = raw.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    try {
      new URL(value);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid PostgreSQL URL (postgres://user@host:5432/database)');
    }
    return { kind: 'postgres', url: value };
  }
  const sqlite = /^(?:sqlite|file):(?:\/\/)?(.+)$/i.exec(value);
  if (sqlite?.[1]) return { kind: 'sqlite', file: path.resolve(sqlite[1]) };
  throw new ConfigError('DATABASE_URL', `"${value}" is not supported; use postgres://user@host/database or sqlite:path/to/file.sqlite`);
}

function readPublicUrl(raw: string | undefined, env: Env): URL {
  if (!present(raw)) return new URL(`http://localhost:${readPort(env.PORT)}`);
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError('PUBLIC_URL', `"${raw}" is not an absolute URL such as https://news.example.org`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', 'must start with http:// or https://');
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new ConfigError('PUBLIC_URL', 'must be an origin such as https://news.example.org, without a path');
  }
  return url;
}

function readBoolean(name: string, fallback: boolean) {
  return (raw: string | undefined): boolean => {
    if (!present(raw)) return fallback;
    const value = raw.trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    throw new ConfigError(name, `"${raw}" is not a boolean (true or false)`);
  };
}

function readAdmin(env: Env): { email: string; password: string } | null {
  const email = env.DIWAN_ADMIN_EMAIL?.trim();
  const password = env.DIWAN_ADMIN_PASSWORD;
  if (!email && !password) return null;
  if (!email) throw new ConfigError('DIWAN_ADMIN_EMAIL', 'is required when DIWAN_ADMIN_PASSWORD is set');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ConfigError('DIWAN_ADMIN_EMAIL', `"${email}" is not an email address`);
  }
  if (!password) throw new ConfigError('DIWAN_ADMIN_PASSWORD', 'is required when DIWAN_ADMIN_EMAIL is set');
  if (password.length < 12) throw new ConfigError('DIWAN_ADMIN_PASSWORD', 'must be at least 12 characters long');
  return { email, password };
}

function readWholeNumber(name: string, fallback: number, range: { min: number; max: number }) {
  return (raw: string | undefined): number => {
    if (!present(raw)) return fallback;
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || value < range.min || value > range.max) {
      throw new ConfigError(name, `"${raw}" is not a whole number from ${range.min} to ${range.max}`);
    }
    return value;
  };
}

function readWorkers(raw: string | undefined): number {
  if (present(raw) && raw.trim().toLowerCase() === 'auto') return os.availableParallelism();
  return readWholeNumber('DIWAN_WORKERS', 1, { min: 1, max: 64 })(raw);
}

function readMetricsToken(raw: string | undefined): string | null {
  if (!present(raw)) return null;
  if (raw.trim().length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long');
  return raw.trim();
}

function readTrustProxy(raw: string | undefined): boolean | string[] {
  if (!present(raw)) return false;
  const value = raw.trim().toLowerCase();
  if (value === 'true' || value === 'false') return value === 'true';
  const addresses = value.split(',').map((part) => part.trim());
  if (addresses.some((address) => !/^[0-9a-f.:]+(\/\d{1,3})?$/.test(address))) {
    throw new ConfigError('TRUST_PROXY', `"${raw}" is not true, false, or a comma-separated list of addresses`);
  }
  return addresses;
}

function readServiceUrl(name: string, raw: string | undefined): string | null {
  if (!present(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(name, `"${raw}" is not an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(name, 'must start with http:// or https://');
  return url.toString().replace(/\/+$/, '');
}

function readEngines(env: Env): EngineSettings {
  const apertium = readServiceUrl('APERTIUM_URL', env.APERTIUM_URL);
  const libre = readServiceUrl('LIBRETRANSLATE_URL', env.LIBRETRANSLATE_URL);
  const deeplKey = env.DEEPL_API_KEY?.trim();
  const googleKey = env.GOOGLE_TRANSLATE_API_KEY?.trim();
  return {
    apertium: apertium ? { url: apertium } : null,
    libreTranslate: libre ? { url: libre, apiKey: env.LIBRETRANSLATE_API_KEY?.trim() || null } : null,
    deepl: deeplKey ? { apiKey: deeplKey, url: readServiceUrl('DEEPL_API_URL', env.DEEPL_API_URL) } : null,
    google: googleKey ? { apiKey: googleKey, url: readServiceUrl('GOOGLE_TRANSLATE_API_URL', env.GOOGLE_TRANSLATE_API_URL) } : null,
  };
}

/** Keyed by the `Config` property each entry fills; `loadConfig` reads them in this order. */
export const VARIABLES = {
  port: variable('PORT', {
    description: 'TCP port the web server listens on.',
    defaultText: '3000',
    read: readPort,
  }),
  host: variable('HOST', {
    description: 'Address to bind; `0.0.0.0` to accept connections from other machines.',
    defaultText: 'localhost',
    read: (raw) => (present(raw) ? raw.trim() : 'localhost'),
  }),
  database: variable('DATABASE_URL', {
    description: '`sqlite:<file>` or `postgres://user:password@host:5432/database`.',
    defaultText: 'sqlite:./data/diwan.sqlite',
    read: parseDatabaseUrl,
  }),
  publicUrl: variable('PUBLIC_URL', {
    description: 'Origin visitors use (no path); canonical links, hreflang alternates and secure cookies derive from it.',
    defaultText: 'http://localhost:$PORT',
    read: readPublicUrl,
  }),
  logLevel: variable('LOG_LEVEL', {
    description: 'One of fatal, error, warn, info, debug, trace, silent.',
    defaultText: 'info',
    read: (raw) => {
      if (!present(raw)) return 'info';
      const level = raw.trim().toLowerCase();
      if (!(LOG_LEVELS as readonly string[]).includes(level)) {
        throw new ConfigError('LOG_LEVEL', `"${raw}" is not one of ${LOG_LEVELS.join(', ')}`);
      }
      return level as LogLevel;
    },
  }),
  mediaDir: variable('DIWAN_MEDIA_DIR', {
    description: 'Folder for uploaded images and their variants.',
    defaultText: './data/media',
    read: (raw) => path.resolve(present(raw) ? raw.trim() : path.join('data', 'media')),
  }),
  seedDemo: variable('DIWAN_SEED_DEMO', {
    description: 'Seed the demo newsroom on start when the database has neither stories nor sections.',
    defaultText: 'true',
    read: readBoolean('DIWAN_SEED_DEMO', true),
  }),
  admin: {
    name: 'DIWAN_ADMIN_EMAIL / DIWAN_ADMIN_PASSWORD',
    description: 'First administrator, created on start when no user exists (password: 12+ characters).',
    defaultText: '(none)',
    read: readAdmin,
  },
  pageCacheBytes: variable('PAGE_CACHE_MB', {
    description: 'Memory for rendered public pages, in megabytes; `0` renders every request.',
    defaultText: '64',
    read: (raw) => readWholeNumber('PAGE_CACHE_MB', 64, { min: 0, max: 65_536 })(raw) * 1024 * 1024,
  }),
  schedulerIntervalMs: variable('DIWAN_SCHEDULER_SECONDS', {
    description: 'How often scheduled translations that are due get published.',
    defaultText: '5',
    read: (raw) => readWholeNumber('DIWAN_SCHEDULER_SECONDS', 5, { min: 1, max: 3600 })(raw) * 1000,
  }),
  metricsToken: variable('METRICS_TOKEN', {
    description: 'Bearer token for Prometheus at `/metrics` (16+ characters); unset, `/metrics` answers 404.',
    defaultText: '(none)',
    read: readMetricsToken,
  }),
  /** Fastify's `trustProxy` option, as is. */
  trustProxy: variable('TRUST_PROXY', {
    description: 'Proxies whose `X-Forwarded-For` names the visitor: addresses such as `127.0.0.1` (or networks, `10.0.0.0/8`), or `true` for any.',
    defaultText: '(none)',
    read: readTrustProxy,
  }),
  engines: {
    name: 'APERTIUM_URL / LIBRETRANSLATE_URL (+ LIBRETRANSLATE_API_KEY) / DEEPL_API_KEY (+ DEEPL_API_URL) / GOOGLE_TRANSLATE_API_KEY (+ GOOGLE_TRANSLATE_API_URL)',
    description: 'Machine translation engines; each is on when its variable is set (the URL variables in brackets override the providers’ addresses).',
    defaultText: '(none)',
    read: readEngines,
  },
  websubHubUrl: variable('WEBSUB_HUB_URL', {
    description: 'A WebSub hub: feeds name it (`rel="hub"`) and Diwan tells it, and only it, which feeds changed on each publication.',
    defaultText: '(none)',
    read: (raw) => readServiceUrl('WEBSUB_HUB_URL', raw),
  }),
  apiRateLimit: variable('API_RATE_LIMIT', {
    description: 'Requests per minute one API client (an address, or a staff token) may make to `/api/v1/`, counted across every instance.',
    defaultText: '300',
    read: (raw) => readWholeNumber('API_RATE_LIMIT', 300, { min: 1, max: 1_000_000 })(raw),
  }),
  webhooksAllowPrivate: variable('WEBHOOKS_ALLOW_PRIVATE', {
    description:
      'Let webhook endpoints be `http:` and on loopback or private addresses (tests, intranets). Off, endpoints must be `https:` and resolve to public addresses.',
    defaultText: 'false',
    read: readBoolean('WEBHOOKS_ALLOW_PRIVATE', false),
  }),
  translationWaitMs: variable('TRANSLATION_WAIT_MS', {
    description: 'How long a reader waits for a story’s first machine translation before getting the original with a notice.',
    defaultText: '3000',
    read: (raw) => readWholeNumber('TRANSLATION_WAIT_MS', 3000, { min: 0, max: 60_000 })(raw),
  }),
  workers: variable('DIWAN_WORKERS', {
    description: 'Serving processes behind the one port: a number, or `auto` for one per available core.',
    defaultText: '1',
    read: readWorkers,
  }),
} satisfies Record<string, Variable<unknown>>;

export type Config = { [K in keyof typeof VARIABLES]: ReturnType<(typeof VARIABLES)[K]['read']> };

/** Reads and validates the whole configuration; throws `ConfigError` on the first bad variable, in the table's order. */
export function loadConfig(env: Env = process.env): Config {
  return Object.fromEntries(Object.entries(VARIABLES).map(([key, variable]) => [key, variable.read(env)])) as Config;
}
