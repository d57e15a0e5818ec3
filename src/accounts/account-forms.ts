/** Schema pieces shared by the accounts feature's admin forms. */
export const text = (maxLength: number) => ({ type: 'string', maxLength }) as const;

/** A form post: the named text fields and the CSRF token. */
export const formBody = (properties: Record<string, { type: 'string'; maxLength: number }>) => ({
  body: { type: 'object', properties: { ...properties, _csrf: text(200) } },
});

export const noticeQuery = { querystring: { type: 'object', properties: { done: text(20), next: text(2000) } } };
