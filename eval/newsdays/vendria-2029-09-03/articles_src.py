# Source text of the invented news day 2029-09-03 (Republic of Vendria, currency: the brenn).
# Markup: ⟦FACT|phrase⟧ marks a mention of a key fact; build.py strips the brackets.
# time = local time (UTC+2) of publication.

ARTICLES = []


def art(aid, story, title, time, author, paras, **kw):
    d = dict(id=aid, story=story, title=title, time=time, author=author, paras=paras)
    d.update(kw)
    ARTICLES.append(d)


# ---------------------------------------------------------------- A: ferry grounding off Lisk Island (wire + 2 copies)
WIRE_A = [
    "HOLLIN BAY, Sept 3 (Vendpress) — ⟦A1|The passenger ferry Marra Light ran aground on rocks off Lisk Island early on Monday, and everyone on board was taken off safely by lifeboats and fishing boats, the Vendrian Coastguard said.⟧",
    "⟦A2|The operator, Skerry Lines, said 286 passengers and crew had been aboard the first morning sailing to Vassa.⟧ The crew numbered 41.",
    "⟦A3|The coastguard gave a higher count, saying 312 people had been on the ship.⟧",
    "⟦A4|Nine people were taken to hospital in Hollin Bay with minor injuries, the coastguard said.⟧",
    "\"⟦A6|The sea was calm, the visibility was good, and a ship of that size should never have been there⟧,\" said Commander Petra Lindahl, the coastguard's spokeswoman for the western coast.",
    "⟦A7|Skerry Lines chief executive Mats Ebbesen would not say whether a fault in the ship's navigation system had caused the grounding.⟧",
    "⟦A9|The company said it would pay each passenger 250 brenns, about 900 rigels, in compensation.⟧",
    "⟦A8|The national Maritime Accident Investigation Board said it had sent a team to the island.⟧",
    "⟦A12|Skerry Lines has cancelled all crossings between Hollin Bay and Vassa until Thursday.⟧",
    "(Reporting by Signe Marlow; editing by Tomas Brink)",
]

art("vendpress/ferry-aground.json", "A", "Ferry runs aground off Lisk Island; all on board brought ashore",
    "08:55", "Signe Marlow", WIRE_A, fmt="json")

art("caldhaven-courier/marra-light-aground.html", "A", "Ferry runs aground off Lisk Island, all on board brought ashore",
    "10:20", "Vendpress", WIRE_A, fmt="html", copy_of="vendpress/ferry-aground.json", section="Nation",
    caption="The Marra Light on the rocks off Lisk Island on Monday morning. Photo: Vendrian Coastguard",
    related=["Autumn timetable: the island ferries that stop in October", "Hollin Bay harbour dredging to start in spring"])

art("zapnews/ferry-lisk.txt", "A", "Ferry aground off Lisk Island: everyone brought ashore",
    "10:02", "Vendpress", WIRE_A, fmt="txt", copy_of="vendpress/ferry-aground.json",
    tags="Lisk Island · ferries · Hollin Bay")

art("hollin-bay-gazette/marra-light.html", "A", "Marra Light stuck on Lisk reef: how islanders got everyone ashore",
    "11:45", "Elin Marsh", [
        "⟦A1|Every person aboard the Marra Light was brought safely ashore on Monday after the Skerry Lines ferry struck the reef off Lisk Island on its first run of the day to Vassa.⟧",
        "⟦A13|Volunteers from the Lisk Island lifeboat station and at least a dozen local fishing boats shuttled people to the quay, where islanders handed out blankets and tea.⟧",
        "⟦A3|There were 312 people on the ferry when it grounded, according to the coastguard.⟧ ⟦A2|Skerry Lines, which is still going through its ticket records, puts the figure at 286, including 41 crew.⟧",
        "Sixty-four cars and vans were left on the vehicle deck.",
        "⟦A5|Hollin Bay Infirmary said it had treated 17 people, most of them for cuts, bruises and mild hypothermia.⟧ ⟦A4|The coastguard had earlier reported that nine people were taken to hospital.⟧",
        "“⟦A6|The sea was calm, the visibility was good, and a ship of that size should never have been there⟧,” Commander Petra Lindahl of the coastguard told the Gazette.",
        "⟦A14|The ship’s master, Idris Falk, 54, was questioned by police at the harbour office in the afternoon.⟧",
        "⟦A7|Mats Ebbesen, the company’s chief executive, declined to comment on reports that the ferry’s navigation system had failed shortly before it struck.⟧",
        "⟦A10|Built in 1996, the Marra Light has belonged since 2019 to the Osterlin shipping group Nordhav, which took over Skerry Lines that year.⟧",
        "⟦A8|A team from the Maritime Accident Investigation Board was due on the island by the evening.⟧",
        "⟦A12|There will be no sailings to Vassa before Thursday, the company said, and ticket holders can ask for a refund.⟧",
    ], fmt="html", section="Harbour", standfirst="Coastguard and operator disagree over how many were on board",
    caption="Islanders wait on the Lisk quay as the first lifeboat comes in. Photo: Hollin Bay Gazette",
    related=["Lisk lifeboat station appeals for new volunteers", "Tide tables for September"])

