# Русский

start-greeting = Здравствуйте, { $name }!
start-friend = друг
start-about = Я помогаю инвесторам найти землю, зоны и условия для проекта в Алматы и Алматинской области: СЭЗ, индустриальные зоны, малые промышленные парки и компании в них.
    Напишите название так, как вам удобно, — или выберите раздел.
start-link-unknown = Ссылка устарела: такой карточки нет. Вот что я умею.
menu-title = Главное меню. Напишите название зоны, компании или района — или выберите раздел.
menu-search = 🔎 Поиск
menu-zones = 🏭 Зоны
menu-compare = ⚖️ Сравнить площадки
menu-districts = 📍 Районы и города
menu-help = ❓ Помощь
menu-language = 🌐 Язык
help-text = Напишите, что ищете, как вам удобно, — можно без казахских букв, латиницей, с опечатками:
    • «Кайрат-2», «Qairat 2», «ИЗ Улкен»
    • «ПИТ Алатау», «СЭЗ Алатау», «малые промышленные парки»
    • «Valtherm», «Валтерм», «где находится Маревен»
    • «Талгарский район», «индустриальная зона в Талгаре»
help-commands = Команды:
help-staff-commands = Для сотрудников:
help-share = В любом чате: @{ $bot } и название — чтобы поделиться карточкой.
language-choose = Выберите язык:
language-set = Язык: русский.
search-prompt = Напишите название зоны, компании или района.
search-several = Нашлось несколько вариантов. Что вы имели в виду?
search-nothing = По запросу «{ $query }» ничего не нашлось. Я знаю о СЭЗ, индустриальных зонах, малых промышленных парках, компаниях в них и районах Алматы и области. Например: «Кайрат-2», «ПИТ Алатау», «Valtherm», «Талгар».
search-outside = Об этом у меня нет данных: я отвечаю о СЭЗ, индустриальных зонах, малых промышленных парках, компаниях в них и районах Алматы и области.
search-too-long = Слишком длинный запрос. Напишите название короче { $max } { $max ->
        [one] символа
       *[other] символов
    }.
only-text = Я понимаю только текст: напишите название зоны, компании или района.
unknown-command = Такой команды нет. Вот что я умею:
unknown-command-nearest = Такой команды нет. Может быть, вы имели в виду { $command }? Вот что я умею:
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
button-full-card = 📇 Вся карточка
figure-missing = { $name } — в источниках нет показателя «{ $measure }». Вот что известно:
figure-no-data = { $name } — таких данных в источниках нет: они не называют ни зарплат, ни цен, ни курсов.
figure-unknown = { $name } — в источниках нет такого показателя. Вот что известно:
list-of-company = Компании и проекты
list-of-zone = Зоны и парки
list-of-district = Районы
list-answer = { $what } — { $where }: { $count }
list-answer-anywhere = { $what }: { $count }
topic-sources = Источники: { $sources }
topic-not-advice = Это не юридическая и не налоговая консультация — уточните у { $who }.
talk-hello = Здравствуйте! Я помогаю инвесторам найти землю, зоны и условия в Алматы и области: спросите про СЭЗ, индустриальную зону, малый промпарк или компанию — или выберите в меню.
talk-thanks = Пожалуйста! Если будут ещё вопросы — пишите.
talk-who = Я бот инвестиционного офиса: знаю СЭЗ, индустриальные зоны и малые промышленные парки Алматы и области, компании в них и их цифры с источниками — и помогу подать заявку.
talk-bye = До свидания! Возвращайтесь, когда понадобится.
button-sez-conditions = 📜 Условия СЭЗ
button-zone-conditions = 📜 Условия
button-companies = 🏢 Компании ({ $count })
button-zones = 🏭 Зоны ({ $count })
button-all-facts = 📊 Ещё показатели ({ $count })
button-history = 🕓 История
button-share = 📤 Поделиться
card-no-facts = Цифр по этой карточке в источниках пока нет.
card-zones-here = Здесь { $count } { $count ->
        [one] зона
        [few] зоны
       *[many] зон
    }.
card-companies-here = Здесь { $count ->
        [one] { $count } компания или проект
        [few] { $count } компании и проекта
       *[many] { $count } компаний и проектов
    }.
