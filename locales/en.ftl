# English

start-greeting = Hello, { $name }!
start-friend = there
start-about = I help investors find land, zones and conditions for a project in Almaty and Almaty region: special economic zones, industrial zones, small industrial parks and the companies in them.
    Type a name any way you like, or pick a section.
start-link-unknown = That link is out of date: there is no such card. Here is what I can do.
menu-title = Main menu. Type the name of a zone, company or district — or pick a section.
menu-search = 🔎 Search
menu-zones = 🏭 Zones
menu-compare = ⚖️ Compare sites
menu-districts = 📍 Districts and cities
menu-help = ❓ Help
menu-language = 🌐 Language
help-text = Type what you are looking for any way you like — without Kazakh letters, in Latin script, with typos:
    • "Kairat-2", "Қайрат 2", "IZ Ulken"
    • "PIT Alatau", "Alatau SEZ", "small industrial parks"
    • "Valtherm", "Валтерм", "where is Mareven"
    • "Talgar district", "industrial zone in Talgar"
help-commands = Commands:
help-staff-commands = For staff:
help-share = In any chat: @{ $bot } and a name — to share a card.
language-choose = Choose a language:
language-set = Language: English.
search-prompt = Type the name of a zone, company or district.
search-several = I found several. Which one did you mean?
search-nothing = Nothing found for "{ $query }". I know about special economic zones, industrial zones, small industrial parks, the companies in them, and the districts of Almaty and the region. For example: "Kairat-2", "PIT Alatau", "Valtherm", "Talgar".
search-outside = I have no data on that: I answer about special economic zones, industrial zones, small industrial parks, the companies in them and the districts of Almaty and the region.
search-too-long = That is too long for a search. Please type a name shorter than { $max } { $max ->
        [one] character
       *[other] characters
    }.
only-text = I understand text only: type the name of a zone, company or district.
unknown-command = There is no such command. Here is what I can do:
unknown-command-nearest = There is no such command. Did you mean { $command }? Here is what I can do:
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
button-full-card = 📇 Full card
figure-missing = { $name }: the sources have no data on “{ $measure }”. Here is what they say:
figure-no-data = { $name }: there is no data on that in the sources — they give no wages, prices or exchange rates.
figure-unknown = { $name }: the sources have no data on that. Here is what they say:
list-of-company = Companies and projects
list-of-zone = Zones and parks
list-of-district = Districts
list-answer = { $what } — { $where }: { $count }
list-answer-anywhere = { $what }: { $count }
topic-sources = Sources: { $sources }
topic-not-advice = Not legal or tax advice — confirm with { $who }.
talk-hello = Hello! I help investors find land, zones and conditions in Almaty and Almaty region: ask about a SEZ, an industrial zone, a small industrial park or a company — or pick from the menu.
talk-thanks = You're welcome! Ask any time.
talk-who = I'm the investment office's bot: I know the SEZs, industrial zones and small industrial parks of Almaty and the region, the companies in them and their figures with sources — and I can help you apply.
talk-bye = Goodbye! Come back any time.
button-sez-conditions = 📜 SEZ conditions
button-zone-conditions = 📜 Conditions
button-companies = 🏢 Companies ({ $count })
button-zones = 🏭 Zones ({ $count })
button-all-facts = 📊 More figures ({ $count })
button-history = 🕓 History
button-share = 📤 Share
card-no-facts = The sources give no figures for this card yet.
card-zones-here = { $count ->
        [one] { $count } zone here.
       *[other] { $count } zones here.
    }
card-companies-here = { $count ->
        [one] { $count } company or project here.
       *[other] { $count } companies and projects here.
    }
