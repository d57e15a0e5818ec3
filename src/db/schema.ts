/**
 * Row types of every table, in camelCase (the CamelCasePlugin maps them to snake_case columns).
 * Timestamps are ISO 8601 strings in UTC on both dialects; flags are 0/1 integers because
 * SQLite has no boolean type.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export type TranslationStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'archived';
export type TranslationOrigin = 'human' | 'machine';
export type TermKind = 'section' | 'tag';

export interface SettingsTable {
  key: string;
  /** JSON text. */
  value: string;
}

export interface StoriesTable {
  id: Generated<number>;
  featured: number;
  heroImageId: number | null;
  createdBy: Generated<number | null>;
  createdAt: string;
  updatedAt: string;
}

export interface TranslationsTable {
  id: Generated<number>;
  storyId: number;
  language: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  status: TranslationStatus;
  origin: TranslationOrigin;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  createdBy: Generated<number | null>;
  /** Bumped by every save; revision N's content is in translation_revisions. */
  revision: Generated<number>;
  /** The translation this one was translated from, and that one's revision at the time. */
  sourceLanguage: Generated<string | null>;
  sourceRevision: Generated<number | null>;
}

export interface TranslationRevisionsTable {
  id: Generated<number>;
  translationId: number;
  revision: number;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  status: TranslationStatus;
  savedBy: number | null;
  savedAt: string;
}

export interface TermsTable {
  id: Generated<number>;
  kind: TermKind;
  slug: string;
  position: number;
}

export interface TermNamesTable {
  termId: number;
  language: string;
  name: string;
}

export interface StoryTermsTable {
  storyId: number;
  termId: number;
}

export interface MemberStatesTable {
  /** ISO 3166-1 alpha-2. */
  code: string;
}

export interface StoryMemberStatesTable {
  storyId: number;
  code: string;
}

export interface ImagesTable {
  id: Generated<number>;
  storageKey: string;
  width: number;
  height: number;
  /** JSON array of the widths rendered as variants. */
  variantWidths: string;
  createdAt: string;
}

export interface ImageAltsTable {
  imageId: number;
  language: string;
  alt: string;
}

export type Role = 'administrator' | 'editor' | 'author' | 'translator';

export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  name: string;
  /** `scrypt$N$r$p$salt$hash`, see accounts/passwords.ts. */
  passwordHash: string;
  role: Role;
  interfaceLanguage: string;
  disabledAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a stolen database holds no usable session. */
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface SignInFailuresTable {
  /** `pair:<address> <email>`, `account:<email>`, `client:<address>` or `device:<device id>` (see accounts/sign-in-policy.ts). */
  key: string;
  /** Attempts counted (before their password was checked) and not taken back by a success. */
  failures: number;
  lastAttemptAt: string;
  /** No attempt on this counter is checked before then. */
  lockedUntil: string | null;
}

export interface TrustedDevicesTable {
  /** SHA-256 of the device cookie's token. */
  id: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  userId: number | null;
  action: string;
  subject: string;
  /** JSON object. */
  detail: string;
}

export type DeviceClass = 'desktop' | 'tablet' | 'mobile';

export interface FeedbackAnswersTable {
  id: Generated<number>;
  /** Keyed hash of address and browser with the day's salt; never the address itself. */
  visitorKey: string;
  /** UTC day, YYYY-MM-DD. */
  day: string;
  pagePath: string;
  language: string;
  storyId: number | null;
  sectionId: number | null;
  machineTranslated: number;
  device: DeviceClass;
  rating: number;
  comment: string | null;
  commentHidden: Generated<number>;
  createdAt: string;
}

export interface FeedbackSaltsTable {
  day: string;
  /** Hex; deleted once its day is over. */
  salt: string;
}

export interface FeedbackRateWindowsTable {
  visitorKey: string;
  windowStart: string;
  answers: number;
}

export interface FeedbackRollupsTable {
  day: string;
  pagePath: string;
  language: string;
  /** 0 when the page belongs to no section. */
  sectionId: number;
  machineTranslated: number;
  rating: number;
  answers: number;
}

export interface FeedbackMonthRollupsTable {
  /** YYYY-MM. */
  month: string;
  pagePath: string;
  language: string;
  sectionId: number;
  machineTranslated: number;
  rating: number;
  answers: number;
}

export interface FeedbackDayTotalsTable {
  day: string;
  language: string;
  sectionId: number;
  machineTranslated: number;
  rating: number;
  answers: number;
}

