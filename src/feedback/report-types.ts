/** What the dashboard and the export read: the filter, counts of ratings, comments and answers. */

export interface ReportFilter {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  language: string | null;
  /** 0 for pages in no section. */
  sectionId: number | null;
}

export type Dimension = 'all' | 'day' | 'language' | 'sectionId' | 'pagePath' | 'machineTranslated';

/** How many answers gave `rating` within one value (`key`) of a dimension. */
export interface RatingCount {
  key: string | number;
  rating: number;
  answers: number;
}

export interface VisitorComment {
  id: number;
  createdAt: string;
  pagePath: string;
  language: string;
  rating: number;
  comment: string;
  hidden: boolean;
}

export interface CommentQuery {
  filter: ReportFilter;
  search: string;
  limit: number;
  offset: number;
}

/** One answer as the CSV export writes it. */
export interface ExportedAnswer {
  id: number;
  createdAt: string;
  pagePath: string;
  language: string;
  storyId: number | null;
  sectionId: number | null;
  machineTranslated: boolean;
  device: string;
  rating: number;
  comment: string | null;
  commentHidden: boolean;
}