card-confirm = Confirm with the management company or Kazakh Invest.
card-data-of-year = { $year } data
card-plan-passed = Launch was planned for { $date }
card-regime-sez = SEZ regime: if the conditions are met, corporate income, land and property tax are cut by 100%, VAT 0%, import duty 0% — details under "SEZ conditions".
card-regime-industrial_zone = Industrial zone: plots with utilities brought in, for manufacturing, logistics and other business projects — details under "Conditions".
card-regime-small_industrial_park = Small industrial park: ready premises with power, water, gas and telecoms, rented to small and medium businesses — details under "Conditions".
card-contacts = Whom to contact and confirm with: { $contacts }.
contact-sez-management = the SEZ management company
fact-source = source: { $publisher }, { $date }
source-undated = undated
source-undated-data = undated, data to { $period }
history-title = history of the figures
history-empty = The sources agree so far: there is no history.
companies-title = Companies and projects: { $name } ({ $count })
place-zones-title = Zones: { $name } ({ $count })
num-million = mn
num-billion = bn
num-trillion = trn
unit-ha = ha
unit-m2 = m²
unit-t = t
rate-t_per_year = { $value } t/yr
rate-km_per_year = { $value } km/yr
qualifier-over = over { $value }
qualifier-about = about { $value }
qualifier-up_to = { VALUE_TYPE($value) ->
        [date] by { $value }
       *[other] up to { $value }
    }
metric-investment = Investment
metric-jobs = Jobs
metric-employees = Employees
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
metric-rent = Rent
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
kind-country = Country
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
sez-conditions = Benefits for SEZ participants (Law No. 242-VI of 03.04.2019 "On Special Economic and Industrial Zones"; per nipt.kz and sez-turkistan.kz, 2024):
    • Corporate income tax, land tax and property tax are reduced by 100% for participants that meet the conditions.
    • How long, by project cost (from 01.01.2024, Law No. 45-VIII of 12.12.2023): up to 3 mn MCI — 7 years; 3–14.5 mn MCI — 15 years; over 14.5 mn MCI — 25 years; never beyond the term of the agreement or of the SEZ.
    • Conditions: the taxpayer is registered in the SEZ, has no branches outside it and carries on a priority activity.
    • 0% VAT on goods sold in the SEZ and wholly used in priority activities.
    • Customs: the free customs zone procedure, 0% import duty.
    • Land: plots leased or given for free use for the SEZ's term.
    • Foreign staff: for projects over 1 mn MCI a commission sets their categories and numbers (order of 29.06.2023).
    Not admitted: subsoil users, makers of excisable goods (with exceptions), taxpayers under special tax regimes, gambling.
    Apply to the SEZ management company; it signs the agreement or refuses within 10 days.
sez-disclaimer = This is reference information, not legal or tax advice. Confirm with the SEZ management company or Kazakh Invest.
command-start = Start and main menu
command-zones = Zones by kind
command-districts = Districts and cities
command-language = Change the language
command-help = How to use the bot
menu-invest = 🧭 Where to build: find a site
menu-parks = 🏗 Space for small business
menu-requests = 📨 My applications
command-invest = Find a site for a project
command-apply = Apply to the investment office
command-parks = Small industrial parks for SMEs
command-myrequests = My applications
command-cancel = Leave the questions
command-compare = Compare two or three sites
command-menu = Main menu
button-compare = ⚖️ Compare
button-apply = 📨 Apply
guide-back = ‹ Back
guide-cancel = ✖ Cancel
guide-yes = Yes
guide-left = The questions are closed. Menu: /start
guide-cancelled = Cancelled. Nothing you entered was kept. Menu: /start
guide-nothing-to-cancel = There is nothing to cancel.
guide-outdated = The questions were updated while you were answering them. Please start again: /invest or /parks.
guide-gave-up = I couldn't read the answer { $count ->
        [one] once
       *[other] { $count } times
    } in a row, so I've closed the questions. To start again, open the menu: /start