card-confirm = Уточняйте в управляющей компании или в Kazakh Invest.
card-data-of-year = данные { $year } года
card-plan-passed = Запуск планировался на { $date }
card-regime-sez = Режим СЭЗ: при выполнении условий КПН, земельный налог и налог на имущество уменьшаются на 100%, НДС 0%, ввозная пошлина 0% — подробно по кнопке «Условия СЭЗ».
card-regime-industrial_zone = Индустриальная зона: участки с подведёнными коммуникациями для производства, логистики и других проектов бизнеса — подробно по кнопке «Условия».
card-regime-small_industrial_park = Малый промышленный парк: готовые помещения с электричеством, водой, газом и связью в аренду малому и среднему бизнесу — подробно по кнопке «Условия».
card-contacts = Куда обращаться и где уточнять: { $contacts }.
contact-sez-management = управляющая компания СЭЗ
fact-source = источник: { $publisher }, { $date }
source-undated = без даты
source-undated-data = без даты, данные по { $period }
history-title = история данных
history-empty = Источники пока не расходятся: истории нет.
companies-title = Компании и проекты: { $name } ({ $count })
place-zones-title = Зоны: { $name } ({ $count })
num-million = млн
num-billion = млрд
num-trillion = трлн
unit-ha = га
unit-m2 = м²
unit-t = т
rate-t_per_year = { $value } т/год
rate-km_per_year = { $value } км/год
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
metric-term_end = Действует до
metric-rent = Аренда
metric-launch_date = Запуск
metric-status = Статус
metric-foreign_partner = Иностранные партнёры
metric-other = Прочее
status-planned = планируется
status-under_construction = строится
status-launching = запускается
status-operating = работает
status-expanding = расширяется
status-removed = исключена из перечня
kind-company = Компания / проект
kind-district = Район
kind-country = Страна
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
sez-conditions = Льготы участникам СЭЗ (Закон РК от 03.04.2019 № 242-VI «О специальных экономических и индустриальных зонах»; по данным nipt.kz и sez-turkistan.kz, 2024):
    • КПН, земельный налог и налог на имущество уменьшаются на 100% для участников, выполняющих условия.
    • Срок льгот зависит от стоимости проекта (с 01.01.2024, Закон от 12.12.2023 № 45-VIII): до 3 млн МРП — 7 лет; 3–14,5 млн МРП — 15 лет; свыше 14,5 млн МРП — 25 лет; не дольше срока договора и срока СЭЗ.
    • Условия: налогоплательщик зарегистрирован в СЭЗ, не имеет филиалов за её пределами и ведёт приоритетный вид деятельности.
    • НДС 0% на товары, реализуемые в СЭЗ и полностью используемые в приоритетной деятельности.
    • Таможня: процедура свободной таможенной зоны, ввозная пошлина 0%.
    • Земля: участки в аренду или безвозмездное пользование на срок СЭЗ.
    • Иностранные работники: для проектов свыше 1 млн МРП категории и численность определяет комиссия (приказ от 29.06.2023).
    Не допускаются: недропользователи, производители подакцизных товаров (с исключениями), плательщики по специальным налоговым режимам, игорный бизнес.
    Заявка подаётся в управляющую компанию СЭЗ; в течение 10 дней с заявителем заключают договор или отказывают.
sez-disclaimer = Это справочная информация, а не юридическая или налоговая консультация. Уточняйте в управляющей компании СЭЗ или в Kazakh Invest.
command-start = Начало и главное меню
command-zones = Зоны по видам
command-districts = Районы и города
command-language = Сменить язык
command-help = Как пользоваться ботом
menu-invest = 🧭 Где строить: подбор площадки
menu-parks = 🏗 Помещение для МСБ
menu-requests = 📨 Мои заявки
command-invest = Подобрать площадку под проект
command-apply = Подать заявку в инвестиционный офис
command-parks = Малые промышленные парки для МСБ
command-myrequests = Мои заявки
command-cancel = Выйти из опроса
command-compare = Сравнить две-три площадки
command-menu = Главное меню
button-compare = ⚖️ Сравнить
button-apply = 📨 Подать заявку
guide-back = ‹ Назад
guide-cancel = ✖ Отмена
guide-yes = Да
guide-left = Опрос закрыт. Меню: /start
guide-cancelled = Опрос отменён. Всё, что вы ввели, не сохранено. Меню: /start
guide-nothing-to-cancel = Отменять нечего.
guide-outdated = Опрос обновился, пока вы его проходили. Пожалуйста, начните заново: /invest или /parks.
guide-gave-up = Я { $count } { $count ->
        [one] раз
        [few] раза
       *[many] раз
    } подряд не смог разобрать ответ, поэтому закрыл опрос. Начать заново можно из меню: /start
