# Русский

start-greeting = Здравствуйте, { $name }!
start-friend = друг
start-about = Я помогаю инвесторам найти землю, зоны и условия для проекта в Алматы и Алматинской области: СЭЗ, индустриальные зоны, малые промышленные парки и компании в них.
    Напишите название так, как вам удобно, — или выберите раздел.
start-link-unknown = Ссылка устарела: такой карточки нет. Вот что я умею.
menu-title = Главное меню. Напишите название зоны, компании или района — или выберите раздел.
menu-search = 🔎 Поиск
menu-zones = 🏭 Зоны
menu-districts = 📍 Районы и города
menu-help = ❓ Помощь
menu-language = 🌐 Язык
help-text = Напишите, что ищете, как удобно — можно без казахских букв, латиницей, с опечатками:
    • «Кайрат-2», «Qairat 2», «ИЗ Улкен»
    • «ПИТ Алатау», «СЭЗ Алатау», «малые промышленные парки»
    • «Valtherm», «Валтерм», «где находится Маревен»
    • «Талгарский район», «индустриальная зона в Талгаре»
    Команды: /zones — зоны по видам, /districts — районы и города, /language — язык, /start — начало.
    В любом чате: @{ $bot } и название — чтобы поделиться карточкой.
language-choose = Выберите язык:
language-set = Язык: русский.
search-prompt = Напишите название зоны, компании или района.
search-several = Нашлось несколько вариантов. Что вы имели в виду?
search-nothing = По запросу «{ $query }» ничего не нашлось. Я знаю о СЭЗ, индустриальных зонах, малых промышленных парках, компаниях в них и районах Алматы и области. Например: «Кайрат-2», «ПИТ Алатау», «Valtherm», «Талгар».
search-too-long = Слишком длинный запрос. Напишите название короче { $max } символов.
only-text = Я понимаю только текст: напишите название зоны, компании или района.
unknown-command = Такой команды нет. Вот что я умею:
stale-button = Эта кнопка устарела. Откройте меню: /start
error-generic = Что-то пошло не так. Попробуйте ещё раз.
inline-open = Открыть в боте
zones-title = Зоны по видам:
list-sez = ⭐ СЭЗ ({ $count })
list-industrial_zone = 🏭 Индустриальные зоны ({ $count })
list-small_industrial_park = 🏗 Малые промышленные парки ({ $count })
list-other = 🔬 Другие площадки ({ $count })
list-districts = 📍 Районы и города ({ $count })
page-of = стр. { $page } из { $pages }
button-menu = ☰ Меню
button-back-to-card = ↩ К карточке
button-sez-conditions = 📜 Условия СЭЗ
button-companies = 🏢 Компании ({ $count })
button-all-facts = 📊 Все данные
button-history = 🕓 История
button-share = 📤 Поделиться
card-no-facts = Цифр по этой карточке в источниках пока нет.
card-more-facts = Ещё данных: { $count } — кнопка «Все данные».
card-zones-here = Зон здесь: { $count }.
card-companies-here = Компаний и проектов здесь: { $count }.
card-sez-hint = Льготы участникам — кнопка «Условия СЭЗ».
card-confirm = Уточняйте в управляющей компании или в Kazakh Invest.
fact-source = по данным: { $publisher }, { $date }
history-title = история данных
history-empty = Источники пока не расходятся: истории нет.
companies-title = Компании и проекты: { $name } ({ $count })
num-million = млн
num-billion = млрд
num-trillion = трлн
unit-ha = га
unit-m2 = м²
unit-t = т
unit-t_per_year = т/год
unit-km_per_year = км/год
qualifier-over = более { $value }
qualifier-about = около { $value }
qualifier-up_to = до { $value }
metric-investment = Инвестиции
metric-jobs = Рабочие места
metric-employees = Сотрудники
metric-area = Площадь
metric-free_land = Свободная земля
metric-occupancy = Заполненность
metric-participants = Участники
metric-companies = Компании
metric-projects = Проекты
metric-parks = Парки
metric-zones = Зоны
metric-enterprises = Предприятия
metric-capacity = Мощность
metric-production = Продукция
metric-output = Выпуск
metric-export = Экспорт
metric-growth = Рост
metric-share = Доля
metric-tax_share = Доля в налогах
metric-term_end = Срок действия до
metric-launch_date = Запуск
metric-status = Статус
metric-foreign_partner = Иностранные партнёры
metric-other = Прочее
status-planned = планируется
status-under_construction = строится
status-launching = запускается
status-operating = работает
status-expanding = расширяется
status-removed = исключён
kind-company = Компания / проект
kind-district = Район
kind-city = Город
kind-region = Область
kind-sez = Специальная экономическая зона
kind-industrial_zone = Индустриальная зона
kind-small_industrial_park = Малые промышленные парки
kind-science_park = Научно-технологический парк
kind-logistics = Логистическая площадка
kind-other = Площадка
sector-manufacturing = Производство
sector-food = Пищевая промышленность
sector-logistics = Логистика и склады
sector-it = IT и инновации
sector-construction_materials = Стройматериалы
sector-agriculture = Сельское хозяйство
sector-retail = Торговля и услуги
sector-healthcare = Медицина
sector-science = Наука
sector-real_estate = Недвижимость
sector-energy = Энергетика
sector-other = Другое
country-KZ = Казахстан
country-TR = Турция
country-US = США
country-CN = Китай
country-JP = Япония
country-KR = Республика Корея
country-RU = Россия
sez-title = Условия СЭЗ: { $name }
sez-banner = ⚠ В 2026 году меняются Налоговый кодекс и модель СЭЗ: условия могут измениться.
sez-conditions = Льготы участникам СЭЗ (Закон РК № 242-VI от 03.04.2019 «О специальных экономических и индустриальных зонах»; по данным nipt.kz и sez-turkistan.kz, 2024):
    • КПН, земельный налог и налог на имущество уменьшаются на 100% для участников, выполняющих условия.
    • Срок льгот по стоимости проекта (с 01.01.2024, Закон № 45-VIII от 12.12.2023): до 3 млн МРП — 7 лет; 3–14,5 млн МРП — 15 лет; свыше 14,5 млн МРП — 25 лет; не дольше срока договора и СЭЗ.
    • Условия: регистрация налогоплательщика в СЭЗ, нет филиалов вне её, приоритетный вид деятельности.
    • НДС 0% на товары, реализуемые в СЭЗ и полностью используемые в приоритетной деятельности.
    • Таможня: процедура свободной таможенной зоны, ввозная пошлина 0%.
    • Земля: участки в аренду или безвозмездное пользование на срок СЭЗ.
    • Иностранные работники: комиссия определяет категории и численность для проектов свыше 1 млн МРП (приказ от 29.06.2023).
    Не допускаются: недропользователи, производители подакцизных товаров (с исключениями), плательщики специальных налоговых режимов, игорный бизнес.
    Заявка подаётся в управляющую компанию СЭЗ; договор подписывается или отклоняется в течение 10 дней.
sez-disclaimer = Это справочная информация, а не юридическая или налоговая консультация. Уточняйте в управляющей компании СЭЗ или в Kazakh Invest.
command-start = Начало и главное меню
command-zones = Зоны по видам
command-districts = Районы и города
command-language = Сменить язык
command-help = Как пользоваться ботом