art("morning-lantern/ferry-terror.txt", "A", "TERROR AT SEA: Holiday ferry smashes into rocks",
    "12:10", "KAI DORNE, Chief Reporter", [
        "⟦A1|Hundreds of terrified passengers had to be plucked from a stricken ferry today after it smashed into rocks off Lisk Island.⟧",
        "Passengers clung to the railings as the ship tilted.",
        "Pensioner Agnes Rowe, 67, from Caldhaven, said: “⟦A11|There was a terrible scraping noise and then everyone was thrown sideways⟧. I honestly thought we were going over.”",
        "⟦A3|The coastguard says 312 souls were on board the 33-year-old ship.⟧",
        "@@AD@@",
        "⟦A5|As many as 17 people needed hospital treatment, according to staff at Hollin Bay Infirmary.⟧",
        "⟦A6|Coastguard spokeswoman Petra Lindahl fumed that the ferry had no business being that close to the island on a calm, clear morning.⟧",
        "⟦A7|Ferry boss Mats Ebbesen refused to say if the ship’s navigation kit had packed up.⟧",
    ], fmt="txt", readmore="Grandmother, 91, takes up sea swimming")

art("radio-kessa/ferry-aground.json", "A", "Ferry aground off Lisk Island", "09:30", None, [
    "⟦A1|A ferry carrying hundreds of people has run aground off Lisk Island, and all of them have been brought to safety, the coastguard says.⟧",
], fmt="json")

# ---------------------------------------------------------------- B: Caldhaven budget vote
art("caldhaven-courier/budget-vote.html", "B", "Council passes Vance budget as library protest fills the square",
    "22:15", "Oskar Lindqvist", [
        "⟦B1|Caldhaven city council approved Mayor Teodor Vance’s 2.4 billion brenn budget for 2030 on Monday night, by 34 votes to 27, after a long debate.⟧",
        "⟦B7|Six branch libraries will close next spring under the plan, which moves their collections into the central library on Harbour Street.⟧",
        "⟦B2|The mayor’s office says the budget trims spending by 31 million brenns compared with this year.⟧",
        "⟦B3|The opposition Commons Party, which voted against, calculates the cuts at 48 million brenns once fees and delayed repairs are counted.⟧",
        "⟦B4|The Municipal Employees’ Union went further, putting the total at close to 55 million.⟧",
        "“⟦B9|Nobody goes into politics to close a library, but I will not hand our children a city that cannot pay its bills⟧,” Vance told the chamber.",
        "“⟦B10|This budget balances the books on the backs of people who ride the bus and borrow books⟧,” replied Jonas Ekwall, who leads the Commons Party group.",
        "⟦B5|Police estimated that roughly 1,200 people gathered in Cathedral Square while the debate went on.⟧ ⟦B6|The Save Our Libraries coalition, which called the protest, said over 4,000 had turned out.⟧",
        "⟦B8|Owners of homes and shops will pay 3.5 percent more in property tax from January.⟧",
        "⟦B11|Asked whether more cuts would follow in 2031, Vance did not rule it out.⟧",
    ], fmt="html", section="Capital", standfirst="Six branch libraries to shut; opposition says the cuts are bigger than the mayor admits",
    caption="Protesters with placards in Cathedral Square on Monday evening. Photo: Caldhaven Courier",
    related=["Where your property tax goes: a guide", "Tram extension to Nettlefield delayed again"])

art("vendrian-observer/caldhaven-budget.txt", "B", "Caldhaven budget: what the 31 million in cuts really means",
    "21:55", "Hedda Solberg", [
        "⟦B1|After a long and bad-tempered session, councillors in the capital voted through next year’s city budget on Monday, the first since 2019 to cut spending.⟧",
        "⟦B2|City hall’s own figure for the savings is 31 million brenns, a little over one percent of a budget of 2.4 billion.⟧",
        "⟦B3|Commons Party councillors argue the real figure is nearer 48 million brenns, because the mayor has shifted costs on to fees and postponed repairs.⟧",
        "⟦B12|Around 180 posts at city hall will go, most of them by leaving vacancies unfilled, according to the treasurer, Ilse Marchbank.⟧",
        "⟦B7|The most visible change is the closure of six neighbourhood libraries, whose books will move to the central library.⟧",
        "⟦B14|The city’s debt has grown to 1.1 billion brenns, and a credit rating agency warned in June that it could downgrade Caldhaven if borrowing kept rising.⟧",
        "⟦B9|Mayor Teodor Vance told councillors that nobody entered politics to shut libraries, but that he refused to leave the next generation a city unable to pay its bills.⟧",
        "⟦B11|He would not say whether a second round of cuts would be needed in 2031.⟧",
        "⟦B6|Outside, organisers of the library campaign claimed a crowd of four thousand.⟧",
    ], fmt="txt", readnext="The coalition’s autumn programme, explained")