guide-expired = The questions were closed: there was no answer for over a day. Start again: /invest or /parks.
guide-lost = Sorry, I couldn't continue the questions. Please start again: /invest or /parks.
guide-understood = From your message: { $what }. I'll only ask about the rest.
guide-sector-manufacturing = 🏭 Manufacturing
guide-sector-food = 🍞 Food processing
guide-sector-logistics = 🚚 Logistics and warehousing
guide-sector-it = 💻 IT and innovation
guide-sector-construction_materials = 🧱 Construction materials
guide-sector-agriculture = 🌾 Agriculture
guide-sector-retail = 🛒 Retail and services
guide-sector-other = ✳️ Other
guide-echo-sector-manufacturing = manufacturing
guide-echo-sector-food = food processing
guide-echo-sector-logistics = logistics and warehousing
guide-echo-sector-it = IT and innovation
guide-echo-sector-construction_materials = construction materials
guide-echo-sector-agriculture = agriculture
guide-echo-sector-retail = retail and services
guide-echo-sector-other = another trade
guide-echo-where-city = Almaty city
guide-echo-where-near = near Almaty
guide-echo-where-region = Almaty region
guide-echo-where-any = any location
guide-echo-land = a { $area } plot
guide-echo-land-none = premises only, no land
guide-echo-money = investment of { $amount }
guide-echo-money-none = investment not decided yet
guide-echo-priority-benefits = SEZ benefits
guide-echo-priority-infrastructure = ready infrastructure
guide-echo-priority-near_city = being close to the city
guide-echo-priority-free_land = free land now
guide-echo-trade = "{ $what }"
invest-intro = Let's find a site: five short questions. At any step you can go back or cancel (/cancel).
invest-sector = 1/5. What do you want to build or make? Pick one or describe it in words.
invest-sector-retry = Pick a sector with a button or describe the project in words, e.g. "aerated concrete plant".
invest-where = 2/5. Where?
invest-where-city = Almaty city
invest-where-region = Almaty region
invest-where-near = Near Almaty
invest-where-district = Pick a district
invest-where-any = No preference
invest-where-pick = Pick a district:
invest-where-retry = Pick an option with a button or type a place, e.g. "Talgar", "near Almaty", "Almaty region".
invest-land = 3/5. How much land do you need? E.g. 2 ha, 2.5 ha, 5000 m².
invest-land-none = None / premises only
invest-land-retry = I could not read the area. Type e.g. 2 ha, 0.5 ha or 5000 m² — or press "None".
invest-money = 4/5. How much will you invest? E.g. 500 mn tenge, 5 bn KZT, $2m.
invest-money-skip = Not sure yet
invest-money-retry = I could not read the amount. Type e.g. 500 million tenge, 5 bn KZT, $2m.
invest-money-confirm = Is that right: { $amount }?
invest-money-confirm-retry = Press "Yes" or "Enter again".
invest-money-again = Enter again
invest-priorities = 5/5. What matters? Tick all that apply and press "Done".
invest-priorities-retry = Tick the items with the buttons and press "Done".
invest-priorities-done = Done ✔
invest-priority-benefits = SEZ benefits (tax, customs)
invest-priority-infrastructure = Ready infrastructure
invest-priority-near_city = Near the city
invest-priority-free_land = Free land now
invest-summary = Your project: { $project }.
invest-summary-matters = What matters: { $matters }.
invest-results = { $count ->
    [one] { $count } site fits
   *[other] { $count } sites fit, best first
}
invest-results-none = No site fits everything you asked. The closest ({ $count }), with what does not match
invest-page-prev = ‹ Previous
invest-page-next = Next ›
invest-keep = 📋 Send as one message
invest-open-again = Open this shortlist in the bot
invest-no-results = No site in the data fits. Write to us: /apply — staff will find options.
invest-open-card = Card
why-in-place = in the district you chose
why-in-city = in Almaty city
why-in-region = in Almaty region
why-near-city = near Almaty
why-sez-benefits = SEZ: relief from corporate income, land and property tax, free customs zone
why-sez-activities = your trade ({ $sector }) is in this SEZ's profile
why-industrial-zone = industrial zone: land with utilities brought in
why-industrial-zone-plots = industrial zone: plots for industry and logistics
why-small-park = small industrial parks: premises for rent to small business
why-science-park = science and technology park for research-heavy projects
why-free-land = free land { $free } ha — enough for { $need } ha
why-operating = already operating
why-peers = companies in your sector are already here ({ $count }): { $names }
gap-elsewhere = not where you were looking
gap-sez-activities = your trade ({ $sector }) is not among this SEZ's priority activities
gap-sez-activities-unknown = this SEZ's priority activities are not in our data — check that your project qualifies
gap-industrial-zone-sector = industrial zones are for industry, processing and logistics, not for a project like this
gap-no-sez-benefits = no SEZ benefits here
gap-park-too-small = the parks offer small premises, not plots
gap-park-sector = the parks rent premises for production, not for a project like this
gap-science-park = the park is meant for research-heavy projects
gap-free-land-unknown = free land: no data
gap-free-land-short = free land { $free } ha — less than the { $need } ha you need
gap-occupied = { $percent }% occupied
gap-not-ready = still being created: infrastructure not ready
gap-status-unknown = whether the infrastructure is ready: no data
gap-term-ends = term ends { $date }
apply-intro = An application to the investment office.
apply-intro-zone = An application to the investment office about { $zone }.
apply-consent = Before we go on: your name, company, contact and project description will be passed to the staff of the investment office — only to them, and only so that they can contact you about your project. The bot keeps your application and its status so that you can follow it in /myrequests. Do you agree?
apply-consent-yes = ✅ I agree
apply-consent-no = ✖ I don't agree
apply-consent-retry = Press "I agree" or "I don't agree".
apply-consent-refused = All right, no application was made and nothing was saved. Menu: /start
apply-prefill = From your answers: { $answers }.
apply-name = What is your name?
apply-name-retry = Type your name (2 to 100 characters).
apply-company = Your company's name?
apply-company-none = Private person / no company yet
apply-company-retry = Type the company's name (up to 150 characters) or press the button.
apply-contact = How can we reach you? Press "📱 Send my number" below, or type a phone number or e-mail, e.g. +7 701 123 45 67.
apply-contact-share = 📱 Send my number
apply-contact-retry = That does not look like a phone number or e-mail. Type, e.g., +7 701 123 45 67 or name@mail.kz — or press "📱 Send my number" below.
apply-contact-not-yours = That is someone else's contact; we need yours. Press "📱 Send my number" below — Telegram will send your number — or type your own phone number or e-mail.
apply-contact-thanks = Thank you.
apply-description = Describe the project briefly (up to { $max } { $max ->
        [one] character
       *[other] characters
    }).
