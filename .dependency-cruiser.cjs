/**
 * The shape of src/, checked on every `npm test`: features meet only through their index.ts, no
 * import cycle (type imports count), views never query, services never speak HTTP, and the shared
 * kernel (db, http, i18n, text) stands on no feature. `npm run lint` runs it.
 */
const KERNEL = '(db|http|i18n|text|testing)';

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'A cycle hides which module stands on which; type-only imports count too.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'features-meet-through-index',
      severity: 'error',
      comment: "Another feature's files are its own business: import what its index.ts offers.",
      from: { path: '^src/([^/]+)/' },
      to: {
        path: '^src/[^/]+/',
        pathNot: ['^src/$1/', '^src/[^/]+/index\\.ts$', `^src/${KERNEL}/`],
      },
    },
    {
      name: 'wiring-uses-feature-indexes',
      severity: 'error',
      comment: 'The files that wire the app (app.ts, features.ts, server.ts, main.ts, cli.ts) use features through their index.ts too.',
      from: { path: '^src/[^/]+\\.tsx?$', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/[^/]+/', pathNot: ['^src/[^/]+/index\\.ts$', `^src/${KERNEL}/`] },
    },
    {
      name: 'kernel-stands-on-no-feature',
      severity: 'error',
      comment: 'db, http, i18n and text are used by every feature, so they may not use one.',
      from: { path: `^src/${KERNEL}/`, pathNot: '^src/testing/' },
      to: { path: '^src/[^/]+/', pathNot: `^src/${KERNEL}/` },
    },
    {
      name: 'views-never-query',
      severity: 'error',
      comment: 'Views receive plain data.',
      from: { path: '(^|/)views/|\\.view\\.tsx$' },
      to: { path: '\\.repository\\.ts$|^src/db/(database|schema)\\.ts$|node_modules/kysely' },
    },
    {
      name: 'services-never-speak-http',
      severity: 'error',
      comment: 'Rules live in services; requests and replies stay in routes.',
      from: { path: '\\.service\\.ts$' },
      to: { path: 'node_modules/(fastify|@fastify)/' },
    },
    {
      name: 'repositories-stay-below-services',
      severity: 'error',
      comment: 'Dependencies flow routes → services → repositories.',
      from: { path: '\\.repository\\.ts$' },
      to: { path: '\\.(service|routes)\\.tsx?$' },
    },
    {
      name: 'no-orphans',
      severity: 'error',
      comment: 'A module nothing imports is dead code (entry points and tests excepted).',
      from: {
        orphan: true,
        pathNot: ['\\.test\\.tsx?$', '^src/(main|cli)\\.ts$', '/client/', '\\.d\\.m?ts$', '^src/db/migrations/'],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // swc reads type-only imports as dependencies too; TypeScript 7 has no compiler API dependency-cruiser can use yet.
    parser: 'swc',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
