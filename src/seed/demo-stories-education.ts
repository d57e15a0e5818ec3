import type { DemoStory } from './demo-content.types.ts';

/** Demo stories for the Education section. */
export const educationStories: DemoStory[] = [
  {
    key: 'edu-central-asia-education-ministers-forum',
    daysAgo: 7,
    sections: ['education'],
    memberStates: ['UZ', 'KZ', 'TJ'],
    tags: ['partnerships', 'digital-learning'],
    translations: {
      en: {
        slug: 'central-asian-education-ministers-meet-in-tashkent-on-the-future-of-teaching',
        title: 'Central Asian education ministers meet in Tashkent on the future of teaching',
        summary:
          'The regional forum, organized by ICESCO and hosted by Uzbekistan, focused on attracting and training teachers, digital transformation and cooperation among the region’s school systems.',
        bodyHtml: [
          '<p>The ministers of education of Kazakhstan, Tajikistan and Uzbekistan, together with senior officials from other Central Asian Member States, met in Tashkent for a regional forum organized by ICESCO and hosted by the education authorities of Uzbekistan.</p>',
          '<p>Under the theme <em>“Teachers for the future”</em>, the forum examined how to attract young people into the teaching profession, strengthen initial and continuing teacher training, and make good use of digital technologies in schools without widening the gap between urban and rural areas.</p>',
          '<h2>Areas of cooperation</h2>',
          '<ul><li>Exchange programmes for teachers and teacher-training institutions across the region</li><li>Joint development of open digital learning resources in national languages</li><li>Sharing of experience on curriculum reform and learning assessment</li><li>Closer links between schools and vocational education and training</li></ul>',
          '<p>At the close of the forum, participants adopted a joint declaration calling for a <strong>regional network of teacher-training institutions</strong>, to be coordinated by ICESCO. The Director-General welcomed the ministers’ commitment and said the Organization would support the implementation of the declaration and share it with Member States in other regions.</p>',
        ].join(''),
      },
      ar: {
        title: 'وزراء التربية في آسيا الوسطى يبحثون في طشقند مستقبل مهنة التعليم',
        summary:
          'ركّز المنتدى الإقليمي، الذي نظمته الإيسيسكو واستضافته أوزبكستان، على استقطاب المعلمين وتأهيلهم، والتحول الرقمي، وتعزيز التعاون بين المنظومات التعليمية في المنطقة.',
        bodyHtml: [
          '<p>اجتمع في طشقند وزراء التربية في كازاخستان وطاجيكستان وأوزبكستان، إلى جانب كبار المسؤولين من دول أعضاء أخرى في آسيا الوسطى، في منتدى إقليمي نظمته منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) واستضافته السلطات التربوية الأوزبكية.</p>',
          '<p>وبحث المنتدى، الذي عُقد تحت شعار <em>«معلمون من أجل المستقبل»</em>، سبل استقطاب الشباب إلى مهنة التعليم، والارتقاء بإعداد المعلمين وتدريبهم المستمر، وحسن توظيف التقنيات الرقمية في المدارس دون توسيع الفجوة بين المناطق الحضرية والريفية.</p>',
          '<h2>مجالات التعاون</h2>',
          '<ul><li>برامج لتبادل المعلمين ومؤسسات إعدادهم على مستوى المنطقة</li><li>التطوير المشترك لموارد تعليمية رقمية مفتوحة باللغات الوطنية</li><li>تبادل الخبرات في مجالَي إصلاح المناهج وتقييم التعلّم</li><li>توثيق الصلة بين المدارس ومؤسسات التعليم والتدريب المهني</li></ul>',
          '<p>وفي ختام أعماله، اعتمد المشاركون إعلانًا مشتركًا يدعو إلى إنشاء <strong>شبكة إقليمية لمؤسسات إعداد المعلمين</strong> تتولى الإيسيسكو تنسيقها. ورحّب المدير العام بالتزام الوزراء، مؤكدًا أن المنظمة ستدعم تنفيذ الإعلان وتتقاسم مضامينه مع الدول الأعضاء في المناطق الأخرى.</p>',
        ].join(''),
      },
      fr: {
        slug: 'asie-centrale-les-ministres-de-l-education-debattent-a-tachkent-du-metier-d-enseignant',
        title: 'Asie centrale : les ministres de l’Éducation débattent à Tachkent du métier d’enseignant',
        summary:
          'Organisé par l’ICESCO et accueilli par l’Ouzbékistan, le forum régional a porté sur l’attractivité et la formation des enseignants, la transformation numérique et la coopération entre systèmes éducatifs.',
        bodyHtml: [
          '<p>Les ministres de l’Éducation du Kazakhstan, du Tadjikistan et de l’Ouzbékistan, accompagnés de hauts responsables d’autres États membres d’Asie centrale, se sont réunis à Tachkent à l’occasion d’un forum régional organisé par l’ICESCO et accueilli par les autorités éducatives ouzbèkes.</p>',
          '<p>Placé sous le thème <em>« Des enseignants pour l’avenir »</em>, le forum s’est penché sur les moyens d’attirer les jeunes vers le métier d’enseignant, de renforcer la formation initiale et continue des enseignants et de tirer parti du numérique à l’école sans creuser l’écart entre zones urbaines et rurales.</p>',
          '<h2>Axes de coopération</h2>',
          '<ul><li>Des programmes d’échanges entre enseignants et instituts de formation de la région</li><li>L’élaboration conjointe de ressources éducatives numériques libres dans les langues nationales</li><li>Le partage d’expériences en matière de réforme des programmes et d’évaluation des apprentissages</li><li>Un rapprochement entre l’école et la formation professionnelle</li></ul>',
          '<p>À l’issue des travaux, les participants ont adopté une déclaration commune appelant à la création d’un <strong>réseau régional des établissements de formation des enseignants</strong>, dont la coordination sera assurée par l’ICESCO. Le Directeur général a salué l’engagement des ministres et indiqué que l’Organisation accompagnerait la mise en œuvre de la déclaration et la partagerait avec les États membres des autres régions.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-digital-pedagogy-teacher-training',
    daysAgo: 27,
    sections: ['education', 'science-technology'],
    memberStates: ['CI', 'TG'],
    tags: ['digital-learning'],
    image: {
      hue: 190,
      alt: {
        en: 'Abstract illustration in cool teal tones evoking a connected classroom',
        ar: 'رسم تجريدي بدرجات زرقاء مخضرة هادئة يوحي بفصل دراسي متصل بالشبكة',
        fr: 'Illustration abstraite aux tons bleu-vert apaisés évoquant une salle de classe connectée',
      },
    },
    translations: {
      en: {
        slug: 'icesco-trains-teachers-from-cote-d-ivoire-and-togo-in-digital-pedagogy',
        title: 'ICESCO trains teachers from Côte d’Ivoire and Togo in digital pedagogy',
        summary:
          'Some 40 teachers and pedagogical advisers took part in a workshop in Abidjan on designing lessons that combine classroom teaching with digital resources.',
        bodyHtml: [
          '<p>ICESCO held a five-day workshop in Abidjan on digital pedagogy for primary and secondary school teachers from Côte d’Ivoire and Togo, in cooperation with the education ministries of both countries. Some 40 teachers and pedagogical advisers took part.</p>',
          '<p>The training went beyond the use of devices and platforms. It focused on how to design lessons that combine face-to-face teaching with digital resources, how to keep pupils engaged when connectivity is limited, and how to assess learning fairly in blended settings.</p>',
          '<h2>What participants worked on</h2>',
          '<ul><li>Planning blended lessons around clear learning objectives</li><li>Producing short audio and video resources with a smartphone</li><li>Using offline tools in schools with unreliable internet access</li><li>Protecting pupils’ personal data and encouraging responsible behaviour online</li></ul>',
          '<p>Each participant left with a sequence of lessons ready to be tried out in class. The trained teachers are expected to pass on their skills to colleagues in their schools, and ICESCO will follow up with online mentoring sessions throughout the coming school term.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تدرّب معلمين من كوت ديفوار وتوغو على طرائق التدريس الرقمية',
        summary: 'شارك نحو أربعين معلمًا ومستشارًا تربويًا في ورشة تدريبية بأبيدجان، ركّزت على تصميم دروس تمزج بين التدريس الحضوري والموارد الرقمية.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في أبيدجان، على مدى خمسة أيام، ورشة تدريبية حول طرائق التدريس الرقمية لفائدة معلمي التعليم الابتدائي والثانوي في كوت ديفوار وتوغو، بالتعاون مع وزارتَي التربية في البلدين. وشارك في الورشة نحو أربعين معلمًا ومستشارًا تربويًا.</p>',
          '<p>ولم يقتصر التدريب على استخدام الأجهزة والمنصات، بل انصبّ على كيفية تصميم دروس تجمع بين التدريس الحضوري والموارد الرقمية، والحفاظ على تفاعل التلاميذ حين يكون الاتصال بالإنترنت محدودًا، وتقييم التعلّم تقييمًا منصفًا في بيئات التعليم المدمج.</p>',
          '<h2>محاور العمل</h2>',
          '<ul><li>تخطيط دروس مدمجة انطلاقًا من أهداف تعلّم واضحة</li><li>إنتاج موارد صوتية ومرئية قصيرة باستخدام الهاتف الذكي</li><li>توظيف أدوات تعمل دون اتصال في المدارس التي تعاني ضعف الإنترنت</li><li>حماية البيانات الشخصية للتلاميذ وتعزيز السلوك المسؤول على الإنترنت</li></ul>',
          '<p>وغادر كل مشارك الورشة وفي حوزته سلسلة دروس جاهزة للتجريب داخل الفصل. ويُنتظر أن ينقل المعلمون المتدرّبون مهاراتهم إلى زملائهم في مدارسهم، فيما ستواكبهم الإيسيسكو بجلسات إرشاد عن بُعد طوال الفصل الدراسي المقبل.</p>',
        ].join(''),
      },
      fr: {
        slug: 'l-icesco-forme-des-enseignants-ivoiriens-et-togolais-a-la-pedagogie-numerique',
        title: 'L’ICESCO forme des enseignants ivoiriens et togolais à la pédagogie numérique',
        summary:
          'Une quarantaine d’enseignants et de conseillers pédagogiques ont suivi à Abidjan un atelier consacré à la conception de cours associant enseignement en présentiel et ressources numériques.',
        bodyHtml: [
          '<p>L’ICESCO a organisé à Abidjan, pendant cinq jours, un atelier de formation à la pédagogie numérique destiné aux enseignants du primaire et du secondaire de Côte d’Ivoire et du Togo, en collaboration avec les ministères de l’Éducation des deux pays. Une quarantaine d’enseignants et de conseillers pédagogiques y ont participé.</p>',
          '<p>Au-delà de la prise en main des outils et des plateformes, la formation a porté sur la conception de séquences associant cours en présentiel et ressources numériques, sur les moyens de maintenir l’attention des élèves lorsque la connexion est limitée et sur l’évaluation équitable des apprentissages en contexte hybride.</p>',
          '<h2>Au programme</h2>',
          '<ul><li>Planifier des cours hybrides à partir d’objectifs d’apprentissage clairs</li><li>Réaliser de courtes ressources audio et vidéo avec un smartphone</li><li>Utiliser des outils hors ligne dans les écoles mal desservies par internet</li><li>Protéger les données personnelles des élèves et promouvoir un usage responsable du numérique</li></ul>',
          '<p>Chaque participant est reparti avec une séquence pédagogique prête à être expérimentée en classe. Les enseignants formés sont appelés à partager leurs acquis avec leurs collègues, et l’ICESCO assurera un suivi au moyen de séances de tutorat en ligne tout au long du prochain trimestre.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-scholarship-programme-new-cohort',
    daysAgo: 63,
    sections: ['education'],
    memberStates: ['MA'],
    tags: ['scholarships', 'youth'],
    translations: {
      en: {
        slug: 'icesco-welcomes-a-new-cohort-of-scholarship-students-at-its-rabat-headquarters',
        title: 'ICESCO welcomes a new cohort of scholarship students at its Rabat headquarters',
        summary:
          'Some 60 students from Member States, selected for master’s and doctoral studies at partner universities in Morocco, were welcomed at a ceremony marking the start of the academic year.',
        bodyHtml: [
          '<p>ICESCO held a welcome ceremony at its headquarters in Rabat for the new cohort of its scholarship programme: some 60 students from Member States in Africa, Asia and the Arab region, who will pursue master’s and doctoral studies at partner universities in Morocco.</p>',
          '<p>The scholarships cover tuition fees, accommodation and a monthly allowance. Candidates were selected on the basis of academic merit, the relevance of their research projects to their countries’ development needs and, for the first time this year, their commitment to community service. Young women make up nearly half of the recipients.</p>',
          '<h2>Fields of study</h2>',
          '<ul><li>Educational sciences and teacher training</li><li>Engineering, renewable energy and water management</li><li>Humanities, languages and heritage studies</li></ul>',
          '<p>Addressing the students, the Director-General encouraged them to see themselves as bridges between their home countries and their host institutions, and to return home with knowledge and skills that will serve their communities. Throughout the year, the students will take part in cultural activities and mentoring sessions organized by ICESCO, and an alumni network will help them stay in touch after graduation.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تستقبل دفعة جديدة من طلاب المنح الدراسية في مقرها بالرباط',
        summary:
          'نظّمت الإيسيسكو، بمناسبة انطلاق السنة الجامعية، حفلًا لاستقبال نحو ستين طالبًا وطالبة من الدول الأعضاء، اختيروا لمتابعة دراسات الماجستير والدكتوراه في جامعات مغربية شريكة.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في مقرها بالرباط حفلًا لاستقبال الدفعة الجديدة من المستفيدين من برنامج منحها الدراسية، وتضم نحو ستين طالبًا وطالبة من الدول الأعضاء في أفريقيا وآسيا والمنطقة العربية، سيتابعون دراسات الماجستير والدكتوراه في جامعات مغربية شريكة.</p>',
          '<p>وتغطي المنح رسوم الدراسة والسكن ومخصصًا شهريًا. وقد جرى اختيار المرشحين بناءً على التفوق الأكاديمي، ومدى ارتباط مشاريعهم البحثية باحتياجات التنمية في بلدانهم، فضلًا عن انخراطهم في العمل المجتمعي، وهو معيار يُعتمد لأول مرة هذا العام. وتمثل الطالبات قرابة نصف المستفيدين.</p>',
          '<h2>مجالات الدراسة</h2>',
          '<ul><li>علوم التربية وإعداد المعلمين</li><li>الهندسة والطاقات المتجددة وإدارة الموارد المائية</li><li>العلوم الإنسانية واللغات ودراسات التراث</li></ul>',
          '<p>ودعا المدير العام الطلاب، في كلمته، إلى أن يكونوا جسورًا بين بلدانهم والمؤسسات التي تحتضنهم، وأن يعودوا إلى أوطانهم بمعارف ومهارات تخدم مجتمعاتهم. وسيشارك الطلاب على مدار السنة في أنشطة ثقافية وجلسات توجيه تنظمها الإيسيسكو، كما ستتيح لهم شبكة للخريجين مواصلة التواصل بعد التخرج.</p>',
        ].join(''),
      },
      fr: {
        slug: 'l-icesco-accueille-une-nouvelle-promotion-de-boursiers-a-son-siege-de-rabat',
        title: 'L’ICESCO accueille une nouvelle promotion de boursiers à son siège de Rabat',
        summary:
          'Une soixantaine d’étudiants des États membres, retenus pour des études de master et de doctorat dans des universités marocaines partenaires, ont été reçus à l’occasion de la rentrée universitaire.',
        bodyHtml: [
          '<p>L’ICESCO a organisé à son siège de Rabat une cérémonie d’accueil pour la nouvelle promotion de son programme de bourses : une soixantaine d’étudiantes et d’étudiants originaires d’États membres d’Afrique, d’Asie et du monde arabe, qui poursuivront des études de master et de doctorat dans des universités marocaines partenaires.</p>',
          '<p>Les bourses couvrent les frais de scolarité, le logement et une allocation mensuelle. Les candidats ont été sélectionnés sur la base de l’excellence académique, de la pertinence de leur projet de recherche au regard des besoins de développement de leur pays et, pour la première fois cette année, de leur engagement au service de la collectivité. Les jeunes femmes représentent près de la moitié des lauréats.</p>',
          '<h2>Domaines d’études</h2>',
          '<ul><li>Sciences de l’éducation et formation des enseignants</li><li>Ingénierie, énergies renouvelables et gestion de l’eau</li><li>Sciences humaines, langues et études patrimoniales</li></ul>',
          '<p>S’adressant aux étudiants, le Directeur général les a invités à se considérer comme des passerelles entre leur pays d’origine et leurs établissements d’accueil, et à rentrer chez eux riches de connaissances et de compétences utiles à leurs communautés. Tout au long de l’année, ils participeront à des activités culturelles et à des séances de mentorat organisées par l’ICESCO ; un réseau d’anciens leur permettra de garder le contact après l’obtention de leur diplôme.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-girls-schooling-sahel-workshop',
    daysAgo: 141,
    sections: ['education', 'social-human-sciences'],
    memberStates: ['NE', 'ML', 'BF'],
    tags: ['women-and-girls'],
    image: {
      hue: 28,
      alt: {
        en: 'Abstract illustration in warm ochre tones evoking a path leading to a school',
        fr: 'Illustration abstraite aux tons ocre chaleureux évoquant un chemin menant à l’école',
      },
    },
    translations: {
      en: {
        slug: 'sahel-workshop-seeks-ways-to-keep-more-girls-in-school-through-secondary-education',
        title: 'Sahel workshop seeks ways to keep more girls in school through secondary education',
        summary:
          'Education officials, head teachers and community representatives from Niger, Mali and Burkina Faso met in Niamey to share approaches that help girls stay in school beyond primary level.',
        bodyHtml: [
          '<p>ICESCO organized a three-day regional workshop in Niamey on keeping girls in school, bringing together education officials, head teachers, representatives of mothers’ associations, and religious and community leaders from Niger, Mali and Burkina Faso.</p>',
          '<p>Participants agreed that the most critical moment comes at the transition from primary to lower secondary school, when distance from school, household chores, early marriage and the cost of schooling weigh most heavily on girls. Discussions focused on practical measures that schools and communities can take together.</p>',
          '<h2>Approaches discussed</h2>',
          '<ul><li>Mentoring schemes that pair schoolgirls with young women who have completed their studies</li><li>Safe, clean sanitation facilities and a school environment that is welcoming to girls</li><li>Awareness campaigns led by community and religious leaders</li><li>Catch-up classes to help girls who have dropped out return to school</li></ul>',
          '<p>The workshop ended with the adoption of a joint action framework that each delegation will adapt to its national context. ICESCO will support pilot activities in selected schools in the three countries and share the results with other Member States facing similar challenges.</p>',
        ].join(''),
      },
      fr: {
        slug: 'au-sahel-un-atelier-cherche-a-maintenir-davantage-de-filles-a-l-ecole-jusqu-au-secondaire',
        title: 'Au Sahel, un atelier cherche à maintenir davantage de filles à l’école jusqu’au secondaire',
        summary:
          'Responsables éducatifs, chefs d’établissement et représentants communautaires du Niger, du Mali et du Burkina Faso se sont réunis à Niamey pour partager des approches favorisant la scolarité des filles après le primaire.',
        bodyHtml: [
          '<p>L’ICESCO a organisé à Niamey un atelier régional de trois jours consacré au maintien des filles à l’école. Il a réuni des responsables de l’éducation, des chefs d’établissement, des représentantes d’associations de mères d’élèves ainsi que des leaders religieux et communautaires du Niger, du Mali et du Burkina Faso.</p>',
          '<p>Les participants ont relevé que le moment le plus critique se situe au passage du primaire au premier cycle du secondaire, lorsque l’éloignement de l’école, les tâches domestiques, le mariage précoce et le coût de la scolarité pèsent le plus lourdement sur les filles. Les échanges ont porté sur des mesures concrètes que les écoles et les communautés peuvent mettre en œuvre ensemble.</p>',
          '<h2>Pistes examinées</h2>',
          '<ul><li>Des dispositifs de mentorat associant des écolières à de jeunes femmes ayant achevé leurs études</li><li>Des installations sanitaires sûres et propres, et un environnement scolaire accueillant pour les filles</li><li>Des campagnes de sensibilisation menées par les leaders communautaires et religieux</li><li>Des cours de remise à niveau pour aider les filles déscolarisées à reprendre le chemin de l’école</li></ul>',
          '<p>L’atelier s’est clôturé par l’adoption d’un cadre d’action commun que chaque délégation adaptera à son contexte national. L’ICESCO accompagnera des activités pilotes dans des écoles sélectionnées des trois pays et en partagera les résultats avec les autres États membres confrontés à des défis similaires.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-arabic-for-non-native-speakers-southeast-asia',
    daysAgo: 248,
    sections: ['education', 'culture-communication'],
    memberStates: ['ID', 'MY'],
    tags: ['arabic-language', 'partnerships'],
    translations: {
      en: {
        slug: 'icesco-brings-its-arabic-for-non-native-speakers-programme-to-southeast-asia',
        title: 'ICESCO brings its Arabic for non-native speakers programme to Southeast Asia',
        summary:
          'The programme will train some 80 teachers of Arabic in Indonesia and Malaysia in communicative teaching methods and provide them with new teaching materials.',
        bodyHtml: [
          '<p>ICESCO has launched a new edition of its programme for teaching Arabic to speakers of other languages, this time in Indonesia and Malaysia, in cooperation with universities and Islamic education institutions in both countries. Some 80 teachers of Arabic will take part in the training over the coming months.</p>',
          '<p>The programme responds to a growing interest in Arabic in Southeast Asia, where many learners study the language for religious, academic and professional purposes. It encourages teachers to move from grammar-centred lessons towards communicative methods that give learners the confidence to speak and understand Arabic in everyday situations.</p>',
          '<h2>Programme components</h2>',
          '<ul><li>Intensive training sessions for teachers in communicative and task-based teaching</li><li>A graded series of textbooks and audio materials prepared by ICESCO’s experts</li><li>An online platform where teachers can share lesson plans and classroom experience</li><li>A final assessment leading to a certificate recognized by partner institutions</li></ul>',
          '<p>The programme is part of ICESCO’s wider efforts to promote the Arabic language as a bridge between the peoples of the Islamic world. Lessons learned in Southeast Asia will inform future editions planned in other Member States.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تطلق نسخة جديدة من برنامج تعليم اللغة العربية للناطقين بغيرها في جنوب شرق آسيا',
        summary: 'يستهدف البرنامج تدريب نحو ثمانين معلمًا للغة العربية في إندونيسيا وماليزيا على الطرائق التواصلية، وتزويدهم بمواد تعليمية جديدة.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) نسخة جديدة من برنامجها لتعليم اللغة العربية للناطقين بغيرها، تُنفَّذ هذه المرة في إندونيسيا وماليزيا، بالتعاون مع جامعات ومؤسسات للتعليم الإسلامي في البلدين. ويشارك في التدريب نحو ثمانين معلمًا للغة العربية خلال الأشهر المقبلة.</p>',
          '<p>ويأتي البرنامج استجابةً للإقبال المتزايد على تعلّم العربية في جنوب شرق آسيا، حيث يُقبل عليها كثيرون لأغراض دينية وأكاديمية ومهنية. ويشجّع المعلمين على الانتقال من الدروس المتمحورة حول القواعد إلى طرائق تواصلية تمنح المتعلمين الثقة في التحدث بالعربية وفهمها في مواقف الحياة اليومية.</p>',
          '<h2>مكونات البرنامج</h2>',
          '<ul><li>دورات تدريبية مكثفة للمعلمين في التدريس التواصلي والتعليم القائم على المهام</li><li>سلسلة متدرّجة من الكتب والمواد الصوتية أعدّها خبراء الإيسيسكو</li><li>منصة إلكترونية يتبادل فيها المعلمون خطط الدروس وتجاربهم داخل الفصول</li><li>تقييم ختامي يحصل بموجبه المشاركون على شهادة معتمدة لدى المؤسسات الشريكة</li></ul>',
          '<p>ويندرج البرنامج ضمن جهود الإيسيسكو الرامية إلى تعزيز مكانة اللغة العربية جسرًا للتواصل بين شعوب العالم الإسلامي. وستستفيد النسخ المقبلة، المزمع تنظيمها في دول أعضاء أخرى، من الدروس المستخلصة من هذه التجربة.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-literacy-campaign-rural-mauritania',
    daysAgo: 371,
    sections: ['education', 'social-human-sciences'],
    memberStates: ['MR'],
    tags: ['women-and-girls', 'youth'],
    translations: {
      ar: {
        title: 'إطلاق حملة لمحو الأمية لفائدة النساء والشباب في المناطق الريفية بموريتانيا',
        summary:
          'أطلقت الإيسيسكو، بالتعاون مع السلطات التربوية الموريتانية وجمعيات محلية، حملة لمحو الأمية في عدد من القرى، تجمع بين تعلّم القراءة والكتابة واكتساب المهارات الحياتية.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، بالتعاون مع السلطات التربوية في الجمهورية الإسلامية الموريتانية وعدد من جمعيات المجتمع المدني، حملة لمحو الأمية تستهدف النساء والشباب في المناطق الريفية، وذلك خلال حفل أُقيم في نواكشوط بحضور ممثلين عن الجهات الحكومية المعنية والشركاء المحليين.</p>',
          '<p>وتعتمد الحملة مقاربة تربط تعلّم القراءة والكتابة والحساب بالحاجات اليومية للمتعلمين، إذ تتضمن الدروس مهارات عملية في مجالات الصحة والتغذية وإدارة المشاريع الصغيرة، بما يجعل التعلّم وسيلة لتحسين ظروف العيش.</p>',
          '<h2>مراحل الحملة</h2>',
          '<ol><li>تدريب نحو خمسين ميسّرًا وميسّرة من أبناء القرى المستهدفة على أساليب تعليم الكبار</li><li>فتح فصول مسائية في المساجد والمدارس والمراكز المجتمعية</li><li>إعداد كتيّبات مبسّطة ومواد صوتية تراعي خصوصيات البيئة المحلية</li><li>إجراء تقييم في نهاية كل دورة لقياس مكتسبات المتعلمين</li></ol>',
          '<p>وأكد ممثل الإيسيسكو أن محو الأمية مدخل أساسي لتمكين المرأة وتعزيز مشاركة الشباب في الحياة الاقتصادية والاجتماعية، مشيرًا إلى أن المنظمة ستعمل على توثيق هذه التجربة وتقاسم نتائجها مع سائر الدول الأعضاء.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-early-childhood-educators-cameroon-gabon',
    daysAgo: 486,
    sections: ['education'],
    memberStates: ['CM', 'GA'],
    tags: ['partnerships'],
    translations: {
      fr: {
        slug: 'petite-enfance-l-icesco-forme-des-educateurs-du-prescolaire-au-cameroun-et-au-gabon',
        title: 'Petite enfance : l’ICESCO forme des éducateurs du préscolaire au Cameroun et au Gabon',
        summary:
          'Réunis à Yaoundé, une trentaine d’éducatrices et d’éducateurs se sont familiarisés avec l’apprentissage par le jeu et l’accompagnement des familles durant les premières années de l’enfant.',
        bodyHtml: [
          '<p>L’ICESCO a organisé à Yaoundé, en partenariat avec les ministères chargés de l’éducation de base du Cameroun et du Gabon, une session de formation destinée aux éducatrices et éducateurs du préscolaire. Une trentaine de participants, issus d’écoles maternelles publiques et de structures communautaires, ont pris part aux travaux.</p>',
          '<p>La formation est partie d’un constat largement partagé par les spécialistes : les premières années de la vie sont déterminantes pour le développement du langage, de la motricité et des compétences sociales. Les participants ont ainsi travaillé sur des activités d’apprentissage par le jeu, l’éveil à la lecture dans la langue de l’enfant et l’aménagement de salles de classe stimulantes à partir de matériaux locaux et peu coûteux.</p>',
          '<h2>Associer les familles</h2>',
          '<p>Une journée entière a été consacrée au lien entre l’école et la maison. Les éducateurs ont conçu des fiches simples à remettre aux parents, proposant des jeux, des comptines et des moments de lecture à partager en famille.</p>',
          '<blockquote>« Investir dans la petite enfance, c’est poser les fondations de tout le parcours scolaire », a souligné l’une des formatrices.</blockquote>',
          '<p>Les participants joueront le rôle de formateurs relais dans leurs établissements. À partir des contenus élaborés lors de cette session, l’ICESCO prévoit de publier un guide pratique à l’intention des éducateurs du préscolaire de ses États membres francophones.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'edu-school-continuity-after-pandemic-seminar',
    daysAgo: 612,
    sections: ['education', 'science-technology'],
    memberStates: ['PK', 'BD', 'MV'],
    tags: ['covid-19', 'digital-learning'],
    translations: {
      en: {
        slug: 'pandemic-lessons-icesco-seminar-explores-how-to-keep-learning-going-in-times-of-crisis',
        title: 'Pandemic lessons: ICESCO seminar explores how to keep learning going in times of crisis',
        summary:
          'Education officials and researchers from Pakistan, Bangladesh and the Maldives reviewed what school closures taught them about recovering lost learning and building more resilient school systems.',
        bodyHtml: [
          '<p>ICESCO held a regional online seminar on school continuity after the COVID-19 pandemic, bringing together education officials, researchers and teacher trainers from Pakistan, Bangladesh and the Maldives. The aim was to take stock of the experience of school closures and turn its lessons into lasting improvements.</p>',
          '<p>Speakers noted that distance learning through television, radio and online platforms had kept many pupils connected to school, but that the most vulnerable learners, in rural areas and in households without devices, had often been left behind. Helping pupils catch up on lost learning, they agreed, remains a priority long after schools reopened.</p>',
          '<h2>Key recommendations</h2>',
          '<ul><li>Assess pupils’ learning levels regularly and group them by level for remedial teaching</li><li>Prepare contingency plans so that schools can switch quickly to remote or blended learning</li><li>Include blended teaching in initial and in-service teacher training</li><li>Pay attention to pupils’ well-being and mental health alongside academic recovery</li></ul>',
          '<p>The recommendations will feed into ICESCO’s work with its Member States on resilient education systems, including guidance for ministries on crisis preparedness in the education sector.</p>',
        ].join(''),
      },
      ar: {
        title: 'دروس الجائحة: ندوة للإيسيسكو تبحث سبل استمرارية التعلّم في أوقات الأزمات',
        summary:
          'استعرض مسؤولون تربويون وباحثون من باكستان وبنغلاديش وجزر المالديف ما كشفه إغلاق المدارس من دروس في تدارك الفاقد التعليمي وبناء منظومات تعليمية أكثر قدرة على الصمود.',
        bodyHtml: [
          '<p>نظّمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) ندوة إقليمية عن بُعد حول استمرارية التعليم بعد جائحة كوفيد-19، شارك فيها مسؤولون تربويون وباحثون ومدرّبو معلمين من باكستان وبنغلاديش وجزر المالديف، بهدف تقييم تجربة إغلاق المدارس وتحويل دروسها إلى تحسينات دائمة.</p>',
          '<p>وأشار المتحدثون إلى أن التعليم عن بُعد عبر التلفزيون والإذاعة والمنصات الإلكترونية أبقى كثيرًا من التلاميذ على صلة بالمدرسة، غير أن الفئات الأكثر هشاشة، في المناطق الريفية والأسر التي لا تملك أجهزة، كثيرًا ما تخلّفت عن الركب. واتفقوا على أن تدارك الفاقد التعليمي يظل أولوية حتى بعد مضي وقت طويل على إعادة فتح المدارس.</p>',
          '<h2>أبرز التوصيات</h2>',
          '<ul><li>تقييم مستويات التلاميذ بانتظام وتوزيعهم بحسب المستوى في حصص الدعم والتقوية</li><li>إعداد خطط طوارئ تتيح للمدارس الانتقال السريع إلى التعليم عن بُعد أو التعليم المدمج</li><li>تضمين التدريب على التعليم المدمج في برامج إعداد المعلمين وتدريبهم أثناء الخدمة</li><li>الاهتمام بالصحة النفسية للتلاميذ ورفاههم إلى جانب التدارك الدراسي</li></ul>',
          '<p>وستُسهم هذه التوصيات في إثراء عمل الإيسيسكو مع دولها الأعضاء من أجل بناء منظومات تعليمية قادرة على الصمود، بما في ذلك إعداد إرشادات لوزارات التربية بشأن الاستعداد للأزمات في قطاع التعليم.</p>',
        ].join(''),
      },
      fr: {
        slug: 'apres-la-pandemie-l-icesco-reflechit-a-la-continuite-des-apprentissages-en-temps-de-crise',
        title: 'Après la pandémie, l’ICESCO réfléchit à la continuité des apprentissages en temps de crise',
        summary:
          'Responsables de l’éducation et chercheurs du Pakistan, du Bangladesh et des Maldives ont tiré les enseignements des fermetures d’écoles pour rattraper les apprentissages perdus et bâtir des systèmes éducatifs plus résilients.',
        bodyHtml: [
          '<p>L’ICESCO a organisé un séminaire régional en ligne sur la continuité scolaire après la pandémie de COVID-19, réunissant des responsables de l’éducation, des chercheurs et des formateurs d’enseignants du Pakistan, du Bangladesh et des Maldives. Objectif : dresser le bilan des fermetures d’écoles et en tirer des améliorations durables.</p>',
          '<p>Les intervenants ont relevé que l’enseignement à distance, par la télévision, la radio et les plateformes en ligne, avait permis à de nombreux élèves de garder le lien avec l’école, mais que les plus vulnérables, en zone rurale ou dans des foyers dépourvus d’équipement, étaient souvent restés en marge. Le rattrapage des apprentissages, ont-ils convenu, demeure une priorité bien après la réouverture des établissements.</p>',
          '<h2>Principales recommandations</h2>',
          '<ul><li>Évaluer régulièrement le niveau des élèves et les regrouper par niveau pour les activités de soutien</li><li>Préparer des plans de continuité permettant aux écoles de basculer rapidement vers l’enseignement à distance ou hybride</li><li>Intégrer l’enseignement hybride à la formation initiale et continue des enseignants</li><li>Prendre en compte le bien-être et la santé mentale des élèves, parallèlement au rattrapage scolaire</li></ul>',
          '<p>Ces recommandations nourriront les travaux de l’ICESCO avec ses États membres en faveur de systèmes éducatifs résilients, notamment l’élaboration d’orientations destinées aux ministères pour mieux préparer le secteur de l’éducation aux crises.</p>',
        ].join(''),
      },
    },
  },
];