guide-expired = Опрос закрыт: ответа не было больше суток. Начать заново: /invest или /parks.
guide-lost = Не получилось продолжить опрос, извините. Пожалуйста, начните заново: /invest или /parks.
guide-understood = Из вашего сообщения: { $what }. Спрошу только остальное.
guide-sector-manufacturing = 🏭 Производство
guide-sector-food = 🍞 Пищевая переработка
guide-sector-logistics = 🚚 Логистика и склады
guide-sector-it = 💻 IT и инновации
guide-sector-construction_materials = 🧱 Стройматериалы
guide-sector-agriculture = 🌾 Сельское хозяйство
guide-sector-retail = 🛒 Торговля и услуги
guide-sector-other = ✳️ Другое
guide-echo-sector-manufacturing = производство
guide-echo-sector-food = пищевая переработка
guide-echo-sector-logistics = логистика и склады
guide-echo-sector-it = IT и инновации
guide-echo-sector-construction_materials = производство стройматериалов
guide-echo-sector-agriculture = сельское хозяйство
guide-echo-sector-retail = торговля и услуги
guide-echo-sector-other = другая отрасль
guide-echo-where-city = город Алматы
guide-echo-where-near = рядом с Алматы
guide-echo-where-region = Алматинская область
guide-echo-where-any = место не важно
guide-echo-land = участок { $area }
guide-echo-land-none = только помещение, без участка
guide-echo-money = инвестиции { $amount }
guide-echo-money-none = сумма инвестиций пока не известна
guide-echo-priority-benefits = льготы СЭЗ
guide-echo-priority-infrastructure = готовая инфраструктура
guide-echo-priority-near_city = близость к городу
guide-echo-priority-free_land = свободная земля сейчас
guide-echo-trade = «{ $what }»
invest-intro = Подберём площадку: пять коротких вопросов. На любом шаге можно вернуться назад или отменить (/cancel).
invest-sector = 1/5. Что вы хотите построить или производить? Выберите или опишите словами.
invest-sector-retry = Выберите отрасль кнопкой или опишите проект словами, например: «завод газоблоков».
invest-where = 2/5. Где?
invest-where-city = город Алматы
invest-where-region = Алматинская область
invest-where-near = рядом с Алматы
invest-where-district = Выбрать район
invest-where-any = Без разницы
invest-where-pick = Выберите район:
invest-where-retry = Выберите вариант кнопкой или напишите место, например: «Талгар», «рядом с Алматы», «Алматинская область».
invest-land = 3/5. Сколько земли нужно? Например: 2 га, 2,5 га, 5000 м².
invest-land-none = Не нужна / нужно помещение
invest-land-retry = Не понял площадь. Напишите, например: 2 га, 0,5 га или 5000 м² — или нажмите «Не нужна».
invest-money = 4/5. Объём инвестиций? Например: 500 млн, 5 млрд тг, $2m.
invest-money-skip = Пока не знаю
invest-money-retry = Не понял сумму. Напишите, например: 500 млн, 5 млрд тг, 2 млн долларов.
invest-money-confirm = Верно: { $amount }?
invest-money-confirm-retry = Нажмите «Да» или «Ввести заново».
invest-money-again = Ввести заново
invest-priorities = 5/5. Что важно? Отметьте всё нужное и нажмите «Готово».
invest-priorities-retry = Отметьте пункты кнопками и нажмите «Готово».
invest-priorities-done = Готово ✔
invest-priority-benefits = Льготы СЭЗ (налоги, таможня)
invest-priority-infrastructure = Готовая инфраструктура
invest-priority-near_city = Близко к городу
invest-priority-free_land = Свободная земля сейчас
invest-summary = Ваш проект: { $project }.
invest-summary-matters = Важно: { $matters }.
invest-results = { $count ->
    [1] Подходит { $count } площадка
    [one] Подходит { $count } площадка, лучшие сверху
    [few] Подходят { $count } площадки, лучшие сверху
   *[many] Подходят { $count } площадок, лучшие сверху
}
invest-results-none = Полностью подходящих площадок нет. Ближайшие варианты ({ $count }) — с тем, что не совпадает
invest-page-prev = ‹ Предыдущие
invest-page-next = Следующие ›
invest-keep = 📋 Списком в одно сообщение
invest-open-again = Открыть этот подбор в боте
invest-no-results = Подходящих площадок в данных нет. Напишите нам: /apply — сотрудники подберут вариант.
invest-open-card = Карточка
why-in-place = в выбранном районе
why-in-city = в городе Алматы
why-in-region = в Алматинской области
why-near-city = рядом с Алматы
why-sez-benefits = СЭЗ: льготы по КПН, земельному налогу и налогу на имущество, свободная таможенная зона
why-sez-activities = ваша отрасль ({ $sector }) входит в профиль этой СЭЗ
why-industrial-zone = индустриальная зона: земля с подведённой инфраструктурой
why-industrial-zone-plots = индустриальная зона: участки под производство и логистику
why-small-park = малые промышленные парки: помещения в аренду для МСБ
why-science-park = научно-технологический парк для наукоёмких проектов
why-free-land = свободная земля { $free } га — хватает на { $need } га
why-operating = уже работает
why-peers = компании вашей отрасли уже здесь ({ $count }): { $names }
gap-elsewhere = не там, где вы искали
gap-sez-activities = вашей отрасли ({ $sector }) нет среди приоритетных видов деятельности этой СЭЗ
gap-sez-activities-unknown = приоритетные виды деятельности этой СЭЗ в данных не указаны — уточните, подходит ли ваш проект
gap-industrial-zone-sector = индустриальные зоны — для производства, переработки и логистики, а не для такого проекта
gap-no-sez-benefits = льгот СЭЗ здесь нет
gap-park-too-small = парки рассчитаны на небольшие помещения, а не на участки
gap-park-sector = парки сдают помещения под производство, а не под такой проект
gap-science-park = парк рассчитан на наукоёмкие проекты
gap-free-land-unknown = свободная земля: нет данных
gap-free-land-short = свободной земли { $free } га — меньше нужных { $need } га
gap-occupied = заполнена на { $percent }%
gap-not-ready = ещё создаётся: инфраструктура не готова
gap-status-unknown = готова ли инфраструктура — нет данных
gap-term-ends = срок действия до { $date }
apply-intro = Заявка в инвестиционный офис.
apply-intro-zone = Заявка в инвестиционный офис по площадке: { $zone }.
apply-consent = Прежде чем продолжить: ваше имя, компанию, контакт и описание проекта мы передадим сотрудникам инвестиционного офиса — только им и только для того, чтобы они связались с вами по проекту. Бот хранит заявку и её статус, чтобы вы могли следить за ней в /myrequests. Согласны?
apply-consent-yes = ✅ Даю согласие
apply-consent-no = ✖ Не даю
apply-consent-retry = Нажмите «Даю согласие» или «Не даю».
apply-consent-refused = Хорошо, заявку не создаём — ничего не сохранено. Меню: /start
apply-prefill = Из опроса: { $answers }.
apply-name = Как вас зовут?
apply-name-retry = Напишите имя (от 2 до 100 символов).
apply-company = Название компании?
apply-company-none = Частное лицо / пока нет компании
apply-company-retry = Напишите название компании (до 150 символов) или нажмите кнопку.
apply-contact = Как с вами связаться? Нажмите «📱 Отправить мой номер» внизу или напишите телефон или e-mail, например: +7 701 123 45 67.
apply-contact-share = 📱 Отправить мой номер
apply-contact-retry = Не похоже на телефон или e-mail. Напишите, например, +7 701 123 45 67 или name@mail.kz — или нажмите «📱 Отправить мой номер» внизу.
apply-contact-not-yours = Это чужой контакт, а нужен ваш. Нажмите «📱 Отправить мой номер» внизу — Telegram отправит ваш номер — или напишите свой телефон или e-mail.
apply-contact-thanks = Спасибо.
apply-description = Коротко опишите проект (до { $max } { $max ->
        [one] символа
       *[other] символов
    }).
