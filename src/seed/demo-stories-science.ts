import type { DemoStory } from './demo-content.types.ts';

/** Demo stories for the Science and Technology sector. */
export const scienceStories: DemoStory[] = [
  {
    key: 'sci-ai-ethics-regional-workshop',
    daysAgo: 21,
    sections: ['science-technology', 'social-human-sciences'],
    memberStates: ['MA'],
    tags: ['artificial-intelligence'],
    image: {
      hue: 220,
      alt: {
        en: 'Abstract illustration in cool blue tones evoking neural networks and electronic circuits',
        fr: 'Illustration abstraite aux tons bleus froids évoquant des réseaux de neurones et des circuits électroniques',
        ar: 'رسم تجريدي بدرجات زرقاء باردة يستحضر الشبكات العصبية والدوائر الإلكترونية',
      },
    },
    translations: {
      en: {
        slug: 'rabat-workshop-explores-the-ethics-of-artificial-intelligence-in-member-states',
        title: 'Rabat workshop explores the ethics of artificial intelligence in Member States',
        summary:
          'Researchers and policymakers from fifteen Member States met in Rabat to turn ethical principles for artificial intelligence into practical tools for public services and education.',
        bodyHtml: [
          '<p>Some 45 researchers, policymakers and representatives of technology start-ups from fifteen Member States gathered at ICESCO headquarters in Rabat for a three-day regional workshop on the ethics of artificial intelligence, organized by the Science and Technology Sector.</p>',
          '<p>Participants examined how AI systems are being introduced into public services, education and health, and discussed the risks that come with them: biased data, opaque decision-making, threats to privacy and the under-representation of Arabic and other languages of the Islamic world in large language models.</p>',
          '<h2>From principles to practice</h2>',
          '<p>Working groups focused on concrete tools, including ethical impact assessments in public procurement, guidelines for the responsible use of AI in classrooms, and ways of involving universities and civil society in national debates. The workshop closed with three main recommendations:</p>',
          '<ul><li>setting up national committees on the ethics of AI where none yet exist;</li><li>training civil servants and teachers in the fundamentals of AI;</li><li>creating a network of national focal points to share experience.</li></ul>',
          '<p>The Director-General stressed that artificial intelligence must serve human dignity and the values shared by the societies of the Islamic world, and announced that ICESCO would publish the conclusions of the workshop as a practical guide for Member States.</p>',
        ].join(''),
      },
      fr: {
        slug: 'l-ethique-de-l-intelligence-artificielle-au-coeur-d-un-atelier-regional-a-rabat',
        title: 'L’éthique de l’intelligence artificielle au cœur d’un atelier régional à Rabat',
        summary:
          'Chercheurs et décideurs de quinze États membres se sont réunis à Rabat pour traduire les principes éthiques de l’intelligence artificielle en outils concrets pour les services publics et l’éducation.',
        bodyHtml: [
          '<p>Quelque 45 chercheurs, décideurs publics et représentants de jeunes entreprises technologiques venus de quinze États membres se sont réunis au siège de l’ICESCO, à Rabat, pour un atelier régional de trois jours consacré à l’éthique de l’intelligence artificielle, organisé par le Secteur des sciences et de la technologie.</p>',
          '<p>Les participants ont examiné la manière dont les systèmes d’IA s’introduisent dans les services publics, l’éducation et la santé, ainsi que les risques qui les accompagnent : données biaisées, décisions opaques, atteintes à la vie privée, ou encore faible présence de l’arabe et des autres langues du monde islamique dans les grands modèles de langage.</p>',
          '<h2>Des principes à la pratique</h2>',
          '<p>Les groupes de travail se sont penchés sur des outils concrets : évaluations d’impact éthique dans les marchés publics, lignes directrices pour un usage responsable de l’IA en classe, modalités d’association des universités et de la société civile aux débats nationaux. L’atelier s’est conclu par trois recommandations principales :</p>',
          '<ul><li>créer des comités nationaux d’éthique de l’IA là où il n’en existe pas encore ;</li><li>former les fonctionnaires et les enseignants aux fondamentaux de l’IA ;</li><li>mettre en place un réseau de points focaux nationaux pour partager les expériences.</li></ul>',
          '<p>Le Directeur général a souligné que l’intelligence artificielle doit servir la dignité humaine et les valeurs partagées par les sociétés du monde islamique. Il a annoncé que l’ICESCO publierait les conclusions de l’atelier sous la forme d’un guide pratique à l’intention des États membres.</p>',
        ].join(''),
      },
      ar: {
        title: 'ورشة إقليمية في الرباط تبحث أخلاقيات الذكاء الاصطناعي في الدول الأعضاء',
        summary:
          'اجتمع باحثون وصناع قرار من خمس عشرة دولة عضوًا في الرباط لتحويل المبادئ الأخلاقية للذكاء الاصطناعي إلى أدوات عملية في الخدمات العامة والتعليم.',
        bodyHtml: [
          '<p>نظّم قطاع العلوم والتكنولوجيا بمنظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، على مدى ثلاثة أيام بمقرها في الرباط، ورشة إقليمية حول أخلاقيات الذكاء الاصطناعي، بمشاركة نحو 45 باحثًا وصانع قرار وممثلًا عن الشركات التقنية الناشئة من خمس عشرة دولة عضوًا.</p>',
          '<p>وبحث المشاركون سُبل إدماج أنظمة الذكاء الاصطناعي في الخدمات العامة والتعليم والصحة، والمخاطر المصاحبة لذلك، ومنها تحيّز البيانات، وغموض آليات اتخاذ القرار، والمساس بالخصوصية، وضعف حضور اللغة العربية وغيرها من لغات العالم الإسلامي في النماذج اللغوية الكبيرة.</p>',
          '<h2>من المبادئ إلى التطبيق</h2>',
          '<p>وركّزت مجموعات العمل على أدوات عملية، من بينها تقييم الأثر الأخلاقي في المشتريات الحكومية، ووضع إرشادات للاستخدام المسؤول للذكاء الاصطناعي في الفصول الدراسية، وسُبل إشراك الجامعات والمجتمع المدني في النقاشات الوطنية. وخلصت الورشة إلى ثلاث توصيات رئيسية:</p>',
          '<ul><li>إنشاء لجان وطنية لأخلاقيات الذكاء الاصطناعي في الدول التي لا تتوفر عليها بعد؛</li><li>تدريب الموظفين الحكوميين والمعلمين على أساسيات الذكاء الاصطناعي؛</li><li>إنشاء شبكة من نقاط الاتصال الوطنية لتبادل الخبرات.</li></ul>',
          '<p>وأكد المدير العام أن الذكاء الاصطناعي ينبغي أن يكون في خدمة الكرامة الإنسانية والقيم المشتركة لمجتمعات العالم الإسلامي، معلنًا أن الإيسيسكو ستنشر خلاصات الورشة في دليل عملي موجّه إلى الدول الأعضاء.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-water-security-research-network',
    daysAgo: 140,
    sections: ['science-technology'],
    memberStates: ['JO'],
    tags: ['water', 'partnerships'],
    translations: {
      en: {
        slug: 'icesco-launches-a-research-network-on-water-security-in-arid-regions',
        title: 'ICESCO launches a research network on water security in arid regions',
        summary:
          'Some twenty universities and research centres from Member States have joined a new ICESCO network to pool research on water scarcity, from desalination to drought early warning.',
        bodyHtml: [
          '<p>ICESCO has launched a Water Security Research Network bringing together some twenty universities and research centres from its Member States, at a founding meeting held in Amman with the support of Jordanian partners.</p>',
          '<p>The network aims to connect scientists working on similar challenges in arid and semi-arid regions, where growing demand, recurrent droughts and the overuse of groundwater are putting increasing pressure on limited resources.</p>',
          '<h2>Four research priorities</h2>',
          '<ul><li>non-conventional water resources, including desalination and the safe reuse of treated wastewater;</li><li>the sustainable management of shared aquifers and fossil groundwater;</li><li>water-efficient irrigation for small farms;</li><li>open hydrological data and early-warning tools for droughts.</li></ul>',
          '<p>Over its first two years, the network will fund a limited number of joint projects led by teams from at least two Member States, and offer short research stays to doctoral students and young researchers.</p>',
          '<p>Opening the meeting, a representative of the Director-General noted that water security cannot be achieved through engineering alone, and called for closer links between laboratories, local authorities and farming communities, so that research findings reach those who need them most.</p>',
        ].join(''),
      },
      fr: {
        slug: 'l-icesco-lance-un-reseau-de-recherche-sur-la-securite-hydrique-dans-les-zones-arides',
        title: 'L’ICESCO lance un réseau de recherche sur la sécurité hydrique dans les zones arides',
        summary:
          'Une vingtaine d’universités et de centres de recherche des États membres rejoignent un nouveau réseau de l’ICESCO consacré à la rareté de l’eau, du dessalement à l’alerte précoce en cas de sécheresse.',
        bodyHtml: [
          '<p>L’ICESCO a lancé un Réseau de recherche sur la sécurité hydrique réunissant une vingtaine d’universités et de centres de recherche de ses États membres, lors d’une réunion constitutive tenue à Amman avec le concours de partenaires jordaniens.</p>',
          '<p>Le réseau entend rapprocher les scientifiques confrontés à des défis similaires dans les régions arides et semi-arides, où la hausse de la demande, la récurrence des sécheresses et la surexploitation des nappes souterraines accentuent la pression sur des ressources limitées.</p>',
          '<h2>Quatre axes de recherche prioritaires</h2>',
          '<ul><li>les ressources en eau non conventionnelles, dont le dessalement et la réutilisation sans risque des eaux usées traitées ;</li><li>la gestion durable des aquifères partagés et des nappes fossiles ;</li><li>l’irrigation économe en eau pour les petites exploitations ;</li><li>l’ouverture des données hydrologiques et les outils d’alerte précoce en cas de sécheresse.</li></ul>',
          '<p>Au cours de ses deux premières années, le réseau financera un nombre limité de projets conjoints portés par des équipes d’au moins deux États membres, et proposera de courts séjours de recherche aux doctorants et aux jeunes chercheurs.</p>',
          '<p>À l’ouverture de la réunion, un représentant du Directeur général a rappelé que la sécurité hydrique ne saurait relever de la seule ingénierie, et appelé à resserrer les liens entre laboratoires, collectivités locales et communautés agricoles, afin que les résultats de la recherche parviennent à ceux qui en ont le plus besoin.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تطلق شبكة بحثية للأمن المائي في المناطق الجافة',
        summary:
          'انضمت نحو عشرين جامعة ومركز بحث من الدول الأعضاء إلى شبكة جديدة أطلقتها الإيسيسكو لتوحيد الجهود البحثية في مواجهة ندرة المياه، من التحلية إلى الإنذار المبكر بالجفاف.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) شبكة بحثية للأمن المائي تضم نحو عشرين جامعة ومركز بحث من دولها الأعضاء، وذلك خلال اجتماع تأسيسي عُقد في عمّان بدعم من شركاء أردنيين.</p>',
          '<p>وتهدف الشبكة إلى التقريب بين العلماء الذين يواجهون تحديات متشابهة في المناطق الجافة وشبه الجافة، حيث يؤدي تزايد الطلب وتكرار موجات الجفاف والاستغلال المفرط للمياه الجوفية إلى ضغط متزايد على موارد محدودة.</p>',
          '<h2>أربعة محاور بحثية ذات أولوية</h2>',
          '<ul><li>الموارد المائية غير التقليدية، ومنها تحلية المياه وإعادة استخدام مياه الصرف المعالجة بطريقة آمنة؛</li><li>الإدارة المستدامة لطبقات المياه الجوفية المشتركة والمياه الأحفورية؛</li><li>الري الموفّر للمياه لفائدة المزارع الصغيرة؛</li><li>إتاحة البيانات الهيدرولوجية وتطوير أدوات الإنذار المبكر بالجفاف.</li></ul>',
          '<p>وستموّل الشبكة خلال عاميها الأولين عددًا محدودًا من المشاريع المشتركة التي تقودها فرق من دولتين عضوين على الأقل، كما ستتيح إقامات بحثية قصيرة لطلبة الدكتوراه والباحثين الشباب.</p>',
          '<p>وفي افتتاح الاجتماع، أكد ممثل المدير العام أن تحقيق الأمن المائي لا يتوقف على الحلول الهندسية وحدها، داعيًا إلى توثيق الصلة بين المختبرات والسلطات المحلية والمجتمعات الزراعية، حتى تصل نتائج البحث إلى من هم في أمسّ الحاجة إليها.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-young-scientists-prize-laureates',
    daysAgo: 265,
    sections: ['science-technology'],
    memberStates: ['MY', 'NG', 'AZ'],
    tags: ['youth'],
    translations: {
      en: {
        slug: 'young-researchers-from-three-member-states-win-the-icesco-young-scientists-prize',
        title: 'Young researchers from three Member States win the ICESCO Young Scientists Prize',
        summary:
          'Three researchers under 35, from Malaysia, Nigeria and Azerbaijan, have been honoured for work on rapid diagnostics, biodegradable packaging and artificial intelligence for agriculture.',
        bodyHtml: [
          '<p>ICESCO has announced the winners of this year’s Young Scientists Prize, which rewards researchers under the age of 35 whose work offers practical answers to the challenges facing the societies of the Islamic world.</p>',
          '<p>An international jury of scientists reviewed more than 300 applications from some thirty Member States before selecting one laureate in each of the prize’s three categories:</p>',
          '<ul><li><strong>Health sciences:</strong> a Malaysian biomedical researcher, for a low-cost rapid test for tropical infectious diseases designed for rural clinics;</li><li><strong>Environment:</strong> a Nigerian chemical engineer, for biodegradable packaging made from agricultural waste;</li><li><strong>Digital technologies:</strong> an Azerbaijani computer scientist, for a smartphone application that uses machine learning to detect crop diseases from photographs.</li></ul>',
          '<h2>Support beyond the award</h2>',
          '<p>In addition to a cash award and a certificate, each laureate will receive support to present their work at an international scientific conference, and will be invited to mentor applicants in the next edition.</p>',
          '<p>The Director-General congratulated the winners and all the young people who applied, noting that the quality of this year’s submissions reflects the vitality of research in Member States and the need to give young scientists the means to turn their ideas into solutions. The prizes will be presented at a ceremony at ICESCO headquarters in Rabat.</p>',
        ].join(''),
      },
      fr: {
        slug: 'prix-icesco-des-jeunes-scientifiques-trois-laureats-distingues',
        title: 'Prix ICESCO des jeunes scientifiques : trois lauréats distingués',
        summary:
          'Une chercheuse malaisienne, un ingénieur nigérian et une informaticienne azerbaïdjanaise, tous âgés de moins de 35 ans, sont récompensés pour leurs travaux sur le diagnostic rapide, les emballages biodégradables et l’IA agricole.',
        bodyHtml: [
          '<p>L’ICESCO a dévoilé les lauréats de l’édition de cette année de son Prix des jeunes scientifiques, qui distingue des chercheurs de moins de 35 ans dont les travaux apportent des réponses concrètes aux défis auxquels sont confrontées les sociétés du monde islamique.</p>',
          '<p>Un jury international de scientifiques a examiné plus de 300 candidatures issues d’une trentaine d’États membres, avant de retenir un lauréat dans chacune des trois catégories du prix :</p>',
          '<ul><li><strong>Sciences de la santé :</strong> une chercheuse malaisienne en biomédecine, pour un test de diagnostic rapide et peu coûteux des maladies infectieuses tropicales, conçu pour les dispensaires ruraux ;</li><li><strong>Environnement :</strong> un ingénieur chimiste nigérian, pour des emballages biodégradables fabriqués à partir de déchets agricoles ;</li><li><strong>Technologies numériques :</strong> une informaticienne azerbaïdjanaise, pour une application mobile qui recourt à l’apprentissage automatique afin de détecter les maladies des cultures à partir de photographies.</li></ul>',
          '<h2>Un accompagnement au-delà de la récompense</h2>',
          '<p>Outre une dotation financière et un diplôme, chaque lauréat bénéficiera d’un soutien pour présenter ses travaux lors d’une conférence scientifique internationale, et sera invité à accompagner les candidats de la prochaine édition.</p>',
          '<p>Le Directeur général a félicité les lauréats ainsi que l’ensemble des jeunes candidats, soulignant que la qualité des dossiers reçus cette année témoigne du dynamisme de la recherche dans les États membres et de la nécessité de donner aux jeunes scientifiques les moyens de transformer leurs idées en solutions. Les prix seront remis lors d’une cérémonie organisée au siège de l’ICESCO, à Rabat.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإعلان عن الفائزين بجائزة الإيسيسكو للعلماء الشباب',
        summary:
          'فاز بالجائزة ثلاثة باحثين دون الخامسة والثلاثين من ماليزيا ونيجيريا وأذربيجان، تقديرًا لأعمالهم في مجالات التشخيص السريع ومواد التغليف القابلة للتحلل وتطبيقات الذكاء الاصطناعي في الزراعة.',
        bodyHtml: [
          '<p>أعلنت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) أسماء الفائزين بجائزتها للعلماء الشباب في دورة هذا العام، وهي جائزة تكرّم الباحثين دون سن الخامسة والثلاثين الذين تقدّم أعمالهم حلولًا عملية للتحديات التي تواجهها مجتمعات العالم الإسلامي.</p>',
          '<p>ودرست لجنة تحكيم دولية من العلماء أكثر من 300 ترشيح من نحو ثلاثين دولة عضوًا، قبل أن تختار فائزًا واحدًا في كل فئة من فئات الجائزة الثلاث:</p>',
          '<ul><li><strong>العلوم الصحية:</strong> باحثة ماليزية في العلوم الطبية الحيوية، عن اختبار سريع منخفض التكلفة للكشف عن الأمراض المعدية المدارية، صُمّم لفائدة المراكز الصحية الريفية؛</li><li><strong>البيئة:</strong> مهندس كيميائي نيجيري، عن مواد تغليف قابلة للتحلل الحيوي مصنوعة من المخلفات الزراعية؛</li><li><strong>التقنيات الرقمية:</strong> باحثة أذربيجانية في علوم الحاسوب، عن تطبيق للهواتف الذكية يعتمد على تعلّم الآلة للكشف عن أمراض المحاصيل انطلاقًا من الصور.</li></ul>',
          '<h2>دعم يتجاوز التتويج</h2>',
          '<p>وإلى جانب المكافأة المالية والشهادة، سيحظى كل فائز بدعم لعرض أعماله في مؤتمر علمي دولي، كما سيُدعى إلى توجيه المرشحين في الدورة المقبلة.</p>',
          '<p>وهنّأ المدير العام الفائزين وجميع الشباب المشاركين، مؤكدًا أن جودة الترشيحات المقدمة هذا العام تعكس حيوية البحث العلمي في الدول الأعضاء، وضرورة تمكين العلماء الشباب من الوسائل التي تتيح لهم تحويل أفكارهم إلى حلول. وستُسلَّم الجوائز خلال حفل يقام بمقر الإيسيسكو في الرباط.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-sahel-climate-adaptation-workshop',
    daysAgo: 375,
    sections: ['science-technology'],
    memberStates: ['SN', 'MR', 'NE'],
    tags: ['climate'],
    image: {
      hue: 140,
      alt: {
        en: 'Abstract illustration in green and sand tones evoking trees, rainfall and dry land',
        fr: 'Illustration abstraite aux tons verts et sable évoquant des arbres, la pluie et des terres arides',
      },
    },
    translations: {
      en: {
        slug: 'sahel-researchers-and-planners-join-forces-on-climate-adaptation-in-dakar',
        title: 'Sahel researchers and planners join forces on climate adaptation in Dakar',
        summary:
          'A four-day ICESCO workshop in Dakar brought together scientists and local planners from Senegal, Mauritania and Niger to turn climate data into practical adaptation plans.',
        bodyHtml: [
          '<p>Some 35 climate scientists, meteorologists and local development planners from Senegal, Mauritania and Niger met in Dakar for a regional workshop organized by ICESCO on science-based adaptation to climate change in the Sahel.</p>',
          '<p>Over four days, participants learned to read and use regional climate projections, and examined how scientific data can be combined with the knowledge of farmers and herders, who have long adapted their practices to irregular rainfall.</p>',
          '<h2>Nature-based solutions in the spotlight</h2>',
          '<p>Field visits and case studies highlighted low-cost approaches that have proven their worth in the region, such as agroforestry, traditional rainwater harvesting techniques, the restoration of degraded land and the protection of coastal mangroves. Participants also worked on simple community early-warning systems for droughts and floods.</p>',
          '<p>At the close of the workshop, each national team presented an adaptation plan for a pilot municipality. Over the coming year, ICESCO will support the three municipalities in putting their plans into practice, and will share the lessons learned with other Member States in the region.</p>',
          '<p>The organizers stressed that, for the Sahel, adaptation is no longer a distant prospect but a daily necessity, and that research must move closer to the communities most exposed to climate risks.</p>',
        ].join(''),
      },
      fr: {
        slug: 'adaptation-au-climat-chercheurs-et-acteurs-locaux-du-sahel-reunis-a-dakar',
        title: 'Adaptation au climat : chercheurs et acteurs locaux du Sahel réunis à Dakar',
        summary:
          'Un atelier de l’ICESCO a réuni pendant quatre jours à Dakar scientifiques et acteurs locaux du Sénégal, de Mauritanie et du Niger pour traduire les données climatiques en plans d’adaptation concrets.',
        bodyHtml: [
          '<p>Quelque 35 climatologues, météorologues et responsables du développement local venus du Sénégal, de Mauritanie et du Niger se sont réunis à Dakar pour un atelier régional organisé par l’ICESCO sur l’adaptation au changement climatique fondée sur la science au Sahel.</p>',
          '<p>Pendant quatre jours, les participants se sont familiarisés avec la lecture et l’utilisation des projections climatiques régionales, et ont examiné comment conjuguer les données scientifiques avec les savoirs des agriculteurs et des éleveurs, qui adaptent depuis longtemps leurs pratiques à l’irrégularité des pluies.</p>',
          '<h2>Les solutions fondées sur la nature à l’honneur</h2>',
          '<p>Visites de terrain et études de cas ont mis en lumière des approches peu coûteuses qui ont fait leurs preuves dans la région, comme l’agroforesterie, les techniques traditionnelles de collecte des eaux de pluie, la restauration des terres dégradées ou la protection des mangroves côtières. Les participants ont également travaillé sur des systèmes communautaires simples d’alerte précoce en cas de sécheresse ou d’inondation.</p>',
          '<p>À l’issue de l’atelier, chaque équipe nationale a présenté un plan d’adaptation pour une commune pilote. Au cours de l’année à venir, l’ICESCO accompagnera les trois communes dans la mise en œuvre de leurs plans et partagera les enseignements tirés avec les autres États membres de la région.</p>',
          '<p>Les organisateurs ont souligné que l’adaptation n’est plus, pour le Sahel, une perspective lointaine mais une nécessité quotidienne, et que la recherche doit se rapprocher des communautés les plus exposées aux risques climatiques.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-solar-energy-technicians-training',
    daysAgo: 480,
    sections: ['science-technology', 'education'],
    memberStates: ['MR', 'TD'],
    tags: ['youth', 'climate'],
    translations: {
      fr: {
        slug: 'energie-solaire-de-jeunes-techniciens-mauritaniens-et-tchadiens-formes-a-nouakchott',
        title: 'Énergie solaire : de jeunes techniciens mauritaniens et tchadiens formés à Nouakchott',
        summary:
          'Une trentaine de jeunes techniciens et de formateurs de Mauritanie et du Tchad ont été formés à l’installation et à la maintenance de systèmes solaires destinés aux écoles et aux centres de santé ruraux.',
        bodyHtml: [
          '<p>Une trentaine de jeunes techniciens et de formateurs de l’enseignement professionnel venus de Mauritanie et du Tchad ont suivi à Nouakchott une formation de deux semaines consacrée à l’installation et à la maintenance des systèmes solaires photovoltaïques, organisée par l’ICESCO en partenariat avec un institut national de formation professionnelle.</p>',
          '<p>Alternant cours théoriques et travaux pratiques, le programme a porté sur le dimensionnement des installations, le câblage et les règles de sécurité, le stockage de l’énergie, ainsi que le diagnostic des pannes les plus courantes.</p>',
          '<h2>Des écoles et des centres de santé mieux équipés</h2>',
          '<p>Une attention particulière a été accordée aux installations hors réseau destinées aux écoles et aux centres de santé ruraux, où l’accès à une électricité fiable conditionne la qualité des services rendus. Dans le cadre de leurs travaux pratiques, les participants ont d’ailleurs doté d’une installation solaire une école de la périphérie de la capitale.</p>',
          '<p>Conçue selon l’approche de la formation de formateurs, cette session permettra aux participants de transmettre à leur tour leurs compétences dans leurs établissements d’origine. L’ICESCO prévoit d’étendre le programme à d’autres États membres du Sahel, afin de contribuer à la fois à l’emploi des jeunes et à la transition énergétique.</p>',
        ].join(''),
      },
      ar: {
        title: 'تدريب تقنيين شباب من موريتانيا وتشاد على تقنيات الطاقة الشمسية في نواكشوط',
        summary:
          'تلقى نحو ثلاثين من التقنيين الشباب والمدربين من موريتانيا وتشاد تدريبًا على تركيب أنظمة الطاقة الشمسية وصيانتها لفائدة المدارس والمراكز الصحية في المناطق الريفية.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، بالشراكة مع معهد وطني للتكوين المهني في نواكشوط، دورة تدريبية مدتها أسبوعان حول تركيب أنظمة الطاقة الشمسية الكهروضوئية وصيانتها، لفائدة نحو ثلاثين من التقنيين الشباب ومدربي التعليم المهني من موريتانيا وتشاد.</p>',
          '<p>وجمع البرنامج بين الدروس النظرية والتمارين التطبيقية، وتناول حساب قدرة المنظومات الشمسية، والتوصيلات الكهربائية وقواعد السلامة، وتخزين الطاقة، وتشخيص الأعطال الأكثر شيوعًا.</p>',
          '<h2>تجهيز أفضل للمدارس والمراكز الصحية</h2>',
          '<p>وأُوليت عناية خاصة للأنظمة غير المرتبطة بالشبكة الكهربائية، الموجهة إلى المدارس والمراكز الصحية في المناطق الريفية، حيث تتوقف جودة الخدمات المقدمة على توفر كهرباء موثوقة. وفي إطار التمارين التطبيقية، جهّز المشاركون مدرسة في ضواحي العاصمة بمنظومة شمسية.</p>',
          '<p>واعتمدت الدورة نهج «تدريب المدربين»، بما يتيح للمشاركين أن ينقلوا بدورهم ما اكتسبوه من مهارات إلى زملائهم وطلابهم في مؤسساتهم. وتعتزم الإيسيسكو توسيع البرنامج ليشمل دولًا أعضاء أخرى في منطقة الساحل، إسهامًا في تعزيز تشغيل الشباب ودعم التحول نحو الطاقة النظيفة.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-women-in-science-fellowships',
    daysAgo: 78,
    sections: ['science-technology'],
    memberStates: [],
    tags: ['women-and-girls', 'scholarships'],
    translations: {
      en: {
        slug: 'twenty-women-researchers-receive-icesco-fellowships-in-science-and-technology',
        title: 'Twenty women researchers receive ICESCO fellowships in science and technology',
        summary:
          'Twenty early-career women scientists from fifteen Member States will carry out research stays at partner institutions, backed by mentoring from senior women researchers.',
        bodyHtml: [
          '<p>Twenty early-career women researchers from fifteen Member States have been selected for the first cohort of ICESCO’s fellowship programme for women in science, which aims to support talented scientists at a decisive stage of their careers.</p>',
          '<p>The fellows, who work in fields ranging from renewable energy and materials science to public health, computer science and marine biology, will each spend up to six months at a partner university or research centre in another Member State, carrying out a research project under the supervision of an experienced researcher.</p>',
          '<h2>Mentoring and networking</h2>',
          '<p>Alongside their research stays, the fellows will take part in a mentoring programme led by senior women scientists, as well as online training in scientific writing, project management and applying for research funding. Presenting the programme, the head of the Science and Technology Sector explained its rationale:</p>',
          '<blockquote>In many Member States, women are well represented among science graduates, yet far fewer of them reach leadership positions in research. This programme is designed to help close that gap.</blockquote>',
          '<p>A call for applications for the second cohort will be launched later this year, with priority given to researchers from the Member States and disciplines where women remain under-represented.</p>',
        ].join(''),
      },
      fr: {
        slug: 'vingt-chercheuses-recoivent-une-bourse-de-l-icesco-en-sciences-et-technologies',
        title: 'Vingt chercheuses reçoivent une bourse de l’ICESCO en sciences et technologies',
        summary:
          'Vingt jeunes chercheuses de quinze États membres effectueront des séjours de recherche dans des institutions partenaires, accompagnées par des scientifiques confirmées.',
        bodyHtml: [
          '<p>Vingt jeunes chercheuses originaires de quinze États membres ont été retenues pour la première promotion du programme de bourses de l’ICESCO en faveur des femmes scientifiques, qui vise à soutenir des talents à une étape décisive de leur carrière.</p>',
          '<p>Spécialistes de domaines aussi variés que les énergies renouvelables, la science des matériaux, la santé publique, l’informatique ou la biologie marine, les boursières effectueront chacune un séjour de six mois au plus dans une université ou un centre de recherche partenaire d’un autre État membre, où elles mèneront un projet de recherche sous la direction d’un chercheur expérimenté.</p>',
          '<h2>Mentorat et mise en réseau</h2>',
          '<p>En parallèle, les boursières bénéficieront d’un programme de mentorat animé par des scientifiques confirmées, ainsi que de formations en ligne à la rédaction scientifique, à la gestion de projet et à la recherche de financements. Présentant le programme, le responsable du Secteur des sciences et de la technologie en a rappelé la raison d’être :</p>',
          '<blockquote>Dans de nombreux États membres, les femmes sont bien représentées parmi les diplômés en sciences, mais elles sont bien moins nombreuses à accéder aux postes de responsabilité dans la recherche. Ce programme entend contribuer à réduire cet écart.</blockquote>',
          '<p>Un appel à candidatures pour la deuxième promotion sera lancé dans le courant de l’année ; la priorité sera donnée aux chercheuses des États membres et des disciplines où les femmes demeurent sous-représentées.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تمنح عشرين باحثة منحًا بحثية في مجالات العلوم والتكنولوجيا',
        summary: 'تستفيد عشرون باحثة شابة من خمس عشرة دولة عضوًا من إقامات بحثية في مؤسسات شريكة، إلى جانب برنامج توجيه تشرف عليه عالمات ذوات خبرة.',
        bodyHtml: [
          '<p>اختارت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) عشرين باحثة في بداية مسارهن المهني، من خمس عشرة دولة عضوًا، ليشكّلن الدفعة الأولى من برنامجها للمنح البحثية المخصص للمرأة في مجال العلوم، الذي يهدف إلى دعم الكفاءات العلمية النسائية في مرحلة حاسمة من مسيرتهن.</p>',
          '<p>وتعمل المستفيدات في تخصصات متنوعة، من الطاقات المتجددة وعلوم المواد إلى الصحة العامة وعلوم الحاسوب والأحياء البحرية، وستقضي كل واحدة منهن فترة تصل إلى ستة أشهر في جامعة أو مركز بحث شريك في دولة عضو أخرى، لإنجاز مشروع بحثي تحت إشراف باحث متمرّس.</p>',
          '<h2>توجيه وتشبيك</h2>',
          '<p>وبالتوازي مع الإقامات البحثية، ستشارك المستفيدات في برنامج توجيه تشرف عليه عالمات ذوات خبرة، إضافة إلى دورات تدريبية عبر الإنترنت في الكتابة العلمية وإدارة المشاريع والبحث عن التمويل. وفي معرض تقديمه للبرنامج، أوضح رئيس قطاع العلوم والتكنولوجيا الغاية منه قائلًا:</p>',
          '<blockquote>تحظى المرأة بحضور جيد بين خريجي التخصصات العلمية في كثير من الدول الأعضاء، غير أن عدد النساء اللواتي يبلغن مواقع المسؤولية في مجال البحث العلمي لا يزال أقل بكثير، ويسعى هذا البرنامج إلى الإسهام في تقليص هذه الفجوة.</blockquote>',
          '<p>وسيُفتح باب الترشح للدفعة الثانية في وقت لاحق من هذا العام، مع إعطاء الأولوية للباحثات من الدول الأعضاء والتخصصات التي لا يزال حضور المرأة فيها محدودًا.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-strategic-foresight-report',
    daysAgo: 560,
    sections: ['science-technology'],
    memberStates: [],
    tags: ['artificial-intelligence', 'climate'],
    translations: {
      ar: {
        title: 'تقرير استشرافي للإيسيسكو يرسم سيناريوهات مستقبل العلوم والتكنولوجيا في العالم الإسلامي',
        summary:
          'أصدرت الإيسيسكو تقريرًا استشرافيًّا يرصد التحولات العلمية والتكنولوجية الكبرى المنتظرة خلال العقدين المقبلين، ويقترح توجهات لتعزيز جاهزية الدول الأعضاء لمواكبتها.',
        bodyHtml: [
          '<p>أصدرت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) تقريرًا استشرافيًّا بعنوان «آفاق العلوم والتكنولوجيا في العالم الإسلامي»، يستعرض أبرز التحولات المتوقعة خلال العقدين المقبلين، وانعكاساتها على التعليم وسوق العمل والتنمية في الدول الأعضاء.</p>',
          '<p>وقد أُعدّ التقرير بمشاركة خبراء وباحثين من تخصصات مختلفة، واستند إلى ورش عمل ومشاورات مع مؤسسات علمية وجامعات، إلى جانب استطلاع لآراء الشباب حول تطلعاتهم ومخاوفهم إزاء المستقبل.</p>',
          '<h2>خمسة اتجاهات كبرى</h2>',
          '<ul><li>الانتشار المتسارع للذكاء الاصطناعي وأثره في المهن والمهارات المطلوبة؛</li><li>تفاقم آثار تغير المناخ وتزايد الضغط على الموارد المائية والغذائية؛</li><li>التحول نحو مصادر الطاقة المتجددة؛</li><li>التقدم في التقنيات الحيوية والطب الدقيق؛</li><li>تنامي أهمية البيانات بوصفها موردًا استراتيجيًّا.</li></ul>',
          '<p>ويعرض التقرير ثلاثة سيناريوهات لمستقبل المنظومات العلمية في الدول الأعضاء، تتراوح بين استمرار التبعية التكنولوجية وبناء قدرات ذاتية قائمة على التعاون الإقليمي، ويدعو إلى زيادة الاستثمار في البحث العلمي، وتحديث المناهج الدراسية، والاستفادة من الكفاءات العلمية المقيمة في الخارج.</p>',
          '<p>ويُعدّ هذا التقرير الأول ضمن سلسلة من الدراسات الاستشرافية التي تعتزم المنظمة إصدارها، لمساعدة صناع القرار على استباق التحولات بدلًا من الاكتفاء بالتفاعل معها.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'sci-open-science-digital-libraries-abidjan',
    daysAgo: 690,
    sections: ['science-technology', 'education'],
    memberStates: ['CI', 'SN', 'BF'],
    tags: ['digital-learning', 'partnerships'],
    translations: {
      fr: {
        slug: 'science-ouverte-des-bibliothecaires-d-afrique-de-l-ouest-formes-a-abidjan',
        title: 'Science ouverte : des bibliothécaires d’Afrique de l’Ouest formés à Abidjan',
        summary:
          'Une quarantaine de bibliothécaires et de responsables de la recherche de Côte d’Ivoire, du Sénégal et du Burkina Faso se sont formés aux archives ouvertes et à la gestion des données de la recherche.',
        bodyHtml: [
          '<p>Une quarantaine de bibliothécaires, de responsables de la recherche et d’informaticiens d’universités de Côte d’Ivoire, du Sénégal et du Burkina Faso ont pris part, à Abidjan, à un atelier de l’ICESCO consacré à la science ouverte et aux bibliothèques numériques.</p>',
          '<p>Les participants ont été initiés à la création et à l’administration d’archives ouvertes institutionnelles, à l’édition de revues en libre accès et aux principes de gestion des données de la recherche, afin de rendre les travaux des chercheurs africains plus visibles et plus faciles à réutiliser.</p>',
          '<h2>Valoriser la production scientifique locale</h2>',
          '<p>Nombre de thèses, de mémoires et de rapports produits dans les universités de la région restent difficilement accessibles, faute de plateformes adaptées. Les échanges ont montré l’intérêt de solutions mutualisées, fondées sur des logiciels libres, pour réduire les coûts et garantir la pérennité des collections numériques. À l’issue de l’atelier, les établissements participants se sont engagés à :</p>',
          '<ul><li>mettre en place ou enrichir leur archive ouverte institutionnelle ;</li><li>numériser en priorité les thèses soutenues localement ;</li><li>constituer un réseau régional de bibliothécaires référents en science ouverte.</li></ul>',
          '<p>L’ICESCO accompagnera cette dynamique par un appui technique et de nouvelles sessions de formation, dans le cadre de son action en faveur d’un accès plus équitable au savoir scientifique.</p>',
        ].join(''),
      },
    },
  },
];
