/** Builds the web application from its features; never listens (main.ts does, tests use inject()). */
import fs from 'node:fs';
import http from 'node:http';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ownAccountRoutes, signInRoutes, usersRoutes } from './accounts/index.ts';
import { type AdminRouteEntry, adminArea } from './admin/index.ts';
import { auditRoutes } from './audit/index.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { pendingMigrations } from './db/migrate.ts';
import { dashboardRoutes, editorialRoutes } from './editorial/index.ts';
import type { Features } from './features.ts';
import { feedbackAdminRoutes, feedbackRoutes, surveySlot } from './feedback/index.ts';
import { AppError } from './http/app-error.ts';
import { assetRoutes, loadStylesheet } from './http/assets.ts';
import { clientScriptRoutes, loadClientScript } from './http/client-scripts.ts';
import { createErrorResponder, registerErrorHandling } from './http/error-handling.ts';
import { createSecurityHeaders, registerSecurityHeaders } from './http/security-headers.ts';
import { createLogger, type Logger } from './logger.ts';
import { MAX_UPLOAD_BYTES, mediaRoutes } from './media/index.ts';
import { createMetrics, measureRequests, operationsRoutes, PAGE_CACHE_ROUTE } from './operations/index.ts';
import { createPageStore, registerPageCache, withCacheFastPath } from './page-cache/index.ts';
import { searchRoutes } from './search/index.ts';
import { createPageRenderer, siteRoutes } from './site/index.ts';
import { storiesRoutes } from './stories/index.ts';
import { taxonomyAdminRoutes, taxonomyRoutes } from './taxonomy/index.ts';
import { machinePages, translationAdminRoutes } from './translation/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Every admin route with the permission it requires. */
    adminRouteTable: AdminRouteEntry[];
    /** Every route of the application, public and admin (for audits and the fuzz test). */
    routeTable: { method: string; url: string }[];
  }
}

export interface AppDeps {
  config: Config;
  features: Features;
  database: DatabaseHandle;
  /** The instance's logger; a new one at the configured level otherwise. */
  log?: Logger;
}