apply-description-retry = Опишите проект словами: от 10 до { $max } { $max ->
        [one] символа
       *[other] символов
    }.
apply-review = Проверьте заявку:
apply-review-retry = Нажмите «Отправить» или выберите, что исправить.
apply-field-name = Имя
apply-field-company = Компания
apply-field-contact = Контакт
apply-field-description = Проект
apply-field-zone = Площадка
apply-submit = ✅ Отправить
apply-edit = ✏️ { $field }
apply-done = Заявка { $ref } сохранена, и мы передаём её в инвестиционный офис; его сотрудники свяжутся с вами. Статус: /myrequests
apply-kind-invest = инвестиционный проект
apply-kind-park = место в малом промышленном парке
status-button-taken = 👤 Взять
status-button-contacted = 📞 Связались
status-button-done = ✅ Готово
status-button-rejected = ✖ Отклонить
request-status-new = новая
request-status-taken = в работе
request-status-contacted = с вами связались
request-status-done = завершена
request-status-rejected = отклонена
request-status-changed = Заявка { $ref }: { $status }.
requests-none = У вас пока нет заявок. Подобрать площадку: /invest
requests-title = Ваши заявки:
staff-only = Это действие доступно только сотрудникам.
status-unchanged = Статус уже такой.
status-set = Статус: { $status }
parks-intro = Подберём место в малом промышленном парке: три вопроса. /cancel — выйти.
parks-what = 1/3. Что вы производите?
parks-what-retry = Опишите словами, что вы производите.
parks-area = 2/3. Какая площадь нужна, м²? Например: 200.
parks-area-retry = Напишите площадь в м², от 10 до 100 000, например: 200.
parks-where = 3/3. Где?
parks-where-retry = Выберите вариант кнопкой или напишите место, например: «Алматы».
parks-summary = Вы ищете { $area } м² под «{ $what }» — { $where }.
parks-region-note = Данные о парках есть только по городу Алматы; по области подскажут сотрудники — подайте заявку.
parks-fits = Насколько подходит:
parks-unknown = Чего в источниках нет:
parks-whom = Спросить об этом можно в Управлении предпринимательства и инвестиций г. Алматы — или оставьте заявку здесь: её получат сотрудники инвестиционного офиса.
parks-card = 🏭 Карточка малых парков
parks-fit-count = { $count ->
    [one] в Алматы работает { $count } малый промышленный парк
    [few] в Алматы работают { $count } малых промышленных парка
   *[many] в Алматы работают { $count } малых промышленных парков
} (данные { $year } года)
parks-fit-trade = парки сдают малому бизнесу помещения под производство — как раз для такого дела
parks-fit-trade-check = парки сдают помещения под производство; примут ли такое дело — уточните у парка
parks-fit-area = { $area } м² — реальный размер: средний парк около { $average } м², и его делят на помещения для нескольких арендаторов
parks-fit-area-large = { $area } м² — это большая часть среднего парка (около { $average } м²): столько свободного места найдётся не в каждом
parks-fit-area-too-big = { $area } м² больше целого среднего парка (около { $average } м²): скорее подойдёт участок в индустриальной зоне — /invest
parks-unknown-rent = текущие ставки аренды: последнее, что называли, — { $rent } ₸ за м² в { $year } году (за какой срок, не сказано); сейчас цена может быть другой
parks-unknown-rent-none = текущие ставки аренды
parks-unknown-free = есть ли сейчас свободные помещения нужной площади
parks-apply = 📨 Заявка на место в парке
compare-title = Сравнение площадок
compare-how = Выберите площадки кнопками ниже (за раз — до { $max } { $max ->
        [one] площадки
       *[other] площадок
    }) или напишите их названия: «/compare ПИТ Алатау, Кайрат», «сравни ПИТ и Кайрат». Кнопка «⚖️ Сравнить» есть и в карточке каждой площадки.
