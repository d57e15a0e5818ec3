import type { DemoStory } from './demo-content.types.ts';

/** Demo stories for the Culture and Communication sector. */
export const cultureStories: DemoStory[] = [
  {
    key: 'cul-heritage-list-new-inscriptions',
    daysAgo: 12,
    sections: ['culture-communication'],
    memberStates: ['UZ', 'MR'],
    tags: ['heritage'],
    image: {
      hue: 30,
      alt: {
        en: 'Abstract illustration in warm ochre tones evoking a historic mosque and the lanes of a traditional market',
        fr: 'Illustration abstraite aux tons ocre évoquant une mosquée historique et les ruelles d’un marché traditionnel',
        ar: 'رسم تجريدي بدرجات ترابية دافئة يستحضر مسجدًا تاريخيًّا وأزقة سوق تقليدية',
      },
    },
    translations: {
      en: {
        slug: 'historic-mosque-and-market-quarter-join-the-islamic-world-heritage-list',
        title: 'Historic mosque and market quarter join the Islamic World Heritage List',
        summary:
          'Meeting in Rabat, the Islamic World Heritage Committee inscribed a historic mosque in Uzbekistan and a traditional market quarter in Mauritania, and called for stronger protection plans for listed sites.',
        bodyHtml: [
          '<p>The Islamic World Heritage Committee has concluded its annual session at ICESCO headquarters in Rabat by inscribing two new properties on the Islamic World Heritage List: a historic congregational mosque in Uzbekistan and a traditional market quarter in Mauritania.</p>',
          '<p>Committee members praised both nomination files for the quality of their documentation and for the involvement of local communities. The mosque, still used for daily prayers, is valued for its brick architecture and its richly decorated mihrab, while the market quarter has preserved its covered lanes, caravan storehouses and long-standing guilds of craftsmen and traders.</p>',
          '<h2>Protection plans at the heart of the debate</h2>',
          '<p>Beyond the new inscriptions, the session reviewed reports on the state of conservation of sites already on the List. Members recommended that every nomination be accompanied by a management plan, a risk assessment covering climate-related threats, and a programme involving young people in presenting the sites to visitors.</p>',
          '<p>The Director-General congratulated the two Member States, recalling that inscription is a commitment rather than a reward, one that calls for sustained investment in restoration and in the skills of heritage professionals.</p>',
          '<p>Over the coming year, ICESCO will support the national teams in preparing their management plans through technical missions and training workshops.</p>',
        ].join(''),
      },
      fr: {
        slug: 'deux-nouveaux-sites-inscrits-sur-la-liste-du-patrimoine-du-monde-islamique',
        title: 'Deux nouveaux sites inscrits sur la Liste du patrimoine du monde islamique',
        summary:
          'Réuni à Rabat, le Comité du patrimoine du monde islamique a inscrit une mosquée historique en Ouzbékistan et un quartier marchand traditionnel en Mauritanie, et appelé à renforcer la protection des sites.',
        bodyHtml: [
          '<p>Le Comité du patrimoine du monde islamique a clôturé sa session annuelle au siège de l’ICESCO, à Rabat, en inscrivant deux nouveaux biens sur la Liste du patrimoine du monde islamique : une grande mosquée historique en Ouzbékistan et un quartier marchand traditionnel en Mauritanie.</p>',
          '<p>Les membres du Comité ont salué la qualité des deux dossiers de candidature, tant pour leur documentation que pour l’implication des communautés locales. La mosquée, toujours ouverte à la prière quotidienne, se distingue par son architecture de brique et son mihrab richement décoré ; le quartier marchand a conservé ses ruelles couvertes, ses entrepôts caravaniers et ses corporations séculaires d’artisans et de négociants.</p>',
          '<h2>Les plans de gestion au cœur des débats</h2>',
          '<p>Au-delà des nouvelles inscriptions, la session a examiné les rapports sur l’état de conservation des sites déjà inscrits. Les membres ont recommandé que chaque candidature soit désormais accompagnée d’un plan de gestion, d’une évaluation des risques intégrant les menaces liées au climat et d’un programme associant les jeunes à la présentation des sites au public.</p>',
          '<p>Le Directeur général a félicité les deux États membres, rappelant qu’une inscription constitue moins une récompense qu’un engagement, qui appelle des investissements durables dans la restauration et dans la formation des professionnels du patrimoine.</p>',
          '<p>Au cours de l’année à venir, l’ICESCO accompagnera les équipes nationales dans l’élaboration de leurs plans de gestion, au moyen de missions techniques et d’ateliers de formation.</p>',
        ].join(''),
      },
      ar: {
        title: 'إدراج مسجد تاريخي وحي تجاري تقليدي في قائمة التراث في العالم الإسلامي',
        summary:
          'أدرجت لجنة التراث في العالم الإسلامي، خلال دورتها في الرباط، مسجدًا تاريخيًّا في أوزبكستان وحيًّا تجاريًّا تقليديًّا في موريتانيا، ودعت إلى تعزيز خطط حماية المواقع المسجلة.',
        bodyHtml: [
          '<p>اختتمت لجنة التراث في العالم الإسلامي دورتها السنوية بمقر منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) في الرباط، بإدراج موقعين جديدين في قائمة التراث في العالم الإسلامي، هما مسجد جامع تاريخي في أوزبكستان، وحي تجاري تقليدي في موريتانيا.</p>',
          '<p>وأشاد أعضاء اللجنة بجودة ملفَّي الترشيح، سواء من حيث التوثيق أو من حيث إشراك المجتمعات المحلية. فالمسجد، الذي لا يزال يستقبل المصلين يوميًّا، يتميز بعمارته الآجُرّية ومحرابه الغني بالزخارف، في حين حافظ الحي التجاري على أزقته المسقوفة ومخازن القوافل وتقاليد طوائف الحرفيين والتجار المتوارثة منذ قرون.</p>',
          '<h2>خطط الحماية في صلب النقاش</h2>',
          '<p>وإلى جانب الإدراجات الجديدة، استعرضت الدورة تقارير حالة صون المواقع المسجلة سابقًا في القائمة، وأوصى الأعضاء بأن يُرفق كل ملف ترشيح بخطة إدارة، وبتقييم للمخاطر يشمل التهديدات المرتبطة بتغير المناخ، وببرنامج يُشرك الشباب في التعريف بالمواقع لدى الزوار.</p>',
          '<p>وهنّأ المدير العام الدولتين العضوين، مذكّرًا بأن الإدراج في القائمة التزامٌ قبل أن يكون تكريمًا، وأنه يقتضي استثمارًا مستدامًا في أعمال الترميم وفي تأهيل العاملين في مجال التراث.</p>',
          '<p>وستواكب الإيسيسكو الفرق الوطنية خلال العام المقبل في إعداد خطط الإدارة، من خلال بعثات فنية وورشات تدريبية.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-arabic-calligraphy-exhibition',
    daysAgo: 95,
    sections: ['culture-communication'],
    memberStates: ['MA'],
    tags: ['heritage', 'arabic-language'],
    translations: {
      en: {
        slug: 'rabat-exhibition-traces-the-journey-of-arabic-calligraphy-across-the-islamic-world',
        title: 'Rabat exhibition traces the journey of Arabic calligraphy across the Islamic world',
        summary:
          'ICESCO headquarters are hosting some 90 works by calligraphers from a dozen Member States, alongside workshops for students and a day of talks on the future of the art.',
        bodyHtml: [
          '<p>ICESCO has opened an exhibition of Arabic calligraphy at its headquarters in Rabat, bringing together some 90 works by established and emerging calligraphers from a dozen Member States. The exhibition runs for six weeks and is open to the public free of charge.</p>',
          '<p>The works are arranged along a route that follows the major scripts, from the angular Kufic of early Qur’anic manuscripts through Naskh, Thuluth and Diwani to the Maghrebi script still taught in Morocco and West Africa. Contemporary pieces show how today’s artists combine classical rules with new materials, from textiles to glass.</p>',
          '<h2>Passing on the craft</h2>',
          '<p>Each week, master calligraphers lead hands-on workshops for secondary school and university students, introducing them to cutting reed pens, preparing inks and the proportions on which the art is built. A day of talks will bring together calligraphers, curators and teachers to discuss how the discipline can be given a stronger place in schools and fine arts colleges.</p>',
          '<p>The exhibition is part of ICESCO’s work to promote the Arabic language and the artistic traditions associated with it. It builds on the inscription of Arabic calligraphy on UNESCO’s Representative List of the Intangible Cultural Heritage of Humanity.</p>',
        ].join(''),
      },
      fr: {
        slug: 'a-rabat-une-exposition-retrace-le-parcours-de-la-calligraphie-arabe',
        title: 'À Rabat, une exposition retrace le parcours de la calligraphie arabe',
        summary:
          'Le siège de l’ICESCO accueille quelque 90 œuvres de calligraphes venus d’une douzaine d’États membres, accompagnées d’ateliers pour les élèves et d’une journée de rencontres sur l’avenir de cet art.',
        bodyHtml: [
          '<p>L’ICESCO a inauguré à son siège de Rabat une exposition consacrée à la calligraphie arabe, qui réunit quelque 90 œuvres de calligraphes confirmés et de jeunes talents issus d’une douzaine d’États membres. Ouverte gratuitement au public, elle se tient pendant six semaines.</p>',
          '<p>Le parcours suit les grandes écritures, du coufique anguleux des premiers manuscrits coraniques au naskhi, au thuluth et au diwani, jusqu’à l’écriture maghrébine toujours enseignée au Maroc et en Afrique de l’Ouest. Les pièces contemporaines montrent comment les artistes d’aujourd’hui conjuguent les règles classiques avec des supports nouveaux, du textile au verre.</p>',
          '<h2>Transmettre un savoir-faire</h2>',
          '<p>Chaque semaine, des maîtres calligraphes animent des ateliers pratiques destinés aux lycéens et aux étudiants, qu’ils initient à la taille du calame, à la préparation des encres et aux proportions sur lesquelles repose cet art. Une journée de rencontres réunira calligraphes, commissaires d’exposition et enseignants pour réfléchir à la place de la discipline dans l’enseignement scolaire et les écoles des beaux-arts.</p>',
          '<p>L’exposition s’inscrit dans l’action de l’ICESCO en faveur de la langue arabe et des traditions artistiques qui lui sont liées. Elle prolonge l’inscription de la calligraphie arabe sur la Liste représentative du patrimoine culturel immatériel de l’humanité de l’UNESCO.</p>',
        ].join(''),
      },
      ar: {
        title: 'معرض في الرباط يرصد مسيرة الخط العربي عبر العالم الإسلامي',
        summary:
          'يحتضن مقر الإيسيسكو معرضًا يضم نحو 90 عملًا لخطاطين من اثنتي عشرة دولة عضوًا، تواكبه ورشات لفائدة التلاميذ والطلبة ويوم دراسي حول مستقبل هذا الفن.',
        bodyHtml: [
          '<p>افتتحت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) بمقرها في الرباط معرضًا للخط العربي، يضم نحو 90 عملًا لخطاطين متمرّسين وآخرين من الجيل الصاعد، ينتمون إلى اثنتي عشرة دولة من الدول الأعضاء. ويستمر المعرض ستة أسابيع، وهو مفتوح للجمهور مجانًا.</p>',
          '<p>ويتتبع مسار المعرض أبرز الخطوط العربية، بدءًا بالخط الكوفي بزواياه الحادة في المصاحف الأولى، مرورًا بالنسخ والثلث والديواني، وصولًا إلى الخط المغربي الذي لا يزال يُدرَّس في المغرب وغرب إفريقيا. وتكشف الأعمال المعاصرة كيف يزاوج الفنانون اليوم بين القواعد الكلاسيكية وخامات جديدة، من النسيج إلى الزجاج.</p>',
          '<h2>نقل أسرار الصنعة إلى الأجيال الجديدة</h2>',
          '<p>ويشرف كبار الخطاطين كل أسبوع على ورشات تطبيقية لفائدة تلاميذ الثانوي وطلبة الجامعات، يعرّفونهم فيها ببري القلم وإعداد الأحبار وقواعد النسبة التي يقوم عليها هذا الفن. كما يجمع يوم دراسي خطاطين ومنسقي معارض ومدرّسين لبحث سبل تعزيز حضور الخط العربي في المدارس ومعاهد الفنون الجميلة.</p>',
          '<p>ويندرج المعرض ضمن جهود الإيسيسكو للنهوض باللغة العربية وما يرتبط بها من تقاليد فنية، ويأتي امتدادًا لتسجيل الخط العربي في القائمة التمثيلية للتراث الثقافي غير المادي للبشرية لدى اليونسكو.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-capitals-of-culture-nominations',
    daysAgo: 210,
    sections: ['culture-communication'],
    memberStates: [],
    tags: ['heritage', 'dialogue'],
    translations: {
      en: {
        slug: 'icesco-opens-nominations-for-the-capitals-of-culture-in-the-islamic-world',
        title: 'ICESCO opens nominations for the Capitals of Culture in the Islamic World',
        summary:
          'Member States are invited to put forward cities for the programme’s next cycle, under revised criteria that give more weight to community participation, cultural industries and young people.',
        bodyHtml: [
          '<p>ICESCO has invited its Member States to submit nominations for the next cycle of the Capitals of Culture in the Islamic World programme, which each year celebrates cities from the Arab, Asian and African regions of the Islamic world.</p>',
          '<p>The programme aims to showcase the cultural and civilizational heritage of the selected cities, encourage investment in their cultural infrastructure and foster exchanges between their artists, researchers and institutions. A year as a capital of culture typically brings festivals, exhibitions, academic conferences and restoration projects.</p>',
          '<h2>Revised selection criteria</h2>',
          '<p>This call introduces updated criteria. Nominations will be assessed on:</p>',
          '<ul>',
          '<li>a programme of events spread throughout the year and across neighbourhoods, not only in the city centre;</li>',
          '<li>the participation of local communities, young people and women in planning and running the activities;</li>',
          '<li>support for cultural and creative industries, including crafts, design and digital production;</li>',
          '<li>a plan to preserve the legacy of the year once the celebrations have ended.</li>',
          '</ul>',
          '<p>Nomination files are to be submitted through the National Commissions for Education, Culture and Science. A committee of experts will review them before the final selection is approved by the Islamic Conference of Culture Ministers.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تفتح باب الترشيح لعواصم الثقافة في العالم الإسلامي',
        summary:
          'دعت الإيسيسكو الدول الأعضاء إلى ترشيح مدنها للدورة المقبلة من البرنامج، وفق معايير محدَّثة تمنح وزنًا أكبر لمشاركة المجتمعات المحلية والصناعات الثقافية والشباب.',
        bodyHtml: [
          '<p>دعت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) الدولَ الأعضاء إلى تقديم ترشيحاتها للدورة المقبلة من برنامج عواصم الثقافة في العالم الإسلامي، الذي يحتفي كل عام بمدن من المناطق العربية والآسيوية والإفريقية في العالم الإسلامي.</p>',
          '<p>ويهدف البرنامج إلى إبراز الموروث الثقافي والحضاري للمدن المختارة، وتشجيع الاستثمار في بنياتها الثقافية، وتعزيز التبادل بين فنانيها وباحثيها ومؤسساتها. وعادةً ما تشهد سنة الاحتفاء بالعاصمة الثقافية تنظيم مهرجانات ومعارض وندوات علمية وإطلاق مشروعات للترميم.</p>',
          '<h2>معايير اختيار محدَّثة</h2>',
          '<p>ويتضمن الإعلان معايير جديدة، إذ ستُقيَّم الترشيحات على أساس:</p>',
          '<ul>',
          '<li>برنامج فعاليات يمتد طوال السنة ويشمل مختلف الأحياء، لا وسط المدينة وحده؛</li>',
          '<li>إشراك المجتمعات المحلية والشباب والنساء في تخطيط الأنشطة وتنفيذها؛</li>',
          '<li>دعم الصناعات الثقافية والإبداعية، بما فيها الحرف والتصميم والإنتاج الرقمي؛</li>',
          '<li>خطة لصون مكتسبات السنة الثقافية بعد انتهاء الاحتفالات.</li>',
          '</ul>',
          '<p>وتُقدَّم ملفات الترشيح عبر اللجان الوطنية للتربية والثقافة والعلوم، على أن تدرسها لجنة من الخبراء قبل أن يعتمد المؤتمرُ الإسلامي لوزراء الثقافة الاختيارَ النهائي.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-media-literacy-journalists-dakar',
    daysAgo: 48,
    sections: ['culture-communication', 'education'],
    memberStates: ['SN', 'CI', 'BF'],
    tags: ['artificial-intelligence', 'youth'],
    image: {
      hue: 210,
      alt: {
        en: 'Abstract illustration in blue tones evoking screens, signals and the flow of news',
        fr: 'Illustration abstraite aux tons bleus évoquant des écrans, des signaux et la circulation de l’information',
        ar: 'رسم تجريدي بدرجات زرقاء يستحضر الشاشات والإشارات وتدفق الأخبار',
      },
    },
    translations: {
      en: {
        slug: 'young-journalists-in-dakar-trained-to-detect-disinformation-and-ai-generated-content',
        title: 'Young journalists in Dakar trained to detect disinformation and AI-generated content',
        summary:
          'Some 35 journalists from West African Member States took part in an ICESCO workshop on media literacy, fact-checking and the responsible use of artificial intelligence in newsrooms.',
        bodyHtml: [
          '<p>Some 35 young journalists working in print, radio, television and online media in West African Member States have completed a four-day ICESCO training workshop in Dakar on media and information literacy. Led by trainers from regional fact-checking organizations and journalism schools, the sessions combined presentations with practical exercises based on real cases of misleading content circulating on social networks.</p>',
          '<h2>From verification to the responsible use of AI</h2>',
          '<p>The programme covered:</p>',
          '<ul>',
          '<li>techniques for verifying images, videos and sources, including reverse image search and geolocation;</li>',
          '<li>recognising synthetic images, cloned voices and other AI-generated content;</li>',
          '<li>the responsible use of AI tools for transcription, translation and research in newsrooms;</li>',
          '<li>ethical reporting on sensitive topics, including health crises and tensions between communities.</li>',
          '</ul>',
          '<p>Working in small teams, participants also designed media literacy activities that they will run with secondary school students and community radio listeners in their home countries, so that the skills they acquired reach a wider audience.</p>',
          '<p>The workshop is part of an ICESCO programme to strengthen the role of the media in building informed and resilient societies. Similar sessions are planned for journalists in other regions of the Islamic world.</p>',
        ].join(''),
      },
      fr: {
        slug: 'a-dakar-de-jeunes-journalistes-formes-a-detecter-la-desinformation',
        title: 'À Dakar, de jeunes journalistes formés à détecter la désinformation',
        summary:
          'Quelque 35 journalistes d’États membres d’Afrique de l’Ouest ont participé à un atelier de l’ICESCO sur l’éducation aux médias, la vérification des faits et l’usage responsable de l’intelligence artificielle.',
        bodyHtml: [
          '<p>Quelque 35 jeunes journalistes de la presse écrite, de la radio, de la télévision et des médias en ligne d’États membres d’Afrique de l’Ouest ont suivi à Dakar un atelier de formation de quatre jours, organisé par l’ICESCO, consacré à l’éducation aux médias et à l’information. Animées par des formateurs issus de structures régionales de vérification des faits et d’écoles de journalisme, les sessions ont alterné exposés et exercices pratiques à partir de cas réels de contenus trompeurs circulant sur les réseaux sociaux.</p>',
          '<h2>De la vérification à l’usage responsable de l’IA</h2>',
          '<p>Le programme portait notamment sur :</p>',
          '<ul>',
          '<li>les techniques de vérification des images, des vidéos et des sources, dont la recherche inversée d’images et la géolocalisation ;</li>',
          '<li>la détection des images de synthèse, des voix clonées et des autres contenus générés par l’IA ;</li>',
          '<li>l’usage responsable des outils d’IA pour la transcription, la traduction et la documentation dans les rédactions ;</li>',
          '<li>le traitement éthique des sujets sensibles, notamment les crises sanitaires et les tensions intercommunautaires.</li>',
          '</ul>',
          '<p>Réunis en petits groupes, les participants ont également conçu des activités d’éducation aux médias qu’ils mèneront auprès de lycéens et d’auditeurs de radios communautaires dans leurs pays, afin que les compétences acquises touchent un public plus large.</p>',
          '<p>L’atelier s’inscrit dans un programme de l’ICESCO visant à renforcer le rôle des médias dans l’édification de sociétés informées et résilientes. Des sessions similaires sont prévues pour des journalistes d’autres régions du monde islamique.</p>',
        ].join(''),
      },
      ar: {
        title: 'تدريب صحفيين شباب في داكار على كشف الأخبار الزائفة والمحتوى المولَّد بالذكاء الاصطناعي',
        summary:
          'شارك نحو 35 صحفيًّا من الدول الأعضاء في غرب إفريقيا في ورشة نظمتها الإيسيسكو حول التربية الإعلامية والتحقق من الأخبار والاستخدام المسؤول للذكاء الاصطناعي في غرف الأخبار.',
        bodyHtml: [
          '<p>اختُتمت في داكار ورشة تدريبية نظمتها منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) على مدى أربعة أيام حول التربية الإعلامية والمعلوماتية، بمشاركة نحو 35 صحفيًّا شابًّا يعملون في الصحافة المكتوبة والإذاعة والتلفزيون والمنصات الرقمية في الدول الأعضاء بغرب إفريقيا. وأشرف على التدريب خبراء من هيئات إقليمية متخصصة في تدقيق المعلومات ومن معاهد الصحافة، وجمعت الجلسات بين العروض النظرية والتمارين التطبيقية على نماذج حقيقية من المحتوى المضلِّل المتداوَل على شبكات التواصل الاجتماعي.</p>',
          '<h2>من التحقق إلى الاستخدام المسؤول للذكاء الاصطناعي</h2>',
          '<p>وتناول برنامج الورشة المحاور الآتية:</p>',
          '<ul>',
          '<li>تقنيات التحقق من الصور ومقاطع الفيديو والمصادر، ومنها البحث العكسي عن الصور وتحديد المواقع الجغرافية؛</li>',
          '<li>التعرف على الصور المصطنعة والأصوات المستنسخة وغيرها من المحتوى المولَّد بالذكاء الاصطناعي؛</li>',
          '<li>الاستخدام المسؤول لأدوات الذكاء الاصطناعي في التفريغ والترجمة والبحث داخل غرف الأخبار؛</li>',
          '<li>المعالجة الأخلاقية للموضوعات الحساسة، ولا سيما الأزمات الصحية والتوترات بين المجتمعات المحلية.</li>',
          '</ul>',
          '<p>كما صمّم المشاركون، ضمن مجموعات عمل صغيرة، أنشطة في التربية الإعلامية سينفذونها لفائدة تلاميذ الثانويات ومستمعي الإذاعات المجتمعية في بلدانهم، حتى تصل المهارات المكتسبة إلى جمهور أوسع.</p>',
          '<p>وتندرج الورشة ضمن برنامج للإيسيسكو يهدف إلى تعزيز دور وسائل الإعلام في بناء مجتمعات واعية وقادرة على الصمود، ومن المقرر تنظيم دورات مماثلة لفائدة صحفيين من مناطق أخرى في العالم الإسلامي.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-sahel-manuscripts-digitization',
    daysAgo: 330,
    sections: ['culture-communication', 'science-technology'],
    memberStates: ['MR', 'ML'],
    tags: ['heritage', 'arabic-language'],
    translations: {
      fr: {
        slug: 'manuscrits-du-sahel-un-programme-pour-numeriser-les-bibliotheques-familiales',
        title: 'Manuscrits du Sahel : un programme pour numériser les bibliothèques familiales',
        summary:
          'L’ICESCO lance avec des institutions de Mauritanie et du Mali un programme de numérisation et de catalogage des manuscrits conservés par des familles et des bibliothèques privées.',
        bodyHtml: [
          '<p>L’ICESCO a lancé, en partenariat avec des institutions patrimoniales et universitaires de Mauritanie et du Mali, un programme de numérisation des manuscrits conservés dans des bibliothèques familiales et privées. Ces fonds, transmis de génération en génération, rassemblent des ouvrages de droit, de grammaire, d’astronomie, de médecine et de poésie, ainsi que des correspondances et des actes commerciaux.</p>',
          '<p>Exposés à la chaleur, à la poussière, à l’humidité saisonnière et aux insectes, nombre de ces documents sont aujourd’hui fragilisés. Le programme vise à en garantir la sauvegarde tout en les laissant entre les mains de leurs propriétaires.</p>',
          '<h2>Former des équipes locales</h2>',
          '<p>Une première phase permettra de former une vingtaine de techniciens et de jeunes diplômés aux méthodes de conservation préventive, de photographie haute résolution et de catalogage. Les images seront décrites selon des normes communes, afin de faciliter le travail des chercheurs de différents pays.</p>',
          '<p>À terme, une plateforme en ligne donnera accès aux copies numériques, dans le respect des conditions fixées par chaque famille. Les propriétaires recevront, pour leur part, une copie numérique intégrale de leur fonds ainsi que du matériel de conservation adapté.</p>',
        ].join(''),
      },
      ar: {
        title: 'برنامج لرقمنة المخطوطات في المكتبات الأسرية بمنطقة الساحل',
        summary: 'أطلقت الإيسيسكو، بالتعاون مع مؤسسات في موريتانيا ومالي، برنامجًا لرقمنة المخطوطات التي تحتفظ بها الأسر والمكتبات الخاصة وفهرستها.',
        bodyHtml: [
          '<p>أطلقت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، بالشراكة مع مؤسسات تراثية وجامعية في موريتانيا ومالي، برنامجًا لرقمنة المخطوطات المحفوظة في المكتبات الأسرية والخاصة. وتضم هذه الخزائن، التي توارثتها الأجيال، مؤلفات في الفقه والنحو والفلك والطب والشعر، إلى جانب مراسلات ووثائق تجارية.</p>',
          '<p>وقد باتت كثير من هذه المخطوطات مهددة بفعل الحرارة والغبار والرطوبة الموسمية والحشرات، ويسعى البرنامج إلى ضمان صونها مع إبقائها في حوزة أصحابها.</p>',
          '<h2>تأهيل فرق محلية</h2>',
          '<p>وستتيح المرحلة الأولى تدريب نحو عشرين من التقنيين وحديثي التخرج على أساليب الحفظ الوقائي والتصوير عالي الدقة والفهرسة، على أن تُوصف الصور الرقمية وفق معايير موحدة تيسّر عمل الباحثين في مختلف البلدان.</p>',
          '<p>وفي مرحلة لاحقة، ستُتاح النسخ الرقمية عبر منصة إلكترونية، وفق الشروط التي تحددها كل أسرة، فيما يتسلم المالكون نسخة رقمية كاملة من مجموعاتهم، إلى جانب معدات حفظ ملائمة.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-intangible-heritage-crafts-music-workshop',
    daysAgo: 455,
    sections: ['culture-communication'],
    memberStates: ['TN'],
    tags: ['heritage', 'youth'],
    translations: {
      ar: {
        title: 'ورشة إقليمية في تونس لجرد التراث غير المادي في مجالَي الحرف التقليدية والموسيقى',
        summary:
          'نظمت الإيسيسكو في تونس ورشة تدريبية لفائدة خبراء وباحثين من ثماني دول أعضاء، حول منهجيات جرد عناصر التراث الثقافي غير المادي وصونها بمشاركة حامليها.',
        bodyHtml: [
          '<p>نظمت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو)، بالتعاون مع الجهات المعنية بالتراث في تونس، ورشة تدريبية إقليمية حول جرد عناصر التراث الثقافي غير المادي وتوثيقها، شارك فيها خبراء وباحثون ومسؤولون عن قطاع التراث من ثماني دول أعضاء.</p>',
          '<p>وركزت الورشة على مجالين يواجهان تحديات متزايدة، هما الحرف التقليدية كالنسيج اليدوي والخزف والنحاسيات، والموسيقى التقليدية بما تحمله من مقامات وإيقاعات وآلات ونصوص شعرية متوارثة.</p>',
          '<h2>الحرفيون والموسيقيون شركاء في الصون</h2>',
          '<p>وتعلّم المشاركون، خلال زيارات ميدانية إلى ورشات الحرفيين ودور الموسيقى، كيفية إعداد استمارات الجرد، وإجراء المقابلات مع حاملي التراث، وتسجيل المعارف والمهارات بالصوت والصورة، مع احترام حق الجماعات في التحكم فيما يُنشر عن ممارساتها.</p>',
          '<p>وأكد المتدخلون أن صون هذا التراث لا يتحقق بالتوثيق وحده، بل بضمان انتقاله إلى الأجيال الجديدة، ودعوا إلى دعم برامج التلمذة الحرفية، وإدراج الموسيقى التقليدية في التعليم الفني، وفتح أسواق جديدة لمنتجات الحرفيين.</p>',
          '<p>وفي ختام الورشة، اتفق المشاركون على تحديث قوائم الجرد الوطنية، وتبادل الخبرات عبر شبكة إقليمية تتولى الإيسيسكو تنسيقها.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-youth-photography-competition-winners',
    daysAgo: 160,
    sections: ['culture-communication'],
    memberStates: ['ID', 'EG', 'AZ'],
    tags: ['youth', 'heritage'],
    translations: {
      en: {
        slug: 'young-photographers-rewarded-for-capturing-living-heritage-across-the-islamic-world',
        title: 'Young photographers rewarded for capturing living heritage across the Islamic world',
        summary:
          'Entrants from Indonesia, Egypt and Azerbaijan took the top prizes in ICESCO’s photography competition for 18- to 35-year-olds, held this year on the theme “Heritage in Daily Life”.',
        bodyHtml: [
          '<p>ICESCO has announced the winners of its photography competition for young people aged 18 to 35, held this year on the theme “Heritage in Daily Life”. Participants were invited to show how traditions, crafts, architecture and rituals remain part of everyday life in their communities.</p>',
          '<p>An international jury of photographers, curators and heritage specialists reviewed entries from across the Member States, assessing their artistic quality, the strength of their storytelling and their respect for the people portrayed.</p>',
          '<h2>The winning images</h2>',
          '<ul>',
          '<li><strong>First prize</strong> went to a young photographer from Indonesia for a series on batik artisans at work in a family workshop.</li>',
          '<li><strong>Second prize</strong> was awarded to a young photographer from Egypt for her portraits of boat builders on the banks of the Nile.</li>',
          '<li><strong>Third prize</strong> went to a photographer from Azerbaijan for images of women carpet weavers passing on their patterns to children.</li>',
          '</ul>',
          '<p>The jury also gave special mentions to several entries documenting markets, festivals and family celebrations. The winning and shortlisted photographs will be shown in an exhibition at ICESCO headquarters in Rabat and in an online gallery, and will illustrate the Organization’s publications on heritage.</p>',
        ].join(''),
      },
      fr: {
        slug: 'patrimoine-vivant-de-jeunes-photographes-primes-par-l-icesco',
        title: 'Patrimoine vivant : de jeunes photographes primés par l’ICESCO',
        summary:
          'Des candidats d’Indonésie, d’Égypte et d’Azerbaïdjan remportent les premiers prix du concours de photographie de l’ICESCO pour les 18-35 ans, consacré cette année au thème « Le patrimoine au quotidien ».',
        bodyHtml: [
          '<p>L’ICESCO a dévoilé le palmarès de son concours de photographie destiné aux jeunes de 18 à 35 ans, organisé cette année sur le thème « Le patrimoine au quotidien ». Les participants étaient invités à montrer comment les traditions, les savoir-faire artisanaux, l’architecture et les rites continuent de rythmer la vie de leurs communautés.</p>',
          '<p>Un jury international composé de photographes, de commissaires d’exposition et de spécialistes du patrimoine a examiné des candidatures venues de l’ensemble des États membres, en tenant compte de leur qualité artistique, de leur force narrative et du respect accordé aux personnes photographiées.</p>',
          '<h2>Les lauréats</h2>',
          '<ul>',
          '<li><strong>Le premier prix</strong> revient à un jeune photographe indonésien pour une série consacrée aux artisans du batik dans un atelier familial.</li>',
          '<li><strong>Le deuxième prix</strong> a été décerné à une jeune photographe égyptienne pour ses portraits de constructeurs de bateaux sur les rives du Nil.</li>',
          '<li><strong>Le troisième prix</strong> distingue un photographe azerbaïdjanais pour ses images de tisserandes de tapis transmettant leurs motifs aux enfants.</li>',
          '</ul>',
          '<p>Le jury a également décerné des mentions spéciales à plusieurs travaux consacrés aux marchés, aux fêtes et aux célébrations familiales. Les photographies primées et présélectionnées seront présentées lors d’une exposition au siège de l’ICESCO, à Rabat, ainsi que dans une galerie en ligne, et illustreront les publications de l’Organisation consacrées au patrimoine.</p>',
        ].join(''),
      },
      ar: {
        title: 'الإيسيسكو تتوّج مصورين شبابًا وثّقوا التراث الحي في العالم الإسلامي',
        summary:
          'فاز مشاركون من إندونيسيا ومصر وأذربيجان بالجوائز الأولى في مسابقة الإيسيسكو للتصوير الفوتوغرافي الموجهة إلى الشباب، التي نُظمت هذا العام تحت شعار «التراث في الحياة اليومية».',
        bodyHtml: [
          '<p>أعلنت منظمة العالم الإسلامي للتربية والعلوم والثقافة (الإيسيسكو) نتائج مسابقتها للتصوير الفوتوغرافي الموجهة إلى الشباب من الفئة العمرية بين 18 و35 عامًا، والتي نُظمت هذا العام تحت شعار «التراث في الحياة اليومية». وقد دُعي المشاركون إلى إبراز كيف تظل التقاليد والحرف والعمارة والطقوس جزءًا من المعيش اليومي لمجتمعاتهم.</p>',
          '<p>وقيّمت لجنة تحكيم دولية، تضم مصورين ومنسقي معارض ومتخصصين في التراث، الأعمال الواردة من مختلف الدول الأعضاء، وفق معايير الجودة الفنية وقوة السرد البصري واحترام الأشخاص الذين تظهرهم الصور.</p>',
          '<h2>الأعمال الفائزة</h2>',
          '<ul>',
          '<li><strong>الجائزة الأولى</strong>: لمصور شاب من إندونيسيا عن سلسلة صور لحرفيي الباتيك في ورشة عائلية.</li>',
          '<li><strong>الجائزة الثانية</strong>: لمصورة شابة من مصر عن بورتريهات لصانعي القوارب على ضفاف النيل.</li>',
          '<li><strong>الجائزة الثالثة</strong>: لمصور من أذربيجان عن صور لنساجات السجاد وهن يورّثن زخارفهن للأطفال.</li>',
          '</ul>',
          '<p>كما منحت اللجنة تنويهات خاصة لعدد من الأعمال التي وثّقت الأسواق والمهرجانات والاحتفالات العائلية. وستُعرض الصور الفائزة والأعمال التي بلغت القائمة القصيرة في معرض بمقر الإيسيسكو في الرباط وفي معرض افتراضي على الإنترنت، كما ستُستخدم في إصدارات المنظمة حول التراث.</p>',
        ].join(''),
      },
    },
  },
  {
    key: 'cul-west-central-africa-museum-network',
    daysAgo: 590,
    sections: ['culture-communication'],
    memberStates: ['SN', 'CI', 'CM'],
    tags: ['partnerships', 'heritage'],
    translations: {
      fr: {
        slug: 'les-musees-d-afrique-de-l-ouest-et-du-centre-se-dotent-d-un-reseau-de-cooperation',
        title: 'Les musées d’Afrique de l’Ouest et du Centre se dotent d’un réseau de coopération',
        summary:
          'Réunis à l’initiative de l’ICESCO, des responsables de musées du Sénégal, de Côte d’Ivoire et du Cameroun ont adopté une feuille de route pour partager expositions, compétences et bonnes pratiques.',
        bodyHtml: [
          '<p>À l’initiative de l’ICESCO, des directeurs et conservateurs de musées nationaux et régionaux du Sénégal, de Côte d’Ivoire et du Cameroun se sont réunis à Abidjan pour jeter les bases d’un réseau de coopération muséale. Les deux journées de travaux ont abouti à l’adoption d’une feuille de route commune.</p>',
          '<h2>Trois axes de travail</h2>',
          '<ul>',
          '<li><strong>La formation</strong> : des sessions consacrées à la gestion des collections, à la conservation préventive et à l’inventaire numérique seront organisées à tour de rôle dans chacun des pays.</li>',
          '<li><strong>Les expositions itinérantes</strong> : les musées partenaires concevront ensemble des expositions appelées à circuler d’une institution à l’autre, à commencer par un projet consacré aux textiles et aux parures.</li>',
          '<li><strong>La médiation</strong> : le réseau mettra en commun des outils pédagogiques pour mieux accueillir les publics scolaires et rapprocher les jeunes de leur patrimoine.</li>',
          '</ul>',
          '<p>Les participants ont également souligné l’importance de la documentation des collections et de la sécurisation des réserves, qui constituent un maillon essentiel de la lutte contre le trafic illicite des biens culturels.</p>',
          '<p>L’ICESCO apportera un appui technique à la mise en œuvre de la feuille de route et étudiera, avec ses partenaires, l’élargissement du réseau à d’autres musées des États membres de la région.</p>',
        ].join(''),
      },
    },
  },
];