apply-description-retry = Describe the project in words: 10 to { $max } { $max ->
        [one] character
       *[other] characters
    }.
apply-review = Check your application:
apply-review-retry = Press "Send" or pick what to correct.
apply-field-name = Name
apply-field-company = Company
apply-field-contact = Contact
apply-field-description = Project
apply-field-zone = Site
apply-submit = ✅ Send
apply-edit = ✏️ { $field }
apply-done = Application { $ref } is saved, and we are passing it to the investment office; its staff will contact you. Status: /myrequests
apply-kind-invest = investment project
apply-kind-park = a place in a small industrial park
status-button-taken = 👤 Take
status-button-contacted = 📞 Contacted
status-button-done = ✅ Done
status-button-rejected = ✖ Reject
request-status-new = new
request-status-taken = in progress
request-status-contacted = we have contacted you
request-status-done = completed
request-status-rejected = declined
request-status-changed = Application { $ref }: { $status }.
requests-none = You have no applications yet. Find a site: /invest
requests-title = Your applications:
staff-only = Only staff can do this.
status-unchanged = The status is already that.
status-set = Status: { $status }
parks-intro = Let's find a place in a small industrial park: three questions. /cancel to leave.
parks-what = 1/3. What do you make?
parks-what-retry = Describe in words what you make.
parks-area = 2/3. How much space do you need, m²? E.g. 200.
parks-area-retry = Type the area in m², from 10 to 100,000, e.g. 200.
parks-where = 3/3. Where?
parks-where-retry = Pick an option with a button or type the place, e.g. "Almaty".
parks-summary = You need { $area } m² for "{ $what }" — { $where }.
parks-region-note = We have park data for Almaty city only; staff can advise on the region — send an application.
parks-fits = How it fits:
parks-unknown = What the sources do not say:
parks-whom = Ask the Almaty city Department of Entrepreneurship and Investment — or apply here: the investment office's staff will get your application.
parks-card = 🏭 Small parks card
parks-fit-count = { $count ->
    [one] { $count } small industrial park works in Almaty
   *[other] { $count } small industrial parks work in Almaty
} ({ $year } data)
parks-fit-trade = the parks rent production premises to small businesses — just what this kind of work needs
parks-fit-trade-check = the parks rent premises for production; whether they take this kind of business — check with the park
parks-fit-area = { $area } m² is realistic: an average park is about { $average } m², split into units for several tenants
parks-fit-area-large = { $area } m² is a large part of an average park (about { $average } m²): not every park has that much free
parks-fit-area-too-big = { $area } m² is more than a whole average park (about { $average } m²): a plot in an industrial zone may suit you better — /invest
parks-unknown-rent = current rents: the last figure given was { $rent } ₸ per m² in { $year } (the period was not stated); it may differ now
parks-unknown-rent-none = current rents
parks-unknown-free = whether units of that size are free now
parks-apply = 📨 Apply for a place in a park
compare-title = Sites side by side
compare-how = Pick sites with the buttons below (up to { $max } { $max ->
        [one] site
       *[other] sites
    } at a time) or type their names: "/compare PIT Alatau, Kairat", "compare PIT and Kairat". Every site's card has a "⚖️ Compare" button too.