compare-chosen = Выбрано: { $names }.
compare-add = ➕ Выбрать площадку
compare-sources = У каждой площадки — самое свежее значение из источников, в скобках — его год. Источники — в карточках.
compare-more-on-cards = Всё не поместилось: остальные показатели и источники — в карточках площадок.
compare-benefits = Льготы
compare-benefits-sez = льготы СЭЗ (налоги, таможня, земля)
compare-benefits-iz = земля с инфраструктурой, без налоговых льгот СЭЗ
compare-benefits-none = нет
compare-clear = Очистить сравнение
compare-replace = Добавить: { $name }. В сравнении уже: { $names } — какую из них заменить?
compare-replace-button = 🔁 Заменить: { $name }
compare-cancel = Отмена, оставить как есть
compare-replaced = Замена: { $old } → { $name }
compare-first = За раз я сравниваю не больше { $max } { $max ->
        [one] площадки
       *[other] площадок
    } — вот первые { $max }.
compare-not-zones = Сравниваю я только площадки — СЭЗ, индустриальные зоны и парки, — а не компании и районы ({ $names }).
compare-not-found = Среди этих названий я не нашёл ни одной площадки.
compare-added = Добавлено в сравнение: { $name }
compare-removed = Убрано из сравнения: { $name }
compare-now = ⚖️ Сравнить ({ $count })
compare-list = В сравнении: { $names }.
compare-need-one = Добавьте ещё хотя бы одну площадку: кнопкой «⚖️ Сравнить» в её карточке или «➕ Выбрать площадку» ниже.
compare-need-two = Добавьте хотя бы две площадки.
compare-cleared = Сравнение очищено.
guide-private-only = Это делается в личном чате с ботом: откройте его и нажмите /start.
apply-contact-skipped = Хорошо.
staff-status-new = новая
staff-status-taken = в работе
staff-status-contacted = связались
staff-status-done = завершена
staff-status-rejected = отклонена
start-news = 🔔 Вы будете получать новости инвестиционного офиса; отключить — /unsubscribe.
subscribe-on = 🔔 Новости включены.
subscribe-off = 🔕 Новости отключены. Включить снова — /subscribe.
subscribe-topics = Дополнительные темы (нажмите, чтобы включить или выключить). Зону или район можно отслеживать кнопкой «Следить» в их карточке.
topic-sez = Новости СЭЗ
topic-parks = Малые промышленные парки
button-follow = 🔔 Следить
button-unfollow = 🔕 Не следить
follow-on = Вы следите за обновлениями.
follow-off = Вы больше не следите.
command-subscribe = Включить новости и темы
command-unsubscribe = Отключить новости
admin-only = Эта команда доступна только администраторам.
staff-granted = Пользователь { $id } теперь сотрудник.
staff-already = Пользователь { $id } уже сотрудник.
staff-revoked = Пользователь { $id } больше не сотрудник.
staff-not-staff = Пользователь { $id } не был сотрудником.
staff-list = Сотрудники ({ $count }):
staff-usage = Добавить: /staff add <id>. Убрать: /staff remove <id>.
command-broadcast = Рассылка подписчикам
command-stats = Статистика
command-staff = Сотрудники (для администраторов)
broadcast-text = Пришлите текст рассылки (форматирование сохранится).
broadcast-text-retry = Нужен текст до 4096 символов.
broadcast-versions = Добавить версии на других языках? Те, для чьего языка версии нет, получат основной текст.
broadcast-versions-retry = Выберите кнопкой.
broadcast-version-kk = казахский
broadcast-version-ru = русский
broadcast-version-en = английский
broadcast-version-text = Пришлите текст на языке: { $language }.
broadcast-continue = Дальше ›
broadcast-audience = Кому отправить?
broadcast-audience-retry = Выберите получателей кнопкой.
broadcast-audience-all = Всем
broadcast-audience-lang-kk = Язык: казахский
broadcast-audience-lang-ru = Язык: русский
broadcast-audience-lang-en = Язык: английский
broadcast-audience-topic-sez = Подписчики новостей СЭЗ
broadcast-audience-topic-parks = Подписчики: малые парки
broadcast-audience-place = 📍 Подписчики зоны или района…
broadcast-place = Напишите название зоны или района, например «Береке» или «Талгарский район».
broadcast-place-retry = Не нашёл зоны или района с таким названием. Напишите иначе или нажмите «Назад».
broadcast-place-pick = Чьим подписчикам отправить? В скобках — сколько их.
broadcast-place-none = За найденными зонами и районами пока никто не следит. Нажмите «Назад», чтобы выбрать других получателей.
broadcast-place-unfollowed = Никто не следит: { $names }.
broadcast-place-followers = { $name } ({ $count })
broadcast-preview = Так увидят сообщение получатели ({ $count }):
broadcast-preview-version = Версия: { $language } — { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }
broadcast-preview-main = { $count ->
        [0] Основной текст
       *[other] Основной текст ({ $languages }) — { $count } { $count ->
            [one] получатель
            [few] получателя
           *[many] получателей
        }
    }