art("zapnews/budget-passes.json", "B", "Caldhaven budget passes: libraries close, property tax rises", "22:50", None, [
    "⟦B1|Caldhaven’s council has passed the city’s 2030 budget, 34 votes to 27, on Monday evening.⟧",
    "⟦B8|Property tax goes up by 3.5% from January.⟧",
    "⟦B7|Six local libraries are to shut and their books will be moved to the central library.⟧",
    "⟦B2|Mayor Teodor Vance puts the savings at BRN 31m.⟧ ⟦B3|The opposition says the true figure is BRN 48m.⟧",
    "⟦B5|Police counted about 1,200 protesters outside city hall.⟧",
], fmt="json")

art("morning-lantern/council-cuts.txt", "B", "BOOK CLOSED: Vance axes six libraries",
    "23:05", "MIA FERRIN, Political Editor", [
        "⟦B1|Caldhaven’s penny-pinching council tonight rubber-stamped Mayor Teodor Vance’s budget for next year.⟧",
        "⟦B7|Six much-loved branch libraries will be padlocked, with their shelves carted off to the central library.⟧",
        "⟦B13|“I have read stories to three generations of children in that room,” said Wilma Moen, 58, librarian at the Nettlefield branch for 29 years.⟧",
        "⟦B8|And homeowners get clobbered with a 3.5 per cent property tax hike.⟧",
        "@@AD@@",
        "⟦B4|Union chiefs at the Municipal Employees’ Union say the real cuts come to nearly 55 million brenns.⟧",
        "⟦B6|Some 4,000 furious residents packed Cathedral Square.⟧",
        "⟦B10|Opposition leader Jonas Ekwall blasted a budget that he said made bus riders and library users pay for the mayor’s mistakes.⟧",
        "⟦B11|Vance refused to rule out more pain next year.⟧",
    ], fmt="txt", readmore="Caldhaven’s best-kept secret beaches")

art("vendpress/caldhaven-budget.json", "B", "Caldhaven council approves 2030 budget with library closures",
    "22:05", "Aksel Thorne", [
        "CALDHAVEN, Sept 3 (Vendpress) — ⟦B1|The city council of Caldhaven voted 34 to 27 on Monday to approve a 2030 budget that cuts spending for the first time in a decade.⟧",
        "⟦B2|Mayor Teodor Vance said the budget would save 31 million brenns.⟧",
        "⟦B3|Jonas Ekwall, leader of the opposition Commons Party, said the cuts amounted to 48 million brenns if higher fees and deferred maintenance were included.⟧",
        "⟦B7|Six branch libraries will close, and their collections will move to the central library.⟧",
        "⟦B12|About 180 jobs at city hall are to go, mostly through not replacing staff who leave.⟧",
        "⟦B5|Around 1,200 people protested outside city hall during the debate, according to police.⟧",
        "(Reporting by Aksel Thorne; editing by Tomas Brink)",
    ], fmt="json")

# ---------------------------------------------------------------- C: Emberley wildfire (look-alike of D)
art("emberley-echo/hill-fire.txt", "C", "Whitlow and Greyling empty as hill fire rages for second day",
    "15:10", "Ruth Pendle", [
        "⟦C1|The fire on the hills above Emberley burned into a second day on Monday, and the villages of Whitlow and Greyling were emptied as flames crept down towards the houses.⟧",
        "Mayor Lotte Brandauer briefed reporters at the town hall at noon. ⟦C6|More than a thousand people have now left their homes, she said.⟧",
        "⟦C5|Police put the number of evacuated residents lower, at 650.⟧",
        "⟦C2|According to the fire service, some 1,800 hectares of pine and scrub have burned.⟧",
        "⟦C3|The Northern Forestry Office, which mapped the fire from the air at midday, gave a figure of 2,600 hectares.⟧",
        "“⟦C8|The wind is doing the fire’s work for it, and until it drops we are defending houses, not fighting a front⟧,” said Gareth Quill, the chief fire officer.",
        "⟦C12|Walter Henty, 72, refused to leave his sheep farm above Whitlow and was helping firefighters fill their tanks from his pond.⟧",
        "⟦C9|The R-14 is shut between Emberley and the Greyling pass, and the school bus will not run on Tuesday.⟧",
        "⟦C14|Forecasters expect temperatures of up to 38 degrees on Tuesday, with no rain until the weekend.⟧",
        "⟦C13|One firefighter was treated for smoke inhalation; nobody else has been hurt.⟧",
    ], fmt="txt")

