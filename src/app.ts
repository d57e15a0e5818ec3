/** Builds the web application from its features; never listens (main.ts does, tests use inject()). */
import fs from 'node:fs';
import http from 'node:http';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { apiTokensRoutes, ownAccountRoutes, signInRoutes, usersRoutes } from './accounts/index.ts';
import { type AdminRouteEntry, adminArea } from './admin/index.ts';
import { apiRoutes } from './api/index.ts';
import { auditRoutes } from './audit/index.ts';
import type { Config } from './config.ts';
import type { DatabaseHandle } from './db/database.ts';
import { pendingMigrations } from './db/migrate.ts';
import { dashboardRoutes, editorialRoutes } from './editorial/index.ts';
import type { Features } from './features.ts';
import { feedbackAdminRoutes, feedbackRoutes, surveySlot } from './feedback/index.ts';
import { createFeedsService, createWebSubPublisher, feedsRoutes } from './feeds/index.ts';
import { glossaryRoutes } from './glossary/index.ts';
import { AppError } from './http/app-error.ts';
import { assetRoutes, loadStylesheet } from './http/assets.ts';
import { clientScriptRoutes, loadClientScript } from './http/client-scripts.ts';
import { createErrorResponder, registerErrorHandling } from './http/error-handling.ts';
import { iconRoutes } from './http/icons.ts';
import { createSecurityHeaders, registerSecurityHeaders } from './http/security-headers.ts';
import { createLogger, type Logger } from './logger.ts';
import { MAX_UPLOAD_BYTES, mediaRoutes } from './media/index.ts';
import { countHit, createMetrics, measureRequests, operationsRoutes } from './operations/index.ts';
import { createPageStore, registerPageCache, withCacheFastPath } from './page-cache/index.ts';
import { parityCard, parityRoutes } from './parity/index.ts';
import { searchRoutes } from './search/index.ts';
import { createPageRenderer, siteRoutes } from './site/index.ts';
import { createSitemapsService, sitemapsRoutes } from './sitemaps/index.ts';
import { storiesRoutes } from './stories/index.ts';
import { taxonomyAdminRoutes, taxonomyRoutes } from './taxonomy/index.ts';
import { machinePages, translationAdminRoutes } from './translation/index.ts';
import { reportRoutes, reportsAdminRoutes } from './translation-reports/index.ts';
import { stoppedWarning, webhooksRoutes } from './webhooks/index.ts';
import { carriesPostId } from './wordpress-import/index.ts';
import { xliffRoutes } from './xliff/index.ts';

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

/** Languages a glossary entry may be for: the site's, and every language an engine reaches from them. */
async function glossaryLanguages(features: Features): Promise<string[]> {
  const site = features.settings.current().languages;
  const reached = await Promise.all(site.map((language) => features.machineTranslation.targetsFrom(language)));
  return [...new Set([...site, ...reached.flat()])];
}

