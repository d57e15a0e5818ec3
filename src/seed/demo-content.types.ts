/** Shapes of the demo content seeded on first start; the content itself lives in demo-*.ts beside this file. */

export type DemoLanguage = 'ar' | 'en' | 'fr';

export type DemoSectionKey = 'education' | 'science-technology' | 'culture-communication' | 'social-human-sciences';

export type DemoTagKey =
  | 'covid-19'
  | 'heritage'
  | 'artificial-intelligence'
  | 'arabic-language'
  | 'youth'
  | 'women-and-girls'
  | 'climate'
  | 'partnerships'
  | 'digital-learning'
  | 'water'
  | 'dialogue'
  | 'scholarships';

export interface DemoTranslation {
  /** Omit to derive the slug from the title (Arabic slugs keep Arabic letters). */
  slug?: string;
  title: string;
  summary: string;
  /** Block HTML: <p>, <h2>, <ul>/<ol> with <li>, <blockquote>, <strong>, <em>. */
  bodyHtml: string;
}

export interface DemoImage {
  /** Base hue (0–359) of the generated abstract illustration. */
  hue: number;
  alt: Partial<Record<DemoLanguage, string>>;
}

export interface DemoStory {
  /** Stable key, kebab-case, unique across all demo files. */
  key: string;
  /** Days before the seed runs; ignored when `date` is set. */
  daysAgo: number;
  /** Fixed publication date (ISO 8601), for stories whose date is a fact. */
  date?: string;
  featured?: boolean;
  sections: DemoSectionKey[];
  /** ISO 3166-1 alpha-2 codes. */
  memberStates: string[];
  tags: DemoTagKey[];
  image?: DemoImage;
  translations: Partial<Record<DemoLanguage, DemoTranslation>>;
}
