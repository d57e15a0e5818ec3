/** A staff member's browser against a running server over real HTTP: keeps cookies, fills CSRF tokens. */
export class HttpBrowser {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly origin: string) {}

  private remember(response: Response): Response {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      if (value.join('=') === '') this.cookies.delete(name!);
      else this.cookies.set(name!, value.join('='));
    }
    return response;
  }

  private get cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string): Promise<Response> {
    return this.remember(await fetch(`${this.origin}${path}`, { headers: { cookie: this.cookieHeader }, redirect: 'manual' }));
  }

  /** Posts a form with the CSRF token of the page at `tokenFrom`. */
  async post(path: string, form: Record<string, string>, tokenFrom: string): Promise<Response> {
    const page = await (await this.get(tokenFrom)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    if (!token) throw new Error(`no CSRF token on ${tokenFrom}`);
    return this.remember(
      await fetch(`${this.origin}${path}`, {
        method: 'POST',
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, _csrf: token }).toString(),
        redirect: 'manual',
      }),
    );
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post('/admin/sign-in', { email, password }, '/admin/sign-in');
  }
}
