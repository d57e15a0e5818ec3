/** The site's stylesheet as browsers read it: a rule left open would nest every rule after it (CSS nesting) and quietly drop their styles. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadStylesheet } from './assets.ts';

/** The preludes of blocks opened inside another block that is not an at-rule (`@media`, `@supports`…). */
function nestedRules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const open: string[] = [];
  const nested: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '{') {
      const prelude = text.slice(start, i).split(/[;}]/).at(-1)!.trim();
      if (open.length > 0 && !open.at(-1)!.startsWith('@')) nested.push(`${prelude} (inside ${open.at(-1)})`);
      open.push(prelude);
      start = i + 1;
    } else if (char === '}') {
      open.pop();
      start = i + 1;
    }
  }
  if (open.length > 0) nested.push(`unclosed: ${open.join(' > ')}`);
  return nested;
}

describe('the stylesheet', () => {
  it('closes every rule, so no rule is swallowed into the one before it', () => {
    assert.deepEqual(nestedRules(loadStylesheet().css), []);
  });

  it('is checked by a reader that would see a rule left open', () => {
    assert.deepEqual(nestedRules('.a { color: red;\n/* b */\n.b { color: blue; }'), ['.b (inside .a)', 'unclosed: .a']);
    assert.deepEqual(nestedRules('@media (min-width: 40rem) { .a { color: red; } }'), []);
  });
});