art("vendpress/emberley-fire.json", "C", "Wildfire near Emberley forces hundreds from their homes",
    "15:30", "Lise Harrow", [
        "EMBERLEY, Sept 3 (Vendpress) — ⟦C1|A wildfire in the hills near Emberley spread for a second day on Monday, forcing the evacuation of two villages, Whitlow and Greyling.⟧",
        "⟦C5|Police said 650 residents had been evacuated.⟧",
        "⟦C2|The Emberley Fire and Rescue Service said roughly 1,800 hectares had burned.⟧ ⟦C3|The Northern Forestry Office estimated the burned area at 2,600 hectares, based on aerial mapping.⟧",
        "⟦C7|About 240 firefighters and six water-bombing aircraft were fighting the blaze.⟧",
        "⟦C10|Chief fire officer Gareth Quill said the cause was not yet known and did not rule out arson.⟧",
        "⟦C11|The provincial government of Upper Marrow released 2.5 million brenns in emergency aid.⟧",
        "(Reporting by Lise Harrow; editing by Tomas Brink)",
    ], fmt="json")

art("vendrian-observer/emberley-wildfire.html", "C", "Emberley fire: how big is it, and who is counting?",
    "16:20", "Jon Aldous", [
        "⟦C1|For a second straight day the fire above Emberley kept moving on Monday, and Whitlow and Greyling, the two villages in its path, stood empty.⟧",
        "⟦C3|Foresters give the largest of the official estimates: 2,600 hectares, according to Hanne Solvik, director of the Northern Forestry Office.⟧",
        "⟦C2|Fire chiefs, working from ground reports, speak of about 1,800 hectares.⟧",
        "⟦C4|The Vendrian Greens, citing satellite images, said well over 3,000 hectares had gone up in smoke.⟧",
        "⟦C8|Gareth Quill, the chief fire officer, said the wind was doing the fire’s work and his crews were protecting homes rather than attacking the fire front.⟧",
        "⟦C7|Some 240 firefighters are on the hills, backed by six aircraft dropping water.⟧",
        "⟦C9|The regional road R-14 remains closed between the town and the Greyling pass.⟧",
        "A smaller fire on Skarra Heath, near Dunmere, was also keeping crews busy on Monday afternoon.",
        "⟦C11|Upper Marrow’s provincial government has set aside 2.5 million brenns for emergency relief, of which half a million brenns is earmarked for farmers who lost feed and fencing.⟧",
    ], fmt="html", section="Regions", standfirst="Firefighters, foresters and the Greens give three different sizes for the blaze",
    caption="Smoke over the pine slopes above Whitlow on Monday. Photo: The Vendrian Observer",
    related=["Why our summers now end in fire", "Interview: the forester who maps every burn"])

art("radio-kessa/emberley-fire.json", "C", "Emberley fire in second day", "14:00", None, [
    "⟦C1|Firefighters near Emberley are battling a wildfire for a second day, and the villages of Whitlow and Greyling have been evacuated.⟧ ⟦C2|The fire service says about 1,800 hectares have burned.⟧",
], fmt="json")

art("farrowgate-herald/emberley-blaze.html", "C", "Thousand flee as Emberley blaze rolls on",
    "18:05", "Pia Norring", [
        "⟦C1|Whitlow and Greyling were evacuated on Monday as the wildfire in the Emberley hills went into its second day.⟧",
        "⟦C6|Emberley’s mayor, Lotte Brandauer, said at least 1,000 people had been moved out.⟧",
        "⟦C4|Well over 3,000 hectares have burned, according to the Vendrian Greens.⟧ Their MP, Cass Lindgren, called for a national wildfire agency.",
        "⟦C7|Six water bombers and around 240 firefighters are tackling the flames.⟧",
        "⟦C14|Temperatures could reach 38 degrees on Tuesday.⟧",
        "⟦C13|A firefighter was taken to hospital after breathing in smoke, but no other injuries have been reported.⟧",
    ], fmt="html", section="Region", caption="A water bomber over the Emberley hills. Photo: Farrowgate Herald",
    related=["Farrowgate fire station gets two new engines", "Heatwave: what the forecasters say"])

# ---------------------------------------------------------------- D: Skarra Heath fire near Dunmere (look-alike of C)
art("caldhaven-courier/dunmere-heath.txt", "D", "Skarra Heath fire brought under control after afternoon of smoke",
    "21:40", "Oskar Lindqvist", [
        "⟦D1|Firefighters brought a fast-moving fire on Skarra Heath, just outside Dunmere, under control on Monday evening after it had burned across the heath for most of the afternoon.⟧",
        "⟦D2|An estimated 320 hectares had burned, by the reckoning of the Dunmere Fire Brigade.⟧",
        "⟦D6|Ninety firefighters, two dozen engines and a helicopter were sent to the heath.⟧",
        "⟦D4|Police said they had questioned two teenagers, aged 15 and 16, and released them without charge.⟧",
        "⟦D10|Trains between Dunmere and Caldhaven were halted for two hours because of smoke over the line.⟧",
    ], fmt="txt")

