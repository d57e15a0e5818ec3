import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, it } from 'node:test';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'a long enough password';
const TEN_MB = 10 * 1024 * 1024;

/**
 * Sends the headers of a 10 MB multipart upload and only its first bytes, then waits for the answer:
 * a server that reads the body first never answers until it times out.
 */
function announceUpload(port: number, path: string, cookie = ''): Promise<{ status: number; head: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer to POST ${path} within 3 s: the body was being read`));
    }, 3000);
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      clearTimeout(timer);
      socket.destroy();
      resolve({ status: Number(received.split(' ')[1]), head: received.slice(0, end), ms: performance.now() - started });
    });
    socket.on('error', reject);
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${TEN_MB}\r\n` +
        `${cookie ? `Cookie: ${cookie}\r\n` : ''}\r\n--x\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\n`,
    );
  });
}

await describeOnEachDatabase('uploads and the admin guard', (dialect) => {
  let site: TestApp;
  let port: number;
  const cookieOf = (browser: AdminBrowser) => [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');

  before(async () => {
    site = await startTestApp(dialect);
    await site.app.listen({ port: 0, host: '127.0.0.1' });
    port = (site.app.server.address() as net.AddressInfo).port;
    for (const role of ['administrator', 'translator'] as const) {
      await site.features.accounts.createUser({ email: `${role}@example.org`, name: role, password: PASSWORD, role, interfaceLanguage: 'en' }, null);
    }
  });
  after(() => site?.close());

  it('sends a stranger’s 10 MB upload to the sign-in page without reading it', async () => {
    for (const path of ['/admin/media', '/admin/users/new']) {
      const answer = await announceUpload(port, path);
      assert.equal(answer.status, 303, path);
      assert.match(answer.head, /location: \/admin\/sign-in/i);
    }
  });

  it('refuses a multipart body where no form uploads, without reading it', async () => {
    assert.equal((await announceUpload(port, '/admin/sign-in')).status, 415);
    const administrator = new AdminBrowser(site.app);
    await administrator.signIn('administrator@example.org', PASSWORD);
    assert.equal((await announceUpload(port, '/admin/users/new', cookieOf(administrator))).status, 415);
  });

  it('answers a staff member without the permission before reading their upload', async () => {
    const translator = new AdminBrowser(site.app);
    await translator.signIn('translator@example.org', PASSWORD);
    assert.equal((await announceUpload(port, '/admin/media', cookieOf(translator))).status, 403);
  });

  it('answers a cut-off multipart upload with a 400, not a server error', async () => {
    const administrator = new AdminBrowser(site.app);
    await administrator.signIn('administrator@example.org', PASSWORD);
    const response = await site.app.inject({
      method: 'POST',
      url: '/admin/media',
      headers: { cookie: cookieOf(administrator), 'content-type': 'multipart/form-data; boundary=x' },
      payload: '{}',
    });
    assert.equal(response.statusCode, 400);
  });

  it('answers a body that is not multipart at all with 400, on every upload form, not with a server error', async () => {
    const administrator = new AdminBrowser(site.app);
    await administrator.signIn('administrator@example.org', PASSWORD);
    for (const url of ['/admin/media', '/admin/glossary/import', '/admin/xliff/import']) {
      const answer = await site.app.inject({
        method: 'POST',
        url,
        headers: { cookie: cookieOf(administrator), 'content-type': 'multipart/form-data; boundary=x' },
        payload: '\u0000',
      });
      assert.equal(answer.statusCode, 400, url);
    }
  });

  it('answers a multipart body that cannot be read with 400, not a server error', async () => {
    const administrator = new AdminBrowser(site.app);
    await administrator.signIn('administrator@example.org', PASSWORD);
    for (const payload of ['\u0000', '--x\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\n\r\ncut sh']) {
      const response = await site.app.inject({
        method: 'POST',
        url: '/admin/media',
        headers: { cookie: cookieOf(administrator), 'content-type': 'multipart/form-data; boundary=x', accept: 'application/json' },
        payload,
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().error.code, 'request.invalid');
    }
  });
});
