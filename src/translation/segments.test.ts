import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentStory } from './segments.ts';

const BODY = [
  '<p>ICESCO and <a href="https://example.org/a?x=1&amp;y=2" title="Partner">Indonesia</a> signed an <em>agreement</em> &eacute;t&#233;.</p>',
  '<h2>Next steps</h2>',
  '<ul><li>Teachers <strong>first</strong></li><li>Then <span translate="no">Bahasa Indonesia</span> courses</li></ul>',
  '<figure><img src="/media/x-960.jpg" alt="The signing ceremony" width="960"><figcaption>Delegates in <a href="/en/">Jakarta</a></figcaption></figure>',
  '<blockquote><p>A quote.</p></blockquote>',
].join('');

describe('story segments', () => {
  const story = segmentStory({ title: 'ICESCO meets Indonesia', summary: 'A summary.', bodyHtml: BODY }, ['ICESCO']);

  it('sends title, summary, every block and alt text, without attributes and with real characters', () => {
    assert.deepEqual(story.segments, [
      '<span id="p1">ICESCO</span> meets Indonesia',
      'A summary.',
      '<span id="p1">ICESCO</span> and <a id="t1">Indonesia</a> signed an <em id="t2">agreement</em> été.',
      'Next steps',
      'Teachers <strong id="t1">first</strong>',
      'Then <span id="p1">Bahasa Indonesia</span> courses',
      'The signing ceremony',
      'Delegates in <a id="t1">Jakarta</a>',
      'A quote.',
    ]);
  });

  it('puts translations back with every original attribute, protected text untouched and the same structure', () => {
    const translated = story.rebuild([
      '<span id="p1">ICESCO</span> conoce Indonesia',
      'Un resumen.',
      '<span id="p1">ICESCOO</span> e <a id="t1">Indonesia</a> firmaron un <em id="t2">acuerdo</em> verano.',
      'Pasos siguientes',
      'Maestros <strong id="t1">primero</strong>',
      'Luego cursos de <span id="p1">Bahasa Indonesio</span>',
      'La ceremonia de firma',
      'Delegados en <a id="t1">Yakarta</a>',
      'Una cita.',
    ]);
    assert.equal(translated.title, 'ICESCO conoce Indonesia');
    assert.equal(translated.summary, 'Un resumen.');
    assert.equal(
      translated.bodyHtml,
      [
        '<p>ICESCO e <a href="https://example.org/a?x=1&amp;y=2" title="Partner">Indonesia</a> firmaron un <em>acuerdo</em> verano.</p>',
        '<h2>Pasos siguientes</h2>',
        '<ul><li>Maestros <strong>primero</strong></li><li>Luego cursos de <span translate="no">Bahasa Indonesia</span></li></ul>',
        '<figure><img src="/media/x-960.jpg" alt="La ceremonia de firma" width="960"><figcaption>Delegados en <a href="/en/">Yakarta</a></figcaption></figure>',
        '<blockquote><p>Una cita.</p></blockquote>',
      ].join(''),
    );
  });

  it('drops markup an engine invents and keeps its text', () => {
    const segments = segmentStory({ title: 'T', summary: '', bodyHtml: '<p>Plain <b>bold</b></p>' }, []);
    assert.equal(
      segments.rebuild(['T', 'Llano <b id="t1">negrita</b> <script id="x">alert(1)</script><i>más</i>']).bodyHtml,
      '<p>Llano <b>negrita</b> alert(1)más</p>',
    );
  });

  it('segments a stored body nested 10,000 lists deep without running out of stack, up to the depth the sanitizer allows', () => {
    const levels = 10_000;
    const bodyHtml = `<p>Intro.</p>${Array.from({ length: levels }, (_, i) => `<ul><li>Level ${i}`).join('')}${'</li></ul>'.repeat(levels)}`;
    const started = performance.now();
    const story = segmentStory({ title: 'Deep', summary: '', bodyHtml }, []);
    const rebuilt = story.rebuild(story.segments.map((segment) => segment.replace('Level', 'Niveau')));
    const elapsed = performance.now() - started;
    // 100 levels of elements are 50 of <ul><li>.
    assert.deepEqual(story.segments, ['Deep', 'Intro.', ...Array.from({ length: 50 }, (_, i) => `Level ${i}`)]);
    assert.ok(rebuilt.bodyHtml.startsWith('<p>Intro.</p><ul><li>Niveau 0<ul><li>Niveau 1<ul>'), rebuilt.bodyHtml.slice(0, 80));
    assert.ok(rebuilt.bodyHtml.endsWith(`Niveau 49${'</li></ul>'.repeat(50)}`), rebuilt.bodyHtml.slice(-80));
    assert.ok(elapsed < 1000, `segmented and rebuilt in ${Math.round(elapsed)} ms`);
  });

  it('reads an engine’s answer nested 60,000 deep without running out of stack', () => {
    const story = segmentStory({ title: 'T', summary: '', bodyHtml: '<p>Plain <b>bold</b></p>' }, []);
    const rebuilt = story.rebuild(['T', `Llano ${'<b id="t1">'.repeat(60_000)}negrita`]);
    assert.ok(rebuilt.bodyHtml.startsWith('<p>Llano <b><b><b>'));
    assert.ok((rebuilt.bodyHtml.match(/<b>/g) ?? []).length <= 100);
  });
});