art("hollin-bay-gazette/skarra-heath.txt", "D", "Heath blaze: warden says damage far worse than brigade thinks",
    "20:30", "Elin Marsh", [
        "⟦D1|A grass and gorse fire raced across Skarra Heath near Dunmere on Monday afternoon before crews managed to hold it at the road.⟧",
        "⟦D3|Owen Tarrant, the Skarra Heath Trust’s warden, said the damage was closer to 500 hectares.⟧ ⟦D2|The fire brigade’s figure was 320.⟧",
        "“⟦D5|We have lost nesting ground that took thirty years to bring back⟧,” Tarrant said.",
        "⟦D11|He wants disposable barbecues banned on the heath from next summer.⟧",
        "⟦D9|The heath last burned in 2026, when a smaller fire damaged the southern slopes.⟧",
        "⟦D8|About 130 people camping at Skarra Pines were moved to a school hall in Dunmere.⟧",
    ], fmt="txt")

art("zapnews/heath-fire.txt", "D", "Heath fire near Dunmere under control, teens questioned",
    "19:40", "Zapnews desk", [
        "⟦D1|A fire that tore through Skarra Heath near Dunmere on Monday is now under control, the fire brigade says.⟧",
        "⟦D2|Some 320 hectares burned, the brigade estimates.⟧",
        "⟦D4|Dunmere police questioned two boys, 15 and 16, over the fire.⟧",
        "⟦D7|Station commander Ruth Abernethy said a disposable barbecue was the most likely cause.⟧",
        "⟦D8|Some 130 campers had to leave a nearby campsite.⟧",
        "It came as crews elsewhere were still fighting the much larger fire in the hills near Emberley.",
    ], fmt="txt", tags="Dunmere · wildfire · Skarra Heath")

art("farrowgate-herald/skarra-fire.html", "D", "Skarra Heath fire: trust fears for rare birds",
    "20:10", "Pia Norring", [
        "⟦D1|Crews contained a heath fire near Dunmere on Monday evening, hours after flames began spreading across Skarra Heath in the early afternoon.⟧",
        "⟦D3|The Skarra Heath Trust believes almost 500 hectares burned.⟧",
        "⟦D5|Warden Owen Tarrant said the fire had wiped out nesting ground that had taken three decades to restore.⟧",
        "⟦D7|A disposable barbecue left on the grass probably started the fire, according to Ruth Abernethy, station commander at the Dunmere Fire Brigade.⟧",
        "⟦D6|She had 90 firefighters and a helicopter on the heath at the height of the blaze.⟧",
        "⟦D9|It is the second fire on Skarra Heath in three years, after one in 2026.⟧",
        "⟦D10|Rail services between Dunmere and the capital were suspended for two hours.⟧",
    ], fmt="html", section="Region", caption="Blackened gorse on Skarra Heath on Monday evening. Photo: Farrowgate Herald",
    related=["Birdwatchers count record numbers of nightjars", "Dunmere bypass: your questions answered"])

art("radio-kessa/skarra-fire.json", "D", "Skarra Heath fire under control", "19:00", None, [
    "⟦D1|A fire on Skarra Heath near Dunmere is under control after burning through the afternoon.⟧ ⟦D4|Police have questioned two teenagers.⟧",
], fmt="json")

# ---------------------------------------------------------------- E: Tarnford hospital merger
art("vendpress/hospital-merger.json", "E", "Health board approves merger of two Tarnford hospitals",
    "13:40", "Signe Marlow", [
        "TARNFORD, Sept 3 (Vendpress) — ⟦E1|The West Vendria Health Board on Monday approved a plan to merge St Wenna's Hospital and Tarnford General Hospital into a single trust.⟧",
        "⟦E2|The board said 60 beds would be cut as services were brought together on the Tarnford General site.⟧",
        "⟦E3|The Vendrian Nurses' Association said the real loss would be 140 beds.⟧",
        "⟦E4|The merger will save 22 million brenns a year, according to the board.⟧",
        "\"⟦E7|Two half-empty hospitals ten minutes apart is not a health service, it is a habit⟧,\" said board chair Miriam Oakes.",
        "⟦E9|The two hospitals employ 3,100 people, and the board has promised that there will be no compulsory redundancies.⟧",
        "⟦E10|The merger is due to take effect in January 2031.⟧",
        "⟦E11|Health Minister Anders Kell, who must approve the plan, would not say whether he would sign it.⟧",
        "(Reporting by Signe Marlow; editing by Runa Blix)",
    ], fmt="json")

