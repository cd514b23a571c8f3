# Қазақша

start-greeting = Сәлеметсіз бе, { $name }!
start-friend = досым
start-about = Мен инвесторларға Алматы мен Алматы облысында жоба үшін жер, аймақ және шарттар табуға көмектесемін: АЭА, индустриялық аймақтар, шағын өнеркәсіптік парктер және ондағы компаниялар.
    Атауын өзіңізге ыңғайлы түрде жазыңыз немесе бөлімді таңдаңыз.
start-link-unknown = Сілтеме ескірген: мұндай карточка жоқ. Міне, менің мүмкіндіктерім.
menu-title = Басты мәзір. Аймақтың, компанияның немесе ауданның атауын жазыңыз — немесе бөлімді таңдаңыз.
menu-search = 🔎 Іздеу
menu-zones = 🏭 Аймақтар
menu-districts = 📍 Аудандар мен қалалар
menu-help = ❓ Көмек
menu-language = 🌐 Тіл
help-text = Не іздейтініңізді ыңғайлы түрде жазыңыз — қазақ әріптерінсіз, латынша, қатемен де болады:
    • «Қайрат-2», «Qairat 2», «ИЗ Үлкен»
    • «Алатау ИТП», «АЭА Алатау», «шағын өнеркәсіптік парктер»
    • «Valtherm», «Валтерм», «Маревен қайда орналасқан»
    • «Талғар ауданы», «Талғардағы индустриялық аймақ»
    Командалар: /zones — аймақтар түрлері бойынша, /districts — аудандар мен қалалар, /language — тіл, /start — басы.
    Кез келген чатта: @{ $bot } және атауы — карточкамен бөлісу үшін.
language-choose = Тілді таңдаңыз:
language-set = Тіл: қазақша.
search-prompt = Аймақтың, компанияның немесе ауданның атауын жазыңыз.
search-several = Бірнеше нұсқа табылды. Қайсысын айттыңыз?
search-nothing = «{ $query }» бойынша ештеңе табылмады. Мен АЭА, индустриялық аймақтар, шағын өнеркәсіптік парктер, ондағы компаниялар және Алматы мен облыс аудандары туралы білемін. Мысалы: «Қайрат-2», «Алатау ИТП», «Valtherm», «Талғар».
search-too-long = Сұрау тым ұзын. Атауын { $max } таңбадан қысқа жазыңыз.
only-text = Мен тек мәтінді түсінемін: аймақтың, компанияның немесе ауданның атауын жазыңыз.
unknown-command = Мұндай команда жоқ. Міне, менің мүмкіндіктерім:
stale-button = Бұл батырма ескірген. Мәзірді ашыңыз: /start
error-generic = Бірдеңе дұрыс болмады. Қайталап көріңіз.
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
button-sez-conditions = 📜 АЭА шарттары
button-companies = 🏢 Компаниялар ({ $count })
button-all-facts = 📊 Барлық деректер
button-history = 🕓 Тарихы
button-share = 📤 Бөлісу
card-no-facts = Бұл карточка бойынша дереккөздерде әзірге сандар жоқ.
card-more-facts = Тағы { $count } дерек бар — «Барлық деректер» батырмасы.
card-zones-here = Мұндағы аймақтар: { $count }.
card-companies-here = Мұндағы компаниялар мен жобалар: { $count }.
card-sez-hint = Қатысушыларға жеңілдіктер — «АЭА шарттары» батырмасы.
card-confirm = Басқарушы компаниядан немесе Kazakh Invest-тен нақтылаңыз.
fact-source = дереккөз: { $publisher }, { $date }
history-title = деректер тарихы
history-empty = Дереккөздер әзірге келіспеушілік көрсетпейді: тарих жоқ.
companies-title = Компаниялар мен жобалар: { $name } ({ $count })
num-million = млн
num-billion = млрд
num-trillion = трлн
unit-ha = га
unit-m2 = м²
unit-t = т
unit-t_per_year = т/жыл
unit-km_per_year = км/жыл
qualifier-over = кемінде { $value }
qualifier-about = шамамен { $value }
qualifier-up_to = ең көбі { $value }
metric-investment = Инвестиция
metric-jobs = Жұмыс орындары
metric-employees = Қызметкерлер
metric-area = Аумағы
metric-free_land = Бос жер
metric-occupancy = Толтырылуы
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
metric-tax_share = Салықтағы үлесі
metric-term_end = Қолданылу мерзімі
metric-launch_date = Іске қосу
metric-status = Мәртебесі
metric-foreign_partner = Шетелдік серіктестер
metric-other = Басқа
status-planned = жоспарланған
status-under_construction = салынуда
status-launching = іске қосылуда
status-operating = жұмыс істейді
status-expanding = кеңеюде
status-removed = шығарылған
kind-company = Компания / жоба
kind-district = Аудан
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
sector-retail = Сауда және қызметтер
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
sez-banner = ⚠ 2026 жылы Салық кодексі мен АЭА моделі өзгеруде: шарттар өзгеруі мүмкін.
sez-conditions = АЭА қатысушыларына жеңілдіктер (ҚР 03.04.2019 № 242-VI «Арнайы экономикалық және индустриялық аймақтар туралы» Заңы; nipt.kz және sez-turkistan.kz деректері бойынша, 2024):
    • Шарттарды орындайтын қатысушылар үшін КТС, жер салығы және мүлік салығы 100%-ға азайтылады.
    • Жоба құнына қарай жеңілдік мерзімі (01.01.2024 бастап, 12.12.2023 № 45-VIII Заң): 3 млн АЕК-ке дейін — 7 жыл; 3–14,5 млн АЕК — 15 жыл; 14,5 млн АЕК-тен жоғары — 25 жыл; шарт пен АЭА мерзімінен аспайды.
    • Шарттар: салық төлеуші АЭА-да тіркелген, одан тыс филиалдары жоқ, қызметтің басым түрі.
    • АЭА-да өткізілетін және басым қызметте толық пайдаланылатын тауарларға ҚҚС 0%.
    • Кеден: еркін кеден аймағы рәсімі, әкелу бажы 0%.
    • Жер: АЭА мерзіміне жалға немесе өтеусіз пайдалануға берілетін учаскелер.
    • Шетелдік қызметкерлер: 1 млн АЕК-тен асатын жобалар үшін санаттары мен санын комиссия белгілейді (29.06.2023 бұйрық).
    Жіберілмейді: жер қойнауын пайдаланушылар, акцизделетін тауар өндірушілер (ерекшеліктермен), арнаулы салық режимдерін төлеушілер, ойын бизнесі.
    Өтінім АЭА басқарушы компаниясына беріледі; шарт 10 күн ішінде жасалады немесе бас тартылады.
sez-disclaimer = Бұл анықтамалық ақпарат, заң немесе салық кеңесі емес. АЭА басқарушы компаниясынан немесе Kazakh Invest-тен нақтылаңыз.
command-start = Басы және басты мәзір
command-zones = Аймақтар түрлері бойынша
command-districts = Аудандар мен қалалар
command-language = Тілді ауыстыру
command-help = Ботты қалай пайдалану керек
