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
});
