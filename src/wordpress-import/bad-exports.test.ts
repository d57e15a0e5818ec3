import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AppError } from '../http/app-error.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { oneExport } from '../testing/wxr-generator.ts';
import { FetchRefused, fetchPublic, isPublicAddress } from './safe-fetch.ts';

const EXPORT = path.resolve('test/fixtures/wordpress/export.xml');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-wxr-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};
const fixture = fs.readFileSync(EXPORT, 'utf8');

await describeOnEachDatabase('A WordPress export that cannot be imported', (dialect) => {
  let site: TestApp;
  const count = async () =>
    Number(
      (
        await site.database.db
          .selectFrom('translations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    site = await startTestApp(dialect);
    await site.features.wordpressImport.importSite({ file: EXPORT });
  });
  after(() => site?.close());

  const sparse = () => {
    const file = path.join(dir, 'two-gigabytes.xml');
    fs.writeFileSync(file, '<?xml version="1.0"?>');
    fs.truncateSync(file, 2 * 1024 ** 3);
    return file;
  };
  const cases: [string, () => string, string, RegExp][] = [
    ['a file that is not XML', () => write('notes.xml', 'Just some notes, not XML at all.'), 'import.not_xml', /not well-formed XML/],
    ['an empty file', () => write('empty.xml', ''), 'import.not_xml', /no element/],
    ['XML that is not a WordPress export', () => write('page.xml', '<html><body>Hello</body></html>'), 'import.not_wxr', /not a WordPress export/],
    ['an RSS feed', () => write('feed.xml', '<rss version="2.0"><channel><title>x</title></channel></rss>'), 'import.not_wxr', /RSS feed/],
    ['a truncated export', () => write('truncated.xml', fixture.slice(0, Math.floor(fixture.length / 2))), 'import.truncated', /truncated/],
    [
      'an unknown WXR version',
      () => write('version.xml', fixture.replace('<wp:wxr_version>1.2</wp:wxr_version>', '<wp:wxr_version>9.0</wp:wxr_version>')),
      'import.unsupported_version',
      /version 9\.0/,
    ],
    [
      'entity expansion (billion laughs)',
      () =>
        write(
          'laughs.xml',
          `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>${fixture.slice(fixture.indexOf('<rss')).replace('<title>OECS Newsroom</title>', '<title>&c;</title>')}`,
        ),
      'import.doctype_refused',
      /DOCTYPE/,
    ],
    [
      'an external entity',
      () =>
        write(
          'external.xml',
          `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]><rss><channel><title>&secret;</title></channel></rss>`,
        ),
      'import.doctype_refused',
      /DOCTYPE/,
    ],
    ['a 2 GB file (over the size limit)', sparse, 'import.too_large', /2,048 MB, over the limit of 1,024 MB/],
  ];
  for (const [what, make, code, message] of cases) {
    it(`refuses ${what} with ${code}, and what was imported before stays`, async () => {
      const before = await count();
      await assert.rejects(
        site.features.wordpressImport.importSite({ file: make() }),
        (error: unknown) => error instanceof AppError && error.code === code && message.test(error.message),
      );
      assert.equal(await count(), before);
      assert.equal(before, 15);
    });
  }

  it('refuses an element holding more text than the limit, read as a stream', async () => {
    const file = write('huge-post.xml', oneExport(`<p>${'x'.repeat(3 * 1024 * 1024)}</p>`));
    await assert.rejects(
      site.features.wordpressImport.importSite({ file, limits: { maxBytes: 1024 ** 3, maxFieldChars: 1024 * 1024 } }),
      (error: unknown) => error instanceof AppError && error.code === 'import.too_large' && /content:encoded/.test(error.message),
    );
  });

  it('imports a post with broken HTML cleaned by the editor’s sanitizer', async () => {
    const broken = '<p>Unclosed <b>bold <script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">link</a><div onclick="x()">text';
    const summary = await site.features.wordpressImport.importSite({ file: write('broken.xml', oneExport(broken)) });
    assert.equal(summary.posts.imported, 1);
    const row = await site.database.db.selectFrom('translations').select('bodyHtml').where('title', '=', 'Post 0 in en').executeTakeFirstOrThrow();
    assert.doesNotMatch(row.bodyHtml, /script|onerror|onclick|javascript:|alert\(1\)/);
    assert.match(row.bodyHtml, /Unclosed <b>bold/);
    assert.deepEqual([...summary.images.dropped.keys()], ['x']);
  });
});

describe('Fetching images from the old site', () => {
  it('refuses addresses that are not public', async () => {
    for (const address of ['127.0.0.1', '10.0.0.8', '192.168.1.1', '169.254.169.254', '::1', 'fc00::1']) assert.equal(isPublicAddress(address), false, address);
    assert.equal(isPublicAddress('203.0.114.1'), true);
    await assert.rejects(
      fetchPublic('http://127.0.0.1:9/x.jpg'),
      (error: unknown) => error instanceof FetchRefused && /not a public address/.test(error.message),
    );
    await assert.rejects(fetchPublic('http://localhost:9/x.jpg'), FetchRefused);
    await assert.rejects(fetchPublic('file:///etc/passwd'), FetchRefused);
  });
});
