# Қазақша

start-greeting = Сәлеметсіз бе, { $name }!
start-friend = досым
start-about = Мен инвесторларға Алматы қаласы мен Алматы облысынан жобаға жер, аймақ және қолайлы жағдай табуға көмектесемін: АЭА, индустриялық аймақтар, шағын өнеркәсіптік парктер және ондағы компаниялар.
    Атауын қалай ыңғайлы болса, солай жазыңыз немесе бөлімді таңдаңыз.
start-link-unknown = Сілтеме ескірген: ондай карточка жоқ. Міне, не істей алатыным.
menu-title = Басты мәзір. Аймақтың, компанияның немесе ауданның атауын жазыңыз — немесе бөлімді таңдаңыз.
menu-search = 🔎 Іздеу
menu-zones = 🏭 Аймақтар
menu-compare = ⚖️ Алаңдарды салыстыру
menu-districts = 📍 Аудандар мен қалалар
menu-help = ❓ Көмек
menu-language = 🌐 Тіл
help-text = Не іздеп жүргеніңізді қалай ыңғайлы болса, солай жазыңыз — қазақ әріптерінсіз де, латынша да, қатемен де түсінемін:
    • «Қайрат-2», «Qairat 2», «ИЗ Үлкен»
    • «Алатау ИТП», «АЭА Алатау», «шағын өнеркәсіптік парктер»
    • «Valtherm», «Валтерм», «Маревен қайда орналасқан»
    • «Талғар ауданы», «Талғардағы индустриялық аймақ»
