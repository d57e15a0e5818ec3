import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import sharp from 'sharp';
import { AdminBrowser } from '../testing/admin-browser.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const ADMIN = { email: 'chief@example.org', password: 'a long enough password' };
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

await describeOnEachDatabase('the audit log', (dialect) => {
  let site: TestApp;
  let admin: AdminBrowser;
  let adminId: number;

  /** The newest entry with this action: who, on what, with which details. */
  async function lastEntry(action: string) {
    const [entry] = await site.features.audit.list({ action, limit: 1 });
    assert.ok(entry, `an entry "${action}" is in the log`);
    return entry;
  }

  before(async () => {
    site = await startTestApp(dialect);
    adminId = (await site.features.accounts.createUser({ ...ADMIN, name: 'Chief', role: 'administrator', interfaceLanguage: 'en' }, null)).id;
    admin = new AdminBrowser(site.app);
    await admin.signIn(ADMIN.email, ADMIN.password);
  });
  after(() => site?.close());

  it('names who added a section, renamed it and added a Member State', async () => {
    const names = { 'name-en': 'Heritage', 'name-fr': 'Patrimoine', 'name-ar': 'التراث' };
    assert.equal((await admin.post('/admin/taxonomy/section/new', { ...names, slug: '' })).statusCode, 303);
    const created = await lastEntry('term.create');
    assert.equal(created.userId, adminId);
    assert.match(created.subject, /^section:\d+$/);
    assert.deepEqual(created.detail, { slug: '', names: { en: 'Heritage', fr: 'Patrimoine', ar: 'التراث' } });

    const id = created.subject.split(':')[1];
    assert.equal((await admin.post(`/admin/taxonomy/section/${id}`, { ...names, 'name-en': 'World Heritage', slug: 'heritage' })).statusCode, 303);
    const renamed = await lastEntry('term.save');
    assert.equal(renamed.subject, created.subject);
    assert.equal((renamed.detail.names as Record<string, string>).en, 'World Heritage');

    assert.equal((await admin.post('/admin/taxonomy/member-states', { code: 'sn' }, '/admin/taxonomy')).statusCode, 303);
    const added = await lastEntry('member_state.add');
    assert.deepEqual([added.userId, added.subject], [adminId, 'member_state:SN']);
  });

  it('names who uploaded an image, with the descriptions given', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 90, g: 40, b: 20 } } })
      .png()
      .toBuffer();
    const alts = { 'alt-en': 'A manuscript', 'alt-fr': 'Un manuscrit', 'alt-ar': 'مخطوطة' };
    assert.equal((await admin.postFile('/admin/media', alts, { name: 'manuscript.png', type: 'image/png', content: photo })).statusCode, 303);
    const [image] = await site.features.media.recentImages('en', 'en', 1);
    const entry = await lastEntry('image.upload');
    assert.equal(entry.userId, adminId);
    assert.equal(entry.subject, `image:${image!.id}`);
    assert.deepEqual(entry.detail.alts, { en: 'A manuscript', fr: 'Un manuscrit', ar: 'مخطوطة' });
  });

  it('names who reworded the survey and who changed the engines’ settings', async () => {
    assert.equal((await admin.post('/admin/feedback/settings', { 'en.question': 'Did this page help you?', retentionDays: '90' })).statusCode, 303);
    const survey = await lastEntry('survey.settings');
    assert.equal(survey.userId, adminId);
    assert.equal(survey.detail.commentRetentionDays, 90);
    assert.equal((survey.detail.texts as Record<string, { question?: string }>).en?.question, 'Did this page help you?');

    assert.equal((await admin.post('/admin/translation', {})).statusCode, 303);
    const engines = await lastEntry('translation.engines');
    assert.equal(engines.userId, adminId);
    assert.ok(Array.isArray(engines.detail.order), 'the engine order saved is written down');
  });

  it('names who hid a visitor’s comment and who showed it again', async () => {
    const answered = await site.app.inject({
      method: 'POST',
      url: '/feedback',
      remoteAddress: '192.0.2.44',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER, accept: 'text/html' },
      payload: new URLSearchParams({ rating: '2', comment: 'The Arabic menu is cut off on my phone', page: '/en/', website: '' }).toString(),
    });
    assert.equal(answered.statusCode, 303);
    const [answer] = await site.database.db.selectFrom('feedbackAnswers').select('id').where('comment', 'is not', null).execute();
    assert.equal((await admin.post(`/admin/feedback/comments/${answer!.id}`, { hidden: '1' }, '/admin/feedback')).statusCode, 303);
    const hid = await lastEntry('survey_comment.hide');
    assert.deepEqual([hid.userId, hid.subject], [adminId, `survey_answer:${answer!.id}`]);
    assert.equal((await admin.post(`/admin/feedback/comments/${answer!.id}`, { hidden: '0' }, '/admin/feedback')).statusCode, 303);
    assert.equal((await lastEntry('survey_comment.show')).subject, `survey_answer:${answer!.id}`);
  });

  it('writes nothing down for a change that was refused', async () => {
    const before = (await site.features.audit.list({ limit: 1000 })).length;
    assert.equal((await admin.post('/admin/taxonomy/section/new', { 'name-en': '', slug: '' })).statusCode, 400);
    assert.equal((await admin.post('/admin/feedback/settings', { retentionDays: 'soon' })).statusCode, 400);
    assert.equal((await site.features.audit.list({ limit: 1000 })).length, before);
  });
});
