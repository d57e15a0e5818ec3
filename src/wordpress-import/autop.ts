/**
 * Paragraphs for classic-editor content, as WordPress's `wpautop()` makes them when it shows a post: a
 * blank line ends a paragraph, a single line break inside one becomes `<br>`, and block elements
 * (lists, figures, tables, headings) are never wrapped in `<p>`. A port of its rules, not of every
 * corner case: `<pre>` keeps its line breaks; the sanitizer cleans what is left.
 */
const BLOCKS =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary';
const OPEN_OR_CLOSE_BLOCK = `</?(?:${BLOCKS})(?:\\s[^>]*)?/?>`;

export function autop(text: string): string {
  if (text.trim() === '') return '';
  // Line breaks inside <pre> are content: kept aside while the rest is split into paragraphs.
  const kept: string[] = [];
  let pee = `${text.replace(/\r\n?/g, '\n')}\n`.replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => {
    kept.push(pre);
    return `<pre data-kept="${kept.length - 1}"></pre>`;
  });
  pee = pee.replace(new RegExp(`(<(?:${BLOCKS})[\\s/>])`, 'gi'), '\n\n$1').replace(new RegExp(`(</(?:${BLOCKS})>)`, 'gi'), '$1\n\n');
  pee = pee
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.trim()}</p>\n`)
    .join('');
  pee = pee
    .replace(new RegExp(`<p>\\s*(${OPEN_OR_CLOSE_BLOCK})`, 'gi'), '$1')
    .replace(new RegExp(`(${OPEN_OR_CLOSE_BLOCK})\\s*</p>`, 'gi'), '$1')
    .replace(/<p>\s*<\/p>\n?/g, '')
    .replace(/(?<!<br \/>)\s*\n(?!$)/g, '<br />\n')
    .replace(new RegExp(`(${OPEN_OR_CLOSE_BLOCK})\\s*<br />`, 'gi'), '$1')
    .replace(new RegExp(`<br />(\\s*${OPEN_OR_CLOSE_BLOCK})`, 'gi'), '$1');
  return pee.replace(/<pre data-kept="(\d+)"><\/pre>/g, (_, i: string) => kept[Number(i)]!).trim();
}