help-commands = Командалар:
help-staff-commands = Қызметкерлерге:
help-share = Кез келген чатта @{ $bot } деп жазып, артынан атауын қоссаңыз, карточканы бөлісе аласыз.
language-choose = Тілді таңдаңыз:
language-set = Тіл: қазақша.
search-prompt = Аймақтың, компанияның немесе ауданның атауын жазыңыз.
search-several = Бірнеше нұсқа табылды. Сізге қайсысы керек?
search-nothing = «{ $query }» бойынша ештеңе табылмады. Мен АЭА, индустриялық аймақтар, шағын өнеркәсіптік парктер, ондағы компаниялар және Алматы мен облыс аудандары туралы білемін. Мысалы: «Қайрат-2», «Алатау ИТП», «Valtherm», «Талғар».
search-outside = Бұл туралы менде дерек жоқ: мен АЭА, индустриялық аймақтар, шағын өнеркәсіптік парктер, ондағы компаниялар және Алматы мен облыстың аудандары туралы жауап беремін.
search-too-long = Сұрау тым ұзын. Атауын { $max } таңбадан қысқа жазыңыз.
only-text = Мен тек мәтінді түсінемін: аймақтың, компанияның немесе ауданның атауын жазыңыз.
unknown-command = Ондай команда жоқ. Міне, не істей алатыным:
unknown-command-nearest = Ондай команда жоқ. Әлде { $command } керек пе? Міне, не істей алатыным:
stale-button = Бұл батырма ескірген. Мәзірді ашыңыз: /start
error-generic = Кешіріңіз, қате шықты. Қайталап көріңізші.
inline-open = Ботта ашу
zones-title = Аймақтар түрлері бойынша:
list-sez = ⭐ АЭА ({ $count })
list-industrial_zone = 🏭 Индустриялық аймақтар ({ $count })
list-small_industrial_park = 🏗 Шағын өнеркәсіптік парктер ({ $count })
list-other = 🔬 Басқа алаңдар ({ $count })
list-districts = 📍 Аудандар мен қалалар ({ $count })
page-of = { $pages } беттің { $page }-беті
button-menu = ☰ Мәзір
button-back-to-card = ↩ Карточкаға
button-full-card = 📇 Толық карточка
figure-missing = { $name }: дереккөздерде «{ $measure }» көрсеткіші жоқ. Бар мәлімет:
figure-no-data = { $name }: дереккөздерде мұндай мәлімет жоқ — оларда жалақы, баға не бағам көрсетілмейді.
figure-unknown = { $name }: дереккөздерде мұндай көрсеткіш жоқ. Бар мәлімет:
list-of-company = Компаниялар мен жобалар
list-of-zone = Аймақтар мен парктер
list-of-district = Аудандар
list-answer = { $what } — { $where }: { $count }
list-answer-anywhere = { $what }: { $count }
topic-sources = Дереккөздер: { $sources }
topic-undated = күні көрсетілмеген
topic-not-advice = Бұл заңгерлік немесе салықтық кеңес емес — { $who } нақтылаңыз.
talk-hello = Сәлеметсіз бе! Мен инвесторларға Алматы қаласы мен облысынан жер, аймақ және қолайлы жағдай табуға көмектесемін: АЭА, индустриялық аймақ, шағын өнеркәсіптік парк немесе компания туралы сұраңыз — не мәзірден таңдаңыз.
talk-thanks = Оқасы жоқ! Тағы сұрағыңыз болса, жаза беріңіз.
talk-who = Мен инвестициялық кеңсенің ботымын: Алматы мен облыстың АЭА-ларын, индустриялық аймақтары мен шағын өнеркәсіптік парктерін, ондағы компанияларды және дереккөзі көрсетілген сандарын білемін — өтінім беруге де көмектесемін.
talk-bye = Сау болыңыз! Қажет болса, қайта оралыңыз.
button-sez-conditions = 📜 АЭА шарттары
button-zone-conditions = 📜 Шарттар
button-companies = 🏢 Компаниялар ({ $count })
button-zones = 🏭 Аймақтар ({ $count })
button-all-facts = 📊 Басқа деректер ({ $count })
button-history = 🕓 Тарихы
button-share = 📤 Бөлісу
card-no-facts = Бұл карточка бойынша дереккөздерде әзірге сандар жоқ.
card-zones-here = Мұндағы аймақтар саны: { $count }.
card-companies-here = Мұндағы компаниялар мен жобалар саны: { $count }.
card-confirm = Басқарушы компаниядан немесе Kazakh Invest-тен нақтылаңыз.
card-data-of-year = { $year } жылғы дерек
card-plan-passed = Іске қосу { $date } мерзіміне жоспарланған болатын
card-regime-sez = АЭА режимі: шарттар орындалса, корпоративтік табыс салығы, жер салығы және мүлік салығы 100%-ға азайтылады, ҚҚС 0%, әкелу кедендік бажы 0% — толығырақ «АЭА шарттары» батырмасында.
card-regime-industrial_zone = Индустриялық аймақ: өндіріс, логистика және бизнестің басқа жобалары үшін инженерлік коммуникациялары тартылған учаскелер — толығырақ «Шарттар» батырмасында.
card-regime-small_industrial_park = Шағын өнеркәсіптік парк: шағын және орта бизнеске жалға берілетін, электр, су, газ және байланыс тартылған дайын үй-жайлар — толығырақ «Шарттар» батырмасында.
card-contacts = Қайда жүгініп, нақтылауға болады: { $contacts }.
contact-sez-management = АЭА басқарушы компаниясы
fact-source = дереккөз: { $publisher }, { $date }
source-undated = күні көрсетілмеген
history-title = деректер тарихы
history-empty = Дереккөздер әзірге бір-біріне қайшы келмейді, сондықтан тарих жоқ.
companies-title = Компаниялар мен жобалар: { $name } ({ $count })
place-zones-title = Аймақтар: { $name } ({ $count })
num-million = млн
num-billion = млрд
num-trillion = трлн
unit-ha = га
unit-m2 = м²
unit-t = т
unit-t_per_year = т/жыл
unit-km_per_year = км/жыл
qualifier-over = { SUFFIX($value, case: "ablative") } астам
qualifier-about = шамамен { $value }
qualifier-up_to = { SUFFIX($value, case: "dative") } дейін
metric-investment = Инвестиция
metric-jobs = Жұмыс орындары
metric-employees = Қызметкерлер
metric-area = Ауданы
metric-free_land = Бос жер
metric-occupancy = Толымдылығы
metric-participants = Қатысушылар
metric-companies = Компаниялар
metric-projects = Жобалар
metric-parks = Парктер
metric-zones = Аймақтар
metric-enterprises = Кәсіпорындар
metric-capacity = Қуаты
metric-production = Өнімі
metric-output = Өндіріс көлемі
metric-export = Экспорт
metric-growth = Өсім
metric-share = Үлесі
metric-tax_share = Салық түсіміндегі үлесі
metric-rent = Жалдау ақысы
metric-term_end = Қолданылу мерзімі
metric-launch_date = Іске қосылуы
metric-status = Мәртебесі
metric-foreign_partner = Шетелдік серіктестер
metric-other = Басқа
status-planned = жоспарланған
status-under_construction = салынуда
status-launching = іске қосылуда
status-operating = жұмыс істейді
status-expanding = кеңеюде
status-removed = тізімнен шығарылған
kind-company = Компания / жоба
kind-district = Аудан
kind-country = Ел
kind-city = Қала
kind-region = Облыс
kind-sez = Арнайы экономикалық аймақ
kind-industrial_zone = Индустриялық аймақ
kind-small_industrial_park = Шағын өнеркәсіптік парктер
kind-science_park = Ғылыми-технологиялық парк
kind-logistics = Логистикалық алаң
kind-other = Алаң
sector-manufacturing = Өндіріс
sector-food = Тамақ өнеркәсібі
sector-logistics = Логистика және қоймалар
sector-it = IT және инновациялар
sector-construction_materials = Құрылыс материалдары
sector-agriculture = Ауыл шаруашылығы
sector-retail = Сауда және қызмет көрсету
sector-healthcare = Медицина
sector-science = Ғылым
sector-real_estate = Жылжымайтын мүлік
sector-energy = Энергетика
sector-other = Басқа
country-KZ = Қазақстан
country-TR = Түркия
country-US = АҚШ
country-CN = Қытай
country-JP = Жапония
country-KR = Корея Республикасы
country-RU = Ресей
sez-title = АЭА шарттары: { $name }
sez-banner = ⚠ 2026 жылы Салық кодексі мен АЭА моделі өзгереді, сондықтан шарттар да өзгеруі мүмкін.
sez-conditions = АЭА қатысушыларына берілетін жеңілдіктер («Арнайы экономикалық және индустриялық аймақтар туралы» Қазақстан Республикасының 2019 жылғы 3 сәуірдегі № 242-VI Заңы; nipt.kz және sez-turkistan.kz деректері бойынша, 2024):
    • Шарттарды орындайтын қатысушылардың КТС, жер салығы және мүлік салығы 100%-ға азайтылады.
    • Жеңілдік мерзімі жоба құнына байланысты (2024 жылғы 1 қаңтардан бастап, 2023 жылғы 12 желтоқсандағы № 45-VIII Заң): 3 млн АЕК-ке дейін — 7 жыл; 3–14,5 млн АЕК — 15 жыл; 14,5 млн АЕК-тен астам — 25 жыл; шарттың және АЭА-ның мерзімінен аспайды.
    • Шарттар: салық төлеуші АЭА аумағында тіркелген, одан тыс жерде филиалы жоқ, қызметі басым түрге жатады.
    • АЭА аумағында өткізілетін және басым қызметте толық пайдаланылатын тауарларға ҚҚС 0%.
    • Кеден: еркін кеден аймағының кедендік рәсімі, әкелу кедендік бажы 0%.
    • Жер: учаскелер АЭА мерзіміне жалға немесе өтеусіз пайдалануға беріледі.
    • Шетелдік қызметкерлер: құны 1 млн АЕК-тен асатын жобаларға олардың санаты мен санын комиссия белгілейді (2023 жылғы 29 маусымдағы бұйрық).
    Қатысушы бола алмайды: жер қойнауын пайдаланушылар, акцизделетін тауар өндірушілер (ерекшеліктер бар), арнаулы салық режимін қолданатындар, ойын бизнесі.
    Өтінім АЭА басқарушы компаниясына беріледі; компания 10 күн ішінде шарт жасайды немесе бас тартады.