broadcast-confirm = Отправить { $count } { $count ->
        [one] получателю
       *[other] получателям
    }?
broadcast-confirm-retry = Нажмите «Отправить» или «Отмена».
broadcast-send = 📣 Отправить
broadcast-queued = Рассылка #{ $id } поставлена в очередь: { $count } { $count ->
        [one] получатель
        [few] получателя
       *[many] получателей
    }.
broadcast-pause = ⏸ Пауза
broadcast-resume = ▶️ Продолжить
broadcast-cancel = ✖ Отменить
broadcast-paused = Рассылка на паузе.
broadcast-resumed = Рассылка продолжается.
broadcast-cancelled = Рассылка отменена.
broadcast-progress = Рассылка #{ $id } ({ $status }): отправлено — { $sent }, заблокировали бота — { $blocked }, не доставлено — { $failed }, осталось — { $remaining }, примерно { $eta } с до конца.
broadcast-summary = Рассылка #{ $id } { $status }: отправлено — { $sent }, заблокировали бота — { $blocked }, не доставлено — { $failed }, не отправлено — { $remaining }.
broadcast-status-queued = в очереди
broadcast-status-running = идёт
broadcast-status-paused = на паузе
broadcast-status-cancelled = отменена
broadcast-status-done = завершена
stats-users = Пользователи: { $count } (активны за 7 дней: { $active7 }, за 30: { $active30 }); новости выключили: { $off }; заблокировали бота: { $blocked }.
stats-languages = По языкам: { $list }
stats-unanswered = Вопросов без ответа: { $count }. Чаще всего:
stats-applications = Заявки по статусам: { $list }
stats-subscribers = Подписчики тем: { $list }
stats-broadcasts = Рассылки:
stats-broadcast-line = отправлено — { $sent }, заблокировали бота — { $blocked }, не доставлено — { $failed }, осталось — { $remaining }
stats-lacking = Спрашивали, а в данных нет:
stats-measure-unsourced = данные, которых нет в источниках (зарплаты, цены)
stats-audience-topic = подписчики: { $topic }
command-export = Выгрузить данные файлом
command-import = Загрузить изменённые данные
export-caption = Данные бота. Исправьте и пришлите файл обратно — покажу разницу перед применением.
import-send = Пришлите файл данных (.yaml), выгруженный командой /export и исправленный.
import-too-large = Файл слишком большой для данных бота.
import-download-failed = Не удалось скачать файл, попробуйте ещё раз.
import-rejected = Файл не принят, ничего не изменено.
    { $where }: { $problem }