export async function buildApp({ config, features, database, log }: AppDeps): Promise<FastifyInstance> {
  const { settings, stories, taxonomy, changes, accounts } = features;
  await settings.load();
  await features.feedback.load();
  await features.machineTranslation.load();
  const pageStore = createPageStore(config.pageCacheBytes);
  changes.onInvalidate((change) => pageStore.apply(change));
  const metrics = createMetrics({ pool: database.poolStats, cachedPages: pageStore.stats });
  features.machineTranslation.observe({
    engineCall(engine, result, characters) {
      metrics.engineCalls.inc({ engine, result });
      if (characters > 0) metrics.engineCharacters.inc({ engine }, characters);
    },
    memoryLookups(engine, hits, misses) {
      if (hits > 0) metrics.memoryLookups.inc({ engine, result: 'hit' }, hits);
      if (misses > 0) metrics.memoryLookups.inc({ engine, result: 'miss' }, misses);
    },
  });
  const stylesheet = loadStylesheet();
  const bodyEditor = await loadClientScript('body-editor');
  const survey = await loadClientScript('survey');
  const pages = createPageRenderer({
    settings,
    publicUrl: config.publicUrl,
    stylesheetHref: stylesheet.href,
    navigation: (language) => taxonomy.navigation(language),
    pageFooter: surveySlot(features.feedback),
    scripts: [survey.href],
  });
  const errors = createErrorResponder({
    languages: () => ({ available: settings.current().languages, fallback: settings.current().defaultLanguage }),
    render: (spec) => pages.renderError(spec),
  });

  const pageCacheOn = config.pageCacheBytes > 0;
  const securityHeaders = createSecurityHeaders({ https: config.publicUrl.protocol === 'https:' });
  const app = Fastify({
    // Kept pages are answered before Fastify sees the request (see page-cache/fast-path.ts).
    serverFactory: (handler) =>
      http.createServer(
        pageCacheOn
          ? withCacheFastPath(
              pageStore,
              (method, status, seconds) => {
                metrics.pageCacheLookups.inc({ result: 'hit' });
                metrics.requestDuration.observe({ method, route: PAGE_CACHE_ROUTE, status: String(status) }, seconds);
              },
              handler,
            )
          : handler,
      ),
    loggerInstance: log ?? createLogger(config.logLevel),
    // Arabic slugs are long once percent-encoded; longer parameters are simply not found.
    routerOptions: { maxParamLength: 1000 },
    bodyLimit: 1024 * 1024,
    trustProxy: config.trustProxy,
    // Malformed URLs (bad percent-encoding, oversized parameters) get the same 400 page as any bad request,
    // with the security headers the onRequest hooks (which do not run for them) would have set, and
    // without repeating the address back.
    frameworkErrors: (_error, request, reply) => {
      securityHeaders(request.raw, reply.raw);
      void errors.sendError(new AppError('request.malformed_url', 'The address is not a valid URL'), request, reply as FastifyReply);
    },
  });

  registerSecurityHeaders(app, securityHeaders);
  const routeTable: { method: string; url: string }[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url });
  });
  registerErrorHandling(app, errors);
  measureRequests(app, metrics);
  registerPageCache(app, {
    store: pageStore,
    enabled: pageCacheOn,
    onMiss: () => metrics.pageCacheLookups.inc({ result: 'miss' }),
  });
  await app.register(
    operationsRoutes({
      metrics,
      metricsToken: config.metricsToken,
      async checkDatabase() {
        const pending = await pendingMigrations(database.db);
        if (pending.length > 0) throw new Error(`migrations not yet run: ${pending.join(', ')}`);
      },
    }),
  );

  fs.mkdirSync(config.mediaDir, { recursive: true });
  await app.register(fastifyStatic, {
    root: config.mediaDir,
    prefix: '/media/',
    // Variant names carry a hash of the image, so a name never changes meaning.
    immutable: true,
    maxAge: '365d',
    index: false,
  });
  await app.register(assetRoutes(stylesheet));
  await app.register(clientScriptRoutes([bodyEditor, survey]));
  await app.register(siteRoutes(settings));
  const labelsFor = (storyId: number, language: string) => taxonomy.labelsFor(storyId, language);
  await app.register(
    storiesRoutes({
      stories,
      settings,
      pages,
      labelsFor,
      machine: machinePages({ machine: features.machineTranslation, stories, settings, pages, labelsFor, waitMs: config.translationWaitMs }),
    }),
  );
  await app.register(taxonomyRoutes({ taxonomy, stories, settings, pages }));
  await app.register(
    searchRoutes({
      search: features.search,
      settings,
      pages,
      async filterOptions(language) {
        const [sections, tags, memberStates] = await Promise.all([
          taxonomy.terms('section', language),
          taxonomy.terms('tag', language),
          taxonomy.memberStateIndex(language),
        ]);
        return { sections, tags, memberStates };
      },
    }),
  );
  await app.register(feedbackRoutes({ feedback: features.feedback, settings, pages, submissions: metrics.feedbackSubmissions }));
  const adminRouteTable: AdminRouteEntry[] = [];
  app.decorate('adminRouteTable', adminRouteTable);
  await app.register(
    adminArea({
      routeTable: adminRouteTable,
      staffOfSession: (token) => accounts.userOfSession(token),
      uploadLimitBytes: MAX_UPLOAD_BYTES,
      settings,
      stylesheetHref: stylesheet.href,
      secureCookies: config.publicUrl.protocol === 'https:',
      routes: [
        dashboardRoutes(stories, () => settings.current().languages),
        editorialRoutes({
          bodyEditorHref: bodyEditor.href,
          media: features.media,
          editorial: features.editorial,
          stories,
          taxonomy,
          accounts,
          settings,
          pages,
          labelsFor,
          machine: features.machineTranslation,
        }),
        mediaRoutes(features.media, settings),
        taxonomyAdminRoutes(taxonomy, settings),
        signInRoutes(accounts),
        ownAccountRoutes(accounts),
        usersRoutes(accounts),
        feedbackAdminRoutes({ feedback: features.feedback, settings, taxonomy }),
        translationAdminRoutes(features.machineTranslation),
        auditRoutes(features.audit, () => accounts.listUsers()),
      ],
    }),
    { prefix: '/admin' },
  );
  return app;
}
