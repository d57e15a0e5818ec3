import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'a long enough password';
const ALTS = { 'alt-ar': 'مشاركون في ورشة عمل', 'alt-en': 'Participants at a workshop', 'alt-fr': 'Participants à un atelier' };

await describeOnEachDatabase('uploading images to the library', (dialect) => {
  let site: TestApp;
  let editor: AdminBrowser;
  let photo: Buffer;

  before(async () => {
    site = await startTestApp(dialect);
    await site.features.accounts.createUser({ email: 'editor@example.org', name: 'Editor', password: PASSWORD, role: 'editor', interfaceLanguage: 'en' }, null);
    await site.features.accounts.createUser(
      { email: 'translator@example.org', name: 'Translator', password: PASSWORD, role: 'translator', interfaceLanguage: 'en' },
      null,
    );
    editor = new AdminBrowser(site.app);
    await editor.signIn('editor@example.org', PASSWORD);
    photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 20, g: 110, b: 80 } } })
      .png()
      .toBuffer();
  });
  after(() => site?.close());

  it('stores an image with its description in every language and makes responsive variants', async () => {
    const response = await editor.postFile('/admin/media', ALTS, { name: 'workshop.png', type: 'image/png', content: photo });
    assert.equal(response.statusCode, 303);
    const library = await editor.get('/admin/media?done=uploaded');
    assert.match(library.body, /alt="Participants at a workshop"/);
    const [image] = await site.features.media.recentImages('ar', 'en', 1);
    assert.equal(image!.alt, 'مشاركون في ورشة عمل');
    assert.deepEqual([image!.width, image!.height], [1200, 800]);
    for (const source of image!.sources)
      for (const file of source.srcset.split(', ').map((entry) => entry.split(' ')[0]!)) {
        assert.ok(fs.existsSync(path.join(site.config.mediaDir, path.basename(file))), file);
      }
    await editor.postFile('/admin/media', ALTS, { name: 'again.png', type: 'image/png', content: photo });
    assert.equal((await site.features.media.recentImages('en', 'en', 10)).length, 1, 'the same image is stored once');
  });

  it('refuses a file that is not an image, whatever its name says, keeping the descriptions typed', async () => {
    const response = await editor.postFile('/admin/media', ALTS, {
      name: 'photo.jpg',
      type: 'image/jpeg',
      content: Buffer.from('%PDF-1.7 this is not an image at all'),
    });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="image-error">This file is not a JPEG, PNG, WebP or AVIF image\./);
    assert.match(response.body, /value="Participants à un atelier"/);
  });

  it('refuses a file over 20 MB with a clear message', async () => {
    const response = await editor.postFile('/admin/media', ALTS, { name: 'huge.jpg', type: 'image/jpeg', content: Buffer.alloc(21 * 1024 * 1024, 0xff) });
    assert.equal(response.statusCode, 413);
    assert.match(response.body, /This file is larger than 20 MB\./);
  });

  it('requires a description in every site language', async () => {
    const response = await editor.postFile('/admin/media', { ...ALTS, 'alt-ar': '  ' }, { name: 'workshop.png', type: 'image/png', content: photo });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /id="alt-ar-error">This field is required\./);
  });

  it('lets translators browse the library but not add to it', async () => {
    const translator = new AdminBrowser(site.app);
    await translator.signIn('translator@example.org', PASSWORD);
    const page = await translator.get('/admin/media');
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /enctype="multipart\/form-data"/);
    const token = await translator.csrfToken('/admin/account');
    const response = await translator.postFile('/admin/media', { ...ALTS, _csrf: token }, { name: 'workshop.png', type: 'image/png', content: photo });
    assert.equal(response.statusCode, 403);
  });
});