sez-disclaimer = Бұл анықтамалық ақпарат, заңгерлік немесе салықтық кеңес емес. АЭА басқарушы компаниясынан немесе Kazakh Invest-тен нақтылаңыз.
command-start = Бастау және басты мәзір
command-zones = Аймақтар түрлері бойынша
command-districts = Аудандар мен қалалар
command-language = Тілді ауыстыру
command-help = Ботты қалай пайдалануға болады
menu-invest = 🧭 Жобаға алаң таңдау
menu-parks = 🏗 ШОБ-қа арналған үй-жай
menu-requests = 📨 Өтінімдерім
command-invest = Жобаға алаң таңдау
command-apply = Инвестициялық кеңсеге өтінім беру
command-parks = ШОБ-қа арналған шағын өнеркәсіптік парктер
command-myrequests = Өтінімдерім
command-cancel = Сауалнамадан шығу
command-compare = Екі-үш алаңды салыстыру
command-menu = Басты мәзір
button-compare = ⚖️ Салыстыру
button-apply = 📨 Өтінім беру
guide-back = ‹ Артқа
guide-cancel = ✖ Бас тарту
guide-yes = Иә
guide-left = Сауалнама жабылды. Мәзір: /start
guide-cancelled = Сауалнама тоқтатылды. Енгізгеніңіз сақталмады. Мәзір: /start
guide-nothing-to-cancel = Тоқтататын ештеңе жоқ.
guide-outdated = Сіз толтырып жатқанда сауалнама жаңарды. Қайта бастаңыз: /invest немесе /parks.
guide-gave-up = Жауабыңызды қатарынан { $count } рет түсіне алмадым, сондықтан сауалнаманы жаптым. Қайта бастау үшін мәзірді ашыңыз: /start
guide-expired = Сауалнама жабылды: бір тәуліктен астам жауап болмады. Қайта бастау: /invest немесе /parks.
guide-lost = Кешіріңіз, сауалнаманы жалғастыру мүмкін болмады. Қайта бастаңыз: /invest немесе /parks.
guide-understood = Хабарламаңыздан түсінгенім: { $what }. Қалғанын ғана сұраймын.
guide-sector-manufacturing = 🏭 Өндіріс
guide-sector-food = 🍞 Тамақ өнімдерін өңдеу
guide-sector-logistics = 🚚 Логистика және қоймалар
guide-sector-it = 💻 IT және инновациялар
guide-sector-construction_materials = 🧱 Құрылыс материалдары
guide-sector-agriculture = 🌾 Ауыл шаруашылығы
guide-sector-retail = 🛒 Сауда және қызметтер
guide-sector-other = ✳️ Басқа
invest-intro = Алаң таңдап көрейік: бес қысқа сұрақ. Кез келген қадамда артқа қайтуға немесе тоқтатуға болады (/cancel).
invest-sector = 1/5. Не салғыңыз немесе өндіргіңіз келеді? Таңдаңыз немесе сөзбен жазыңыз.
invest-sector-retry = Саланы батырмамен таңдаңыз немесе жобаны сөзбен сипаттаңыз, мысалы: «газблок зауыты».
invest-where = 2/5. Қай жерде?
invest-where-city = Алматы қаласы
invest-where-region = Алматы облысы
invest-where-district = Ауданды таңдау
invest-where-any = Маңызды емес
invest-where-pick = Ауданды таңдаңыз:
invest-where-retry = Нұсқаны батырмамен таңдаңыз немесе ауданды жазыңыз, мысалы: «Талғар ауданы».
invest-land = 3/5. Қанша жер керек? Мысалы: 2 га, 2,5 га, 5000 м².
invest-land-none = Жер керек емес / үй-жай керек
invest-land-retry = Жер көлемін түсінбедім. Мысалы: 2 га, 0,5 га немесе 5000 м² деп жазыңыз — немесе «Жер керек емес» батырмасын басыңыз.
invest-money = 4/5. Инвестиция көлемі қанша? Мысалы: 500 млн, 5 млрд тг, $2m.
invest-money-skip = Әзірге білмеймін
invest-money-retry = Соманы түсінбедім. Мысалы: 500 млн, 5 млрд тг, 2 млн доллар деп жазыңыз.
invest-money-confirm = Дұрыс па: { $amount }?
invest-money-confirm-retry = «Иә» немесе «Қайта енгізу» батырмасын басыңыз.
invest-money-again = Қайта енгізу
invest-priorities = 5/5. Не маңызды? Керегін белгілеп, «Дайын» батырмасын басыңыз.
invest-priorities-retry = Тармақтарды батырмамен белгілеп, «Дайын» басыңыз.
invest-priorities-done = Дайын ✔
invest-priority-benefits = АЭА жеңілдіктері (салық, кеден)
invest-priority-infrastructure = Дайын инфрақұрылым
invest-priority-near_city = Қалаға жақын
invest-priority-free_land = Қазір бос жер бар
invest-summary = Жобаңыз: { $sector }; қай жерде: { $where }; жер: { $land }; инвестиция: { $money }; маңыздысы: { $priorities }.
invest-results = Сізге сай алаңдар ({ $count }), ең қолайлысы басында:
invest-no-results = Деректерде сізге сай алаң табылмады. Өтінім қалдырыңыз: /apply — қызметкерлер нұсқа іздеп береді.
invest-open-card = Карточка
why-in-place = таңдалған ауданда
why-in-city = Алматы қаласында
why-in-region = Алматы облысында
why-near-city = қалаға жақын (айналма жол бойында)
why-sez-benefits = АЭА: КТС, жер салығы және мүлік салығы бойынша жеңілдіктер, еркін кеден аймағы
why-industrial-zone = индустриялық аймақ: инженерлік желілері тартылған жер
why-small-park = шағын өнеркәсіптік парктер: ШОБ үшін жалға берілетін үй-жайлар
why-science-park = ғылымды қажетсінетін жобаларға арналған ғылыми-технологиялық парк
why-free-land = бос жер { $free } га — { $need } га-ға жетеді
why-operating = жұмыс істеп тұр
why-peers = сіздің салаңыздағы компаниялар осында бар ({ $count }): { $names }
gap-elsewhere = сіз іздеген жерде емес
gap-sez-activities = АЭА-да тек басым қызмет түрлеріне (жоғары технологиялар, R&D) рұқсат бар — сіздің қызметіңіз сай келе ме, нақтылаңыз
gap-no-sez-benefits = мұнда АЭА жеңілдіктері жоқ
gap-park-too-small = парктер учаскелерге емес, шағын үй-жайларға арналған
gap-science-park = парк ғылымды қажетсінетін жобаларға арналған
gap-free-land-unknown = бос жер: дерек жоқ
gap-free-land-short = бос жер { $free } га — қажетті { $need } га-дан аз
gap-occupied = { $percent }% толған
gap-not-ready = әлі құрылуда: инфрақұрылым дайын емес
gap-term-ends = қолданылу мерзімі { SUFFIX($date, case: "dative", kind: "date") } дейін
apply-intro = Инвестициялық кеңсеге өтінім. Алаң: { $zone }
apply-prefill = Сауалнамадағы жауаптарыңыз: { $sector }; жер: { $land }; инвестиция: { $money }.
apply-name = Атыңыз кім?
apply-name-retry = Атыңызды жазыңыз (2-ден 100 таңбаға дейін).
apply-company = Компанияңыздың атауы қандай?
apply-company-none = Жеке тұлға / әзірге компания жоқ
apply-company-retry = Компания атауын жазыңыз (150 таңбаға дейін) немесе батырманы басыңыз.
apply-contact = Сізбен қалай байланысуға болады? Төмендегі «Нөмірімді жіберу» батырмасын басыңыз —
apply-contact-share = 📱 Нөмірімді жіберу
apply-contact-or = — немесе телефон нөмірін не e-mail жазыңыз, мысалы: +7 701 123 45 67.
apply-contact-retry = Өзіңіздің байланыс деректеріңіз керек: «Нөмірімді жіберу» батырмасы, телефон (+7 701 123 45 67) немесе e-mail.
apply-contact-thanks = Рахмет.
apply-description = Жобаны қысқаша сипаттаңыз ({ $max } таңбаға дейін).
apply-description-retry = Жобаны сөзбен сипаттаңыз: 10-нан { $max } таңбаға дейін.
apply-review = Өтінімді тексеріңіз:
apply-review-retry = «Жіберу» батырмасын басыңыз немесе нені түзету керегін таңдаңыз.
apply-field-name = Аты
apply-field-company = Компания
apply-field-contact = Байланыс
apply-field-description = Жоба
apply-field-zone = Алаң
apply-submit = ✅ Жіберу
apply-edit = ✏️ { $field }
apply-done = { $ref } өтінімі сақталды, біз оны инвестициялық кеңсеге жібереміз; кеңсе қызметкерлері сізбен хабарласады. Мәртебесін көру: /myrequests
apply-kind-invest = инвестициялық жоба
apply-kind-park = шағын өнеркәсіптік парктегі орын
status-button-taken = 👤 Қолға алу
status-button-contacted = 📞 Хабарластық
status-button-done = ✅ Аяқталды
status-button-rejected = ✖ Қабылдамау
request-status-new = жаңа
request-status-taken = қаралуда
request-status-contacted = сізбен хабарласты
request-status-done = аяқталды
request-status-rejected = қабылданбады
request-status-changed = { $ref } өтінімі: { $status }.
requests-none = Әзірге өтініміңіз жоқ. Алаң таңдау: /invest
requests-title = Өтінімдеріңіз:
staff-only = Бұл әрекет тек қызметкерлерге қолжетімді.
status-unchanged = Мәртебе онсыз да осындай.
status-set = Мәртебе: { $status }
parks-intro = Шағын өнеркәсіптік парктен орын таңдап көрейік: үш сұрақ. Шығу — /cancel.
parks-what = 1/3. Не өндіресіз?
parks-what-retry = Не өндіретініңізді сөзбен жазыңыз.
parks-area = 2/3. Қанша шаршы метр керек? Мысалы: 200.
parks-area-retry = Ауданын шаршы метрмен жазыңыз, 10-нан 100 000-ға дейін, мысалы: 200.
parks-where = 3/3. Қай жерде?
parks-where-retry = Нұсқаны батырмамен таңдаңыз.
parks-summary = Сіз өндіресіз: { $what }; { $area } м² керек; қай жерде: { $where }. Шағын өнеркәсіптік парктер туралы білетініміз:
parks-region-note = Парктер туралы дерек тек Алматы қаласы бойынша бар; облыстағы мүмкіндікті қызметкерлер айтып береді — өтінім қалдырыңыз.
parks-apply = 📨 Парктен орын алуға өтінім беру
compare-title = Алаңдарды салыстыру
compare-how = Алаңдарды төмендегі батырмалармен таңдаңыз (бір жолы { $max } алаңға дейін) немесе атауларын жазыңыз: «/compare Алатау ИТП, Қайрат», «Алатау ИТП мен Қайратты салыстыр». «⚖️ Салыстыру» батырмасы әр алаңның карточкасында да бар.
compare-chosen = Таңдалғаны: { $names }.
compare-add = ➕ Алаң таңдау
compare-sources = Әр алаңның дереккөздердегі ең соңғы мәні берілген, жақшада — оның жылы. Дереккөздері — карточкаларда.
compare-more-on-cards = Бәрі сыймады: қалған көрсеткіштер мен дереккөздер — алаңдардың карточкаларында.
compare-benefits = Жеңілдіктер
compare-benefits-sez = АЭА жеңілдіктері (салық, кеден, жер)
compare-benefits-iz = инфрақұрылымы бар жер, АЭА салық жеңілдіктерінсіз
compare-benefits-none = жоқ
compare-clear = Салыстыруды тазалау
compare-replace = Қосылатыны: { $name }. Салыстыруда қазір: { $names } — қайсысын ауыстырамыз?
compare-replace-button = 🔁 Ауыстыру: { $name }
compare-cancel = Бас тарту, осылай қалсын
compare-replaced = Ауыстырылды: { $old } → { $name }
compare-first = Бір жолы { $max } алаңнан артық салыстырмаймын — міне, алғашқы { $max } алаң.
compare-not-zones = Мен тек алаңдарды — АЭА, индустриялық аймақтар мен парктерді салыстырамын, компаниялар мен аудандарды емес ({ $names }).
compare-not-found = Бұл атаулардың ішінен бірде-бір алаң таба алмадым.
compare-added = Салыстыруға қосылды: { $name }
compare-removed = Салыстырудан алынды: { $name }
compare-now = ⚖️ Салыстыру ({ $count })
compare-list = Салыстыруда: { $names }.
compare-need-one = Тағы кемінде бір алаң қосыңыз: оның карточкасындағы «⚖️ Салыстыру» батырмасымен немесе төмендегі «➕ Алаң таңдау» арқылы.
compare-need-two = Кемінде екі алаң қосыңыз.
compare-cleared = Салыстыру тазаланды.
guide-private-only = Бұл тек ботпен жеке чатта істеледі: ботты ашып, /start басыңыз.
apply-contact-skipped = Жақсы.
apply-prefill-park = Сауалнамадан: { $what }; { $area } м²; қай жерде: { $where }.
staff-status-new = жаңа
staff-status-taken = жұмыста
staff-status-contacted = хабарласты
staff-status-done = аяқталды
staff-status-rejected = қабылданбады
start-news = 🔔 Инвестициялық кеңсенің жаңалықтарын аласыз; өшіру үшін — /unsubscribe.
subscribe-on = 🔔 Жаңалықтар қосылды.
subscribe-off = 🔕 Жаңалықтар өшірілді. Қайта қосу — /subscribe.
subscribe-topics = Қосымша тақырыптар (қосу не өшіру үшін басыңыз). Аймақ не ауданды оның карточкасындағы «Бақылау» батырмасымен бақылауға болады.
topic-sez = АЭА жаңалықтары
topic-parks = Шағын өнеркәсіптік парктер
button-follow = 🔔 Бақылау
button-unfollow = 🔕 Бақылауды тоқтату
follow-on = Жаңартуларды бақылап отырсыз.
follow-off = Енді бақыламайсыз.
command-subscribe = Жаңалықтар мен тақырыптарды қосу
command-unsubscribe = Жаңалықтарды өшіру
admin-only = Бұл команда тек әкімшілерге қолжетімді.
staff-granted = { $id } пайдаланушысы енді қызметкер.
staff-already = { $id } пайдаланушысы онсыз да қызметкер.
staff-revoked = { $id } пайдаланушысы енді қызметкер емес.
staff-not-staff = { $id } пайдаланушысы қызметкер болмаған.
staff-list = Қызметкерлер ({ $count }):
staff-usage = Қосу: /staff add <id>. Алып тастау: /staff remove <id>.
command-broadcast = Жазылушыларға хабарлама тарату
command-stats = Статистика
command-staff = Қызметкерлер (әкімшілерге)
broadcast-text = Тарату мәтінін жіберіңіз (пішімі сақталады).
broadcast-text-retry = 4096 таңбаға дейінгі мәтін керек.
broadcast-versions = Басқа тілдерге арналған нұсқаларды қосасыз ба? Нұсқасы жоқ тілдегілер негізгі мәтінді алады.
broadcast-versions-retry = Батырмамен таңдаңыз.
broadcast-version-kk = қазақша
broadcast-version-ru = орысша
broadcast-version-en = ағылшынша
broadcast-version-text = Мәтінді мына тілде жіберіңіз: { $language }.
broadcast-continue = Әрі қарай ›
broadcast-audience = Кімге жіберу керек?
broadcast-audience-retry = Алушыларды батырмамен таңдаңыз.
broadcast-audience-all = Барлығына
broadcast-audience-lang-kk = Тілі: қазақша
broadcast-audience-lang-ru = Тілі: орысша
broadcast-audience-lang-en = Тілі: ағылшынша
broadcast-audience-topic-sez = АЭА жаңалықтарына жазылғандар
broadcast-audience-topic-parks = Шағын парктер жаңалықтарына жазылғандар
broadcast-audience-place = 📍 Аймақ не аудан жазылушылары…
broadcast-place = Аймақтың не ауданның атауын жазыңыз, мысалы «Береке» немесе «Талғар ауданы».
broadcast-place-retry = Мұндай атаулы аймақ не аудан табылмады. Басқаша жазыңыз немесе «Артқа» басыңыз.
broadcast-place-pick = Кімнің жазылушыларына жіберу керек? Жақшада — олардың саны.
broadcast-place-none = Табылған аймақтар мен аудандарды әзірге ешкім бақыламайды. Басқа алушыларды таңдау үшін «Артқа» басыңыз.
broadcast-place-unfollowed = Ешкім бақыламайды: { $names }.
broadcast-place-followers = { $name } ({ $count })
broadcast-preview = Алушылар хабарламаны осылай көреді ({ $count }):
broadcast-preview-version = Нұсқа: { $language } — { $count } алушы
broadcast-preview-main = { $count ->
        [0] Негізгі мәтін
       *[other] Негізгі мәтін ({ $languages }) — { $count } алушы
    }
