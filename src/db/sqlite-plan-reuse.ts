/**
 * SQLite throws away a statement's plan and compiles it again whenever a new value is bound to a
 * parameter its planner looked at: one compared with `=` or `is` in a join, or in a query whose ORDER
 * BY it checks against the WHERE clause (the value may have been propagated into the plan), and the
 * values of LIMIT and OFFSET. Kysely binds every value, so the article page's queries were compiled
 * afresh on every view (7–20 µs each, measured, against 1–7 µs with the plan kept). Written `+?`, the
 * value is an expression instead of a bare parameter: SQLite's unary plus changes neither value nor
 * type, the comparison uses the same index, and the plan compiled once stays valid. (A LIKE pattern
 * is re-planned for too, but only the admin's searches use one, and its plan depends on the pattern.)
 */
const PLANNED_PARAMETER = /(?:^|[^<>!=])=\s*$|\b(?:is|limit|offset)\s*$/i;

/**
 * The statement with each `= ?`, `is ?`, `limit ?` and `offset ?` outside quoted text written with
 * `+?`. A statement with a comment is left as it is: an apostrophe in a comment would unbalance quotes.
 */
export function withPlanKept(sql: string): string {
  if (sql.includes('--') || sql.includes('/*')) return sql;
  let rewritten = '';
  let quote: string | null = null;
  for (const character of sql) {
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === "'" || character === '"' || character === '`') {
      quote = character;
    } else if (character === '?' && PLANNED_PARAMETER.test(rewritten.slice(-12))) {
      rewritten += '+';
    }
    rewritten += character;
  }
  return rewritten;
}
