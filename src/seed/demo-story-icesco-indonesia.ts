import type { DemoStory } from './demo-content.types.ts';

/**
 * The demo site's main story, written from the facts in the original ICESCO news item of 10 September 2020.
 */
export const icescoIndonesiaStory: DemoStory = {
  key: 'icesco-indonesia',
  daysAgo: 0,
  date: '2020-09-10T10:00:00.000Z',
  featured: true,
  sections: ['culture-communication', 'education'],
  memberStates: ['ID', 'MA'],
  tags: ['partnerships', 'covid-19', 'heritage'],
  image: {
    hue: 150,
    alt: {
      en: 'Abstract illustration in soft green tones evoking cooperation and cultural exchange between Indonesia and ICESCO',
      ar: 'رسم تجريدي بدرجات خضراء هادئة يوحي بالتعاون والتبادل الثقافي بين إندونيسيا والإيسيسكو',
      fr: 'Illustration abstraite aux tons verts apaisés évoquant la coopération et les échanges culturels entre l’Indonésie et l’ICESCO',
    },
  },
  translations: {
    en: {
      slug: 'icesco-indonesia-new-routes-for-cooperation',
      title: 'ICESCO-Indonesia: New Routes for Cooperation',
      summary:
        'ICESCO Director-General Dr. Salim M. AlMalik met Indonesia’s Ambassador to Morocco, Mr. Hasrul Azwar, in Rabat to explore ways of developing cooperation between the Organization and Indonesia.',
      bodyHtml: [
        '<p>On 10 September 2020, Dr. Salim M. AlMalik, Director-General of the Islamic World Educational, Scientific and Cultural Organization (ICESCO), met Mr. Hasrul Azwar, Ambassador of the Republic of Indonesia to the Kingdom of Morocco, at the Indonesian Embassy in Rabat. Their talks focused on ways to develop cooperation between Indonesia and the Organization.</p>',
        '<p>The Director-General explained that ICESCO remains in constant communication with its Member States in order to identify each country’s priorities, and that it carries out its programmes and activities jointly with the authorities of each country. He also briefed the Ambassador on what the Organization has achieved over the past year.</p>',
        '<p>Dr. AlMalik reviewed the initiatives ICESCO has launched since the start of the COVID-19 pandemic. The Organization provided <strong>24 countries</strong> with technological equipment to produce educational content, so that schooling could continue, and supplied hygiene products to <strong>10 other countries</strong>. It also gave financial support for the production of low-cost sanitizers in several countries, while training local communities in the production process.</p>',
        '<h2>An inclusive approach to serving Member States</h2>',
        '<p>The Director-General stressed that ICESCO follows an inclusive approach, serving its Member States as well as Muslim communities around the world. To that end, the Organization has set up a number of specialized centres, covering fields that include:</p>',
        '<ul><li>Strategic foresight</li><li>Artificial intelligence</li><li>Arabic for non-native speakers</li><li>Dialogue</li><li>Cultural diversity</li><li>Heritage</li></ul>',
        '<p>In this way, ICESCO seeks to anticipate the transformations under way in the countries of the Islamic world by means of science-based methods and in-depth studies, to strengthen peaceful coexistence, to safeguard heritage, and to reposition itself as a reference for civilizational outreach. The Director-General also invited the Embassy to organize activities at ICESCO headquarters showcasing Indonesia’s culture and civilization.</p>',
        '<p>For his part, Mr. Azwar commended ICESCO’s initiatives and its support to Member States during the COVID-19 crisis, at a time when several international organizations had remained idle. He affirmed that Indonesia is ready to develop its cooperation with ICESCO, citing a number of examples, among them the inscription of Indonesian historical sites on the <em>Islamic World Heritage List</em>.</p>',
      ].join(''),
    },
    ar: {
      title: 'الإيسيسكو وإندونيسيا: مسارات جديدة للتعاون',
      summary:
        'بحث المدير العام للإيسيسكو، الدكتور سالم بن محمد المالك، مع سفير جمهورية إندونيسيا لدى المملكة المغربية، السيد حسرول أزوار، سبل تطوير التعاون بين المنظمة وإندونيسيا، خلال لقاء جمعهما في الرباط.',
      bodyHtml: [
        '<p>التقى المدير العام لمنظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، الدكتور سالم بن محمد المالك، يوم 10 سبتمبر 2020، السيد حسرول أزوار، سفير جمهورية إندونيسيا لدى المملكة المغربية، في مقر سفارة إندونيسيا بالرباط، حيث تباحث الجانبان في سبل تطوير التعاون بين إندونيسيا والمنظمة.</p>',
        '<p>وأوضح المدير العام أن الإيسيسكو تحرص على التواصل الدائم مع الدول الأعضاء للوقوف على أولويات كل دولة، وأنها تنفذ برامجها وأنشطتها بالتعاون مع السلطات المختصة في كل بلد. كما أطلع السفير على الإنجازات التي حققتها المنظمة خلال العام الماضي.</p>',
        '<p>واستعرض الدكتور المالك المبادرات التي أطلقتها الإيسيسكو منذ بداية جائحة كوفيد-19، ومنها تزويد <strong>24 دولة</strong> بمعدات تكنولوجية لإنتاج محتوى تعليمي يضمن استمرار الدراسة، وتقديم مستلزمات النظافة الصحية إلى <strong>10 دول أخرى</strong>، إلى جانب دعم إنتاج معقمات منخفضة التكلفة في عدد من الدول، مع تدريب المجتمعات المحلية على عملية الإنتاج.</p>',
        '<h2>مقاربة شمولية في خدمة الدول الأعضاء</h2>',
        '<p>وأكد المدير العام أن الإيسيسكو تنتهج مقاربة شمولية في خدمة دولها الأعضاء والمجتمعات المسلمة في مختلف أنحاء العالم، مشيرًا إلى أن المنظمة أنشأت لهذا الغرض مراكز متخصصة في مجالات عدة، من بينها:</p>',
        '<ul><li>الاستشراف الاستراتيجي</li><li>الذكاء الاصطناعي</li><li>تعليم اللغة العربية للناطقين بغيرها</li><li>الحوار</li><li>التنوع الثقافي</li><li>التراث</li></ul>',
        '<p>وتسعى الإيسيسكو من خلال ذلك إلى استشراف التحولات التي تشهدها دول العالم الإسلامي وفق مناهج علمية ودراسات معمقة، وتعزيز التعايش السلمي، وصون التراث، وإعادة تموضع المنظمة بوصفها مرجعًا للإشعاع الحضاري. ودعا المدير العام السفارة إلى تنظيم أنشطة في مقر الإيسيسكو للتعريف بثقافة إندونيسيا وحضارتها.</p>',
        '<p>من جانبه، أشاد السفير حسرول أزوار بمبادرات الإيسيسكو ودعمها للدول الأعضاء خلال أزمة كوفيد-19، في وقت ظلت فيه منظمات دولية عدة مكتوفة الأيدي، مؤكدًا استعداد بلاده لتطوير التعاون مع المنظمة، وضرب لذلك أمثلة، منها تسجيل مواقع تاريخية إندونيسية في <em>قائمة التراث في العالم الإسلامي</em>.</p>',
      ].join(''),
    },
    fr: {
      slug: 'icesco-indonesie-nouvelles-voies-de-cooperation',
      title: 'ICESCO-Indonésie : nouvelles voies de coopération',
      summary:
        'Le Directeur général de l’ICESCO, le Dr Salim M. AlMalik, s’est entretenu à Rabat avec l’ambassadeur d’Indonésie au Maroc, M. Hasrul Azwar, des moyens de développer la coopération entre l’Organisation et l’Indonésie.',
      bodyHtml: [
        '<p>Le 10 septembre 2020, le Directeur général de l’Organisation du monde islamique pour l’éducation, la science et la culture (ICESCO), le Dr Salim M. AlMalik, a rencontré M. Hasrul Azwar, ambassadeur de la République d’Indonésie au Maroc, à l’ambassade d’Indonésie à Rabat. Les entretiens ont porté sur les moyens de développer la coopération entre l’Indonésie et l’Organisation.</p>',
        '<p>Le Directeur général a expliqué que l’ICESCO reste en communication constante avec ses États membres afin de cerner les priorités de chacun d’eux, et qu’elle met en œuvre ses programmes et activités conjointement avec les autorités de chaque pays. Il a également présenté à l’ambassadeur les réalisations de l’Organisation au cours de l’année écoulée.</p>',
        '<p>Le Dr AlMalik est revenu sur les initiatives lancées par l’ICESCO depuis le début de la pandémie de COVID-19. L’Organisation a fourni à <strong>24 pays</strong> des équipements technologiques destinés à la production de contenus éducatifs, afin d’assurer la continuité de la scolarité, et a distribué des produits d’hygiène à <strong>10 autres pays</strong>. Elle a en outre soutenu financièrement la fabrication de désinfectants à faible coût dans plusieurs pays, en formant les communautés locales au processus de production.</p>',
        '<h2>Une approche inclusive au service des États membres</h2>',
        '<p>Le Directeur général a souligné l’approche inclusive de l’ICESCO, qui s’attache à servir aussi bien ses États membres que les communautés musulmanes à travers le monde. Dans cet esprit, l’Organisation a créé plusieurs centres spécialisés, consacrés notamment :</p>',
        '<ul><li>à la prospective stratégique ;</li><li>à l’intelligence artificielle ;</li><li>à l’enseignement de l’arabe aux non-arabophones ;</li><li>au dialogue ;</li><li>à la diversité culturelle ;</li><li>au patrimoine.</li></ul>',
        '<p>L’ICESCO entend ainsi anticiper, grâce à des méthodes scientifiques et à des études approfondies, les mutations que connaissent les pays du monde islamique, renforcer la coexistence pacifique, sauvegarder le patrimoine et se repositionner comme une référence en matière de rayonnement civilisationnel. Le Directeur général a par ailleurs invité l’ambassade à organiser, au siège de l’ICESCO, des activités présentant la culture et la civilisation indonésiennes.</p>',
        '<p>De son côté, M. Azwar a salué les initiatives de l’ICESCO et le soutien qu’elle a apporté aux États membres pendant la crise de la COVID-19, alors que plusieurs organisations internationales restaient inactives. Il a affirmé que l’Indonésie était prête à développer sa coopération avec l’Organisation, citant plusieurs exemples, dont l’inscription de sites historiques indonésiens sur la <em>Liste du patrimoine du monde islamique</em>.</p>',
      ].join(''),
    },
  },
};
