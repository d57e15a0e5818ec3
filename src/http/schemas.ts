/** JSON schemas shared by public routes; Fastify validates with them and answers 400 on a mismatch. */
// Past the last page is a 404; past this bound the number itself is nonsense, so a 400.
const MAX_PAGE = 1_000_000;

export const pageQuerySchema = {
  type: 'object',
  properties: { page: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
} as const;

/** No control characters: PostgreSQL cannot even compare text holding NUL, so such URLs are refused early. */
const PRINTABLE = '^[^\\u0000-\\u001f\\u007f]+$';

export const languageParam = { type: 'string', minLength: 2, maxLength: 35, pattern: PRINTABLE } as const;
export const slugParam = { type: 'string', minLength: 1, maxLength: 400, pattern: PRINTABLE } as const;

/** A row id in a URL: PostgreSQL's integer stops at 2^31 − 1, and a larger number is nonsense (400), not a lookup. */
export const idParam = { type: 'integer', minimum: 1, maximum: 2_147_483_647 } as const;

export interface PageQuery {
  page: number;
}

/** The body field a failed validation is about: the first error's path, or the property found missing. */
export function invalidField(error: { validation?: { instancePath: string; params?: Record<string, unknown> }[] }): string {
  const [first] = error.validation ?? [];
  return first?.instancePath.slice(1) || String(first?.params?.missingProperty ?? '');
}