broadcast-confirm = { $count } алушыға жіберілсін бе?
broadcast-confirm-retry = «Жіберу» немесе «Бас тарту» басыңыз.
broadcast-send = 📣 Жіберу
broadcast-queued = #{ $id } тарату кезекке қойылды: { $count } алушы.
broadcast-pause = ⏸ Кідірту
broadcast-resume = ▶️ Жалғастыру
broadcast-cancel = ✖ Тоқтату
broadcast-paused = Тарату кідіртілді.
broadcast-resumed = Тарату жалғасуда.
broadcast-cancelled = Тарату тоқтатылды.
broadcast-progress = #{ $id } тарату ({ $status }): жіберілді — { $sent }, ботты бұғаттағандар — { $blocked }, жеткізілмеді — { $failed }, қалды — { $remaining }, шамамен { $eta } с қалды.
broadcast-summary = #{ $id } тарату { $status }: жіберілді — { $sent }, ботты бұғаттағандар — { $blocked }, жеткізілмеді — { $failed }, жіберілмеді — { $remaining }.
broadcast-status-queued = кезекте
broadcast-status-running = жүріп жатыр
broadcast-status-paused = кідіртілді
broadcast-status-cancelled = тоқтатылды
broadcast-status-done = аяқталды
stats-users = Пайдаланушылар: { $count } (соңғы 7 күнде белсенді: { $active7 }, 30 күнде: { $active30 }); жаңалықтарды өшіргендер: { $off }; ботты бұғаттағандар: { $blocked }.
stats-languages = Тілдер бойынша: { $list }
stats-unanswered = Жауапсыз қалған сұрақтар: { $count }. Ең жиі:
stats-applications = Өтінімдер мәртебе бойынша: { $list }
stats-subscribers = Тақырып жазылушылары: { $list }
stats-broadcasts = Таратулар:
stats-broadcast-line = жіберілді — { $sent }, ботты бұғаттағандар — { $blocked }, жеткізілмеді — { $failed }, қалды — { $remaining }
stats-lacking = Сұрағанымен, деректе жоқтары:
stats-measure-unsourced = дереккөздерде жоқ мәлімет (жалақы, баға)
stats-audience-topic = жазылушылар: { $topic }
command-export = Деректерді файл етіп жүктеп алу
command-import = Өзгертілген деректерді жүктеп салу
export-caption = Бот деректері. Түзетіп, файлды қайта жіберіңіз — қолданар алдында айырмашылықты көрсетемін.
import-send = /export арқылы жүктеп алып, түзеткен деректер файлын (.yaml) жіберіңіз.
import-too-large = Файл бот деректері үшін тым үлкен.
import-download-failed = Файлды жүктеу мүмкін болмады, қайталап көріңіз.
import-rejected = Файл қабылданбады, ештеңе өзгермеді.
    { $where }: { $problem }
