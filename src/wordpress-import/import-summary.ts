/** What an import did, counted as it goes, and the summary the command prints at the end. */

export interface ImportSummary {
  dryRun: boolean;
  items: number;
  /** Of the items, those that are media (attachments), which come over only as the images posts use. */
  attachments: number;
  posts: { imported: number; updated: number; unchanged: number; failed: { post: string; reason: string }[] };
  /** Reason → the posts skipped for it. */
  skipped: Map<string, string[]>;
  stories: number;
  sections: { created: number; reused: number };
  tags: { created: number; reused: number };
  memberStates: string[];
  authors: { created: number; reused: number };
  images: { imported: number; reused: number; withoutAlt: Set<string>; dropped: Map<string, string> };
  comments: number;
  redirects: number;
  /** Posts whose language the export does not give, imported in the default language. */
  languageUnknown: string[];
  /** Shortcode → how many posts still hold it as text. */
  shortcodes: Map<string, number>;
}

export function emptySummary(dryRun: boolean): ImportSummary {
  return {
    dryRun,
    items: 0,
    attachments: 0,
    posts: { imported: 0, updated: 0, unchanged: 0, failed: [] },
    skipped: new Map(),
    stories: 0,
    sections: { created: 0, reused: 0 },
    tags: { created: 0, reused: 0 },
    memberStates: [],
    authors: { created: 0, reused: 0 },
    images: { imported: 0, reused: 0, withoutAlt: new Set(), dropped: new Map() },
    comments: 0,
    redirects: 0,
    languageUnknown: [],
    shortcodes: new Map(),
  };
}

export function skip(summary: ImportSummary, reason: string, post: string): void {
  const list = summary.skipped.get(reason) ?? [];
  list.push(post);
  summary.skipped.set(reason, list);
}

/** At most this many names under each heading; the count says how many there are. */
const LISTED = 20;

function list(title: string, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const shown = names.slice(0, LISTED).map((name) => `    ${name}`);
  if (names.length > LISTED) shown.push(`    … and ${names.length - LISTED} more`);
  return [`  ${title} (${names.length}):`, ...shown];
}

export function formatSummary(s: ImportSummary): string {
  const skippedCount = [...s.skipped.values()].reduce((sum, posts) => sum + posts.length, 0);
  const lines = [
    s.dryRun ? 'Dry run: nothing was written. The import would give:' : 'Import finished.',
    `  Posts: ${s.posts.imported} imported, ${s.posts.updated} updated, ${s.posts.unchanged} unchanged, ${skippedCount} skipped, ${s.posts.failed.length} failed (of ${s.items - s.attachments} posts and pages in the export, beside ${s.attachments} media)`,
    `  Stories: ${s.stories} new`,
    `  Sections: ${s.sections.created} created, ${s.sections.reused} existing; tags: ${s.tags.created} created, ${s.tags.reused} existing${s.memberStates.length ? `; Member States: ${s.memberStates.join(', ')}` : ''}`,
    `  Authors: ${s.authors.created} accounts created (disabled, no password: an administrator sets one and enables them), ${s.authors.reused} existing`,
    `  Images: ${s.images.imported} imported, ${s.images.reused} already in the library, ${s.images.withoutAlt.size} without alt text, ${s.images.dropped.size} left out`,
    `  Redirects from old addresses: ${s.redirects}`,
    `  Comments: ${s.comments} not imported (Diwan has no comments)`,
  ];
  for (const [reason, posts] of s.skipped) lines.push(...list(`Skipped, ${reason}`, posts));
  lines.push(
    ...list(
      'Failed',
      s.posts.failed.map((f) => `${f.post}: ${f.reason}`),
    ),
  );
  lines.push(...list('No language in the export, imported in the default language', s.languageUnknown));
  lines.push(...list('Images that need alt text (add it in the media library or the story)', [...s.images.withoutAlt]));
  lines.push(
    ...list(
      'Images left out',
      [...s.images.dropped].map(([src, reason]) => `${src}: ${reason}`),
    ),
  );
  lines.push(
    ...list(
      'Shortcodes left as text',
      [...s.shortcodes].map(([name, posts]) => `[${name}] in ${posts} post${posts === 1 ? '' : 's'}`),
    ),
  );
  return lines.join('\n');
}
