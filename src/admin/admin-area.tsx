/**
 * The admin area under /admin: resolves the signed-in staff member from the session cookie, enforces
 * each route's permission (a route without one is refused at start-up), checks the CSRF token of
 * every form post, keeps admin answers out of every cache, and renders pages in the staff member's
 * interface language. Features add their admin routes through `AdminRoutes`.
 */
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { renderDocument } from '../http/document.ts';
import { directionOf } from '../i18n/locales.ts';
import { CATALOGS, type Translate, translatorFor } from '../i18n/messages.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import type { SettingsService } from '../site/index.ts';
import { adminPaths } from './admin-paths.ts';
import { SESSION_COOKIE, type StaffMember } from './admin-request.ts';
import { type AdminPage, type AdminTools, createAdminTools } from './admin-tools.ts';
import { isMultipart, uploadForms } from './admin-uploads.ts';
import { can, type Permission } from './roles.ts';
import { AdminLayout, type AdminNavLink } from './views/admin-layout.tsx';

export type AdminRoutes = (admin: FastifyInstance, tools: AdminTools) => void;

export interface AdminRouteEntry {
  method: string;
  url: string;
  permission: Permission | 'public';
}

export interface AdminAreaDeps {
  /** The staff member a session cookie belongs to, if it is still valid. */
  staffOfSession(token: string | undefined): Promise<StaffMember | null>;
  /** The largest file an admin form may upload. */
  uploadLimitBytes: number;
  settings: SettingsService;
  stylesheetHref: string;
  secureCookies: boolean;
  routes: AdminRoutes[];
  /** Filled with every admin route as it is registered (for the role matrix test and for audits). */
  routeTable: AdminRouteEntry[];
}

const NAVIGATION: { key: Parameters<Translate>[0]; href: string; permission: Permission }[] = [
  { key: 'admin.nav.dashboard', href: adminPaths.dashboard, permission: 'admin.enter' },
  { key: 'admin.nav.stories', href: adminPaths.stories, permission: 'admin.enter' },
  { key: 'admin.nav.media', href: adminPaths.media, permission: 'admin.enter' },
  { key: 'admin.nav.taxonomy', href: adminPaths.taxonomy, permission: 'taxonomy.manage' },
  { key: 'admin.nav.users', href: adminPaths.users, permission: 'users.manage' },
  { key: 'admin.nav.feedback', href: adminPaths.feedback, permission: 'feedback.read' },
  { key: 'admin.nav.translation', href: adminPaths.translation, permission: 'translation.configure' },
  { key: 'admin.nav.glossary', href: adminPaths.glossary, permission: 'glossary.manage' },
  { key: 'admin.nav.translationReports', href: adminPaths.translationReports, permission: 'translations.review' },
  { key: 'admin.nav.xliff', href: adminPaths.xliff, permission: 'translations.write' },
  { key: 'admin.nav.parity', href: adminPaths.parity, permission: 'parity.read' },
  { key: 'admin.nav.audit', href: adminPaths.audit, permission: 'audit.read' },
  { key: 'admin.nav.tokens', href: adminPaths.apiTokens, permission: 'tokens.manage' },
  { key: 'admin.nav.webhooks', href: adminPaths.webhooks, permission: 'webhooks.manage' },
  { key: 'admin.nav.account', href: adminPaths.account, permission: 'admin.enter' },
];

