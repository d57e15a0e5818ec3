/** A visitor of the admin over inject(): keeps cookies like a browser and fills forms' CSRF tokens. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class AdminBrowser {
  readonly cookies = new Map<string, string>();
  /** `remoteAddress` is where the requests seem to come from (127.0.0.1 unless given). */
  constructor(
    private readonly app: FastifyInstance,
    private readonly from: { remoteAddress?: string } = {},
  ) {}

  private remember(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(
      await this.app.inject({ method: 'GET', url, remoteAddress: this.from.remoteAddress, headers: { cookie: this.cookieHeader(), ...headers } }),
    );
  }

  /** Posts a form; `_csrf` comes from the page at `tokenFrom` unless the form gives one. */
  async post(url: string, form: Record<string, string>, tokenFrom: string = url): Promise<LightMyRequestResponse> {
    const fields = { ...form };
    if (!('_csrf' in fields)) fields._csrf = await this.csrfToken(tokenFrom);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.from.remoteAddress,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(fields).toString(),
      }),
    );
  }

  /** Posts a multipart form with one file (in the field `file.field`, `image` unless given), as a browser's file upload does. */
  async postFile(
    url: string,
    fields: Record<string, string>,
    file: { name: string; type: string; content: Buffer; field?: string },
    tokenFrom: string = url,
  ): Promise<LightMyRequestResponse> {
    const form = new FormData();
    form.set('_csrf', fields._csrf ?? (await this.csrfToken(tokenFrom)));
    for (const [name, value] of Object.entries(fields)) if (name !== '_csrf') form.set(name, value);
    form.set(file.field ?? 'image', new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        remoteAddress: this.from.remoteAddress,
        headers: { cookie: this.cookieHeader(), 'content-type': encoded.headers.get('content-type')! },
        payload: Buffer.from(await encoded.arrayBuffer()),
      }),
    );
  }

  async csrfToken(pageUrl: string): Promise<string> {
    const page = await this.get(pageUrl);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`No CSRF token on ${pageUrl} (status ${page.statusCode})`);
    return token;
  }

  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    return this.post('/admin/sign-in', { email, password }, '/admin/sign-in');
  }
}
