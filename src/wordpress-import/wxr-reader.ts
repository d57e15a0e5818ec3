/**
 * Reads a WordPress eXtended RSS export (WXR 1.0–1.2) as a stream with saxes, record by record:
 * authors, terms and items are handed out one at a time, so memory stays flat whatever the file's size.
 * saxes never expands entities declared in a DTD, and any DOCTYPE is refused here before that matters:
 * WordPress never writes one, so one is either a mistake or an attack (billion laughs, external entities).
 */
import fs from 'node:fs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../http/app-error.ts';
import type { WxrAuthor, WxrChannel, WxrItem, WxrRecord, WxrTerm } from './wxr.types.ts';

export interface WxrLimits {
  /** Files larger than this are refused before reading. */
  maxBytes: number;
  /** No single element (a post's content, say) may hold more characters than this. */
  maxFieldChars: number;
}

export const DEFAULT_LIMITS: WxrLimits = { maxBytes: 1024 ** 3, maxFieldChars: 64 * 1024 ** 2 };

const SUPPORTED_VERSIONS = new Set(['1.0', '1.1', '1.2']);
const RECORDS = new Set(['wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item']);
const megabytes = (bytes: number) => `${(bytes / 1024 ** 2).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

interface OpenRecord {
  name: string;
  fields: Record<string, string>;
  terms: WxrItem['terms'];
  meta: Map<string, string>;
  comments: number;
}

/** `wp:post_id` → `post_id`; other prefixes stay (`content:encoded` and `excerpt:encoded` differ only by theirs). */
const local = (name: string) => (name.startsWith('wp:') ? name.slice(3) : name);

function toRecord(open: OpenRecord): WxrRecord {
  const f = open.fields;
  if (open.name === 'wp:author') {
    const author: WxrAuthor = { id: Number(f.author_id), login: f.author_login ?? '', email: f.author_email ?? '', displayName: f.author_display_name ?? '' };
    return { type: 'author', author };
  }
  if (open.name !== 'item') {
    const taxonomy = open.name === 'wp:category' ? 'category' : open.name === 'wp:tag' ? 'post_tag' : (f.term_taxonomy ?? '');
    const term: WxrTerm = {
      id: Number(f.term_id),
      taxonomy,
      slug: f.category_nicename ?? f.tag_slug ?? f.term_slug ?? '',
      parent: f.category_parent ?? f.term_parent ?? '',
      name: f.cat_name ?? f.tag_name ?? f.term_name ?? '',
      description: f.category_description ?? f.tag_description ?? f.term_description ?? '',
    };
    return { type: 'term', term };
  }
  const item: WxrItem = {
    id: Number(f.post_id),
    title: f.title ?? '',
    link: f.link ?? '',
    guid: f.guid ?? '',
    creator: f['dc:creator'] ?? '',
    content: f['content:encoded'] ?? '',
    excerpt: f['excerpt:encoded'] ?? '',
    date: f.post_date ?? '',
    dateGmt: f.post_date_gmt ?? '',
    modifiedGmt: f.post_modified_gmt ?? '',
    name: f.post_name ?? '',
    status: f.status ?? '',
    type: f.post_type ?? '',
    parent: Number(f.post_parent ?? 0),
    attachmentUrl: f.attachment_url ?? '',
    terms: open.terms,
    meta: open.meta,
    comments: open.comments,
  };
  return { type: 'item', item };
}

/** Every record of the export, in file order; the channel (site address, WXR version) before the first. */
export async function* readWxr(file: string, limits: WxrLimits = DEFAULT_LIMITS): AsyncGenerator<WxrRecord | { type: 'channel'; channel: WxrChannel }> {
  let size: number;
  try {
    size = (await fs.promises.stat(file)).size;
  } catch (error) {
    throw new AppError('import.unreadable', `Cannot read ${file}: ${(error as Error).message}`);
  }
  if (size > limits.maxBytes)
    throw new AppError('import.too_large', `${file} is ${megabytes(size)}, over the limit of ${megabytes(limits.maxBytes)} (raise it with --max-size)`);

  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const out: (WxrRecord | { type: 'channel'; channel: WxrChannel })[] = [];
  const stack: string[] = [];
  const channel: Record<string, string> = {};
  let channelSent = false;
  let text = '';
  let open: OpenRecord | null = null;
  let category: Record<string, string> | null = null;
  let meta: { key: string; value: string } | null = null;
  let inComment = false;
  let sawRoot = false;
  let failure: AppError | null = null;

  const fail = (code: 'import.not_xml' | 'import.not_wxr' | 'import.unsupported_version' | 'import.doctype_refused' | 'import.too_large', message: string) => {
    failure ??= new AppError(code, message);
    throw failure;
  };
  const sendChannel = () => {
    if (channelSent) return;
    const version = channel.wxr_version;
    if (version === undefined) fail('import.not_wxr', `${file} is an RSS file but not a WordPress export: it has no <wp:wxr_version>`);
    if (!SUPPORTED_VERSIONS.has(version!))
      fail('import.unsupported_version', `${file} is WXR version ${version}; this importer reads versions ${[...SUPPORTED_VERSIONS].join(', ')}`);
    channelSent = true;
    out.push({
      type: 'channel',
      channel: {
        wxrVersion: version!,
        baseSiteUrl: channel.base_site_url ?? channel.link ?? '',
        baseBlogUrl: channel.base_blog_url ?? '',
        title: channel.title ?? '',
      },
    });
  };

  parser.on('doctype', () =>
    fail(
      'import.doctype_refused',
      `${file} declares a DOCTYPE, which WordPress exports never do; its entities are not expanded or fetched, and the file is refused`,
    ),
  );
  parser.on('error', (error) => fail('import.not_xml', `${file} is not well-formed XML: ${error.message}`));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stack.length === 0 && (tag.name !== 'rss' || !String(tag.attributes['xmlns:wp'] ?? '').startsWith('http://wordpress.org/export/')))
      fail(
        'import.not_wxr',
        tag.name === 'rss'
          ? `${file} is an RSS feed, not a WordPress export (it lacks the WordPress export namespace)`
          : `${file} is XML but not a WordPress export (its root is <${tag.name}>, not <rss>)`,
      );
    stack.push(tag.name);
    sawRoot = true;
    text = '';
    if (open === null && RECORDS.has(tag.name) && stack[stack.length - 2] === 'channel') {
      if (tag.name === 'item') sendChannel();
      open = { name: tag.name, fields: {}, terms: [], meta: new Map(), comments: 0 };
    } else if (open?.name === 'item' && !inComment) {
      if (tag.name === 'category') category = tag.attributes as Record<string, string>;
      else if (tag.name === 'wp:postmeta') meta = { key: '', value: '' };
      else if (tag.name === 'wp:comment') {
        open.comments++;
        inComment = true;
      }
    }
  });
  const collect = (chunk: string) => {
    if (inComment) return;
    text += chunk;
    if (text.length > limits.maxFieldChars) fail('import.too_large', `<${stack.at(-1)}> in ${file} holds more than ${megabytes(limits.maxFieldChars)} of text`);
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag) => {
    stack.pop();
    const name = tag.name;
    if (open && name === open.name && stack.at(-1) === 'channel') {
      out.push(toRecord(open));
      open = null;
    } else if (inComment) {
      if (name === 'wp:comment') inComment = false;
    } else if (category) {
      open!.terms.push({ domain: category.domain ?? '', nicename: category.nicename ?? '', name: text });
      category = null;
    } else if (meta) {
      if (name === 'wp:meta_key') meta.key = text;
      else if (name === 'wp:meta_value') meta.value = text;
      else if (name === 'wp:postmeta') {
        open!.meta.set(meta.key, meta.value);
        meta = null;
      }
    } else if (open && stack.at(-1) === open.name) open.fields[local(name)] = text;
    else if (!open && stack.at(-1) === 'channel') channel[local(name)] = text;
    if (name === 'channel') sendChannel();
    text = '';
  });

  const input = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of input) {
      parser.write(chunk as string);
      yield* out.splice(0);
    }
    if (!sawRoot) throw new AppError('import.not_xml', `${file} is not XML: it holds no element at all`);
    if (stack.length > 0 || !channelSent) {
      const where = stack.length > 0 ? ` inside <${stack.at(-1)}>` : '';
      throw new AppError('import.truncated', `${file} ends before the export does${where}: the file is truncated (was the download complete?)`);
    }
    parser.close();
    yield* out.splice(0);
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof AppError) throw error;
    throw new AppError('import.not_xml', `${file} is not well-formed XML: ${(error as Error).message}`);
  } finally {
    input.destroy();
  }
}