export function adminArea(deps: AdminAreaDeps): FastifyPluginAsync {
  const { settings } = deps;
  const interfaceLanguages = () => {
    const offered = settings.current().languages.filter((language) => CATALOGS[language]);
    return offered.length > 0 ? offered : ['en'];
  };

  return async (admin) => {
    await admin.register(cookie);
    // A 500,000-character Arabic story is six times that once percent-encoded; only staff get this far.
    await admin.register(formbody, { bodyLimit: 4 * 1024 * 1024 });
    await admin.register(csrfProtection, {
      cookieKey: 'diwan_csrf',
      cookieOpts: { path: '/admin', httpOnly: true, sameSite: 'strict', secure: deps.secureCookies, signed: false },
    });
    admin.decorateRequest('staff', null);
    admin.decorateRequest('sessionToken', null);
    admin.decorateRequest('adminLanguage', 'en');

    const t = (request: FastifyRequest) => translatorFor(request.adminLanguage);

    /** The staff member's chosen language; before sign-in, the browser's preference among those offered. */
    function languageFor(request: FastifyRequest): string {
      const offered = interfaceLanguages();
      if (request.staff && offered.includes(request.staff.interfaceLanguage)) return request.staff.interfaceLanguage;
      const fallback = offered.includes(settings.current().defaultLanguage) ? settings.current().defaultLanguage : offered[0]!;
      return negotiateLanguage(request.headers['accept-language'], offered, fallback);
    }

    function render(request: FastifyRequest, reply: FastifyReply, page: AdminPage): FastifyReply {
      const tr = t(request);
      const staff = request.staff;
      const navigation: AdminNavLink[] = staff
        ? NAVIGATION.filter((item) => can(staff.role, item.permission)).map((item) => ({
            label: tr(item.key),
            href: item.href,
            current: request.url.split('?')[0] === item.href,
          }))
        : [];
      const html = renderDocument(
        <AdminLayout
          chrome={{
            language: request.adminLanguage,
            dir: directionOf(request.adminLanguage),
            t: tr,
            organizationName: settings.organizationNameIn(request.adminLanguage),
            stylesheetHref: deps.stylesheetHref,
            staff: staff ? { name: staff.name, roleLabel: tr(`admin.role.${staff.role}`) } : null,
            navigation,
            siteHref: `/${settings.current().defaultLanguage}/`,
            signOut: staff ? { action: adminPaths.signOut, csrfToken: reply.generateCsrf() } : null,
          }}
          title={page.title}
          scripts={page.scripts ?? []}
        >
          {page.body}
        </AdminLayout>,
      );
      return reply
        .code(page.status ?? 200)
        .type('text/html; charset=utf-8')
        .send(html);
    }

    const tools = createAdminTools({ render, t, interfaceLanguages, secureCookies: deps.secureCookies, uploadForms: uploadForms(deps.uploadLimitBytes) });

    admin.addHook('onRoute', (route) => {
      const permission = route.config?.permission;
      if (!permission) throw new Error(`Admin route ${route.method} ${route.url} declares no permission`);
      for (const method of [route.method].flat()) if (method !== 'HEAD') deps.routeTable.push({ method, url: route.url, permission });
    });

    admin.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });

    // On arrival, before any body is read: a stranger's upload is never taken in, and learns nothing
    // from how a form would be judged.
    admin.addHook('onRequest', async (request, reply) => {
      const permission = request.routeOptions.config.permission;
      if (!permission) return;
      const token = request.cookies[SESSION_COOKIE];
      request.sessionToken = token ?? null;
      request.staff = await deps.staffOfSession(token);
      request.adminLanguage = languageFor(request);
      if (permission !== 'public') {
        if (!request.staff) {
          const next = request.method === 'GET' ? `?next=${encodeURIComponent(request.url)}` : '';
          return reply.redirect(`${adminPaths.signIn}${next}`, 303);
        }
        if (!can(request.staff.role, permission)) {
          return render(request, reply, { title: t(request)('admin.forbidden.title'), body: <p>{t(request)('admin.forbidden.body')}</p>, status: 403 });
        }
      }
    });

    // The CSRF check answers a bad token by sending an error, which the handler below turns into a page.
    admin.addHook('preValidation', (request, reply, done) =>
      request.method === 'POST' && !isMultipart(request.headers['content-type']) ? admin.csrfProtection(request, reply, done) : done(),
    );

    // Refusals and missing records are answered inside the admin's frame; anything else goes to the site-wide handler.
    admin.setErrorHandler((error: FastifyError, request, reply) => {
      const tr = t(request);
      if (error.code === 'FST_CSRF_MISSING_SECRET' || error.code === 'FST_CSRF_INVALID_TOKEN') {
        return render(request, reply, { title: tr('error.badRequest.title'), body: <p class="notice notice--error">{tr('admin.error.csrf')}</p>, status: 403 });
      }
      if (error instanceof AppError && error.status === 403 && request.staff) {
        return render(request, reply, { title: tr('admin.forbidden.title'), body: <p>{tr('admin.forbidden.body')}</p>, status: 403 });
      }
      if (error instanceof AppError && error.status === 404 && request.staff) {
        return render(request, reply, { title: tr('error.notFound.title'), body: <p>{tr('error.notFound.body')}</p>, status: 404 });
      }
      throw error;
    });

    for (const routes of deps.routes) routes(admin, tools);
  };
}
