// Work that stands in for rendering a page: building and escaping strings, which allocates as a renderer
// does (so the young generation is collected as it is under Diwan), with no I/O and nothing shared between
// processes. The pages bench times it once and gives the bare Node server as many rounds as make a
// rendered page's CPU time: how much two processes gain over one on work like that is this machine's own
// scaling, against which Diwan's workers are read.
const CARDS = Array.from({ length: 40 }, (_, i) => ({ title: `Story ${i} <on> "Member States"`, href: `/en/news/story-${i}`, date: '2026-12-01' }));
const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One round: a list of cards as HTML. Returns its length, so that nothing is optimized away. */
export function workRound() {
  let html = '<ul>';
  for (const card of CARDS) html += `<li><a href="${escapeHtml(card.href)}">${escapeHtml(card.title)}</a><time>${card.date}</time></li>`;
  return `${html}</ul>`.length;
}

/** How many rounds take `microseconds` of CPU in this process, timed after a warm-up. */
export function roundsFor(microseconds) {
  for (let i = 0; i < 20_000; i++) workRound();
  const rounds = 20_000;
  const start = process.cpuUsage();
  for (let i = 0; i < rounds; i++) workRound();
  const used = process.cpuUsage(start);
  return Math.max(1, Math.round((microseconds * rounds) / (used.user + used.system)));
}
