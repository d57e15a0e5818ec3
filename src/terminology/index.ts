/** The terminology check: forbidden renderings and missing terms, per segment, kept for the editor and the counts. */

export { createTerminologyService, type TerminologyService } from './terminology.service.ts';
export type { IssueCount, TerminologyIssue } from './terminology.types.ts';
export type { SegmentText } from './terminology-check.ts';