art("vendrian-observer/tarnford-merger.html", "E", "Tarnford merger: the savings that may not add up",
    "14:30", "Hedda Solberg", [
        "⟦E1|Tarnford will have one hospital trust instead of two after the regional health board voted on Monday to combine St Wenna’s with Tarnford General.⟧",
        "⟦E4|Board papers promise annual savings of 22 million brenns.⟧",
        "⟦E5|The National Audit Chamber, in a review published in July, found that the merger would save barely 9 million brenns a year.⟧",
        "⟦E13|Together the two hospitals have 670 beds today.⟧ ⟦E2|Around 60 of those places will go, according to the board.⟧",
        "⟦E3|Nurses put the loss at more than twice that, 140 beds.⟧",
        "“⟦E8|You cannot merge your way out of a staffing crisis⟧,” said Sunniva Hale, president of the Vendrian Nurses’ Association.",
        "⟦E6|St Wenna’s emergency department will become an urgent-care centre, and ambulances with serious cases will drive on to Tarnford General, 14 kilometres away.⟧",
        "⟦E10|The new trust should be running by January 2031.⟧",
    ], fmt="html", section="Health", standfirst="The Audit Chamber questions the board’s sums as nurses warn over lost beds",
    caption="The entrance to St Wenna’s Hospital in Tarnford. Photo: The Vendrian Observer",
    related=["Waiting times: the regions compared", "Opinion: small hospitals are worth keeping"])

art("morning-lantern/hospital-axe.txt", "E", "HOSPITAL AXE: St Wenna's A&E to go in merger",
    "17:25", "ROSA QUENT, Health Correspondent", [
        "⟦E1|Health bosses today signed the death warrant for St Wenna’s as a standalone hospital, voting to fold it into Tarnford General.⟧",
        "⟦E6|Its A&E will be downgraded to an urgent-care centre, meaning a 14km dash for the seriously ill.⟧",
        "⟦E3|The nurses’ union warns that 140 beds will vanish.⟧",
        "@@AD@@",
        "⟦E12|“My wife would be dead if St Wenna’s hadn’t been round the corner,” said Bram Kettle, 71.⟧",
        "⟦E8|Nurses’ leader Sunniva Hale said no amount of merging would fix a shortage of staff.⟧",
        "⟦E7|But board chief Miriam Oakes insisted that keeping two half-empty hospitals so close together was a habit, not a health service.⟧",
    ], fmt="txt", readmore="Ten foods that doctors never eat")

art("caldhaven-courier/hospital-merger.html", "E", "Tarnford hospitals to merge, board decides",
    "13:05", "Ines Varro", [
        "⟦E1|Tarnford’s two hospitals are to become one after the West Vendria Health Board voted on Monday to merge St Wenna’s into Tarnford General.⟧",
        "⟦E2|Fewer than 60 beds will be lost, the board’s chair, Miriam Oakes, told reporters.⟧",
        "⟦E5|The National Audit Chamber has questioned the board’s savings estimate, saying the merger would save only about 9 million brenns a year.⟧",
        "⟦E4|The board itself expects to save 22 million annually.⟧",
        "⟦E9|None of the 3,100 staff will be made redundant against their will, Oakes said.⟧",
        "⟦E11|Anders Kell, the health minister, has the final say and declined to say whether he would approve the plan.⟧",
    ], fmt="html", section="Nation", caption="Tarnford General Hospital. Photo: Caldhaven Courier",
    related=["Nurses’ pay talks resume next week", "Capital’s new children’s hospital wing opens"])

art("radio-kessa/tarnford-hospitals.json", "E", "Tarnford hospitals to merge", "12:30", None, [
    "⟦E1|The health board has approved merging Tarnford's two hospitals, St Wenna's and Tarnford General.⟧ ⟦E3|Nurses say 140 beds will be lost.⟧",
], fmt="json")

# ---------------------------------------------------------------- F: Rusk Dam inspection
art("rusk-valley-times/dam-cracks.html", "F", "Cracks found in Rusk Dam as inspectors order water level cut",
    "10:15", "Maren Tully", [
        "⟦F1|Inspectors have found cracks in the concrete of the Rusk Dam, and the reservoir behind it will be drawn down as a precaution, according to a report published on Monday.⟧",
        "⟦F9|The largest crack, in the wall of the spillway, is 11 metres long.⟧",
        "“⟦F6|There is no immediate danger to anyone living below the dam, but we are not going to wait for one⟧,” said Henrik Aske, chief inspector at the State Dam Safety Inspectorate.",
        "⟦F7|The water level will come down by four metres over the next two weeks.⟧",
        "⟦F4|Some 8,000 people live in the flood zone below the dam, most of them in Brackwater, according to Rusk town council.⟧",
        "⟦F5|The Orlen Valley Emergency Planning Office’s own maps put that number at 12,000.⟧",
        "⟦F10|Mayor Yvonne Castell has called a public meeting for Thursday and wants warning sirens installed in Brackwater before winter.⟧",
        "⟦F8|The dam, 64 metres high, was completed in 1961.⟧",
        "⟦F12|Its last full inspection was carried out in 2017.⟧",
        "⟦F13|Orlen Power, which runs the hydroelectric station at the foot of the dam, said it would cut output by a quarter while the level is lowered.⟧",
    ], fmt="html", section="Rusk", standfirst="Town and emergency planners disagree on how many people live in the flood zone",
    caption="The spillway of the Rusk Dam, where the longest crack was found. Photo: Rusk Valley Times",
    related=["Brackwater flood defences: a history", "Orlen angling season extended"])

