/** JSON schemas shared by public routes; Fastify validates with them and answers 400 on a mismatch. */
export const MAX_PAGE = 10_000;

export const pageQuerySchema = {
  type: 'object',
  properties: { page: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 } },
} as const;

export const languageParam = { type: 'string', minLength: 2, maxLength: 35 } as const;
export const slugParam = { type: 'string', minLength: 1, maxLength: 400 } as const;

export interface PageQuery {
  page: number;
}