compare-chosen = Picked: { $names }.
compare-add = ➕ Pick a site
compare-sources = Each site's value is the newest the sources give, with its year in brackets. The sources are on the cards.
compare-more-on-cards = Not everything fits: the other figures and the sources are on the sites' cards.
compare-benefits = Benefits
compare-benefits-sez = SEZ benefits (tax, customs, land)
compare-benefits-iz = land with utilities, no SEZ tax benefits
compare-benefits-none = none
compare-clear = Clear the comparison
compare-replace = To add: { $name }. The comparison already has { $names } — which one should it replace?
compare-replace-button = 🔁 Replace { $name }
compare-cancel = Cancel, keep these
compare-replaced = Replaced: { $old } → { $name }
compare-first = I compare up to { $max } { $max ->
        [one] site
       *[other] sites
    } at a time — here are the first { $max }.
compare-not-zones = I compare only sites — SEZs, industrial zones and parks — not companies or districts ({ $names }).
compare-not-found = I found no site among these names.
compare-added = Added to the comparison: { $name }
compare-removed = Taken out of the comparison: { $name }
compare-now = ⚖️ Compare ({ $count })
compare-list = In the comparison: { $names }.
compare-need-one = Add at least one more site: with the "⚖️ Compare" button on its card, or with "➕ Pick a site" below.
compare-need-two = Add at least two sites.
compare-cleared = The comparison is cleared.
guide-private-only = This is done in a private chat with the bot: open it and press /start.
apply-contact-skipped = All right.
staff-status-new = new
staff-status-taken = taken
staff-status-contacted = contacted
staff-status-done = done
staff-status-rejected = rejected
start-news = 🔔 You will get the investment office's news; to stop — /unsubscribe.
subscribe-on = 🔔 News is on.
subscribe-off = 🔕 News is off. To turn it on again — /subscribe.
subscribe-topics = Follow more (press to turn on or off). Follow a zone or district with the "Follow" button on its card.
topic-sez = SEZ news
topic-parks = Small industrial parks
button-follow = 🔔 Follow
button-unfollow = 🔕 Unfollow
follow-on = You are following its updates.
follow-off = You are no longer following it.
command-subscribe = Turn on news and topics
command-unsubscribe = Turn off news
admin-only = Only admins can use this command.
staff-granted = User { $id } is now staff.
staff-already = User { $id } is staff already.
staff-revoked = User { $id } is no longer staff.
staff-not-staff = User { $id } was not staff.
staff-list = Staff ({ $count }):
staff-usage = Add: /staff add <id>. Remove: /staff remove <id>.
command-broadcast = Broadcast to subscribers
command-stats = Statistics
command-staff = Staff (admins)
broadcast-text = Send the broadcast's text (formatting is kept).
broadcast-text-retry = A text of up to 4096 characters, please.
broadcast-versions = Add versions in other languages? A language without one gets the main text.
broadcast-versions-retry = Pick with a button.
broadcast-version-kk = Kazakh
broadcast-version-ru = Russian
broadcast-version-en = English
broadcast-version-text = Send the text in { $language }.
broadcast-continue = Next ›
broadcast-audience = Who gets it?
broadcast-audience-retry = Pick the recipients with a button.
broadcast-audience-all = Everyone
broadcast-audience-lang-kk = Language: Kazakh
broadcast-audience-lang-ru = Language: Russian
broadcast-audience-lang-en = Language: English
broadcast-audience-topic-sez = Followers of SEZ news
broadcast-audience-topic-parks = Followers: small parks
broadcast-audience-place = 📍 Followers of a zone or district…
broadcast-place = Type the name of a zone or district, e.g. "Bereke" or "Talgar district".
broadcast-place-retry = No zone or district goes by that name. Type it another way or press Back.
broadcast-place-pick = Whose followers should get it? Their number is in brackets.
broadcast-place-none = Nobody follows the zones and districts found yet. Press Back to choose other recipients.
broadcast-place-unfollowed = Nobody follows: { $names }.
broadcast-place-followers = { $name } ({ $count })
broadcast-preview = This is what the recipients ({ $count }) will see:
broadcast-preview-version = Version: { $language } — { $count } { $count ->
        [one] recipient
       *[other] recipients
    }
