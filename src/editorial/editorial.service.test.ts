import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { User } from '../accounts/index.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

const story = { featured: false, heroImageId: null, termIds: [], memberStates: [] };
const text = (title: string, body = '<p>Body text.</p>') => ({ title, slug: '', summary: `${title} in brief.`, bodyHtml: body });

await describeOnEachDatabase('the editorial workflow', (dialect) => {
  let site: TestApp;
  const people: Record<'editor' | 'author' | 'otherAuthor' | 'translator', User> = {} as never;
  const editorial = () => site.features.editorial;
  const publicStatus = async (language: string, slug: string) => (await site.app.inject(`/${language}/news/${encodeURIComponent(slug)}`)).statusCode;

  before(async () => {
    site = await startTestApp(dialect);
    const make = (email: string, role: User['role']) =>
      site.features.accounts.createUser({ email, name: email.split('@')[0]!, password: 'a long enough password', role, interfaceLanguage: 'en' }, null);
    people.editor = await make('editor@example.org', 'editor');
    people.author = await make('author@example.org', 'author');
    people.otherAuthor = await make('other@example.org', 'author');
    people.translator = await make('translator@example.org', 'translator');
  });
  after(() => site?.close());

  it('lets an author write and submit a draft, and only an editor publish it', async () => {
    const id = await editorial().createStory('ar', text('قمة الشباب في الرباط'), story, people.author);
    await editorial().save(id, 'ar', text('قمة الشباب في الرباط تختتم أعمالها'), story, people.author);
    await assert.rejects(editorial().move(id, 'ar', 'published', people.author), /may not move/);
    await editorial().move(id, 'ar', 'review', people.author);
    await assert.rejects(editorial().save(id, 'ar', text('تعديل'), story, people.author), /may not edit/, 'in review the author no longer edits');
    await assert.rejects(editorial().save(id, 'ar', text('تعديل'), story, people.otherAuthor), /may not edit/);
    const slug = (await editorial().editable(id, 'ar', people.editor)).translation!.slug;
    assert.equal(slug, 'قمة-الشباب-في-الرباط-تختتم-اعمالها');
    assert.equal(await publicStatus('ar', slug), 404);
    await editorial().move(id, 'ar', 'published', people.editor);
    assert.equal(await publicStatus('ar', slug), 200);
    const list = await editorial().list({ authorId: people.author.id }, 1);
    assert.deepEqual(
      list.rows.map((row) => [row.language, row.status]),
      [['ar', 'published']],
    );
  });

  it('keeps a revision of every save, compares them, and restores an old one as a new revision', async () => {
    const id = await editorial().createStory('en', text('First title', '<p>One two three.</p>'), story, people.editor);
    await editorial().save(id, 'en', text('Second title', '<p>One two four.</p>'), story, people.editor);
    await editorial().save(id, 'en', text('Third title', '<p>Five.</p>'), story, people.editor);
    const history = await editorial().history(id, 'en');
    assert.deepEqual(
      history.map((r) => [r.revision, r.title]),
      [
        [3, 'Third title'],
        [2, 'Second title'],
        [1, 'First title'],
      ],
    );
    const { before: older, after: newer } = await editorial().revision(id, 'en', 2);
    assert.equal(older?.bodyHtml, '<p>One two three.</p>');
    assert.equal(newer.bodyHtml, '<p>One two four.</p>');
    await editorial().restore(id, 'en', 1, people.editor);
    const restored = await editorial().history(id, 'en');
    assert.deepEqual(
      restored.slice(0, 1).map((r) => [r.revision, r.title]),
      [[4, 'First title']],
    );
  });

  it('publishing one language never publishes another', async () => {
    const id = await editorial().createStory('fr', text('Forum des jeunes'), story, people.editor);
    await editorial().save(id, 'en', text('Youth forum'), null, people.translator, 'fr');
    await editorial().move(id, 'fr', 'published', people.editor);
    const languages = (await editorial().editable(id, 'fr', people.editor)).languages;
    assert.deepEqual(
      languages.filter((l) => l.status).map((l) => [l.language, l.status]),
      [
        ['en', 'draft'],
        ['fr', 'published'],
      ],
    );
    assert.equal(await publicStatus('en', 'youth-forum'), 404);
  });

  it('lets a translator translate an existing story but not write or publish stories', async () => {
    const id = await editorial().createStory('en', text('Water research network'), story, people.editor);
    await assert.rejects(editorial().save(id, 'en', text('Changed by a translator'), null, people.translator), /may not edit/, 'not the original');
    const before = await editorial().editable(id, 'fr', people.translator);
    assert.equal(before.source?.language, 'en', 'the source is offered beside the form');
    assert.equal(before.canEdit, true);
    await editorial().save(id, 'fr', text('Réseau de recherche sur l’eau'), null, people.translator, 'en');
    assert.deepEqual((await editorial().editable(id, 'fr', people.translator)).moves, ['review']);
    await editorial().move(id, 'fr', 'review', people.translator);
    await assert.rejects(editorial().move(id, 'fr', 'published', people.translator), /may not move/);
  });

  it('marks a translation out of date when its source changes after it was made', async () => {
    const id = await editorial().createStory('en', text('Heritage list grows'), story, people.editor);
    await editorial().save(id, 'ar', text('توسع قائمة التراث'), null, people.editor, 'en');
    await editorial().move(id, 'ar', 'published', people.editor);
    assert.equal((await editorial().editable(id, 'ar', people.editor)).outOfDate, false);
    await editorial().save(id, 'en', text('Heritage list grows by three sites'), story, people.editor);
    assert.equal((await editorial().editable(id, 'ar', people.editor)).outOfDate, true);
    const row = (await editorial().list({ language: 'ar', text: 'التراث' }, 1)).rows.find((r) => r.storyId === id);
    assert.equal(row?.outOfDate, true);
    await editorial().save(id, 'ar', text('توسع قائمة التراث بثلاثة مواقع'), null, people.editor, 'en');
    assert.equal((await editorial().editable(id, 'ar', people.editor)).outOfDate, false);
  });

  it('schedules a translation only for a time in the future', async () => {
    const id = await editorial().createStory('en', text('Scheduled for later'), story, people.editor);
    await assert.rejects(editorial().move(id, 'en', 'scheduled', people.editor, '2001-01-01T00:00:00Z'), /publishAt/);
    await editorial().move(id, 'en', 'scheduled', people.editor, new Date(Date.now() + 3_600_000).toISOString());
    assert.equal(await publicStatus('en', 'scheduled-for-later'), 404);
  });

  it('refuses unsafe body markup and explains every missing field', async () => {
    await assert.rejects(
      editorial().createStory('en', { title: '', slug: '', summary: '', bodyHtml: '<script>alert(1)</script>' }, story, people.editor),
      (error: Error & { fields?: object }) => {
        assert.deepEqual(Object.keys(error.fields ?? {}).sort(), ['bodyHtml', 'title']);
        return true;
      },
    );
    const id = await editorial().createStory(
      'en',
      text('Clean', '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a><img src="/media/a-960.jpg" onerror="x()" alt=""></p>'),
      story,
      people.editor,
    );
    const saved = (await editorial().editable(id, 'en', people.editor)).translation!;
    assert.equal(saved.bodyHtml, '<p>Hi <a rel="noopener">there</a><img src="/media/a-960.jpg" alt="" /></p>');
  });

  it('refuses a body nested deeper than any article with its own code, on creating and on saving', async () => {
    const deep = `${'<ul><li>'.repeat(2000)}Deep${'</li></ul>'.repeat(2000)}`;
    const tooDeep = { code: 'story.body_too_deep', fields: { bodyHtml: 'admin.error.bodyTooDeep' } };
    await assert.rejects(editorial().createStory('en', text('Too deep', deep), story, people.editor), tooDeep);
    const id = await editorial().createStory('en', text('Shallow enough'), story, people.editor);
    await assert.rejects(editorial().save(id, 'en', text('Shallow enough', deep), story, people.editor), tooDeep);
    assert.equal((await editorial().editable(id, 'en', people.editor)).translation!.bodyHtml, '<p>Body text.</p>');
  });
});