import-where-record = { $file }, запись { $record }
import-where-field = { $place }, поле «{ $field }»
import-problem-syntax = это не YAML: ошибка синтаксиса
import-problem-syntax-at = это не YAML: ошибка синтаксиса в строке { $line }, столбец { $column }
import-problem-unreadable = файл не читается
import-problem-sections = в файле должны быть разделы { $sections }
import-problem-facts-section = в разделе facts каждому id источника должен соответствовать список фактов
import-problem-not-list = здесь должен быть список записей
import-problem-too-large = слишком много данных: { $what ->
        [entities] районов, зон и компаний
        [names] названий и ключевых слов
       *[facts] фактов
    } — { $count }, а можно не больше { $limit }
import-problem-twice = «{ $value }» встречается дважды
import-problem-no-target = нет { $kinds ->
        [source] источника
        [entity] района, зоны или компании
        [district] района
       *[district-or-zone] района или зоны
    } с id «{ $value }»
import-problem-loop = районы входят друг в друга по кругу (через «{ $value }»)
import-problem-same-scope = второй факт «{ $metric }» у «{ $entity }» с той же областью (scope) и датой — дайте ему свой scope
import-problem-required = поле обязательно
import-problem-type = нужно { $expected ->
        [string] текстовое значение
        [number] число
        [array] список
        [object] набор полей
        [boolean] true или false
       *[other] значение другого вида
    }
