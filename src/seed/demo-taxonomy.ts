import type { DemoLanguage, DemoSectionKey, DemoTagKey } from './demo-content.types.ts';

type Names = Record<DemoLanguage, string>;

export const DEMO_ORGANIZATION_NAME: Names = { en: 'ICESCO', fr: 'ICESCO', ar: 'الإيسيسكو' };

/** The home page's meta description and the feeds' description. */
export const DEMO_DESCRIPTION: Names = {
  en: 'News from ICESCO, the Islamic World Educational, Scientific and Cultural Organization: education, science, culture and communication across its Member States.',
  fr: 'L’actualité de l’ICESCO, l’Organisation du monde islamique pour l’éducation, les sciences et la culture : éducation, sciences, culture et communication dans ses États membres.',
  ar: 'أخبار منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو): التربية والعلوم والثقافة والاتصال في دولها الأعضاء.',
};

/** The sectors such an organization files its news under, in the order the menu shows them. */
export const DEMO_SECTIONS: Record<DemoSectionKey, Names> = {
  education: { en: 'Education', fr: 'Éducation', ar: 'التربية' },
  'science-technology': { en: 'Science and Technology', fr: 'Sciences et technologies', ar: 'العلوم والتكنولوجيا' },
  'culture-communication': { en: 'Culture and Communication', fr: 'Culture et communication', ar: 'الثقافة والاتصال' },
  'social-human-sciences': { en: 'Social and Human Sciences', fr: 'Sciences humaines et sociales', ar: 'العلوم الإنسانية والاجتماعية' },
};

export const DEMO_TAGS: Record<DemoTagKey, Names> = {
  'covid-19': { en: 'COVID-19', fr: 'COVID-19', ar: 'كوفيد-19' },
  heritage: { en: 'Heritage', fr: 'Patrimoine', ar: 'التراث' },
  'artificial-intelligence': { en: 'Artificial intelligence', fr: 'Intelligence artificielle', ar: 'الذكاء الاصطناعي' },
  'arabic-language': { en: 'Arabic language', fr: 'Langue arabe', ar: 'اللغة العربية' },
  youth: { en: 'Youth', fr: 'Jeunesse', ar: 'الشباب' },
  'women-and-girls': { en: 'Women and girls', fr: 'Femmes et filles', ar: 'المرأة والفتاة' },
  climate: { en: 'Climate', fr: 'Climat', ar: 'المناخ' },
  partnerships: { en: 'Partnerships', fr: 'Partenariats', ar: 'الشراكات' },
  'digital-learning': { en: 'Digital learning', fr: 'Apprentissage numérique', ar: 'التعلم الرقمي' },
  water: { en: 'Water', fr: 'Eau', ar: 'المياه' },
  dialogue: { en: 'Dialogue', fr: 'Dialogue', ar: 'الحوار' },
  scholarships: { en: 'Scholarships', fr: 'Bourses', ar: 'المنح الدراسية' },
};

/** ISO 3166-1 alpha-2 codes of the demo organization's Member States. */
export const DEMO_MEMBER_STATES = [
  'AF',
  'AL',
  'AE',
  'AZ',
  'BD',
  'BF',
  'BH',
  'BJ',
  'BN',
  'CI',
  'CM',
  'DJ',
  'DZ',
  'EG',
  'GA',
  'GM',
  'GN',
  'GW',
  'GY',
  'ID',
  'IQ',
  'IR',
  'JO',
  'KG',
  'KM',
  'KW',
  'KZ',
  'LB',
  'LY',
  'MA',
  'ML',
  'MR',
  'MV',
  'MY',
  'MZ',
  'NE',
  'NG',
  'OM',
  'PK',
  'PS',
  'QA',
  'SA',
  'SD',
  'SL',
  'SN',
  'SO',
  'SR',
  'TD',
  'TG',
  'TJ',
  'TM',
  'TN',
  'UG',
  'UZ',
  'YE',
];