export interface FeedbackRolledDaysTable {
  day: string;
}

export interface TranslationMemoryTable {
  engine: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** SHA-256 of the segment as sent (placeholders, no attributes). */
  sourceHash: string;
  translated: string;
  createdAt: string;
}

export interface MachineTranslationsTable {
  storyId: number;
  language: string;
  sourceLanguage: string;
  sourceRevision: number;
  engine: string;
  title: string;
  summary: string;
  bodyHtml: string;
  translatedAt: string;
  reviewedBy: number | null;
  reviewedAt: string | null;
  reviewedRevision: number | null;
  /** SHA-256 of the memory keys of its segments in order: a glossary change that touches one of them changes it. */
  segmentsDigest: Generated<string>;
  /** 1 once a correction changed one of its segments; rebuilt (from memory) on its next read. */
  stale: Generated<number>;
}

export interface EngineUsageTable {
  engine: string;
  /** YYYY-MM, UTC. */
  month: string;
  characters: number;
  requests: number;
  memoryHits: number;
  memoryMisses: number;
}

/** Content changes, for the other processes on one SQLite file (see changes/sqlite-change-bus.ts). */
export interface ChangeLogTable {
  id: Generated<number>;
  /** The process that wrote it, which skips its own rows. */
  origin: string;
  /** A ContentChange as JSON. */
  change: string;
  at: string;
}