import-where-record = { $file }, { $record } жазбасы
import-where-field = { $place }, «{ $field }» өрісі
import-problem-syntax = бұл YAML емес: синтаксис қатесі
import-problem-syntax-at = бұл YAML емес: { $line }-жолдың { $column }-бағанында синтаксис қатесі
import-problem-unreadable = файл оқылмайды
import-problem-sections = файлда { $sections } бөлімдері болуы керек
import-problem-facts-section = facts бөлімінде әр дереккөз id-іне фактілер тізімі берілуі керек
import-problem-not-list = мұнда жазбалар тізімі болуы керек
import-problem-too-large = деректер тым көп: { $what ->
        [entities] аудандар, аймақтар мен компаниялар
        [names] атаулар мен кілт сөздер
       *[facts] фактілер
    } саны — { $count }, ал ең көбі { $limit } болады
import-problem-twice = «{ $value }» екі рет кездеседі
import-problem-no-target = id-і «{ $value }» болатын { $kinds ->
        [source] дереккөз
        [entity] аудан, аймақ не компания
        [district] аудан
       *[district-or-zone] аудан не аймақ
    } жоқ
import-problem-loop = аудандар бірін-бірі шеңбер бойымен қамтиды («{ $value }» арқылы)
import-problem-same-scope = «{ $entity }» үшін «{ $metric }» фактісі сол scope-пен және сол күнмен екінші рет берілген — оған өз scope-ын беріңіз
import-problem-required = бұл өріс міндетті
import-problem-type = мұнда { $expected ->
        [string] мәтін
        [number] сан
        [array] тізім
        [object] өрістер жиыны
        [boolean] true не false
       *[other] басқа түрлі мән
    } болуы керек
