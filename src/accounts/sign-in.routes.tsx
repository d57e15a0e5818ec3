/** Signing in (with the throttle's refusal and the device cookie of browsers that signed in before) and signing out. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, SESSION_COOKIE, safeNext } from '../admin/index.ts';
import { FormError } from '../http/form-error.ts';
import { formBody, noticeQuery, text } from './account-forms.ts';
import { type AccountsService, DEVICE_TRUST_MS, SESSION_ABSOLUTE_MS } from './accounts.service.ts';
import { TooManyAttempts } from './sign-in-throttle.ts';
import { SignInPage } from './views/sign-in-page.tsx';

/** Marks a browser that signed in before, so strangers' guesses never make it wait (see sign-in-policy.ts). */
const DEVICE_COOKIE = 'diwan_device';

export function signInRoutes(accounts: AccountsService): AdminRoutes {
  return (admin, tools) => {
    const cookie = (maxAgeMs: number) => ({ path: '/admin', httpOnly: true, sameSite: 'lax', secure: tools.secureCookies, maxAge: maxAgeMs / 1000 }) as const;

    function signInPage(
      request: FastifyRequest,
      reply: FastifyReply,
      form: { email: string; next: string; error: string | null; notice: string | null },
      status = 200,
    ) {
      return tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.signIn.title'),
        status,
        body: <SignInPage t={t} form={{ action: adminPaths.signIn, csrfToken, ...form }} />,
      }));
    }

    admin.get<{ Querystring: { next?: string; done?: string } }>(
      '/sign-in',
      { config: { permission: 'public' }, schema: noticeQuery },
      async (request, reply) => {
        if (request.staff) return reply.redirect(safeNext(request.query.next), 303);
        const t = tools.t(request);
        const notice = request.query.done === 'signed-out' ? t('admin.signIn.signedOut') : request.query.next ? t('admin.signIn.required') : null;
        return signInPage(request, reply, { email: '', next: request.query.next ?? '', error: null, notice });
      },
    );

    admin.post<{ Body: { email?: string; password?: string; next?: string } }>(
      '/sign-in',
      { config: { permission: 'public' }, schema: formBody({ email: text(320), password: text(1024), next: text(2000) }) },
      async (request, reply) => {
        const { email = '', password = '', next = '' } = request.body;
        const t = tools.t(request);
        try {
          const session = await accounts.signIn(
            { email, password },
            { client: request.ip, device: request.cookies[DEVICE_COOKIE], replacing: request.sessionToken ?? undefined },
          );
          reply.setCookie(SESSION_COOKIE, session.token, cookie(SESSION_ABSOLUTE_MS));
          reply.setCookie(DEVICE_COOKIE, session.device, cookie(DEVICE_TRUST_MS));
          return reply.redirect(safeNext(next), 303);
        } catch (error) {
          if (error instanceof TooManyAttempts) {
            reply.header('retry-after', String(error.retryAfterSeconds));
            const error429 = t('admin.signIn.throttled', { minutes: Math.ceil(error.retryAfterSeconds / 60) });
            return signInPage(request, reply, { email, next, error: error429, notice: null }, 429);
          }
          // Which field was wrong is not said: an unknown email and a wrong password read the same.
          if (error instanceof FormError) return signInPage(request, reply, { email, next, error: t('admin.error.signIn'), notice: null }, 401);
          throw error;
        }
      },
    );

    admin.post('/sign-out', { config: { permission: 'admin.enter' }, schema: formBody({}) }, async (request, reply) => {
      if (request.sessionToken) await accounts.signOut(request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/admin' });
      return reply.redirect(`${adminPaths.signIn}?done=signed-out`, 303);
    });
  };
}