import-problem-one-of = допустимые значения: { $values }
import-problem-empty = не может быть пустым
import-problem-min = не меньше { $min }
import-problem-max = не больше { $limit }
import-problem-format = { $format ->
        [slug] нужен id из строчных латинских букв, цифр и дефисов, например kairat-2
        [date] дата пишется ГГГГ-ММ-ДД
       *[other] неверный формат
    }
import-problem-unknown-fields = лишние поля: { $keys }
import-problem-rule = { $rule ->
        [needs-currency] у денежной суммы нужна валюта (currency)
        [no-currency] валюта (currency) бывает только у денежной суммы
        [value-text] значение должно быть текстом
        [value-number] значение должно быть числом
        [value-date] дата пишется ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
        [value-status] статус может быть только одним из: { $statuses }
        [needs-note] у факта «other» нужно пояснение (note)
        [scope-note] у факта со scope нужно пояснение (note): что именно он измеряет
        [real-date] такой даты нет в календаре
       *[other] значение не подходит
    }
import-problem-invalid = значение не подходит
import-no-changes = В файле нет изменений.
import-diff = Изменения в файле { $name }:
import-diff-line = { $table }: добавлено — { $added }, изменено — { $changed }, удалено — { $removed }
import-added = добавлено
import-changed = изменено
import-quoted = «{ $text }»
import-removed = удалено
import-apply = ✅ Применить
import-drop = ✖ Отменить
import-dropped = Загрузка отменена, ничего не изменено.
import-applied = Применено: добавлено — { $added }, изменено — { $changed }, удалено — { $removed }.
import-notify = 📣 Сообщить подписчикам: { $zone } ({ $count })
broadcast-photo = Добавить фото? Пришлите его (текст станет подписью) или нажмите «Пропустить».
broadcast-photo-retry = Пришлите фото или нажмите «Пропустить».
broadcast-photo-too-long = Подпись к фото — не длиннее 1024 символов, а текст длиннее. Нажмите «Пропустить» или начните заново с текстом короче.
broadcast-button = Добавить кнопку, открывающую карточку? Напишите название зоны или компании или нажмите «Пропустить».
broadcast-button-retry = Не нашёл такой карточки. Напишите название или нажмите «Пропустить».
broadcast-button-set = Кнопка ведёт на карточку: { $name }.
broadcast-skip = Пропустить ›
broadcast-open-card = Открыть карточку
stats-searches = Поисков за 7 дней: { $week }, за 30: { $month } (без результата: { $misses }).
broadcast-unchanged = Эта рассылка уже в таком состоянии или завершена.
broadcast-summary-blocked = { $blocked ->
        [one] { $blocked } получатель заблокировал
        [few] { $blocked } получателя заблокировали
       *[many] { $blocked } получателей заблокировали
    } бота — им больше не отправляем.
broadcast-summary-failed = { $failed ->
        [one] { $failed } сообщение не доставлено
        [few] { $failed } сообщения не доставлены
       *[many] { $failed } сообщений не доставлено
    } из-за сбоев — их можно отправить ещё раз.
broadcast-resend = 🔁 Отправить ещё раз ({ $count })
broadcast-resending = { $count ->
    [one] Отправляю ещё раз { $count } получателю.
   *[other] Отправляю ещё раз { $count } получателям.
  }
broadcast-resend-nothing = Отправлять ещё раз нечего: рассылка ещё идёт или все, кто мог, её получили.
broadcast-not-found = Рассылки #{ $id } нет.
import-outdated = Данные изменились после того, как была показана разница. Пришлите файл ещё раз.
slow-down = Слишком много сообщений подряд. Подождите пару секунд.
error-store = Сейчас не получается сохранить данные. Поиск и карточки работают; остальное попробуйте чуть позже.
request-status-saved = сохранена, передаём в офис
stats-unposted = Заявки, которых ещё нет в чате сотрудников: { $count }
stats-unposted-detail = самая давняя подана { $since } UTC; последняя ошибка: { $error }
stats-unposted-no-chat = STAFF_CHAT_ID не задан: заявки хранятся и уйдут в чат, когда его зададут и перезапустят бота.
