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
  /** `account:<email>` or `client:<address>`. */
  key: string;
  failures: number;
  windowStartedAt: string;
  lockedUntil: string | null;
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
  searchDocuments: SearchDocumentsTable;
}

export type TranslationRow = Selectable<TranslationsTable>;
export type NewTranslationRow = Insertable<TranslationsTable>;