export async function buildApp({ config, features, database, log }: AppDeps): Promise<FastifyInstance> {
  const { settings, stories, taxonomy, changes, accounts } = features;
  await settings.load();
  await features.feedback.load();
  await features.machineTranslation.load();
  await features.glossary.load();
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
  const errors = createErrorResponder(
    {
      languages: () => ({ available: settings.current().languages, fallback: settings.current().defaultLanguage }),
      render: (spec) => pages.renderError(spec),
    },
    (url) => features.wordpressImport.redirectFor(url),
  );

  const pageCacheOn = config.pageCacheBytes > 0;
  const securityHeaders = createSecurityHeaders({ https: config.publicUrl.protocol === 'https:' });
  const app = Fastify({
    // Kept pages are answered before Fastify sees the request (see page-cache/fast-path.ts).
    serverFactory: (handler) => {
      if (!pageCacheOn) return http.createServer(handler);
      const fastPath = withCacheFastPath(pageStore, countHit(metrics), handler);
      // An old WordPress `?p=ID` link under a kept page (`/fr/?p=38`) is a redirect, never that page.
      return http.createServer((request, response) => (carriesPostId(request.url ?? '') ? handler(request, response) : fastPath(request, response)));
    },
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
  // Old `?p=ID` links land on pages that exist (`/?p=36`, `/fr/?p=38`), so they are looked up before routing.
  app.addHook('onRequest', async (request, reply) => {
    if (carriesPostId(request.url) && (await errors.sendMoved(request, reply))) return reply;
  });
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
    // Imported originals wait in a dot folder for their variants; they are not served.
    dotfiles: 'ignore',
  });
  await app.register(assetRoutes(stylesheet));
  await app.register(iconRoutes());
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
  const feeds = createFeedsService({ stories, taxonomy, settings, media: features.media, publicUrl: config.publicUrl, hub: config.websubHubUrl });
  await app.register(feedsRoutes({ feeds, settings }));
  if (config.websubHubUrl) {
    const websub = createWebSubPublisher({
      hub: config.websubHubUrl,
      publicUrl: config.publicUrl,
      languages: () => settings.current().languages,
      termsByIds: (ids) => taxonomy.termsByIds(ids),
      log: app.log,
    });
    changes.onPublished((change) => websub.publish(change));
    app.addHook('onClose', () => websub.close());
  }
  const sitemaps = createSitemapsService({ stories, machine: features.machineTranslation, taxonomy, pages, settings });
  await app.register(sitemapsRoutes(sitemaps));
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
  await app.register(
    apiRoutes({
      db: database.db,
      publicUrl: config.publicUrl,
      settings,
      taxonomy,
      media: features.media,
      machine: features.machineTranslation,
      editorial: features.editorial,
      audit: features.audit,
      apiTokens: features.apiTokens,
      search: features.search,
      rateLimit: { max: config.apiRateLimit, windowMs: 60_000 },
      uploadLimitBytes: MAX_UPLOAD_BYTES,
      stylesheetHref: stylesheet.href,
    }),
    { prefix: '/api' },
  );
  await app.register(
    reportRoutes({
      reports: features.reports,
      stories,
      pages,
      segmentOf: (storyId, language, block) => features.machineTranslation.segmentAt(storyId, language, block),
    }),
  );
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
        dashboardRoutes(stories, () => settings.current().languages, {
          alerts: async (staff, t) =>
            staff.role === 'administrator' ? (await features.webhooks.stopped()).flatMap((endpoint) => stoppedWarning(t, endpoint) ?? []) : [],
          cards: [parityCard(features.parity)],
        }),
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
          terminology: (storyId, language, origin, source) => features.machineTranslation.placedIssues(storyId, language, origin, source),
          audit: features.audit,
        }),
        mediaRoutes(features.media, settings, features.audit),
        taxonomyAdminRoutes(taxonomy, settings, features.audit),
        signInRoutes(accounts),
        ownAccountRoutes(accounts),
        usersRoutes(accounts),
        feedbackAdminRoutes({ feedback: features.feedback, settings, taxonomy, audit: features.audit }),
        translationAdminRoutes(features.machineTranslation, features.reports, features.audit),
        glossaryRoutes({
          glossary: features.glossary,
          languages: () => glossaryLanguages(features),
          organizationName: (language) => settings.organizationNameIn(language),
        }),
        xliffRoutes({
          xliff: features.xliff,
          languages: () => settings.current().languages,
          stories: async () => (await stories.originals()).slice(0, 100).map(({ storyId, title, language }) => ({ storyId, title, language })),
        }),
        parityRoutes(features.parity),
        reportsAdminRoutes({
          reports: features.reports,
          storyTitle: async (storyId) => (await stories.original(storyId))?.title ?? `#${storyId}`,
          engineName: (engine) => features.machineTranslation.engines().find((e) => e.id === engine)?.name ?? engine,
        }),
        auditRoutes(features.audit, () => accounts.listUsers()),
        apiTokensRoutes(features.apiTokens, accounts),
        webhooksRoutes(features.webhooks),
      ],
    }),
    { prefix: '/admin' },
  );
  return app;
}