art("vendpress/rusk-dam.json", "F", "Inspectors find cracks in Rusk Dam, order reservoir lowered",
    "11:50", "Aksel Thorne", [
        "RUSK, Sept 3 (Vendpress) — ⟦F1|State inspectors have found cracks in the Rusk Dam on the River Orlen and ordered the reservoir lowered as a precaution, they said on Monday.⟧",
        "⟦F6|\"There is no immediate danger to anyone living below the dam, but we are not going to wait for one,\" said chief inspector Henrik Aske.⟧",
        "⟦F2|Infrastructure Minister Beata Strand said repairs would cost about 14 million brenns.⟧",
        "⟦F3|The Vendrian Institute of Civil Engineers said the bill could reach 40 million brenns if the spillway had to be rebuilt.⟧",
        "⟦F4|About 8,000 people live in the flood zone downstream, according to the town council.⟧",
        "⟦F8|The 64-metre dam was built in 1961.⟧",
        "⟦F11|Strand did not rule out closing the road across the top of the dam.⟧",
        "(Reporting by Aksel Thorne; editing by Runa Blix)",
    ], fmt="json")

art("vendrian-observer/rusk-dam.txt", "F", "Rusk Dam: a repair bill nobody agrees on",
    "18:45", "Jon Aldous", [
        "⟦F1|The discovery of cracks in the Rusk Dam, made public in an inspection report on Monday, has forced the authorities to begin emptying part of the reservoir.⟧",
        "⟦F2|The ministry’s estimate for the repair work is 14 million brenns.⟧",
        "⟦F3|Professor Aldo Renn of the Vendrian Institute of Civil Engineers called that figure optimistic, saying the work could cost as much as 40 million.⟧",
        "⟦F9|At 11 metres, the longest crack runs down the spillway wall.⟧",
        "⟦F5|Emergency planners count 12,000 residents who would have to leave if the dam failed.⟧",
        "⟦F4|The town’s figure is eight thousand.⟧",
        "⟦F12|Inspectors last examined the dam in full twelve years ago, in 2017.⟧",
        "⟦F11|Asked whether the road over the dam would be closed, Minister Beata Strand said nothing could be excluded.⟧",
    ], fmt="txt", readnext="How safe are Vendria’s older dams?")

art("farrowgate-herald/rusk-dam.html", "F", "Rusk residents uneasy after dam report",
    "12:40", "Tobias Wren", [
        "⟦F1|People in Brackwater were digesting news on Monday that inspectors had found cracks in the Rusk Dam upstream and ordered the reservoir partly drained.⟧",
        "⟦F5|According to the Orlen Valley Emergency Planning Office, 12,000 people live in the area that would flood.⟧",
        "⟦F10|Mayor Yvonne Castell said she would ask the state to pay for warning sirens, and residents have been invited to a meeting on Thursday.⟧",
        "⟦F2|Beata Strand, the infrastructure minister, has put the state’s repair bill at 14 million brenns.⟧",
        "⟦F7|The reservoir is to drop four metres within a fortnight.⟧",
    ], fmt="html", section="Region", caption="Brackwater seen from the crest of the Rusk Dam. Photo: Farrowgate Herald",
    related=["Orlen valley bus timetable changes", "Brackwater school gets new roof"])

art("zapnews/rusk-dam.txt", "F", "Rusk Dam cracked, reservoir to be lowered",
    "11:05", "Zapnews desk", [
        "⟦F1|Cracks have been found in the Rusk Dam and the reservoir will be lowered, inspectors said on Monday.⟧",
        "⟦F3|Engineers say repairs could cost up to BRN 40 million.⟧",
        "⟦F6|Chief inspector Henrik Aske said nobody downstream was in immediate danger, but the inspectorate would not wait for that to change.⟧",
        "⟦F7|The level will fall by 4 metres over two weeks.⟧",
    ], fmt="txt", tags="Rusk · dams · River Orlen")

