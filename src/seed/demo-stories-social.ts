import type { DemoStory } from './demo-content.types.ts';

/** Demo stories for the Social and Human Sciences section. */
export const socialStories: DemoStory[] = [
  {
    key: 'soc-interfaith-dialogue-forum',
    daysAgo: 34,
    sections: ['social-human-sciences', 'culture-communication'],
    memberStates: ['MA'],
    tags: ['dialogue', 'youth'],
    image: {
      hue: 205,
      alt: {
        en: 'Abstract illustration in calm blue tones evoking voices meeting in dialogue',
        ar: 'رسم تجريدي بدرجات زرقاء هادئة يوحي بأصوات تلتقي في حوار',
        fr: 'Illustration abstraite aux tons bleus apaisés évoquant des voix qui se rencontrent dans le dialogue',
      },
    },
    translations: {
      en: {
        slug: 'rabat-forum-calls-for-dialogue-among-faiths-and-cultures-to-counter-hate-speech',
        title: 'Rabat forum calls for dialogue among faiths and cultures to counter hate speech',
        summary:
          'Religious leaders, scholars and young people from some 30 countries met at ICESCO headquarters to discuss how education and the media can strengthen mutual understanding.',
        bodyHtml: [
          '<p>ICESCO hosted a two-day international forum on interfaith and intercultural dialogue at its headquarters in Rabat, bringing together religious leaders, academics, media professionals and youth representatives from some 30 countries.</p>',
          '<p>Opening the proceedings, the Director-General stressed that dialogue is not a diplomatic formality but a daily practice that begins in classrooms, newsrooms and neighbourhoods. Participants examined the rise of hate speech online and discussed ways of responding to it with accurate information, shared values and sustained contact between communities.</p>',
          '<h2>Three working sessions</h2>',
          '<ul><li>The role of school curricula in teaching respect for religious and cultural diversity</li><li>Responsible media coverage of religious affairs</li><li>Young people as agents of dialogue in their own communities</li></ul>',
          '<p>The forum concluded with a set of recommendations, including the creation of a <strong>network of young dialogue ambassadors</strong> and a guide to help teachers address questions of belief and identity in the classroom. ICESCO will present the recommendations to its Member States and partner institutions in the coming months.</p>',
        ].join(''),
      },
      ar: {
        title: 'منتدى الرباط يدعو إلى الحوار بين الأديان والثقافات للتصدي لخطاب الكراهية',
        summary: 'جمع المنتدى في مقر الإيسيسكو قيادات دينية وأكاديميين وشبابًا من نحو ثلاثين دولة، لبحث دور التعليم والإعلام في تعزيز التفاهم المتبادل.',
        bodyHtml: [
          '<p>احتضن مقر منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في الرباط، على مدى يومين، منتدى دوليًا حول الحوار بين الأديان والثقافات، بمشاركة قيادات دينية وأكاديميين وإعلاميين وممثلين عن الشباب من نحو ثلاثين دولة.</p>',
          '<p>وأكد المدير العام، في كلمته الافتتاحية، أن الحوار ليس إجراءً دبلوماسيًا شكليًا، بل ممارسة يومية تبدأ في الفصول الدراسية وغرف الأخبار والأحياء السكنية. وتناول المشاركون تنامي خطاب الكراهية على الإنترنت، وسبل مواجهته بالمعلومة الدقيقة والقيم المشتركة والتواصل المستمر بين المجتمعات.</p>',
          '<h2>ثلاث جلسات عمل</h2>',
          '<ul><li>دور المناهج الدراسية في ترسيخ احترام التنوع الديني والثقافي</li><li>التغطية الإعلامية المسؤولة للشأن الديني</li><li>الشباب بوصفهم فاعلين في نشر ثقافة الحوار داخل مجتمعاتهم</li></ul>',
          '<p>واختُتم المنتدى بجملة من التوصيات، من أبرزها إنشاء <strong>شبكة لسفراء الحوار من الشباب</strong>، وإعداد دليل يساعد المعلمين على تناول قضايا المعتقد والهوية داخل الفصل. وستعرض الإيسيسكو هذه التوصيات على دولها الأعضاء ومؤسساتها الشريكة خلال الأشهر المقبلة.</p>',
        ].join(''),
      },
      fr: {
        slug: 'forum-de-rabat-le-dialogue-entre-religions-et-cultures-face-aux-discours-de-haine',
        title: 'Forum de Rabat : le dialogue entre religions et cultures face aux discours de haine',
        summary:
          'Responsables religieux, universitaires et jeunes venus d’une trentaine de pays se sont réunis au siège de l’ICESCO pour réfléchir au rôle de l’éducation et des médias dans la compréhension mutuelle.',
        bodyHtml: [
          '<p>L’ICESCO a accueilli pendant deux jours, à son siège de Rabat, un forum international consacré au dialogue interreligieux et interculturel. Responsables religieux, universitaires, professionnels des médias et représentants de la jeunesse d’une trentaine de pays ont pris part aux travaux.</p>',
          '<p>À l’ouverture, le Directeur général a souligné que le dialogue n’est pas une simple formalité diplomatique, mais une pratique quotidienne qui se construit à l’école, dans les rédactions et dans les quartiers. Les participants se sont penchés sur la montée des discours de haine en ligne et sur les moyens d’y répondre par une information rigoureuse, des valeurs partagées et des échanges suivis entre communautés.</p>',
          '<h2>Trois sessions de travail</h2>',
          '<ul><li>La place des programmes scolaires dans l’apprentissage du respect de la diversité religieuse et culturelle</li><li>Le traitement médiatique responsable des questions religieuses</li><li>Les jeunes, acteurs du dialogue au sein de leurs communautés</li></ul>',
          '<p>Le forum s’est conclu par une série de recommandations, dont la création d’un <strong>réseau de jeunes ambassadeurs du dialogue</strong> et l’élaboration d’un guide destiné à aider les enseignants à aborder en classe les questions de croyance et d’identité. L’ICESCO les soumettra à ses États membres et à ses institutions partenaires dans les prochains mois.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-youth-volunteering-west-africa',
    daysAgo: 118,
    sections: ['social-human-sciences'],
    memberStates: ['SN', 'CI', 'GM'],
    tags: ['youth', 'partnerships'],
    translations: {
      en: {
        slug: 'icesco-launches-youth-volunteering-programme-in-three-west-african-countries',
        title: 'ICESCO launches youth volunteering programme in three West African countries',
        summary:
          'Some 60 young volunteers from Senegal, Côte d’Ivoire and The Gambia will be trained before leading community projects in literacy, the environment and care for older people.',
        bodyHtml: [
          '<p>ICESCO has launched a youth volunteering programme in Senegal, Côte d’Ivoire and The Gambia, in partnership with national youth councils and local civil society organizations. The first cohort brings together some 60 volunteers aged 18 to 30.</p>',
          '<p>The programme opens with a week of training in Dakar on designing and managing community projects, working with local authorities and measuring results. The volunteers then return to their towns and villages to run small projects over six months, supported by mentors in each country.</p>',
          '<h2>Priority areas</h2>',
          '<ul><li>Adult literacy and homework support for schoolchildren</li><li>Neighbourhood clean-up and tree-planting campaigns</li><li>Visits and practical help for older people living alone</li></ul>',
          '<p>Each project receives a modest grant to cover materials and transport. At the end of the cycle, the volunteers will share their experience at a regional meeting, and the most successful initiatives will be documented so that they can be replicated in other Member States.</p>',
          '<p>ICESCO sees volunteering as a way for young people to gain skills, take part in civic life and strengthen their sense of belonging to their communities.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تطلق برنامجًا للتطوع الشبابي في ثلاث دول بغرب إفريقيا',
        summary:
          'يستفيد نحو ستين متطوعًا شابًا من السنغال وكوت ديفوار وغامبيا من تدريب متخصص، قبل أن يقودوا مشروعات مجتمعية في محو الأمية والبيئة ورعاية المسنين.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) برنامجًا للتطوع الشبابي في السنغال وكوت ديفوار وغامبيا، بالشراكة مع المجالس الوطنية للشباب ومنظمات المجتمع المدني المحلية. وتضم الدفعة الأولى نحو ستين متطوعًا تتراوح أعمارهم بين 18 و30 عامًا.</p>',
          '<p>ويستهل البرنامج أنشطته بأسبوع تدريبي في داكار حول تصميم المشروعات المجتمعية وإدارتها، والعمل مع السلطات المحلية، وقياس النتائج. ثم يعود المتطوعون إلى مدنهم وقراهم لتنفيذ مشروعات صغيرة على مدى ستة أشهر، بمواكبة من مرشدين في كل بلد.</p>',
          '<h2>مجالات ذات أولوية</h2>',
          '<ul><li>محو أمية الكبار ومساعدة التلاميذ في واجباتهم المدرسية</li><li>حملات تنظيف الأحياء وغرس الأشجار</li><li>زيارة المسنين الذين يعيشون بمفردهم وتقديم العون العملي لهم</li></ul>',
          '<p>ويحصل كل مشروع على منحة متواضعة لتغطية تكاليف المواد والتنقل. وفي ختام الدورة، سيعرض المتطوعون تجاربهم خلال لقاء إقليمي، على أن تُوثَّق المبادرات الأنجح تمهيدًا لتعميمها في دول أعضاء أخرى.</p>',
          '<p>وترى الإيسيسكو في العمل التطوعي سبيلًا لاكتساب الشباب المهارات، وتعزيز مشاركتهم في الحياة المدنية، وتقوية شعورهم بالانتماء إلى مجتمعاتهم.</p>',
        ].join(''),
      },
      fr: {
        slug: 'l-icesco-lance-un-programme-de-volontariat-des-jeunes-en-afrique-de-l-ouest',
        title: 'L’ICESCO lance un programme de volontariat des jeunes en Afrique de l’Ouest',
        summary:
          'Une soixantaine de jeunes volontaires du Sénégal, de Côte d’Ivoire et de Gambie seront formés avant de conduire des projets communautaires d’alphabétisation, d’environnement et de soutien aux personnes âgées.',
        bodyHtml: [
          '<p>L’ICESCO a lancé un programme de volontariat des jeunes au Sénégal, en Côte d’Ivoire et en Gambie, en partenariat avec les conseils nationaux de la jeunesse et des organisations locales de la société civile. La première promotion réunit une soixantaine de volontaires âgés de 18 à 30 ans.</p>',
          '<p>Le programme s’ouvre par une semaine de formation à Dakar consacrée à la conception et à la gestion de projets communautaires, au travail avec les collectivités locales et à l’évaluation des résultats. Les volontaires regagneront ensuite leurs villes et leurs villages pour y mener, pendant six mois, de petits projets avec l’appui de mentors dans chaque pays.</p>',
          '<h2>Domaines prioritaires</h2>',
          '<ul><li>L’alphabétisation des adultes et l’aide aux devoirs pour les élèves</li><li>Les campagnes de propreté des quartiers et de plantation d’arbres</li><li>Les visites et l’aide concrète aux personnes âgées vivant seules</li></ul>',
          '<p>Chaque projet bénéficie d’une subvention modeste pour couvrir le matériel et les déplacements. À l’issue du cycle, les volontaires partageront leur expérience lors d’une rencontre régionale, et les initiatives les plus réussies seront documentées afin de pouvoir être reproduites dans d’autres États membres.</p>',
          '<p>Pour l’ICESCO, le volontariat permet aux jeunes d’acquérir des compétences, de s’engager dans la vie citoyenne et de renforcer leur sentiment d’appartenance à leur communauté.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-women-entrepreneurs-tunisia-jordan',
    daysAgo: 203,
    sections: ['social-human-sciences'],
    memberStates: ['TN', 'JO'],
    tags: ['women-and-girls', 'partnerships'],
    image: {
      hue: 32,
      alt: {
        en: 'Abstract illustration in warm ochre tones evoking weaving and craftsmanship',
        ar: 'رسم تجريدي بألوان ترابية دافئة يوحي بالنسيج والحِرف اليدوية',
        fr: 'Illustration abstraite aux tons ocre chaleureux évoquant le tissage et l’artisanat',
      },
    },
    translations: {
      en: {
        slug: 'women-entrepreneurs-from-tunisia-and-jordan-complete-icesco-business-training',
        title: 'Women entrepreneurs from Tunisia and Jordan complete ICESCO business training',
        summary:
          'Some 45 women running small businesses in crafts, food processing and digital services took part in a programme on business planning, financing and online marketing.',
        bodyHtml: [
          '<p>Some 45 women entrepreneurs from Tunisia and Jordan have completed a four-month training and mentoring programme organized by ICESCO with national partners specializing in small business development. The participants run, or are about to launch, small enterprises in handicrafts, food processing, tailoring and digital services.</p>',
          '<h2>From idea to sustainable business</h2>',
          '<p>The programme combined workshops in Tunis and Amman with online sessions that brought the two groups together. The modules covered:</p>',
          '<ul><li>Preparing a business plan and managing cash flow</li><li>Access to microfinance and other sources of funding</li><li>Selling online and building a brand on social media</li><li>Cooperative models that allow women to pool their resources</li></ul>',
          '<p>Each participant was paired with an experienced mentor. On the closing day, the entrepreneurs presented their projects to a panel, and ten of them received small grants to buy equipment or expand their activity.</p>',
          '<p>ICESCO plans to extend the programme to other Member States and to set up an online network through which participants can keep exchanging advice and business opportunities across borders.</p>',
        ].join(''),
      },
      ar: {
        title: 'رائدات أعمال من تونس والأردن يختتمن برنامجًا تدريبيًا للإيسيسكو',
        summary:
          'شاركت نحو 45 امرأة يدرن مشروعات صغيرة في الصناعات التقليدية والتصنيع الغذائي والخدمات الرقمية في برنامج حول التخطيط والتمويل والتسويق الإلكتروني.',
        bodyHtml: [
          '<p>اختتمت نحو 45 رائدة أعمال من تونس والأردن برنامجًا للتدريب والمواكبة امتد أربعة أشهر، نظمته منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) بالتعاون مع شركاء وطنيين متخصصين في دعم المشروعات الصغيرة. وتدير المشاركات مشروعات صغيرة، أو يستعددن لإطلاقها، في مجالات الصناعات التقليدية والتصنيع الغذائي والخياطة والخدمات الرقمية.</p>',
          '<h2>من الفكرة إلى المشروع المستدام</h2>',
          '<p>وجمع البرنامج بين ورش عمل حضورية في تونس وعمّان وجلسات عن بُعد ضمّت المجموعتين معًا، وتناول المحاور التالية:</p>',
          '<ul><li>إعداد خطة العمل وإدارة السيولة النقدية</li><li>الوصول إلى التمويل الأصغر وغيره من مصادر التمويل</li><li>البيع عبر الإنترنت وبناء علامة تجارية على شبكات التواصل الاجتماعي</li><li>النماذج التعاونية التي تتيح للنساء تجميع مواردهن</li></ul>',
          '<p>واستفادت كل مشاركة من مواكبة مرشد ذي خبرة. وفي اليوم الختامي، عرضت رائدات الأعمال مشروعاتهن أمام لجنة تحكيم، وحصلت عشر منهن على منح صغيرة لاقتناء المعدات أو توسيع أنشطتهن.</p>',
          '<p>وتعتزم الإيسيسكو توسيع البرنامج ليشمل دولًا أعضاء أخرى، وإنشاء شبكة إلكترونية تتيح للمشاركات مواصلة تبادل الخبرات وفرص الأعمال عبر الحدود.</p>',
        ].join(''),
      },
      fr: {
        slug: 'des-entrepreneuses-tunisiennes-et-jordaniennes-achevent-une-formation-de-l-icesco',
        title: 'Des entrepreneuses tunisiennes et jordaniennes achèvent une formation de l’ICESCO',
        summary:
          'Quelque 45 femmes à la tête de petites entreprises dans l’artisanat, la transformation alimentaire et les services numériques ont suivi un programme consacré au plan d’affaires, au financement et à la vente en ligne.',
        bodyHtml: [
          '<p>Quelque 45 entrepreneuses de Tunisie et de Jordanie ont achevé un programme de formation et d’accompagnement de quatre mois, organisé par l’ICESCO avec des partenaires nationaux spécialisés dans l’appui aux petites entreprises. Les participantes dirigent ou s’apprêtent à lancer de petites structures dans l’artisanat, la transformation alimentaire, la couture et les services numériques.</p>',
          '<h2>De l’idée à l’entreprise durable</h2>',
          '<p>Le programme a associé des ateliers organisés à Tunis et à Amman à des séances en ligne réunissant les deux groupes. Il portait notamment sur :</p>',
          '<ul><li>L’élaboration d’un plan d’affaires et la gestion de la trésorerie</li><li>L’accès à la microfinance et à d’autres sources de financement</li><li>La vente en ligne et la construction d’une marque sur les réseaux sociaux</li><li>Les modèles coopératifs qui permettent aux femmes de mutualiser leurs ressources</li></ul>',
          '<p>Chaque participante a été accompagnée par un mentor expérimenté. Lors de la journée de clôture, les entrepreneuses ont présenté leurs projets devant un jury, et dix d’entre elles ont reçu une petite subvention pour acquérir du matériel ou développer leur activité.</p>',
          '<p>L’ICESCO entend étendre le programme à d’autres États membres et créer un réseau en ligne qui permettra aux participantes de continuer à échanger conseils et opportunités d’affaires par-delà les frontières.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-displaced-children-education-chad',
    daysAgo: 289,
    sections: ['social-human-sciences', 'education'],
    memberStates: ['TD'],
    tags: ['partnerships'],
    translations: {
      en: {
        slug: 'icesco-supports-schooling-for-displaced-children-in-eastern-chad',
        title: 'ICESCO supports schooling for displaced children in eastern Chad',
        summary:
          'Temporary learning spaces, teacher training and psychosocial support will help some 1,500 children from refugee families and host communities resume their education.',
        bodyHtml: [
          '<p>ICESCO has launched a project to help refugee and displaced children in eastern Chad return to learning, in cooperation with the country’s education authorities and humanitarian organizations working in the area. The project targets some 1,500 children from refugee families and host communities alike.</p>',
          '<p>Many of these children have been out of school for months, or even years. The project will equip temporary learning spaces with furniture, school kits and solar lamps, and offer catch-up classes in reading, writing and arithmetic.</p>',
          '<h2>Teachers at the heart of the response</h2>',
          '<p>Around 50 teachers, including volunteers from the displaced communities themselves, will be trained in accelerated learning methods and in recognizing signs of distress in children. Psychosocial activities such as drawing, storytelling and group games will be built into the weekly timetable.</p>',
          '<p>By involving host communities from the outset, the project also aims to ease tensions over scarce resources and to encourage children from different backgrounds to learn side by side. ICESCO is calling on its partners to help extend the initiative to other areas affected by displacement.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تدعم تعليم الأطفال النازحين في شرق تشاد',
        summary: 'فضاءات تعليمية مؤقتة وتدريب للمعلمين ودعم نفسي واجتماعي لمساعدة نحو 1500 طفل من الأسر اللاجئة والمجتمعات المضيفة على استئناف تعليمهم.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) مشروعًا لمساعدة الأطفال اللاجئين والنازحين في شرق تشاد على العودة إلى التعلم، بالتعاون مع السلطات التعليمية في البلاد والمنظمات الإنسانية العاملة في المنطقة. ويستهدف المشروع نحو 1500 طفل من الأسر اللاجئة والمجتمعات المضيفة على حد سواء.</p>',
          '<p>وقد انقطع كثير من هؤلاء الأطفال عن الدراسة لأشهر، بل لسنوات. لذلك سيعمل المشروع على تجهيز فضاءات تعليمية مؤقتة بالأثاث والحقائب المدرسية والمصابيح الشمسية، وتقديم دروس استدراكية في القراءة والكتابة والحساب.</p>',
          '<h2>المعلمون في صميم الاستجابة</h2>',
          '<p>وسيتلقى نحو خمسين معلمًا، بينهم متطوعون من المجتمعات النازحة نفسها، تدريبًا على أساليب التعلم المسرَّع وعلى رصد علامات الضيق النفسي لدى الأطفال. كما ستُدرَج في الجدول الأسبوعي أنشطة للدعم النفسي والاجتماعي، كالرسم ورواية القصص والألعاب الجماعية.</p>',
          '<p>ومن خلال إشراك المجتمعات المضيفة منذ البداية، يسعى المشروع أيضًا إلى تخفيف التوترات المرتبطة بشُح الموارد، وتشجيع الأطفال من خلفيات مختلفة على التعلم جنبًا إلى جنب. وتدعو الإيسيسكو شركاءها إلى الإسهام في توسيع المبادرة لتشمل مناطق أخرى متأثرة بالنزوح.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-peaceful-coexistence-summer-school',
    daysAgo: 402,
    sections: ['social-human-sciences'],
    memberStates: ['MA'],
    tags: ['youth', 'dialogue'],
    translations: {
      fr: {
        slug: 'une-universite-d-ete-sur-la-coexistence-pacifique-reunit-de-jeunes-leaders-a-rabat',
        title: 'Une université d’été sur la coexistence pacifique réunit de jeunes leaders à Rabat',
        summary:
          'Pendant dix jours, une cinquantaine de jeunes venus d’une vingtaine d’États membres se sont formés à la médiation, au dialogue et à la gestion pacifique des conflits.',
        bodyHtml: [
          '<p>L’ICESCO a organisé à Rabat la première édition de son université d’été sur la coexistence pacifique, qui a réuni pendant dix jours une cinquantaine de jeunes de 20 à 30 ans, venus d’une vingtaine d’États membres. Étudiants, acteurs de la société civile et jeunes professionnels y ont partagé leur expérience de la diversité dans leurs sociétés respectives.</p>',
          '<h2>Apprendre à vivre ensemble</h2>',
          '<p>Le programme alternait conférences, ateliers pratiques et jeux de rôle. Les participants ont été initiés aux techniques de médiation et d’écoute active, à l’analyse des stéréotypes et à la déconstruction des discours de haine. Des universitaires et des praticiens de terrain ont présenté des expériences réussies de cohabitation entre communautés religieuses et culturelles.</p>',
          '<p>Les jeunes ont également visité des hauts lieux du patrimoine de la capitale marocaine, témoins d’une longue histoire de brassage culturel, et pris part à des soirées d’échange au cours desquelles chacun présentait les traditions de son pays.</p>',
          '<p>À l’issue de la session, les participants ont conçu par petits groupes des projets à mener dans leur pays : clubs de dialogue dans les universités, campagnes de sensibilisation en ligne ou rencontres entre communautés. L’ICESCO assurera le suivi de ces initiatives et prévoit d’organiser une deuxième édition l’an prochain.</p>',
        ].join(''),
      },
      ar: {
        title: 'مدرسة صيفية حول التعايش السلمي تجمع قيادات شبابية في الرباط',
        summary: 'على مدى عشرة أيام، تدرّب نحو خمسين شابًا وشابة من قرابة عشرين دولة عضوًا على الوساطة والحوار والتدبير السلمي للنزاعات.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في الرباط الدورة الأولى من مدرستها الصيفية حول التعايش السلمي، التي جمعت على مدى عشرة أيام نحو خمسين شابًا وشابة، تتراوح أعمارهم بين 20 و30 عامًا، من قرابة عشرين دولة عضوًا. وتبادل المشاركون، من طلاب وناشطين في المجتمع المدني ومهنيين شباب، تجاربهم مع التنوع في مجتمعاتهم.</p>',
          '<h2>تعلُّم العيش المشترك</h2>',
          '<p>وتنوّع برنامج المدرسة بين المحاضرات وورش العمل التطبيقية وتمارين لعب الأدوار. وتعرّف المشاركون على تقنيات الوساطة والإنصات الفعّال، وتحليل الصور النمطية، وتفكيك خطاب الكراهية. كما عرض أكاديميون وممارسون ميدانيون تجارب ناجحة في التعايش بين المجموعات الدينية والثقافية.</p>',
          '<p>وزار الشباب عددًا من المعالم التراثية البارزة في العاصمة المغربية، الشاهدة على تاريخ طويل من التلاقح الثقافي، وشاركوا في أمسيات للتعارف قدّم خلالها كل منهم تقاليد بلده.</p>',
          '<p>وفي ختام الدورة، أعدّ المشاركون ضمن مجموعات صغيرة مشروعات لتنفيذها في بلدانهم، من بينها نوادٍ للحوار في الجامعات، وحملات توعوية على الإنترنت، ولقاءات بين المجتمعات المحلية. وستتابع الإيسيسكو تنفيذ هذه المبادرات، وتعتزم تنظيم دورة ثانية في العام المقبل.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-social-cohesion-research-call',
    daysAgo: 517,
    sections: ['social-human-sciences'],
    memberStates: [],
    tags: ['dialogue'],
    translations: {
      en: {
        slug: 'icesco-calls-for-research-proposals-on-social-cohesion-in-diverse-societies',
        title: 'ICESCO calls for research proposals on social cohesion in diverse societies',
        summary:
          'Early-career researchers in the Member States are invited to submit projects on how communities build trust across religious, ethnic and generational lines.',
        bodyHtml: [
          '<p>ICESCO has opened a call for research proposals on social cohesion in culturally and religiously diverse societies. The call is addressed to early-career researchers in sociology, anthropology, political science, psychology and related disciplines at universities and research centres in the Organization’s Member States.</p>',
          '<h2>Research themes</h2>',
          '<ul><li>Trust between communities in urban neighbourhoods and rural areas</li><li>The role of schools, sport and cultural life in bringing people together</li><li>Relations between generations in times of rapid social change</li><li>The integration of internal migrants and displaced people into host communities</li></ul>',
          '<p>Up to ten projects will be selected by an international scientific committee. Successful applicants will receive a research grant, methodological guidance from senior academics and the opportunity to present their findings at a scientific seminar organized by ICESCO.</p>',
          '<p>Priority will be given to studies based on fieldwork and to projects involving researchers from more than one country. The Organization intends to publish the results in an edited volume and to draw on them when preparing policy guidance for its Member States.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'soc-sport-for-development-workshop',
    daysAgo: 655,
    sections: ['social-human-sciences'],
    memberStates: ['MR', 'SN', 'ML'],
    tags: ['youth'],
    translations: {
      ar: {
        title: 'ورشة إقليمية للإيسيسكو في نواكشوط حول الرياضة من أجل التنمية والسلام',
        summary: 'بحث مدربون ومربّون ومسؤولون عن أندية ومراكز شبابية سبل توظيف الرياضة في ترسيخ قيم الاحترام والعمل الجماعي، وإدماج الفئات الأكثر هشاشة.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في نواكشوط، بالتعاون مع الجهات الوطنية المعنية بالشباب والرياضة في موريتانيا، ورشة إقليمية حول الرياضة من أجل التنمية والسلام، شارك فيها نحو أربعين مدربًا ومربيًا ومسؤولًا عن أندية ومراكز شبابية من موريتانيا والسنغال ومالي.</p>',
          '<p>وانطلقت الورشة من قناعة بأن الملاعب والساحات الرياضية فضاءات تربوية بامتياز، يتعلم فيها الأطفال والشباب احترام القواعد والمنافس، وقيمة العمل الجماعي، وضبط الانفعالات. وتناول المشاركون كيفية تصميم أنشطة رياضية تتجاوز المنافسة إلى بناء المهارات الحياتية وتعزيز التماسك الاجتماعي في الأحياء.</p>',
          '<h2>محاور الورشة</h2>',
          '<ul><li>توظيف الرياضة في وقاية الشباب من العنف والانحراف</li><li>تشجيع مشاركة الفتيات في الأنشطة الرياضية</li><li>إدماج الأطفال والشباب من ذوي الإعاقة</li><li>إشراك الأسر والمدارس في البرامج الرياضية المجتمعية</li></ul>',
          '<p>وفي ختام أعمال الورشة، اطّلع المشاركون على النسخة الأولية من دليل عملي تعدّه الإيسيسكو لفائدة المدربين، يتضمن تمارين وأنشطة جاهزة للتطبيق. وسيُثرى الدليل بملاحظات المشاركين قبل نشره باللغات العربية والفرنسية والإنجليزية، وتوزيعه على الأندية والمراكز الشبابية في الدول الأعضاء.</p>',
        ].join(''),
      },
    },
  },
];
