/** The `include` and `fields` parameters: comma-separated names, checked by the route's schema pattern. */
import type { Includes, StoryJson } from './story-json.ts';

export function includesOf(raw: string | undefined): Includes {
  return new Set((raw ?? '').split(',').filter(Boolean)) as Includes;
}

/** The story with only the fields asked for; `id` always stays, so a client can tell items apart. */
export function trimmed(story: StoryJson, fields: string | undefined): Partial<StoryJson> {
  if (!fields) return story;
  const wanted = new Set(['id', ...fields.split(',')]);
  return Object.fromEntries(Object.entries(story).filter(([name]) => wanted.has(name)));
}