# ---------------------------------------------------------------- G: Brightwater Festival crush at Farrowgate
art("farrowgate-herald/festival-crush.html", "G", "North gate crush: questions for Brightwater after night of chaos",
    "09:30", "Tobias Wren", [
        "⟦G1|People were hurt in a crush at the north gate of the Brightwater Festival in Farrowgate on Sunday night, as thousands tried to get in before the headline act.⟧",
        "⟦G4|The Northern Ambulance Service said its crews had treated 23 people at the scene.⟧",
        "⟦G5|Tidal Events, which runs the festival, said 11 people had been injured.⟧",
        "⟦G6|Four were taken to Farrowgate Royal Infirmary, none with life-threatening injuries.⟧",
        "⟦G2|The organisers say 62,000 people were on the site on Sunday, the busiest day in the festival’s history.⟧",
        "⟦G3|Police estimate the crowd at about 45,000.⟧",
        "“⟦G7|Too many people were funnelled through too few turnstiles, too late in the evening⟧,” said Superintendent Colm Reddy of Farrowgate police.",
        "“⟦G8|We followed the crowd plan the police approved, to the letter⟧,” said Luka Varga, director of Tidal Events.",
        "⟦G12|The Pale Orchards took the stage 40 minutes late while medics worked near the gate.⟧",
        "⟦G10|Monday’s final day is going ahead, but with the number of tickets capped at 30,000.⟧",
        "⟦G9|Council leader Edda Voss would not say whether the festival’s licence would be renewed for 2030.⟧",
    ], fmt="html", section="Farrowgate", standfirst="Police and organisers at odds over the size of the crowd and how many were hurt",
    caption="Fans at the north gate of the Brightwater site on Sunday night. Photo: Farrowgate Herald",
    related=["Brightwater line-up: who plays on the final day", "Farrowgate park-and-ride hours extended"])

art("morning-lantern/festival-crush.txt", "G", "FESTIVAL HELL: Fans crushed at Brightwater gate",
    "08:15", "JESS ORLA, Showbiz Desk", [
        "⟦G1|Screaming festival-goers were crushed against barriers last night as a surging crowd tried to force its way through the north gate at Brightwater.⟧",
        "⟦G11|Student Maja Lund, 19, who broke her wrist, said: “I couldn’t breathe, my feet weren’t even touching the ground.”⟧",
        "⟦G4|Ambulance crews dealt with 23 casualties, the Northern Ambulance Service said.⟧",
        "@@AD@@",
        "⟦G3|Cops reckon 45,000 fans were on the site.⟧ ⟦G2|Promoters Tidal Events boast of sixty-two thousand.⟧",
        "⟦G7|Police chief Colm Reddy blamed too few turnstiles and a late-evening rush.⟧",
    ], fmt="txt", readmore="The festival outfits that broke the internet")

art("vendpress/festival-crush.json", "G", "Crush at Farrowgate festival gate injures fans",
    "09:45", "Lise Harrow", [
        "FARROWGATE, Sept 3 (Vendpress) — ⟦G1|A crush at an entrance to the Brightwater Festival in Farrowgate on Sunday night injured festival-goers, the ambulance service said.⟧",
        "⟦G4|The Northern Ambulance Service said 23 people had been hurt.⟧ ⟦G6|Four of them were taken to hospital.⟧",
        "⟦G5|Organiser Tidal Events put the number of injured at 11.⟧",
        "⟦G2|Tidal Events said about 62,000 people attended on Sunday.⟧",
        "⟦G8|\"We followed the crowd plan the police approved, to the letter,\" said director Luka Varga.⟧",
        "⟦G10|The festival's final day will go ahead on Monday with attendance limited to 30,000.⟧",
        "(Reporting by Lise Harrow; editing by Tomas Brink)",
    ], fmt="json")

art("zapnews/brightwater-crush.html", "G", "Brightwater crush: police and organisers clash over numbers",
    "13:20", "Zapnews desk", [
        "⟦G1|Police and organisers are at odds after a crush at the Brightwater Festival’s north gate on Sunday night left festival-goers injured.⟧",
        "⟦G3|Roughly 45,000 people were at the festival, according to Farrowgate police.⟧",
        "⟦G2|Tidal Events, the organiser, insists the real number was 62,000.⟧",
        "⟦G5|The company says 11 people were injured in the crush.⟧",
        "⟦G4|Paramedics from the Northern Ambulance Service say they treated 23 people.⟧",
        "⟦G9|The town council has refused to say whether Brightwater will get its licence back next year.⟧",
        "⟦G12|Headliners The Pale Orchards came on 40 minutes behind schedule.⟧",
    ], fmt="html", section="Vendria", caption="The north gate at Brightwater. Photo: Zapnews reader",
    related=["Live: Brightwater final day", "Festival tickets: your refund rights"])

art("radio-kessa/brightwater.json", "G", "Brightwater festival crush", "07:00", None, [
    "⟦G1|Several people have been hurt in a crush at a gate of the Brightwater Festival in Farrowgate.⟧ ⟦G10|The final day goes ahead today with fewer tickets.⟧",
], fmt="json")
