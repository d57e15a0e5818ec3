/** What every feature's admin routes answer with: a page in the admin frame, a form that shows its errors. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { FormError } from '../http/form-error.ts';
import type { Translate } from '../i18n/messages.ts';
import type { UploadForms } from './admin-uploads.ts';

export interface AdminPage {
  title: string;
  body: VNode;
  status?: number;
  /** Client islands the page needs (module scripts). */
  scripts?: string[];
}

/** What a page is made with: the staff member's translator and, for its forms, a CSRF token. */
export interface PageKit {
  t: Translate;
  /** A token for a form's hidden `_csrf` field (made when first read). */
  readonly csrfToken: string;
}

export interface AdminTools {
  /** Renders a page in the admin frame, in the staff member's language. */
  page(request: FastifyRequest, reply: FastifyReply, make: (kit: PageKit) => AdminPage | Promise<AdminPage>): Promise<FastifyReply>;
  /**
   * Runs a form's action; when it throws a FormError, `showErrors` answers instead with the field
   * errors in the staff member's language. Any other error goes on to the error handler.
   */
  submit<T>(request: FastifyRequest, action: () => Promise<T>, showErrors: (errors: Record<string, string>) => T | Promise<T>): Promise<T>;
  t(request: FastifyRequest): Translate;
  /** Registers, in `define`, routes whose forms upload a file (the only ones that accept multipart bodies). */
  uploadForms: UploadForms;
  /** Languages the admin interface is offered in (those with a catalog, among the site's). */
  interfaceLanguages(): string[];
  secureCookies: boolean;
}

export function createAdminTools(deps: {
  render(request: FastifyRequest, reply: FastifyReply, page: AdminPage): FastifyReply;
  t(request: FastifyRequest): Translate;
  interfaceLanguages(): string[];
  secureCookies: boolean;
  uploadForms: UploadForms;
}): AdminTools {
  const { render, t } = deps;
  return {
    async page(request, reply, make) {
      let token: string | undefined;
      const kit: PageKit = {
        t: t(request),
        get csrfToken() {
          token ??= reply.generateCsrf();
          return token;
        },
      };
      return render(request, reply, await make(kit));
    },
    async submit(request, action, showErrors) {
      try {
        return await action();
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        const tr = t(request);
        return showErrors(Object.fromEntries(Object.entries(error.fields).map(([field, key]) => [field, tr(key!)])));
      }
    },
    t,
    uploadForms: deps.uploadForms,
    interfaceLanguages: deps.interfaceLanguages,
    secureCookies: deps.secureCookies,
  };
}
