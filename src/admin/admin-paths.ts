import { localTarget } from '../http/local-target.ts';

/** Every admin URL, in one place (the admin area is mounted at /admin). */
export const adminPaths = {
  dashboard: '/admin/',
  signIn: '/admin/sign-in',
  signOut: '/admin/sign-out',
  account: '/admin/account',
  accountPassword: '/admin/account/password',
  accountLanguage: '/admin/account/language',
  users: '/admin/users',
  newUser: '/admin/users/new',
  user: (id: number) => `/admin/users/${id}`,
  audit: '/admin/audit',
  stories: '/admin/stories',
  newStory: (language: string) => `/admin/stories/new?language=${encodeURIComponent(language)}`,
  /** One language of a story in the editor; its history, preview and workflow actions hang below. */
  story: (id: number, language: string) => `/admin/stories/${id}/${language}`,
  media: '/admin/media',
  taxonomy: '/admin/taxonomy',
  term: (kind: 'section' | 'tag', id: number | 'new') => `/admin/taxonomy/${kind}/${id}`,
  memberStates: '/admin/taxonomy/member-states',
  feedback: '/admin/feedback',
  translation: '/admin/translation',
  glossary: '/admin/glossary',
  glossaryEntry: (id: number) => `/admin/glossary/${id}`,
  translationReports: '/admin/translation/reports',
  translationReport: (id: number) => `/admin/translation/reports/${id}`,
  xliff: '/admin/xliff',
  parity: '/admin/parity',
  feedbackExport: '/admin/feedback/answers.csv',
  feedbackSettings: '/admin/feedback/settings',
  feedbackComment: (id: number) => `/admin/feedback/comments/${id}`,
  apiTokens: '/admin/api-tokens',
  apiToken: (id: number) => `/admin/api-tokens/${id}`,
  webhooks: '/admin/webhooks',
  newWebhook: '/admin/webhooks/new',
  /** One endpoint; its actions (`/rotate`, `/state`, `/test`, `/deliveries/:n/redeliver`) hang below. */
  webhook: (id: number) => `/admin/webhooks/${id}`,
};

/** Only local admin paths are followed after sign-in, never another site; they come back ready for a Location header. */
export function safeNext(next: unknown): string {
  const target = typeof next === 'string' ? localTarget(next) : null;
  return target?.startsWith('/admin/') ? target : adminPaths.dashboard;
}
