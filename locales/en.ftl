# English

start-greeting = Hello, { $name }!
start-friend = there
start-about = I help investors find land, zones and conditions for a project in Almaty and Almaty region: special economic zones, industrial zones, small industrial parks and the companies in them.
    Type a name any way you like — or pick a section.
start-link-unknown = That link is out of date: there is no such card. Here is what I can do.
menu-title = Main menu. Type the name of a zone, company or district — or pick a section.
menu-search = 🔎 Search
menu-zones = 🏭 Zones
menu-districts = 📍 Districts and cities
menu-help = ❓ Help
menu-language = 🌐 Language
help-text = Type what you are looking for any way you like — without Kazakh letters, in Latin script, with typos:
    • "Kairat-2", "Қайрат 2", "IZ Ulken"
    • "PIT Alatau", "Alatau SEZ", "small industrial parks"
    • "Valtherm", "Валтерм", "where is Mareven"
    • "Talgar district", "industrial zone in Talgar"
    Commands: /zones — zones by kind, /districts — districts and cities, /language — language, /start — start over.
    In any chat: @{ $bot } and a name — to share a card.
language-choose = Choose a language:
language-set = Language: English.
search-prompt = Type the name of a zone, company or district.
search-several = I found several. Which one did you mean?
search-nothing = Nothing found for "{ $query }". I know about special economic zones, industrial zones, small industrial parks, the companies in them, and the districts of Almaty and the region. For example: "Kairat-2", "PIT Alatau", "Valtherm", "Talgar".
search-too-long = That is too long for a search. Please type a name shorter than { $max } characters.
only-text = I understand text only: type the name of a zone, company or district.
unknown-command = There is no such command. Here is what I can do:
stale-button = This button is out of date. Open the menu: /start
error-generic = Something went wrong. Please try again.
inline-open = Open in the bot
zones-title = Zones by kind:
list-sez = ⭐ Special economic zones ({ $count })
list-industrial_zone = 🏭 Industrial zones ({ $count })
list-small_industrial_park = 🏗 Small industrial parks ({ $count })
list-other = 🔬 Other sites ({ $count })
list-districts = 📍 Districts and cities ({ $count })
page-of = page { $page } of { $pages }
button-menu = ☰ Menu
button-back-to-card = ↩ Back to the card
button-sez-conditions = 📜 SEZ conditions
button-companies = 🏢 Companies ({ $count })
button-all-facts = 📊 All figures
button-history = 🕓 History
button-share = 📤 Share
card-no-facts = The sources give no figures for this card yet.
card-more-facts = { $count } more figures — see "All figures".
card-zones-here = Zones here: { $count }.
card-companies-here = Companies and projects here: { $count }.
card-sez-hint = Benefits for participants — see "SEZ conditions".
card-confirm = Confirm with the management company or Kazakh Invest.
fact-source = source: { $publisher }, { $date }
history-title = history of the figures
history-empty = The sources do not disagree yet: there is no history.
companies-title = Companies and projects: { $name } ({ $count })
num-million = mn
num-billion = bn
num-trillion = trn
unit-ha = ha
unit-m2 = m²
unit-t = t
unit-t_per_year = t/yr
unit-km_per_year = km/yr
qualifier-over = over { $value }
qualifier-about = about { $value }
qualifier-up_to = up to { $value }
metric-investment = Investment
metric-jobs = Jobs
metric-employees = Staff
metric-area = Area
metric-free_land = Free land
metric-occupancy = Occupancy
metric-participants = Participants
metric-companies = Companies
metric-projects = Projects
metric-parks = Parks
metric-zones = Zones
metric-enterprises = Enterprises
metric-capacity = Capacity
metric-production = Products
metric-output = Output
metric-export = Exports
metric-growth = Growth
metric-share = Share
metric-tax_share = Share of taxes
metric-term_end = Term ends
metric-launch_date = Launch
metric-status = Status
metric-foreign_partner = Foreign partners
metric-other = Other
status-planned = planned
status-under_construction = under construction
status-launching = launching
status-operating = operating
status-expanding = expanding
status-removed = removed
kind-company = Company / project
kind-district = District
kind-city = City
kind-region = Region
kind-sez = Special economic zone
kind-industrial_zone = Industrial zone
kind-small_industrial_park = Small industrial parks
kind-science_park = Science and technology park
kind-logistics = Logistics site
kind-other = Site
sector-manufacturing = Manufacturing
sector-food = Food processing
sector-logistics = Logistics and warehousing
sector-it = IT and innovation
sector-construction_materials = Construction materials
sector-agriculture = Agriculture
sector-retail = Retail and services
sector-healthcare = Healthcare
sector-science = Science
sector-real_estate = Real estate
sector-energy = Energy
sector-other = Other
country-KZ = Kazakhstan
country-TR = Türkiye
country-US = USA
country-CN = China
country-JP = Japan
country-KR = Republic of Korea
country-RU = Russia
sez-title = SEZ conditions: { $name }
sez-banner = ⚠ In 2026 the Tax Code and the SEZ model are changing: the conditions may change.
sez-conditions = Benefits for SEZ participants (Law No. 242-VI of 03.04.2019 "On special economic and industrial zones"; per nipt.kz and sez-turkistan.kz, 2024):
    • Corporate income tax, land tax and property tax reduced by 100% for participants meeting the conditions.
    • Length by project cost (from 01.01.2024, Law No. 45-VIII of 12.12.2023): up to 3 m MCI — 7 years; 3–14.5 m MCI — 15 years; over 14.5 m MCI — 25 years; never past the agreement or the SEZ term.
    • Conditions: taxpayer registered in the SEZ, no branches outside it, a priority activity.
    • VAT 0% on goods sold in the SEZ and fully used in priority activities.
    • Customs: free customs zone procedure, 0% import duty.
    • Land: plots leased or given for free use for the SEZ term.
    • Foreign staff: a commission sets categories and numbers for projects over 1 m MCI (order of 29.06.2023).
    Not admitted: subsoil users, makers of excisable goods (with exceptions), special tax regime payers, gambling.
    Apply to the SEZ management company; the agreement is signed or refused within 10 days.
sez-disclaimer = This is information, not legal or tax advice. Confirm with the SEZ management company or Kazakh Invest.
command-start = Start and main menu
command-zones = Zones by kind
command-districts = Districts and cities
command-language = Change the language
command-help = How to use the bot