broadcast-preview-main = { $count ->
        [0] Main text
       *[other] Main text ({ $languages }) — { $count } { $count ->
            [one] recipient
           *[other] recipients
        }
    }
broadcast-confirm = Send to { $count } { $count ->
        [one] recipient
       *[other] recipients
    }?
broadcast-confirm-retry = Press "Send" or "Cancel".
broadcast-send = 📣 Send
broadcast-queued = Broadcast #{ $id } is queued: { $count } { $count ->
        [one] recipient
       *[other] recipients
    }.
broadcast-pause = ⏸ Pause
broadcast-resume = ▶️ Resume
broadcast-cancel = ✖ Cancel
broadcast-paused = The broadcast is paused.
broadcast-resumed = The broadcast is running again.
broadcast-cancelled = The broadcast is cancelled.
broadcast-progress = Broadcast #{ $id } ({ $status }): sent { $sent }, blocked { $blocked }, failed { $failed }, remaining { $remaining }, about { $eta } s left.
broadcast-summary = Broadcast #{ $id } { $status }: sent { $sent }, blocked { $blocked }, failed { $failed }, not sent { $remaining }.
broadcast-status-queued = queued
broadcast-status-running = running
broadcast-status-paused = paused
broadcast-status-cancelled = cancelled
broadcast-status-done = finished
stats-users = Users: { $count } (active in 7 days: { $active7 }, in 30: { $active30 }); news off: { $off }; blocked the bot: { $blocked }.
stats-languages = By language: { $list }
stats-unanswered = Questions left unanswered: { $count }. Most often:
stats-applications = Applications by status: { $list }
stats-subscribers = Topic followers: { $list }
stats-broadcasts = Broadcasts:
stats-broadcast-line = sent { $sent }, blocked { $blocked }, failed { $failed }, remaining { $remaining }
stats-lacking = Asked for, but not in the data:
stats-measure-unsourced = data no source gives (wages, prices)
stats-audience-topic = followers: { $topic }
command-export = Download the data as a file
command-import = Upload changed data
export-caption = The bot's data. Edit it and send the file back — I'll show the difference before applying it.
import-send = Send the data file (.yaml) you downloaded with /export and edited.
import-too-large = The file is too large for the bot's data.
import-download-failed = Could not download the file; please try again.
import-rejected = The file was not accepted and nothing changed.
    { $where }: { $problem }
import-where-record = { $file }, record { $record }
import-where-field = { $place }, field "{ $field }"
import-problem-syntax = this is not YAML: a syntax error
import-problem-syntax-at = this is not YAML: a syntax error at line { $line }, column { $column }
import-problem-unreadable = the file cannot be read
import-problem-sections = the file must have the sections { $sections }
import-problem-facts-section = the facts section must map each source id to its list of facts
import-problem-not-list = this must be a list of records
import-problem-too-large = too much data: { $what ->
        [entities] districts, zones and companies
        [names] names and keywords
       *[facts] facts
    } — { $count }, at most { $limit } are accepted
