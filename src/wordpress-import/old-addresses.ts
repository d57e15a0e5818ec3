/**
 * A WordPress address in the one form the redirects table keeps: the path decoded, in lower case and
 * without trailing slash (`/ar/2024/03/12/المدير-العام`), or `?p=ID` for WordPress's plain links, which
 * work under any language prefix. The same function reads permalinks from the export and requests.
 */

/** Query parameters by which WordPress finds a post whatever the permalink settings. */
const ID_PARAMETERS = ['p', 'page_id'] as const;

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The key of an address by its path, or null for the site's root (which is no post's). */
function pathKey(pathname: string): string | null {
  const key = decodePath(pathname).normalize('NFC').toLowerCase().replace(/\/+$/, '');
  return key === '' ? null : key;
}

function idKey(search: URLSearchParams): string | null {
  for (const name of ID_PARAMETERS) {
    const id = search.get(name);
    if (id && /^\d{1,12}$/.test(id)) return `?${name}=${Number(id)}`;
  }
  return null;
}

function parse(address: string): URL | null {
  try {
    return new URL(address, 'http://old.invalid');
  } catch {
    return null;
  }
}

/** The key of a permalink as the export gives it: `?p=ID` for plain links, else its path. */
export function normalizeOldAddress(address: string): string | null {
  const url = parse(address);
  if (!url) return null;
  return idKey(url.searchParams) ?? pathKey(url.pathname);
}

/** Whether a request's URL carries `?p=` or `?page_id=`: only those need looking up before the routes answer. */
export function carriesPostId(rawUrl: string): boolean {
  const query = rawUrl.indexOf('?');
  return query !== -1 && /(^|&)(p|page_id)=\d/.test(rawUrl.slice(query + 1));
}

/** The keys a request may match, most specific first. */
export function requestKeys(rawUrl: string): string[] {
  const url = parse(rawUrl);
  if (!url) return [];
  return [idKey(url.searchParams), pathKey(url.pathname)].filter((key): key is string => key !== null && key.length <= 2000);
}