import-problem-one-of = рұқсат етілген мәндер: { $values }
import-problem-empty = бос болмауы керек
import-problem-min = кемінде { $min } болуы керек
import-problem-max = ең көбі { $limit } болуы керек
import-problem-format = { $format ->
        [slug] кіші латын әріптерінен, цифрлардан және дефистен тұратын id керек, мысалы kairat-2
        [date] күн ЖЖЖЖ-АА-КК түрінде жазылады
       *[other] пішімі дұрыс емес
    }
import-problem-unknown-fields = артық өрістер: { $keys }
import-problem-rule = { $rule ->
        [needs-currency] ақша сомасына валюта (currency) керек
        [no-currency] валюта (currency) тек ақша сомасында болады
        [value-text] мән мәтін болуы керек
        [value-number] мән сан болуы керек
        [value-date] күн ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ-АА-КК түрінде жазылады
        [value-status] мәртебе тек мыналардың бірі бола алады: { $statuses }
        [needs-note] «other» фактісіне түсініктеме (note) керек
        [scope-note] scope берілген фактіге нені өлшейтінін түсіндіретін түсініктеме (note) керек
        [real-date] күнтізбеде мұндай күн жоқ
       *[other] мән жарамайды
    }
import-problem-invalid = мән жарамайды
import-no-changes = Файлда өзгеріс жоқ.
import-diff = { $name } файлындағы өзгерістер:
import-diff-line = { $table }: қосылды — { $added }, өзгерді — { $changed }, жойылды — { $removed }
import-added = қосылды
import-changed = өзгерді
import-quoted = «{ $text }»
import-removed = жойылды
import-apply = ✅ Қолдану
import-drop = ✖ Бас тарту
import-dropped = Жүктеу тоқтатылды, ештеңе өзгермеді.
import-applied = Қолданылды: қосылды — { $added }, өзгерді — { $changed }, жойылды — { $removed }.
import-notify = 📣 Жазылушыларға хабарлау: { $zone } ({ $count })
broadcast-photo = Фото қосасыз ба? Жіберіңіз (мәтін оның астындағы жазу болады) немесе «Өткізу» басыңыз.
broadcast-photo-retry = Фото жіберіңіз немесе «Өткізу» басыңыз.
broadcast-photo-too-long = Фото жазуы 1024 таңбадан аспауы керек, ал мәтін ұзынырақ. «Өткізу» басыңыз немесе қысқа мәтінмен қайта бастаңыз.
broadcast-button = Карточкаға апаратын батырма қосасыз ба? Аймақтың не компанияның атауын жазыңыз немесе «Өткізу» басыңыз.
broadcast-button-retry = Мұндай карточка табылмады. Атауын жазыңыз немесе «Өткізу» басыңыз.
broadcast-button-set = Батырма мына карточкаға апарады: { $name }.
broadcast-skip = Өткізу ›
broadcast-open-card = Карточканы ашу
stats-searches = 7 күндегі іздеулер: { $week }, 30 күнде: { $month } (нәтижесіз: { $misses }).
broadcast-unchanged = Бұл тарату онсыз да осы күйде немесе аяқталған.
broadcast-summary-blocked = { $blocked } алушы ботты бұғаттады — оларға енді жіберілмейді.
broadcast-summary-failed = Ақаулар салдарынан { $failed } хабарлама жеткізілмеді — оларды қайта жіберуге болады.
broadcast-resend = 🔁 Қайта жіберу ({ $count })
broadcast-resending = { $count } алушыға қайта жіберіліп жатыр.
broadcast-resend-nothing = Қайта жіберетін ештеңе жоқ: тарату әлі жүріп жатыр немесе ала алатындардың бәрі алды.
broadcast-not-found = #{ $id } тарату жоқ.
import-outdated = Айырмашылық көрсетілгеннен кейін деректер өзгерді. Файлды қайта жіберіңіз.
slow-down = Хабарламаны тым жиі жіберіп жатырсыз. Бірнеше секунд күте тұрыңыз.
error-store = Қазір деректерді сақтау мүмкін емес. Іздеу мен карточкалар жұмыс істейді; қалғанын сәл кейін қайталаңыз.
request-status-saved = сақталды, кеңсеге жіберілуде
stats-unposted = Қызметкерлер чатына әлі жетпеген өтінімдер: { $count }
stats-unposted-detail = ең ескісі { $since } UTC берілген; соңғы қате: { $error }
stats-unposted-no-chat = STAFF_CHAT_ID берілмеген: өтінімдер сақталады және ол беріліп, бот қайта қосылғанда чатқа жіберіледі.