import-problem-twice = "{ $value }" is used twice
import-problem-no-target = there is no { $kinds ->
        [source] source
        [entity] district, zone or company
        [district] district
       *[district-or-zone] district or zone
    } with the id "{ $value }"
import-problem-loop = districts contain each other in a loop (through "{ $value }")
import-problem-same-scope = a second "{ $metric }" fact for "{ $entity }" with the same scope and date; give it its own scope
import-problem-required = this field is required
import-problem-type = this must be { $expected ->
        [string] text
        [number] a number
        [array] a list
        [object] a set of fields
        [boolean] true or false
       *[other] a value of another kind
    }
import-problem-one-of = allowed values: { $values }
import-problem-empty = must not be empty
import-problem-min = must be at least { $min }
import-problem-max = must be at most { $limit }
import-problem-format = { $format ->
        [slug] an id of lowercase Latin letters, digits and hyphens is needed, like kairat-2
        [date] a date is written YYYY-MM-DD
       *[other] the format is wrong
    }
import-problem-unknown-fields = unknown fields: { $keys }
import-problem-rule = { $rule ->
        [needs-currency] an amount of money needs a currency
        [no-currency] only an amount of money has a currency
        [value-text] the value must be text
        [value-number] the value must be a number
        [value-date] a date is written YYYY, YYYY-MM or YYYY-MM-DD
        [value-status] a status can only be one of: { $statuses }
        [needs-note] an "other" fact needs a note
        [scope-note] a fact with a scope needs a note saying what it measures
        [real-date] there is no such date in the calendar
       *[other] the value does not fit
    }
import-problem-invalid = the value does not fit
import-no-changes = The file has no changes.
import-diff = Changes in { $name }:
import-diff-line = { $table }: added { $added }, changed { $changed }, removed { $removed }
import-added = added
import-changed = changed
import-quoted = "{ $text }"
import-removed = removed
import-apply = ✅ Apply
import-drop = ✖ Cancel
import-dropped = The upload is cancelled; nothing changed.
import-applied = Applied: added { $added }, changed { $changed }, removed { $removed }.
import-notify = 📣 Tell the followers: { $zone } ({ $count })
broadcast-photo = Add a photo? Send it (the text becomes its caption) or press "Skip".
broadcast-photo-retry = Send a photo or press "Skip".
broadcast-photo-too-long = A photo's caption is at most 1024 characters and the text is longer. Press "Skip", or start again with a shorter text.
broadcast-button = Add a button that opens a card? Type the name of a zone or company, or press "Skip".
broadcast-button-retry = I found no such card. Type a name or press "Skip".
broadcast-button-set = The button opens the card: { $name }.
broadcast-skip = Skip ›
broadcast-open-card = Open the card
stats-searches = Searches in 7 days: { $week }, in 30: { $month } (found nothing: { $misses }).
broadcast-unchanged = This broadcast is already in that state or finished.
broadcast-summary-blocked = { $blocked ->
    [one] { $blocked } recipient has
   *[other] { $blocked } recipients have
  } blocked the bot and will not be sent to again.
broadcast-summary-failed = { $failed ->
    [one] { $failed } message was
   *[other] { $failed } messages were
  } not delivered because of errors — they can be sent again.
broadcast-resend = 🔁 Send again ({ $count })
broadcast-resending = { $count ->
    [one] Sending again to { $count } recipient.
   *[other] Sending again to { $count } recipients.
  }
broadcast-resend-nothing = Nothing to send again: the broadcast is still running, or everyone who could get it did.
broadcast-not-found = There is no broadcast #{ $id }.
import-outdated = The data changed after the difference was shown. Please send the file again.
slow-down = Too many messages at once. Please wait a couple of seconds.
error-store = Saving data is not possible right now. Search and cards work; please try the rest a little later.
request-status-saved = saved, being passed to the office
stats-unposted = Applications not yet in the staff chat: { $count }
stats-unposted-detail = the oldest filed { $since } UTC; last error: { $error }
stats-unposted-no-chat = STAFF_CHAT_ID is not set: applications are kept and go to the chat once it is set and the bot is restarted.