export interface ApiTokensTable {
  id: Generated<number>;
  /** The staff member the token acts as. */
  userId: number;
  name: string;
  /** SHA-256 of the token: a leaked table opens nothing. */
  tokenHash: string;
  /** The token's first characters, to tell tokens apart in the list. */
  tokenHint: string;
  /** JSON array of scopes (`stories:read`, …). */
  scopes: string;
  createdBy: number | null;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiRateWindowsTable {
  /** `token:<id>` or `address:<ip>`. */
  clientKey: string;
  windowStart: string;
  hits: number;
}

export type WebhookEndpointState = 'active' | 'paused' | 'disabled';
export type WebhookDeliveryState = 'pending' | 'delivered' | 'failed';

export interface WebhookEndpointsTable {
  id: Generated<number>;
  url: string;
  description: string;
  /** JSON array of event types. */
  events: string;
  /** `whsec_…`; the previous one keeps signing beside it until `previousSecretUntil`. */
  secret: string;
  previousSecret: string | null;
  previousSecretUntil: string | null;
  state: WebhookEndpointState;
  /** Why it is paused or disabled (`gone`, `failing`, `manual`). */
  stateReason: string | null;
  stateChangedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookOutboxTable {
  id: Generated<number>;
  type: string;
  /** The JSON body every endpoint receives. */
  payload: string;
  createdAt: string;
}

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  eventId: number;
  endpointId: number;
  state: WebhookDeliveryState;
  attempts: number;
  /** When a pending delivery is due; null once it is delivered or given up. */
  nextAttemptAt: string | null;
  /** A worker holds the delivery until then; after it, another may take it again. */
  leaseUntil: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  deliveryId: number;
  attempt: number;
  at: string;
  /** The receiver's HTTP status; null when none came (refused, timed out). */
  status: number | null;
  latencyMs: number;
  /** The first bytes of the receiver's answer. */
  responseExcerpt: string;
  error: string | null;
}

export type WordpressItemKind = 'post' | 'term' | 'author' | 'attachment';

/** A WordPress post, term, author or image an import turned into a Diwan record. */
export interface WordpressItemsTable {
  /** The export's site address (`wp:base_site_url`). */
  source: string;
  kind: WordpressItemKind;
  wpId: number;
  guid: string;
  /** The translation, term, user or image it became. */
  targetId: number;
  storyId: number | null;
  /** Hash of what was read from the export: the same hash on the next run means nothing changed. */
  fingerprint: string;
  /** The translation's revision when imported; a higher one means it was edited in Diwan since. */
  revision: number | null;
  importedAt: string;
}

export interface RedirectsTable {
  /** Normalized old address: decoded, lower case, no trailing slash (`/2024/03/12/slug`), or `?p=ID`. */
  oldPath: string;
  storyId: number;
  language: string;
}

export type GlossaryKind = 'keep' | 'force' | 'forbid';

export interface GlossaryTermsTable {
  id: Generated<number>;
  kind: GlossaryKind;
  /** Null: any language. */
  sourceLanguage: string | null;
  targetLanguage: string | null;
  /** The source term (keep, force), or the rendering never allowed in the target language (forbid). */
  term: string;
  /** The target form (force, required), or the rendering to use instead (forbid, optional). */
  translation: string | null;
  note: Generated<string>;
  createdAt: string;
  updatedAt: string;
  updatedBy: number | null;
}

export interface TerminologyIssuesTable {
  id: Generated<number>;
  storyId: number;
  language: string;
  sourceLanguage: string;
  origin: TranslationOrigin;
  engine: string | null;
  /** Index of the segment in the story (title 0, summary, then the body's blocks). */
  segment: number;
  kind: 'forbidden' | 'missing';
  termId: number;
  /** What the glossary asks for (the target form, or the name kept). */
  expected: string;
  /** What was found (the forbidden rendering), or the source term whose rendering is missing. */
  found: string;
  checkedAt: string;
}

export type ReportProblem = 'meaning' | 'term' | 'unreadable' | 'offensive';
export type ReportStatus = 'open' | 'fixed' | 'termed' | 'dismissed';

export interface TranslationReportsTable {
  id: Generated<number>;
  storyId: number;
  language: string;
  sourceLanguage: string;
  engine: string;
  segment: number;
  /** The segment's translation-memory key, which a correction is stored under. */
  sourceHash: string;
  sourceHtml: string;
  translatedHtml: string;
  problem: ReportProblem;
  suggestion: string | null;
  status: Generated<ReportStatus>;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: number | null;
}

export interface TranslationReportWindowsTable {
  visitorKey: string;
  windowStart: string;
  reports: number;
}

export interface MachineTranslationSegmentsTable {
  storyId: number;
  language: string;
  sourceHash: string;
}

/** A translation's analysed terms by field (space-separated), see `src/text/search-analysis.ts`. */
export interface SearchDocumentsTable {
  translationId: number;
  storyId: number;
  language: string;
  /** 1 when published: readers find only these; staff find every status. */
  public: number;
  publishedAt: string | null;
  titleTerms: string;
  summaryTerms: string;
  /** Names of the story's sections, tags and Member States in the translation's language. */
  labelsTerms: string;
  /** The body's distinct terms in order of first use. */
  bodyTerms: string;
  /** `term:count` for the body's terms used twice or more. */
  bodyCounts: string;
  /** How many terms the body has, repeats included. */
  bodyLength: number;
}

export interface Database {
  settings: SettingsTable;
  stories: StoriesTable;
  translations: TranslationsTable;
  terms: TermsTable;
  termNames: TermNamesTable;
  storyTerms: StoryTermsTable;
  memberStates: MemberStatesTable;
  storyMemberStates: StoryMemberStatesTable;
  images: ImagesTable;
  imageAlts: ImageAltsTable;
  users: UsersTable;
  sessions: SessionsTable;
  signInFailures: SignInFailuresTable;
  trustedDevices: TrustedDevicesTable;
  auditLog: AuditLogTable;
  translationRevisions: TranslationRevisionsTable;
  feedbackAnswers: FeedbackAnswersTable;
  feedbackSalts: FeedbackSaltsTable;
  feedbackRateWindows: FeedbackRateWindowsTable;
  feedbackRollups: FeedbackRollupsTable;
  feedbackRolledDays: FeedbackRolledDaysTable;
  feedbackMonthRollups: FeedbackMonthRollupsTable;
  feedbackDayTotals: FeedbackDayTotalsTable;
  translationMemory: TranslationMemoryTable;
  machineTranslations: MachineTranslationsTable;
  engineUsage: EngineUsageTable;
  changeLog: ChangeLogTable;
  apiTokens: ApiTokensTable;
  apiRateWindows: ApiRateWindowsTable;
  webhookEndpoints: WebhookEndpointsTable;
  webhookOutbox: WebhookOutboxTable;
  webhookDeliveries: WebhookDeliveriesTable;
  webhookAttempts: WebhookAttemptsTable;
  wordpressItems: WordpressItemsTable;
  redirects: RedirectsTable;
  glossaryTerms: GlossaryTermsTable;
  terminologyIssues: TerminologyIssuesTable;
  translationReports: TranslationReportsTable;
  translationReportWindows: TranslationReportWindowsTable;
  machineTranslationSegments: MachineTranslationSegmentsTable;
  searchDocuments: SearchDocumentsTable;
}

export type TranslationRow = Selectable<TranslationsTable>;
export type NewTranslationRow = Insertable<TranslationsTable>;
