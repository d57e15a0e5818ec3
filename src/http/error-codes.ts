/**
 * Every error code Diwan answers with, and its HTTP status. A code never changes meaning once
 * published: clients and tests rely on it (`{ error: { code, message } }`), while messages may be reworded.
 */
export const ERROR_STATUS = {
  /** A parameter, header or body that fails its schema. */
  'request.invalid': 400,
  /** A URL that cannot be decoded (bad percent-encoding, an oversized parameter). */
  'request.malformed_url': 400,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'page.not_found': 404,
  /** A page number past the last page of a listing. */
  'page.past_last': 404,
  'language.unknown': 404,
  internal: 500,

  'admin.forbidden': 403,
  'admin.csrf_invalid': 403,
  'sign_in.failed': 401,
  'sign_in.throttled': 429,
  'user.not_found': 404,
  'user.invalid': 400,
  'account.invalid': 400,

  'story.not_found': 404,
  'story.invalid': 400,
  'story.slug_taken': 400,
  /** The body shows an image from another site, which the security policy would block. */
  'story.foreign_image': 400,
  /** A body nested deeper than any article (`MAX_BODY_DEPTH`), refused before it is parsed. */
  'story.body_too_deep': 400,
  'story.edit_forbidden': 403,
  'story.move_forbidden': 403,
  'story.not_translated': 404,
  'revision.not_found': 404,

  'term.not_found': 404,
  'term.invalid': 400,
  'member_state.not_found': 404,
  'member_state.invalid': 400,

  'image.invalid': 400,
  'image.too_large': 413,

  'settings.invalid': 400,
  'report.dates_invalid': 400,
  'survey.rating_invalid': 400,
  'survey.comment_invalid': 400,
  'survey.page_invalid': 400,
  /** A page that is not one of the site's pages. */
  'survey.page_unknown': 400,
  /** The form's hidden field, which people never see, was filled in. */
  'survey.trap': 400,
  'survey.content_type': 415,
  /** A known bot, or no User-Agent. */
  'survey.automated': 403,
  'survey.rate_limited': 429,
  'survey.settings_invalid': 400,
  'survey.comment_not_found': 404,
  'translation.engine_settings_invalid': 400,
  'translation.not_found': 404,

  /** The API's own refusals; every `/api/` answer that is not a success carries one of these or of the codes above. */
  'api.unauthorized': 401,
  /** A bearer token that is unknown, revoked, expired or whose user is disabled. */
  'api.token_invalid': 401,
  /** The token lacks the scope the route needs (the answer names it). */
  'api.scope_missing': 403,
  /** The token's user's role may not do this (the same rule as in the admin). */
  'api.forbidden': 403,
  'api.rate_limited': 429,
  'api_token.invalid': 400,
  'api_token.not_found': 404,
  'webhook.invalid': 400,
  'webhook.not_found': 404,
  'webhook.delivery_not_found': 404,
  /** `diwan import-wordpress`: the export cannot be imported as it is (the CLI prints the message). */
  'import.unreadable': 400,
  'import.not_xml': 400,
  'import.not_wxr': 400,
  'import.truncated': 400,
  'import.too_large': 413,
  'import.unsupported_version': 400,
  /** A DOCTYPE: WordPress never writes one, and its entities (billion laughs, external files) are refused. */
  'import.doctype_refused': 400,
  'import.invalid_option': 400,
  'glossary.invalid': 400,
  'glossary.not_found': 404,
  /** A CSV or TBX file that cannot be read as a glossary (its message says where). */
  'glossary.file_invalid': 400,
  'glossary.file_too_large': 413,

  /** A reader's report: no such paragraph on a machine-translated page. */
  'translation_report.segment_unknown': 404,
  'translation_report.problem_invalid': 400,
  'translation_report.suggestion_invalid': 400,
  /** The form's hidden field, which people never see, was filled in. */
  'translation_report.trap': 400,
  'translation_report.content_type': 415,
  /** A known bot, or no User-Agent. */
  'translation_report.automated': 403,
  'translation_report.rate_limited': 429,
  'translation_report.not_found': 404,
  'translation_report.correction_invalid': 400,

  /** An uploaded file that is not well-formed XLIFF 2.x or 1.2, or holds a DOCTYPE. */
  'xliff.malformed': 400,
  /** Well-formed, but not what was exported: other units, another language, unbalanced inline codes. */
  'xliff.mismatch': 400,
  'xliff.too_large': 413,
  /** Importing would change a published translation: move it back to draft first. */
  'xliff.translation_public': 409,
  'xliff.selection_invalid': 400,

  'parity.period_invalid': 400,

  'metrics.off': 404,
  'metrics.unauthorized': 401,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;
