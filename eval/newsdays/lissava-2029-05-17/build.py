#!/usr/bin/env python3
"""Writes the figA news day: day/<outlet>/<file>.{txt,json,html} and day.gold.json.

Everything is invented: the Republic of Lissava (currency: the kesta, KS), its capital Korvena, the towns Drassel,
Belvarro, Sarnesse (on the River Vell), Lunhold and Ettavik, and the neighbouring Galdoria (currency: the orvel).

Mentions are written inline in the paragraphs as ⟦FACT|phrase⟧; the builder strips the markers, so every phrase in the
key is a verbatim substring of its article.  Wire copies reuse the original's paragraphs (and get the same mentions).
"""
import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATE = "2029-05-17"
MARK = re.compile(r"⟦([A-G]\d+)\|(.*?)⟧", re.S)

# ------------------------------------------------------------------------------------------------ outlets
OUTLETS = {
    "pressline": dict(name="Pressline", domain="pressline.example"),
    "radio-lumen": dict(name="Radio Lumen", domain="radiolumen.example"),
    "lissava-today": dict(name="Lissava Today", domain="lissavatoday.example"),
    "pulse9": dict(name="Pulse9", domain="pulse9.example"),
    "evening-lantern": dict(name="The Evening Lantern", domain="eveninglantern.example"),
    "belvarro-courier": dict(name="The Belvarro Courier", domain="belvarrocourier.example"),
    "korvena-business": dict(name="Korvena Business Daily", domain="korvenabusiness.example"),
    "korvena-herald": dict(name="Korvena Herald", domain="korvenaherald.example"),
    "drassel-gazette": dict(name="Drassel Gazette", domain="drasselgazette.example"),
    "sarnesse-observer": dict(name="Sarnesse Observer", domain="sarnesseobserver.example"),
    "ettavik-tidings": dict(name="Ettavik Tidings", domain="ettaviktidings.example"),
}

# ------------------------------------------------------------------------------------------------ articles
# story letter, id, format, local time (+02:00), author, section, title, standfirst, paragraphs
A = []


def art(story, aid, fmt, time, author, section, title, paras, standfirst=None, copy_of=None, caption=None,
        related=None, tags=None):
    A.append(dict(story=story, id=aid, fmt=fmt, time=time, author=author, section=section, title=title,
                  paras=paras, standfirst=standfirst, copy_of=copy_of, caption=caption, related=related, tags=tags))


# ---------------------------------------------------------------- A: Valtor Steel closes a Drassel blast furnace
art("A", "pressline/valtor-drassel-cuts.json", "json", "09:45", "Tove Arnell", "Business",
    "Valtor Steel to shut Drassel blast furnace, about 1,150 posts to go", [
        "DRASSEL, May 17 (Pressline) — ⟦A1|Valtor Steel will shut down one of the two blast furnaces at its Drassel works, the company said on Thursday, blaming high energy prices and weak demand for construction steel⟧.",
        "⟦A2|About 1,150 posts will go, the company said⟧. ⟦A10|The plant employs 4,600 people and is by far the largest employer in the town⟧.",
        "⟦A4|Valtor said the Drassel works had lost 310 million kestas last year, about 41 million orvels⟧. Its Galdorian parent, Kelmar Group, has been cutting costs across its plants since 2027.",
        "⟦A3|The Lissavan Metalworkers' Federation said nearly 1,900 jobs were at risk once contractors and suppliers were counted⟧.",
        "\"⟦A6|We have carried this furnace for six years without it making money⟧,\" said chief executive Marten Ekvall. \"Nobody here takes this decision lightly.\"",
        "⟦A9|Furnace No. 2, lit in 1976, will be allowed to cool from March 2030⟧.",
        "⟦A8|Economy Minister Viktor Almsted said he would meet Kelmar executives next week and did not rule out the state taking a stake in the plant⟧.",
        "(Reporting by Tove Arnell; editing by Kasimir Vold)",
    ])

art("A", "drassel-gazette/furnace-closure.html", "html", "12:20", "Jonas Pellerin", "Drassel",
    "“The slow death of Drassel”: Valtor to close Furnace No. 2", [
        "⟦A1|Drassel’s steelworks is to lose one of its two blast furnaces, Valtor Steel told staff at a meeting in the works canteen on Thursday morning⟧.",
        "⟦A2|Management put the number of jobs going at 1,150⟧.",
        "⟦A3|Union officials say the true toll is closer to 1,900, because hundreds of contract workers at the site are not on Valtor’s payroll⟧.",
        "⟦A10|Around 4,600 people work at the plant on the Ostra road today⟧.",
        "“⟦A7|This is not a restructuring. It is the slow death of Drassel⟧,” said Dagny Sorell, general secretary of the Lissavan Metalworkers’ Federation.",
        "⟦A5|Sorell said the company’s own accounts showed an operating loss of only 120 million kestas last year, and that the rest of the figure Valtor quotes is a one-off write-down⟧.",
        "⟦A11|Mayor Renata Kulm said the town would ask the government for a transition fund and called an emergency council meeting for Monday⟧.",
        "⟦A9|The furnace, lit in 1976, is due to be taken out of service in March 2030⟧.",
        "⟦A14|The federation will ballot its members on strike action next week⟧.",
    ], standfirst="Union disputes the company’s job and loss figures; mayor calls emergency council meeting",
    caption="Furnace No. 2 at the Drassel works, seen from the Ostra road. Photo: Drassel Gazette",
    related="Drassel Rovers confirm new coach for the 2029-30 season")

art("A", "korvena-business/valtor-losses.html", "html", "14:05", "Mirela Ostrand", "Industry",
    "Valtor’s Drassel losses: whose numbers add up?", [
        "⟦A1|Valtor Steel is taking one of the two blast furnaces at Drassel out of production, the deepest cut to Lissavan steelmaking in a generation⟧.",
        "⟦A4|According to the company, the Drassel works ran up a loss of KS 310m in 2028⟧.",
        "⟦A5|The metalworkers’ union disputes that: by its reading of the same accounts, the operating loss was KS 120m, with a write-down on the furnace making up the balance⟧.",
        "⟦A2|Valtor expects to shed roughly 1,150 positions⟧.",
        "⟦A6|Chief executive Marten Ekvall, 58, said the furnace had not turned a profit in six years and that Valtor could no longer afford to carry it⟧.",
        "⟦A13|Shares in Kelmar Group, Valtor’s Galdorian owner, rose 4 percent in Galdoria after the announcement⟧.",
        "⟦A8|Viktor Almsted, the economy minister, would not say whether the government was prepared to buy into the plant⟧.",
    ], standfirst="Company and union read the same accounts very differently",
    caption="Slab steel awaiting shipment at Drassel. Photo: Korvena Business Daily",
    related="Energy prices: what the new grid tariff means for industry")

art("A", "evening-lantern/steel-blow.txt", "txt", "18:10", "Rik Dahlgren", "News",
    "STEEL BLOW: up to 1,900 face the axe in Drassel", [
        "⟦A1|Steel town Drassel was reeling tonight after bosses at Valtor said they would switch off one of its two giant furnaces for good⟧.",
        "⟦A3|Unions say up to 1,900 workers could be thrown on the scrapheap⟧.",
        "⟦A12|Crane driver Jarek Tamm, 44, said: “My father worked on that furnace. Now they want to switch it off like a kettle.”⟧",
        "⟦A7|Union chief Dagny Sorell called it “the slow death of Drassel”⟧.",
        "⟦A14|Workers will be asked next week whether they want to strike⟧.",
        "⟦A2|The firm itself puts the job losses at 1150⟧.",
    ], related="Lottery winner, 91, buys the corner shop she worked in")

art("A", "radio-lumen/valtor-cuts.json", "json", "10:30", None, "News",
    "Valtor to close Drassel furnace", [
        "⟦A1|Valtor Steel is closing one of the two blast furnaces at its plant in Drassel, with around 1,150 jobs to go, the company says⟧.",
    ])

art("A", "korvena-herald/steel-cuts.html", "html", "16:40", "Ada Wennberg", "Nation",
    "Government weighs stake in Drassel steelworks as Valtor cuts furnace", [
        "⟦A1|Valtor Steel confirmed on Thursday that it will close one of the two blast furnaces at Drassel, the country’s biggest steelworks⟧.",
        "⟦A8|Economy Minister Viktor Almsted left open the possibility that the state could take a stake in the plant, telling the Herald that “every option is on the table”⟧.",
        "⟦A2|The company puts the number of staff who will lose their jobs at about 1,150⟧. ⟦A3|The metalworkers’ federation says almost 1,900 will, counting contractors⟧.",
        "⟦A6|Marten Ekvall, Valtor’s chief executive, said six loss-making years had left the company with no alternative⟧.",
        "⟦A9|Production on the furnace, which dates from 1976, will end in March 2030⟧.",
        "Drassel has lost more than 3,000 industrial jobs since 2010, according to the national statistics office.",
    ], standfirst="Minister says “every option is on the table” as union disputes job figures",
    related="Analysis: can Lissava still afford heavy industry?")

# ---------------------------------------------------------------- B: Merrin Shipyards lay-offs at Belvarro
art("B", "belvarro-courier/merrin-yard-layoffs.txt", "txt", "11:15", "Hedda Brask", "Harbour",
    "Merrin to lay off hundreds after losing frigate order", [
        "⟦B1|Merrin Shipyards will make hundreds of its Belvarro workers redundant after the navy gave a contract for four new frigates to a Galdorian rival, the company said on Thursday⟧.",
        "⟦B2|The yard said 340 jobs would go⟧.",
        "⟦B4|Mayor Sten Haavik said the city’s own estimate, which includes the yard’s local suppliers, was around 480⟧.",
        "⟦B3|The United Yard Workers union said more than 600 people would lose their livelihoods⟧.",
        "“⟦B7|Our grandfathers built this navy’s ships. Today we were told we are not good enough to build the next ones⟧,” said chief executive Lotta Bergant.",
        "⟦B10|Merrin employs about 2,300 people at the yard, and the first redundancies are expected in September⟧.",
        "⟦B11|The company promised that its 85 apprentices would be allowed to finish their training⟧.",
        "⟦B6|Merrin valued the lost order at about 1.1 billion kestas, including thirty years of maintenance⟧.",
    ], standfirst="City says suppliers will be hit too; union puts the toll far higher")

art("B", "lissava-today/shipyard-jobs.json", "json", "10:50", "Sanna Ehrling", "Nation",
    "Belvarro shipyard to cut 340 jobs after navy picks Galdorian yard", [
        "⟦B1|The Belvarro shipbuilder Merrin Shipyards is to cut jobs after losing out on the navy's new frigates to Vessen Yards of Galdoria⟧.",
        "⟦B9|The defence ministry said the Galdorian bid was cheaper and promised delivery two years sooner⟧.",
        "⟦B5|The contract is worth 780 million kestas, according to the ministry⟧.",
        "⟦B2|Merrin said it would shed 340 employees⟧. ⟦B3|Its union said the figure was well over 600 once subcontractors were included⟧.",
        "⟦B8|Emil Farros, the union's convenor at the yard, accused the government of \"selling Belvarro's jobs to save a few kestas\"⟧.",
    ])

art("B", "pulse9/merrin-frigate.html", "html", "13:30", "Lev Hakala", "Nation",
    "Navy’s frigate choice costs Belvarro yard hundreds of jobs", [
        "⟦B1|Hundreds of shipyard jobs in Belvarro are to go after Merrin Shipyards lost a navy frigate contract to a Galdorian competitor⟧.",
        "⟦B6|Merrin says the order it lost was worth about KS 1.1bn, counting maintenance⟧. ⟦B5|The defence ministry’s figure is KS 780m⟧.",
        "⟦B2|The company has put the number of redundancies at 340⟧.",
        "⟦B4|Belvarro’s mayor, Sten Haavik, reckons closer to 480 will be affected⟧.",
        "⟦B12|Union members plan to march on the defence ministry in Korvena on Saturday⟧.",
        "⟦B7|Lotta Bergant, Merrin’s chief executive, said the yard had built the country’s warships for generations and had now been told it was not good enough⟧.",
    ], caption="The Merrin dry dock in Belvarro. Photo: Pulse9",
    related="Explainer: how the navy chooses its ships")

art("B", "evening-lantern/yard-axe.txt", "txt", "19:05", "Rik Dahlgren", "News",
    "NAVY SINKS OUR YARD: over 600 jobs gone", [
        "⟦B1|Furious shipbuilders in Belvarro tonight accused the government of betrayal after the navy took its frigate order abroad, forcing Merrin to lay off hundreds⟧.",
        "It came just hours after steelworkers in Drassel were handed similar news.",
        "⟦B3|Over six hundred workers and suppliers will lose out, according to the United Yard Workers⟧.",
        "⟦B8|Convenor Emil Farros said: “They have sold Belvarro’s jobs to Galdoria to save a few kestas.”⟧",
        "⟦B7|Boss Lotta Bergant said the yard had been told it was “not good enough”⟧.",
        "⟦B10|The yard, which employs 2,300, will start laying people off in September⟧.",
    ], related="Soap star’s secret wedding on a fishing boat")

art("B", "korvena-business/merrin-order.txt", "txt", "15:20", "Mirela Ostrand", "Industry",
    "Merrin’s lost frigate deal: 1.1bn or 780m?", [
        "⟦B1|Merrin Shipyards will reduce its Belvarro workforce after failing to win the navy’s four-frigate programme, which went to Galdoria’s Vessen Yards⟧.",
        "⟦B5|The defence ministry’s valuation of the programme was 780 million kestas⟧. ⟦B6|Merrin, which counts three decades of servicing in its sums, puts it nearer 1.1 billion⟧.",
        "⟦B9|Ministry officials said the Galdorian offer was both cheaper and faster, with the first ship promised two years earlier⟧.",
        "⟦B2|Merrin said 340 of its roles would disappear⟧.",
        "⟦B10|The yard’s total headcount is 2,300⟧.",
        "The announcement came on the same day as Valtor Steel’s furnace closure in Drassel, making it one of the worst days for Lissavan heavy industry in years.",
    ], related="Port of Belvarro reports record container volumes")

# ---------------------------------------------------------------- C: River Vell floods Sarnesse (wire + 2 copies)
C_WIRE = [
    "SARNESSE, May 17 (Pressline) — ⟦C1|The River Vell burst its banks at Sarnesse overnight, flooding the lower town after two days of torrential rain⟧.",
    "⟦C5|About 1,200 people were evacuated from their homes, the district fire service said⟧. ⟦C6|Four people were treated for minor injuries⟧.",
    "⟦C2|Sarnesse city council said about 240 homes had been flooded⟧. ⟦C3|Fire and Rescue commander Ivo Kessling put the number of houses with water inside at 310⟧.",
    "⟦C9|The Lissavan Meteorological Institute recorded 140 millimetres of rain in 24 hours, the most since 1987⟧.",
    "⟦C7|The Lissavan Insurers' Association estimated the damage at around 45 million kestas⟧.",
    "\"⟦C10|The water came faster than any of us had seen in our lives⟧,\" said Mayor Ottilie Varnhelm.",
    "⟦C11|Soldiers and volunteers handed out 3,000 sandbags overnight⟧. ⟦C12|The river peaked at 6.4 metres shortly before 4 a.m. and was falling by midday⟧.",
    "(Reporting by Aksel Salk; editing by Kasimir Vold)",
]
art("C", "pressline/sarnesse-floods.json", "json", "08:55", "Aksel Salk", "Nation",
    "River Vell floods lower Sarnesse, 1,200 evacuated", C_WIRE)
art("C", "ettavik-tidings/vell-floods.txt", "txt", "10:05", "Pressline", "Nation",
    "River Vell floods lower Sarnesse, 1,200 evacuated", C_WIRE, copy_of="pressline/sarnesse-floods.json")
art("C", "drassel-gazette/sarnesse-flooding.html", "html", "10:40", "Pressline", "Nation",
    "River Vell floods lower Sarnesse, 1,200 evacuated", C_WIRE, copy_of="pressline/sarnesse-floods.json",
    related="Drassel flood defences ‘ready for the autumn’, says council")

art("C", "sarnesse-observer/flood-night.html", "html", "13:45", "Klara Vinter", "Sarnesse",
    "Night of the Vell: lower town under water", [
        "⟦C1|Water from the Vell poured into the streets of the lower town in the early hours of Thursday, as the river rose over its banks for the first time in a generation⟧.",
        "⟦C4|The Lower Town Residents’ Association, whose volunteers have been going door to door, counts some 410 flooded properties⟧.",
        "⟦C3|Fire and Rescue, whose crews pumped out cellars all night, counted 310 houses with water inside⟧.",
        "Association chair Mira Okonen said the official counts left out basement flats and garages. Fewer than 20 homes in the upper town were affected.",
        "⟦C8|Mayor Ottilie Varnhelm said the damage would cost the town at least 80 million kestas, almost twice what insurers have estimated⟧.",
        "⟦C10|Varnhelm said the water had risen faster than anyone in Sarnesse could remember⟧.",
        "⟦C5|Some 1,200 residents were moved out and spent the night in the sports hall or with relatives⟧.",
        "⟦C13|A flood wall for the lower town was designed in 2019 but shelved when the council could not agree how to pay for it⟧.",
        "⟦C11|Three thousand sandbags were filled at the fire station overnight⟧.",
    ], standfirst="Residents count far more flooded homes than the council; mayor says damage will top 80 million kestas",
    caption="Rescue boats on Mill Street at first light. Photo: Sarnesse Observer",
    related="Where to get help: the flood support line and rest centres")

art("C", "lissava-today/vell-bursts-banks.json", "json", "12:10", "Sanna Ehrling", "Nation",
    "Vell floods Sarnesse: council counts 240 homes under water", [
        "⟦C1|Hundreds of homes in Sarnesse were under water on Thursday after the River Vell overflowed during the night⟧.",
        "⟦C2|The city council puts the number of flooded homes at 240⟧.",
        "⟦C7|Insurers put the damage at an estimated 45 million kestas⟧.",
        "⟦C8|The town's mayor says the bill will be 80 million kestas or more⟧.",
        "⟦C5|Twelve hundred people had to leave their homes⟧.",
        "⟦C9|Forecasters said 140mm of rain had fallen in a day, the most since 1987⟧.",
    ])

art("C", "evening-lantern/flood-misery.txt", "txt", "17:30", "Rik Dahlgren", "News",
    "FLOOD HELL: Families flee as river swamps town", [
        "⟦C1|Terrified families fled through waist-deep water as the River Vell smashed through its banks and swamped Sarnesse in the night⟧.",
        "⟦C4|Locals who went door to door counted 410 houses and flats under water⟧.",
        "⟦C14|The clean-up bill is expected to top 100 million kestas⟧.",
        "⟦C10|Mayor Ottilie Varnhelm said: “The water came faster than any of us had seen in our lives.”⟧",
        "⟦C6|Four people needed treatment for minor injuries, firefighters said⟧.",
        "⟦C5|About 1,200 were forced out of their homes⟧.",
    ], related="Weather: more rain on the way for the weekend")

art("C", "radio-lumen/sarnesse-floods.json", "json", "07:30", None, "News",
    "Floods in Sarnesse", [
        "⟦C1|The River Vell has flooded the lower town of Sarnesse, where the council says around 240 homes are under water⟧.",
    ])

# ---------------------------------------------------------------- D: Korvena North hospital approved
art("D", "pressline/korvena-hospital.json", "json", "11:20", "Elsa Rundgren", "Nation",
    "Government approves Korvena North hospital", [
        "KORVENA, May 17 (Pressline) — ⟦D1|The government approved plans on Thursday for a new hospital in north Korvena, the biggest public building project the country has undertaken⟧.",
        "⟦D2|The health ministry put the cost at 1.2 billion kestas⟧. ⟦D6|Building work is due to start next spring, with the first patients admitted in 2034⟧.",
        "⟦D3|The National Audit Chamber, in a report published last month, estimated the full cost at close to 1.75 billion kestas once equipment and financing were included⟧.",
        "⟦D4|Korvena North will have 640 beds and 24 operating theatres, according to the ministry⟧.",
        "\"⟦D8|This is the largest investment in public health in the history of our republic⟧,\" Health Minister Irena Tavast told reporters.",
        "⟦D7|The hospital will replace the Old Korvena Infirmary, which opened in 1962⟧.",
        "(Reporting by Elsa Rundgren; editing by Kasimir Vold)",
    ])

art("D", "korvena-herald/north-hospital.html", "html", "13:10", "Ada Wennberg", "Capital",
    "Korvena North hospital gets go-ahead, but doctors question bed numbers", [
        "⟦D1|Ministers gave the green light on Thursday to Korvena North, the hospital the capital’s northern suburbs have been promised for two decades⟧.",
        "⟦D4|Six hundred and forty beds are planned, the health ministry said⟧.",
        "⟦D5|The Lissavan Medical Association said only 560 of them would be full in-patient beds, with the rest little more than day-care recliners⟧.",
        "⟦D2|Irena Tavast, the health minister, said the project would cost KS 1.2bn⟧.",
        "⟦D9|Jonas Veller, health spokesman for the opposition Reform Bloc, called the plan “a pre-election promise with no money behind it”⟧.",
        "⟦D7|It will take over from the Old Korvena Infirmary, built in 1962, whose wards no longer meet fire regulations⟧.",
        "⟦D6|The first patients are expected in 2034⟧.",
    ], standfirst="Medical association says fewer real beds than promised; opposition calls it an election pledge",
    caption="An architect’s drawing of Korvena North. Image: Ministry of Health",
    related="Waiting lists: the capital’s longest queues, district by district")

art("D", "pulse9/hospital-cost.txt", "txt", "14:35", "Lev Hakala", "Nation",
    "New Korvena hospital: 1.2bn or 1.75bn?", [
        "⟦D1|Korvena is getting a new hospital in its northern districts after the cabinet signed off on the project on Thursday⟧.",
        "⟦D3|The price tag could reach 1,750 million kestas, the National Audit Chamber has warned⟧.",
        "⟦D2|The government is sticking to its own figure of 1.2 billion⟧.",
        "⟦D5|Doctors say the number of real beds will be 560, not the 640 the ministry promises⟧.",
        "⟦D10|Construction is expected to create around 2,000 jobs⟧.",
    ], tags="Korvena · health · budget")

art("D", "korvena-business/hospital-bill.html", "html", "16:00", "Mirela Ostrand", "Economy",
    "Korvena North: the state’s biggest building bill", [
        "⟦D1|The cabinet’s approval of Korvena North hospital on Thursday commits the state to its largest single building contract⟧.",
        "⟦D3|Auditors at the National Audit Chamber put the full cost at nearly KS 1.75bn⟧.",
        "⟦D2|The ministry’s own estimate is KS 1.2bn⟧.",
        "⟦D11|Part of the money will come as a 400 million kestas loan from the Coastal Development Bank⟧.",
        "⟦D10|The building work should support some 2,000 construction jobs over four years⟧.",
        "⟦D8|Tavast called it the biggest investment in public health the republic had ever made⟧.",
    ], standfirst="Auditors and ministry are half a billion apart on the cost",
    related="Bond yields edge up ahead of the budget review")

art("D", "belvarro-courier/korvena-hospital.txt", "txt", "17:45", "Hedda Brask", "Nation",
    "Capital gets its hospital; the coast still waits", [
        "⟦D1|The government has approved the construction of a new hospital in north Korvena⟧.",
        "⟦D4|The ministry says the hospital will have 640 beds⟧.",
        "⟦D2|It is expected to cost 1.2 billion kestas, according to the health ministry⟧.",
        "⟦D12|Belvarro councillors said the west coast was still waiting for the maternity unit it was promised in 2026⟧.",
    ], standfirst="Belvarro councillors ask where their maternity unit is")

# ---------------------------------------------------------------- E: coach overturns on Route 9, Skarra Pass
art("E", "lissava-today/route9-crash.json", "json", "11:40", "Petra Noor", "Nation",
    "Coach overturns on Skarra Pass, 14 injured", [
        "⟦E1|A coach carrying pensioners on a day trip overturned on Route 9 at the Skarra Pass near Lunhold on Thursday morning⟧.",
        "⟦E2|Police said 14 people were injured, three of them seriously⟧.",
        "⟦E4|The operator, Vardo Coaches, said 38 passengers had been on board⟧.",
        "⟦E6|The driver, a 61-year-old man from Korvena, tested negative for alcohol, police said⟧.",
        "⟦E7|Route 9 was closed for five hours while the coach was recovered⟧.",
        "⟦E11|Police would neither confirm nor deny that the coach's brakes had failed⟧.",
    ])

art("E", "sarnesse-observer/lunhold-coach-crash.html", "html", "14:50", "Klara Vinter", "Region",
    "Pensioners’ coach rolls over on Skarra Pass", [
        "⟦E1|A coach taking a pensioners’ club from Belvarro into the mountains came off the road on the Skarra Pass on Thursday, rolling onto its side at a hairpin bend on Route 9⟧.",
        "⟦E3|Lunhold Regional Hospital said it had treated nineteen people from the coach⟧.",
        "⟦E2|The district police gave a lower figure of 14 injured⟧.",
        "⟦E5|As many as 45 people were on the coach, Inspector Katri Sundell said⟧.",
        "⟦E10|Residents of the pass have asked for a crash barrier on the bend since 2021⟧.",
        "⟦E9|Vardo Coaches said in a statement that its thoughts were with everyone on board and that it was cooperating fully with the police⟧.",
        "⟦E11|Sundell did not deny reports that the driver had radioed his depot about a brake problem minutes before the crash⟧.",
    ], standfirst="Hospital and police give different numbers of injured",
    caption="The coach on its side at the hairpin below the Skarra summit. Photo: Sarnesse Observer",
    related="Skarra Pass: a history of the bend locals call ‘the elbow’")

art("E", "evening-lantern/coach-horror.txt", "txt", "16:15", "Rik Dahlgren", "News",
    "COACH HORROR ON MOUNTAIN PASS", [
        "⟦E1|Screaming pensioners were thrown from their seats when their coach flipped over on a hairpin bend high in the mountains near Lunhold this morning⟧.",
        "⟦E8|Passenger Arvid Moen, 72, said: “One moment we were singing, the next the windows were on the ground.”⟧",
        "⟦E3|Hospital bosses said nineteen people had been treated⟧.",
        "⟦E5|Police believe around 45 were on board⟧.",
        "⟦E6|The 61-year-old driver was breathalysed at the scene and passed⟧.",
        "⟦E11|Police refused to say whether the brakes had failed⟧.",
    ], related="Ten seaside towns with the best chips")

art("E", "radio-lumen/bus-crash.json", "json", "10:00", None, "News",
    "Coach crash on Route 9", [
        "⟦E1|Fourteen people were hurt when a coach overturned on Route 9 on the Skarra Pass near Lunhold this morning, police say⟧.",
    ])

art("E", "korvena-herald/coach-crash.txt", "txt", "12:55", "Niklas Barre", "Nation",
    "Tour coach rolls over on Route 9 above Lunhold", [
        "⟦E1|Emergency services spent the morning on the Skarra Pass after a tour coach rolled over on Route 9 above Lunhold⟧.",
        "⟦E4|Vardo Coaches, which ran the trip, said it had sold 38 tickets⟧. ⟦E5|Police put the number of people on board at roughly 45, saying several had joined the trip without booking⟧.",
        "⟦E2|At least 14 people were injured, according to police⟧.",
        "⟦E7|The road reopened at noon after being shut for five hours⟧.",
        "⟦E9|“Our thoughts are with everyone who was on board,” Vardo Coaches said⟧.",
    ], related="Mountain roads: the government’s barrier programme, one year on")

# ---------------------------------------------------------------- F: Ettavik wind farm sold to Tessamark (two currencies)
art("F", "pressline/ettavik-windfarm-sale.json", "json", "12:40", "Tove Arnell", "Business",
    "Lissava sells Ettavik wind farm to Galdoria's Tessamark", [
        "KORVENA, May 17 (Pressline) — ⟦F1|The government agreed on Thursday to sell the Ettavik offshore wind farm to Tessamark Energy of Galdoria, in the country's largest privatisation for a decade⟧.",
        "⟦F2|Finance Minister Oskar Brenn said the price was 2.4 billion kestas, about 320 million orvels⟧.",
        "⟦F3|Tessamark gave a lower figure of 2.1 billion kestas, saying the government's number included debts it would take over rather than pay for in cash⟧.",
        "⟦F6|The farm has 84 turbines and began operating in 2019⟧. ⟦F4|Tessamark said it produced enough electricity for half a million homes⟧.",
        "\"⟦F7|We are selling at the top of the market, and every kesta goes into paying down debt⟧,\" Brenn said.",
        "⟦F10|The sale still needs the approval of the competition authority, which is expected to rule by September⟧.",
        "(Reporting by Tove Arnell; editing by Kasimir Vold)",
    ])

art("F", "ettavik-tidings/windfarm-sold.txt", "txt", "14:20", "Jon Marell", "Harbour",
    "Our wind farm sold to the Galdorians", [
        "⟦F1|Ettavik’s wind farm is being sold to the Galdorian company Tessamark Energy, the government announced on Thursday⟧.",
        "⟦F9|Mayor Sigrid Halme said Tessamark had promised to keep 120 maintenance jobs in the harbour for at least ten years⟧.",
        "⟦F5|Lisnet, the national grid operator, says the farm’s output is enough for about 350,000 homes⟧.",
        "⟦F4|Tessamark itself claims it can power 500,000 households⟧.",
        "⟦F2|The sale price is KS 2.4bn, the finance ministry said⟧.",
        "⟦F6|The 84 turbines stand about 20 km off the harbour and have been turning since 2019⟧.",
    ])

art("F", "korvena-business/tessamark-deal.html", "html", "15:45", "Mirela Ostrand", "Energy",
    "Tessamark’s Ettavik deal: 2.1bn in cash, 2.4bn on paper", [
        "⟦F1|Tessamark Energy is buying the Ettavik offshore wind farm from the Lissavan state, the finance ministry confirmed on Thursday⟧.",
        "⟦F3|The Galdorian buyer says it is paying 2.1 billion kestas in cash⟧.",
        "⟦F2|The ministry’s headline figure of 2.4 billion, equal to 320 million orvels, includes roughly 300 million kestas of debt the buyer will assume⟧.",
        "⟦F12|The operating licence that passes to Tessamark runs for another 30 years⟧.",
        "⟦F7|Brenn said the state was selling at the top of the market and would use the proceeds to pay down debt⟧.",
        "“⟦F8|Ettavik will be the heart of our northern business⟧,” said Tessamark chief executive Corin Abelard.",
    ], standfirst="Why the buyer and the seller quote different prices",
    caption="Turbines of the Ettavik array. Photo: Tessamark Energy",
    related="Galdorian utilities go shopping: the deals so far")

art("F", "belvarro-courier/wind-farm-sale.html", "html", "16:30", "Hedda Brask", "Coast",
    "State sells Ettavik wind farm to Galdorian utility", [
        "⟦F1|The state is selling the Ettavik wind farm off the north coast to Tessamark Energy, a Galdorian utility⟧.",
        "⟦F2|The government says the deal is worth 2.4 billion kestas⟧.",
        "⟦F11|Opposition leader Marit Kovar said selling a strategic national asset to a foreign company without a vote in parliament was a mistake⟧.",
        "⟦F8|Corin Abelard, Tessamark’s chief executive, said Ettavik would become the centre of the company’s northern operations⟧.",
        "⟦F10|Competition regulators are expected to rule on the deal by September⟧.",
    ], caption="The Ettavik array seen from the coast road. Photo: The Belvarro Courier",
    related="Coastal ferries: summer timetable starts on 1 June")

art("F", "pulse9/windfarm.json", "json", "13:15", "Lev Hakala", "Money",
    "Tessamark buys Ettavik wind farm", [
        "⟦F1|Galdoria's Tessamark Energy has agreed to buy the Ettavik offshore wind farm from the government⟧.",
        "⟦F4|The farm generates enough power for half a million homes, according to Tessamark⟧. ⟦F5|Lisnet, which runs the grid, puts the figure nearer 350,000⟧.",
        "⟦F3|Tessamark says it is paying 2.1bn kestas⟧.",
        "⟦F11|The opposition leader, Marit Kovar, said the sale of a strategic asset to a foreign buyer should have been put to parliament⟧.",
    ])

# ---------------------------------------------------------------- G: Korvena fares rise from 1 July
art("G", "korvena-herald/fare-rise.html", "html", "10:25", "Niklas Barre", "Capital",
    "Korvena fares to rise from July", [
        "⟦G1|Bus, tram and metro fares in Korvena will go up from 1 July, the Korvena Transport Authority announced on Thursday⟧.",
        "⟦G2|The authority said fares would rise by 6.5 per cent on average⟧.",
        "⟦G3|The Korvena Commuters’ Alliance said a typical commuter from the outer zones would pay nearly 11 per cent more⟧.",
        "⟦G4|The monthly pass will go from 48 to 52 kestas⟧.",
        "“⟦G5|Our electricity bill has doubled in three years, and someone has to pay it⟧,” said Lena Marsk, the authority’s director.",
        "⟦G6|The network carries 1.2 million journeys a day⟧.",
        "⟦G8|The city council will vote on the increase on 29 May, but it has no power to block it⟧.",
    ], standfirst="Transport authority blames electricity costs; commuters say the suburbs pay most",
    caption="A line 4 tram at Central Square. Photo: Korvena Herald",
    related="Cycle lanes: the next twelve streets")

art("G", "radio-lumen/korvena-fares.json", "json", "07:00", None, "News",
    "Korvena fares going up", [
        "⟦G1|Public transport in Korvena will cost six and a half per cent more on average from July, the transport authority says⟧.",
    ])

art("G", "pulse9/fares.txt", "txt", "11:05", "Lev Hakala", "Nation",
    "Korvena fares: 6.5% or 11%?", [
        "⟦G1|Korvena’s buses, trams and metro will cost more from July after the city’s transport authority approved a new fare table⟧.",
        "⟦G3|Commuter campaigners say the rise for people living in the outer zones is closer to 11%⟧.",
        "⟦G2|The authority insists the average increase is 6.5%⟧.",
        "⟦G7|Tobias Renn of the Commuters’ Alliance said: “Families in the suburbs are being asked to pay for the centre’s trams.”⟧",
        "⟦G4|A monthly pass will rise to 52 kestas from 48⟧.",
        "⟦G9|Night trams on line 4 will run until 2 a.m. from July, the authority added⟧.",
    ], tags="Korvena · transport · fares")

art("G", "lissava-today/fares-up.json", "json", "09:30", "Petra Noor", "Capital",
    "Korvena public transport fares to rise on 1 July", [
        "⟦G1|Travelling around the capital is getting more expensive, with the Korvena Transport Authority raising its fares on 1 July⟧.",
        "⟦G2|Ticket prices go up by an average of 6.5 percent, the authority says⟧.",
        "⟦G5|Director Lena Marsk blamed the rise on electricity costs, which she said had doubled in three years⟧.",
        "⟦G6|Around 1,200,000 journeys are made on the network every day⟧.",
        "⟦G7|Campaigners said suburban families were being made to pay for trams in the city centre⟧.",
    ])

# ------------------------------------------------------------------------------------------------ facts
# id: (kind, speaker, about); the core fact of each story is <letter>1.
FACTS = {
    "A1": ("claim", None, "Valtor Steel will shut one of the two blast furnaces at Drassel"),
    "A2": ("claim", "Valtor Steel", "company: about 1,150 posts/jobs/positions/staff to go"),
    "A3": ("claim", "Lissavan Metalworkers' Federation", "union: nearly/up to 1,900 workers, counting contractors"),
    "A4": ("claim", "Valtor Steel", "company: the Drassel works lost 310 million kestas last year (41 million orvels)"),
    "A5": ("claim", "Dagny Sorell", "union: the operating loss was only 120 million kestas; the rest is a write-down"),
    "A6": ("quote", "Marten Ekvall", "CEO: the furnace has not made money for six years"),
    "A7": ("quote", "Dagny Sorell", "“the slow death of Drassel”"),
    "A8": ("claim", "Viktor Almsted", "economy minister does not rule out a state stake in the plant"),
    "A9": ("claim", None, "the furnace, lit in 1976, goes out of service in March 2030"),
    "A10": ("claim", None, "the plant employs 4,600 people"),
    "A11": ("claim", "Renata Kulm", "mayor asks for a transition fund, calls emergency council meeting (Gazette only)"),
    "A12": ("quote", "Jarek Tamm", "crane driver: my father worked on that furnace (Lantern only)"),
    "A13": ("claim", None, "Kelmar Group shares rose 4 percent (Business Daily only)"),
    "A14": ("claim", None, "the union will ballot members on strike action next week"),
    "B1": ("claim", None, "Merrin Shipyards lays off workers at Belvarro after losing the navy frigate order"),
    "B2": ("claim", "Merrin Shipyards", "yard: 340 jobs to go"),
    "B3": ("claim", "United Yard Workers", "union: more than 600 incl. suppliers/subcontractors"),
    "B4": ("claim", "Sten Haavik", "mayor: around 480 incl. local suppliers"),
    "B5": ("claim", "defence ministry", "ministry: the frigate contract is worth 780 million kestas"),
    "B6": ("claim", "Merrin Shipyards", "Merrin: the lost order was worth about 1.1 billion kestas with maintenance"),
    "B7": ("quote", "Lotta Bergant", "CEO: we built the navy's ships and were told we are not good enough"),
    "B8": ("quote", "Emil Farros", "convenor: jobs sold to Galdoria to save a few kestas"),
    "B9": ("claim", "defence ministry", "the Galdorian bid was cheaper and two years faster"),
    "B10": ("claim", None, "the yard employs 2,300 (redundancies from September)"),
    "B11": ("claim", "Merrin Shipyards", "85 apprentices may finish their training (Courier only)"),
    "B12": ("claim", None, "union members to march on the defence ministry on Saturday (Pulse9 only)"),
    "C1": ("claim", None, "the River Vell burst its banks and flooded the lower town of Sarnesse overnight"),
    "C2": ("claim", "Sarnesse city council", "council: about 240 homes flooded"),
    "C3": ("claim", "Ivo Kessling", "fire service: 310 houses with water inside"),
    "C4": ("claim", "Lower Town Residents' Association", "residents: some 410 flooded properties"),
    "C5": ("claim", "Sarnesse Fire and Rescue", "about 1,200 people evacuated"),
    "C6": ("claim", "Sarnesse Fire and Rescue", "four people treated for minor injuries"),
    "C7": ("claim", "Lissavan Insurers' Association", "insurers: damage around 45 million kestas"),
    "C8": ("claim", "Ottilie Varnhelm", "mayor: damage at least 80 million kestas"),
    "C9": ("claim", "Lissavan Meteorological Institute", "140 mm of rain in 24 hours, most since 1987"),
    "C10": ("quote", "Ottilie Varnhelm", "the water came faster than any of us had seen"),
    "C11": ("claim", None, "3,000 sandbags handed out / filled overnight"),
    "C12": ("claim", None, "the river peaked at 6.4 metres before 4 a.m. (wire only)"),
    "C13": ("claim", None, "a flood wall designed in 2019 was shelved (Observer only)"),
    "C14": ("claim", None, "the clean-up bill is expected to top 100 million kestas (Lantern's own figure)"),
    "D1": ("claim", None, "the government approved the new Korvena North hospital"),
    "D2": ("claim", "health ministry", "ministry: cost 1.2 billion kestas"),
    "D3": ("claim", "National Audit Chamber", "auditors: full cost close to 1.75 billion kestas"),
    "D4": ("claim", "health ministry", "ministry: 640 beds (and 24 operating theatres)"),
    "D5": ("claim", "Lissavan Medical Association", "doctors: only 560 real in-patient beds"),
    "D6": ("claim", None, "first patients in 2034"),
    "D7": ("claim", None, "replaces the Old Korvena Infirmary of 1962"),
    "D8": ("quote", "Irena Tavast", "the largest investment in public health in the republic's history"),
    "D9": ("quote", "Jonas Veller", "opposition: a pre-election promise with no money behind it (Herald only)"),
    "D10": ("claim", None, "about 2,000 construction jobs"),
    "D11": ("claim", None, "a 400 million kestas loan from the Coastal Development Bank (Business Daily only)"),
    "D12": ("claim", None, "Belvarro still waiting for the maternity unit promised in 2026 (Courier only)"),
    "E1": ("claim", None, "a coach of pensioners overturned on Route 9 at the Skarra Pass near Lunhold"),
    "E2": ("claim", "Lunhold district police", "police: 14 injured"),
    "E3": ("claim", "Lunhold Regional Hospital", "hospital: nineteen treated"),
    "E4": ("claim", "Vardo Coaches", "operator: 38 passengers / tickets"),
    "E5": ("claim", "Katri Sundell", "police: about 45 people on board"),
    "E6": ("claim", None, "the 61-year-old driver tested negative for alcohol"),
    "E7": ("claim", None, "Route 9 closed for five hours"),
    "E8": ("quote", "Arvid Moen", "passenger: we were singing (Lantern only)"),
    "E9": ("quote", "Vardo Coaches", "operator: our thoughts are with everyone on board"),
    "E10": ("claim", None, "residents have asked for a barrier since 2021 (Observer only)"),
    "E11": ("claim", "Katri Sundell", "police would not confirm or deny brake failure"),
    "F1": ("claim", None, "the state sells the Ettavik offshore wind farm to Galdoria's Tessamark Energy"),
    "F2": ("claim", "Oskar Brenn", "finance ministry: price 2.4 billion kestas (320 million orvels)"),
    "F3": ("claim", "Tessamark Energy", "Tessamark: paying 2.1 billion kestas in cash"),
    "F4": ("claim", "Tessamark Energy", "Tessamark: enough power for half a million homes"),
    "F5": ("claim", "Lisnet", "grid operator: about 350,000 homes"),
    "F6": ("claim", None, "84 turbines, running since 2019"),
    "F7": ("quote", "Oskar Brenn", "selling at the top of the market, money pays down debt"),
    "F8": ("quote", "Corin Abelard", "Ettavik will be the heart of our northern business"),
    "F9": ("claim", "Sigrid Halme", "120 maintenance jobs kept for ten years (Tidings only)"),
    "F10": ("claim", None, "competition authority to rule by September"),
    "F11": ("claim", "Marit Kovar", "opposition: sale should have gone to parliament"),
    "F12": ("claim", None, "the licence runs for another 30 years (Business Daily only)"),
    "G1": ("claim", None, "Korvena public transport fares rise from 1 July"),
    "G2": ("claim", "Korvena Transport Authority", "authority: average rise 6.5 per cent"),
    "G3": ("claim", "Korvena Commuters' Alliance", "commuters: nearly 11 per cent for outer zones"),
    "G4": ("claim", None, "monthly pass from 48 to 52 kestas"),
    "G5": ("quote", "Lena Marsk", "electricity bill doubled in three years"),
    "G6": ("claim", None, "1.2 million journeys a day"),
    "G7": ("quote", "Tobias Renn", "suburban families pay for the centre's trams"),
    "G8": ("claim", None, "city council votes on 29 May but cannot block it (Herald only)"),
    "G9": ("claim", None, "night trams on line 4 until 2 a.m. (Pulse9 only)"),
}

STORY_NAMES = {
    "A": "A Valtor Steel shuts a blast furnace at Drassel, jobs and losses disputed (look-alike of B)",
    "B": "B Merrin Shipyards lays off workers at Belvarro after losing the navy frigate order (look-alike of A)",
    "C": "C River Vell floods the lower town of Sarnesse (wire + 2 verbatim copies + 4 rewrites; homes and damage disputed)",
    "D": "D Government approves the Korvena North hospital; cost and beds disputed",
    "E": "E Pensioners' coach overturns on Route 9 at the Skarra Pass near Lunhold; injured and people on board disputed",
    "F": "F State sells the Ettavik offshore wind farm to Galdoria's Tessamark Energy (kestas/orvels; price and homes disputed)",
    "G": "G Korvena public transport fares rise from 1 July; average rise disputed",
}

# ------------------------------------------------------------------------------------------------ figures
def ids(*xs):
    return list(xs)

PL_A, DG_A, KB_A, EL_A, RL_A, KH_A = ("pressline/valtor-drassel-cuts.json", "drassel-gazette/furnace-closure.html",
    "korvena-business/valtor-losses.html", "evening-lantern/steel-blow.txt", "radio-lumen/valtor-cuts.json",
    "korvena-herald/steel-cuts.html")
BC_B, LT_B, P9_B, EL_B, KB_B = ("belvarro-courier/merrin-yard-layoffs.txt", "lissava-today/shipyard-jobs.json",
    "pulse9/merrin-frigate.html", "evening-lantern/yard-axe.txt", "korvena-business/merrin-order.txt")
PL_C, ET_C, DG_C, SO_C, LT_C, EL_C, RL_C = ("pressline/sarnesse-floods.json", "ettavik-tidings/vell-floods.txt",
    "drassel-gazette/sarnesse-flooding.html", "sarnesse-observer/flood-night.html", "lissava-today/vell-bursts-banks.json",
    "evening-lantern/flood-misery.txt", "radio-lumen/sarnesse-floods.json")
PL_D, KH_D, P9_D, KB_D, BC_D = ("pressline/korvena-hospital.json", "korvena-herald/north-hospital.html",
    "pulse9/hospital-cost.txt", "korvena-business/hospital-bill.html", "belvarro-courier/korvena-hospital.txt")
LT_E, SO_E, EL_E, RL_E, KH_E = ("lissava-today/route9-crash.json", "sarnesse-observer/lunhold-coach-crash.html",
    "evening-lantern/coach-horror.txt", "radio-lumen/bus-crash.json", "korvena-herald/coach-crash.txt")
PL_F, ET_F, KB_F, BC_F, P9_F = ("pressline/ettavik-windfarm-sale.json", "ettavik-tidings/windfarm-sold.txt",
    "korvena-business/tessamark-deal.html", "belvarro-courier/wind-farm-sale.html", "pulse9/windfarm.json")
KH_G, RL_G, P9_G, LT_G = ("korvena-herald/fare-rise.html", "radio-lumen/korvena-fares.json", "pulse9/fares.txt",
    "lissava-today/fares-up.json")


def V(value, arts, claimant=None):
    return dict(value=value, articles=list(arts), claimant=claimant)


FIGURES = [
    # ---- A
    ("A", "jobs to go at the Drassel works (posts / jobs / positions / workers / staff)", True, [
        V(1150, [PL_A, DG_A, KB_A, EL_A, RL_A, KH_A], "Valtor Steel"),
        V(1900, [PL_A, DG_A, EL_A, KH_A], "Lissavan Metalworkers' Federation")]),
    ("A", "the Drassel works' loss last year (kestas)", True, [
        V(310000000, [PL_A, KB_A], "Valtor Steel"),
        V(120000000, [DG_A, KB_A], "Lissavan Metalworkers' Federation")]),
    ("A", "one loss in two currencies: 310 million kestas = about 41 million orvels", False, [
        V(310000000, [PL_A]), V(41000000, [PL_A])]),
    ("A", "part vs totals: 1,150 jobs cut, 4,600 people at the plant, 3,000 industrial jobs lost in Drassel since 2010", False, [
        V(1150, [PL_A, DG_A, KB_A, EL_A, RL_A, KH_A]), V(4600, [PL_A, DG_A]), V(3000, [KH_A])]),
    ("A", "different numbers: furnace lit in 1976, closed in March 2030, loss year 2028, CEO aged 58, crane driver aged 44, Kelmar shares up 4 percent", False, [
        V(1976, [PL_A, DG_A, KH_A]), V(2030, [PL_A, DG_A, KH_A]), V(2028, [KB_A]), V(58, [KB_A]), V(44, [EL_A]), V(4, [KB_A])]),
    # ---- B
    ("B", "jobs lost at Merrin's Belvarro yard (jobs / employees / redundancies / roles / workers and suppliers)", True, [
        V(340, [BC_B, LT_B, P9_B, KB_B], "Merrin Shipyards"),
        V(480, [BC_B, P9_B], "Belvarro mayor Sten Haavik"),
        V(600, [BC_B, LT_B, EL_B], "United Yard Workers")]),
    ("B", "value of the lost frigate order (kestas)", True, [
        V(780000000, [LT_B, P9_B, KB_B], "defence ministry"),
        V(1100000000, [BC_B, P9_B, KB_B], "Merrin Shipyards")]),
    ("B", "different numbers: 340 jobs of 2,300 staff, 85 apprentices, four frigates, thirty years of maintenance", False, [
        V(340, [BC_B, LT_B, P9_B, KB_B]), V(2300, [BC_B, EL_B, KB_B]), V(85, [BC_B]), V(4, [BC_B]), V(30, [BC_B])]),
    # ---- C
    ("C", "homes flooded in Sarnesse (homes / houses / properties / houses and flats)", True, [
        V(240, [PL_C, ET_C, DG_C, LT_C, RL_C], "Sarnesse city council"),
        V(310, [PL_C, ET_C, DG_C, SO_C], "Sarnesse Fire and Rescue"),
        V(410, [SO_C, EL_C], "Lower Town Residents' Association")]),
    ("C", "cost of the flood damage (kestas)", True, [
        V(45000000, [PL_C, ET_C, DG_C, LT_C], "Lissavan Insurers' Association"),
        V(80000000, [SO_C, LT_C], "Mayor Ottilie Varnhelm"),
        V(100000000, [EL_C], "The Evening Lantern")]),
    ("C", "different counts: 1,200 evacuated (also 'Twelve hundred'), four injured, 3,000 sandbags (also 'Three thousand'), fewer than 20 upper-town homes", False, [
        V(1200, [PL_C, ET_C, DG_C, SO_C, LT_C, EL_C]), V(4, [PL_C, ET_C, DG_C, EL_C]),
        V(3000, [PL_C, ET_C, DG_C, SO_C]), V(20, [SO_C])]),
    ("C", "different numbers: 140 mm of rain in 24 hours, the most since 1987, a 6.4-metre peak, a 2019 flood-wall plan", False, [
        V(140, [PL_C, ET_C, DG_C, LT_C]), V(24, [PL_C, ET_C, DG_C]), V(1987, [PL_C, ET_C, DG_C, LT_C]),
        V(6.4, [PL_C, ET_C, DG_C]), V(2019, [SO_C])]),
    # ---- D
    ("D", "cost of the Korvena North hospital (kestas)", True, [
        V(1200000000, [PL_D, KH_D, P9_D, KB_D, BC_D], "health ministry"),
        V(1750000000, [PL_D, P9_D, KB_D], "National Audit Chamber")]),
    ("D", "beds at Korvena North", True, [
        V(640, [PL_D, KH_D, P9_D, BC_D], "health ministry"),
        V(560, [KH_D, P9_D], "Lissavan Medical Association")]),
    ("D", "a part vs the total: a 400 million kestas loan within the 1.2 billion cost", False, [
        V(400000000, [KB_D]), V(1200000000, [KB_D])]),
    ("D", "different numbers: opening in 2034, infirmary of 1962, maternity unit promised in 2026, 24 operating theatres, 2,000 construction jobs", False, [
        V(2034, [PL_D, KH_D]), V(1962, [PL_D, KH_D]), V(2026, [BC_D]), V(24, [PL_D]), V(2000, [P9_D, KB_D])]),
    # ---- E
    ("E", "people injured in the coach crash", True, [
        V(14, [LT_E, SO_E, RL_E, KH_E], "Lunhold district police"),
        V(19, [SO_E, EL_E], "Lunhold Regional Hospital")]),
    ("E", "people on board the coach (passengers / tickets / people)", True, [
        V(38, [LT_E, KH_E], "Vardo Coaches"),
        V(45, [SO_E, EL_E, KH_E], "Lunhold district police (Inspector Katri Sundell)")]),
    ("E", "a part vs the total: 14 injured, three of them seriously", False, [
        V(14, [LT_E]), V(3, [LT_E])]),
    ("E", "different numbers: Route 9, a driver aged 61, a passenger aged 72, five hours' closure, a barrier asked for since 2021", False, [
        V(9, [LT_E, SO_E, RL_E, KH_E]), V(61, [LT_E, EL_E]), V(72, [EL_E]), V(5, [LT_E, KH_E]), V(2021, [SO_E])]),
    # ---- F
    ("F", "price of the Ettavik wind farm (kestas)", True, [
        V(2400000000, [PL_F, ET_F, KB_F, BC_F], "Finance Minister Oskar Brenn"),
        V(2100000000, [PL_F, KB_F, P9_F], "Tessamark Energy")]),
    ("F", "homes the wind farm can supply (homes / households)", True, [
        V(500000, [PL_F, ET_F, P9_F], "Tessamark Energy"),
        V(350000, [ET_F, P9_F], "Lisnet")]),
    ("F", "one price in two currencies, and the debt inside it: 2.4 billion kestas = 320 million orvels, incl. 300 million kestas of debt", False, [
        V(2400000000, [PL_F, KB_F]), V(320000000, [PL_F, KB_F]), V(300000000, [KB_F])]),
    ("F", "different numbers: 84 turbines, running since 2019, a 30-year licence, 120 jobs for ten years, 20 km offshore", False, [
        V(84, [PL_F, ET_F]), V(2019, [PL_F, ET_F]), V(30, [KB_F]), V(120, [ET_F]), V(10, [ET_F]), V(20, [ET_F])]),
    # ---- G
    ("G", "average fare rise in Korvena (percent)", True, [
        V(6.5, [KH_G, RL_G, P9_G, LT_G], "Korvena Transport Authority"),
        V(11, [KH_G, P9_G], "Korvena Commuters' Alliance")]),
    ("G", "monthly pass: 48 kestas now, 52 kestas from July", False, [
        V(48, [KH_G, P9_G]), V(52, [KH_G, P9_G])]),
    ("G", "different numbers: 1.2 million journeys a day (also '1,200,000'), night line 4, the council vote on 29 May", False, [
        V(1200000, [KH_G, LT_G]), V(4, [P9_G]), V(29, [KH_G])]),
]

PLACES = ["Lissava", "Lissavan", "Korvena", "Drassel", "Belvarro", "Sarnesse", "Vell", "Lunhold", "Skarra",
          "Ettavik", "Galdoria", "Galdorian", "Ostra"]

# ------------------------------------------------------------------------------------------------ rendering
NAV = {
    "drassel-gazette": ["Home", "Drassel", "Valley", "Sport", "Business", "Opinion", "Notices"],
    "korvena-business": ["Markets", "Companies", "Economy", "Energy", "Industry", "Opinion", "Data"],
    "korvena-herald": ["Politics", "Capital", "Nation", "World", "Business", "Culture", "Opinion", "Podcasts"],
    "pulse9": ["Live", "Latest", "Nation", "World", "Money", "Tech", "Sport"],
    "sarnesse-observer": ["Home", "Sarnesse", "Region", "Sport", "Farming", "Opinion", "Announcements"],
    "belvarro-courier": ["Home", "Harbour", "City", "Coast", "Sport", "Opinion", "Notices"],
}
COOKIE = {
    "drassel-gazette": "This website stores cookies on your device.",
    "korvena-business": "Korvena Business Daily uses cookies to measure traffic and to personalise advertising.",
    "korvena-herald": "The Herald uses cookies and similar technologies to personalise content and ads.",
    "pulse9": "We and our 212 partners use cookies. Accept to continue.",
    "sarnesse-observer": "We use cookies to make this site work and to understand how you use it.",
    "belvarro-courier": "The Courier uses cookies. You can change your choice at any time.",
}
FOOTER = {
    "drassel-gazette": ["Drassel Gazette · Foundry Street 12 · Drassel", "© Drassel Gazette 2029"],
    "korvena-business": ["Korvena Business Daily · Exchange Square 3 · Korvena",
                         "Markets data delayed by 15 minutes · © 2029 KBD Media"],
    "korvena-herald": ["Korvena Herald · Castle Avenue 88 · Korvena",
                       "Editor: Ylva Strand · Tips: tips@korvenaherald.example", "© 2029 Herald Media Lissava"],
    "pulse9": ["Pulse9 · the story now", "Impressum · Privacy · © 2029 Pulse9 Digital"],
    "sarnesse-observer": ["Sarnesse Observer · Bridge Street 5 · Sarnesse", "© Sarnesse Observer 2029"],
    "belvarro-courier": ["The Belvarro Courier · Quay 40 · Belvarro", "Advertise with us · © The Belvarro Courier 2029"],
}
RELATED_HEAD = {"drassel-gazette": "More from the valley", "korvena-business": "Read next", "korvena-herald": "Read more",
                "pulse9": "Related", "sarnesse-observer": "More local news", "belvarro-courier": "Read more"}


def slug(s):
    s = re.sub(r"[’'“”\"]", "", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


def strip_marks(p):
    return MARK.sub(lambda m: m.group(2), p)


def utc(time):
    h, m = map(int, time.split(":"))
    return f"{DATE}T{h - 2:02d}:{m:02d}:00Z"


def local(time):
    return f"{DATE}T{time}:00+02:00"


def email(author, outlet):
    if not author or author == "Pressline":
        return None
    return author.lower().replace(" ", ".") + "@" + OUTLETS[outlet]["domain"]


def render_json(a, outlet, paras):
    o = OUTLETS[outlet]
    d = {"title": a["title"], "text": "\n\n".join(paras), "source": o["name"],
         "url": f"https://{o['domain']}/{'wire' if outlet == 'pressline' else 'news'}/2029/05/17/{slug(a['title'])}",
         "publishedAt": utc(a["time"])}
    if a["author"]:
        d["author"] = a["author"]
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


def render_html(a, outlet, paras):
    o = OUTLETS[outlet]
    e = html.escape
    name, dom, t = o["name"], o["domain"], a["time"]
    url = f"https://{dom}/{a['section'].lower()}/2029/05/17/{slug(a['title'])}"
    desc = a["standfirst"] or a["title"]
    author = a["author"]
    lines = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(a['title'])} | {e(name)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:title" content="{e(a["title"])}">',
        f'  <meta property="og:site_name" content="{e(name)}">',
        f'  <meta property="og:url" content="{url}">',
        f'  <meta property="og:image" content="https://{dom}/img/2029/{slug(a["title"])[:28]}.jpg">',
        f'  <meta property="article:published_time" content="{local(t)}">',
        f'  <meta property="article:section" content="{e(a["section"])}">',
    ]
    if author:
        lines.append(f'  <meta name="author" content="{e(author)}">')
    lines += [
        f'  <link rel="canonical" href="{url}">',
        f'  <link rel="stylesheet" href="/static/css/{slug(name)}.css">',
        '  <script async src="https://ads.lisnetmedia.example/tag.js"></script>',
        f'  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{ site: "{dom}", section: "{a["section"].lower()}" }});</script>',
        "</head>", "<body>",
        '  <div id="cookie-consent" class="consent" role="dialog" aria-label="Cookies">',
        f"    <p>{e(COOKIE[outlet])}</p>",
        "    <button>Accept all</button> <button>Reject</button> <button>Preferences</button>",
        "  </div>",
        '  <header class="masthead">',
        f'    <a class="brand" href="/">{e(name)}</a>',
        '    <nav aria-label="Sections">', "      <ul>",
    ]
    lines += [f'        <li><a href="/{slug(n)}">{e(n)}</a></li>' for n in NAV[outlet]]
    lines += [
        "      </ul>", "    </nav>", '    <a class="subscribe" href="/subscribe">Subscribe</a>', "  </header>",
        '  <div class="ad ad-leaderboard"><span>Advertisement</span><iframe src="https://ads.lisnetmedia.example/slot/728x90" title="Advertisement"></iframe></div>',
        '  <main id="main">', '    <article class="article">',
        f'      <p class="section-label">{e(a["section"])}</p>',
        f"      <h1>{e(a['title'])}</h1>",
    ]
    if a["standfirst"]:
        lines.append(f'      <p class="standfirst">{e(a["standfirst"])}</p>')
    who = f'By <a rel="author" href="/authors/{slug(author)}">{e(author)}</a>' if author and author != "Pressline" else "Pressline"
    lines.append(f'      <div class="byline">{who} · <time datetime="{local(t)}">17 May 2029, {t}</time></div>')
    lines.append('      <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>')
    for i, p in enumerate(paras):
        lines.append(f"      <p>{e(p, quote=False)}</p>")
        if i == 0 and a["caption"]:
            lines += ["      <figure>",
                      f'        <img src="https://{dom}/img/2029/photo-{slug(a["caption"])[:24]}.jpg" alt="">',
                      f"        <figcaption>{e(a['caption'])}</figcaption>", "      </figure>"]
        if i == 3 and len(paras) > 5:
            lines.append('      <div class="ad ad-inline"><span>Advertisement</span></div>')
    lines.append("    </article>")
    rel = a["related"] or "Most read this week"
    lines += ['    <aside class="related">', f"      <h3>{e(RELATED_HEAD[outlet])}</h3>",
              f'      <ul><li><a href="/news/{slug(rel)}">{e(rel)}</a></li></ul>', "    </aside>",
              '    <aside class="newsletter"><h3>Morning briefing</h3><p>The day’s news in your inbox at 7.</p><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>',
              "  </main>", '  <footer class="site-footer">']
    lines += [f"    <p>{e(x)}</p>" for x in FOOTER[outlet]]
    lines += ["  </footer>", "</body>", "</html>"]
    return "\n".join(lines) + "\n"


def render_txt(a, outlet, paras):
    t, au = a["time"], a["author"]
    body = list(paras)
    if outlet == "evening-lantern":
        if len(body) > 3:
            body.insert(3, "Advertisement")
        head = ["THE EVENING LANTERN", "Home | News | Sport | Celebs | Money | Motors | Puzzles",
                "We use cookies to give you the best experience. Accept all | Manage",
                "Korvena 18°C showers · Belvarro 16°C windy · Sarnesse 13°C heavy rain"]
        blocks = ["\n".join(head), a["title"],
                  f"By {au.upper()} | {email(au, outlet)}\nPublished {t}, Thursday 17 May 2029\nShare: Facebook | X | WhatsApp | Email"]
        blocks += body
        blocks += [f"READ MORE: {a['related']}",
                   "Most read\n1. Quiz: how well do you know the national anthem?\n2. Seven signs your cat is secretly in charge\n3. Reality star’s 40,000-kesta birthday cake",
                   "© 2029 Lantern Newspapers Ltd. All rights reserved."]
    elif outlet == "belvarro-courier":
        head = ["THE BELVARRO COURIER", "Thursday, May 17, 2029",
                "Belvarro 17°C · High water 06:12 and 18:40 · Wind W 5",
                "Home | Harbour | City | Coast | Sport | Opinion | Notices"]
        blocks = ["\n".join(head), a["title"]]
        if a["standfirst"]:
            blocks.append(a["standfirst"])
        blocks.append(f"By {au} | {email(au, outlet)}")
        blocks += body
        blocks += ["Comments are closed on this article.",
                    "Get the Courier at your door: subscriptions from 19 kestas a month\n© The Belvarro Courier 2029"]
    elif outlet == "korvena-business":
        head = ["Korvena Business Daily", "Markets   Companies   Economy   Energy   Industry   Opinion",
                "Thursday, 17 May 2029 · KSX-30 4,812.6 (+0.4%) · ORV/KS 7.51 · Brent 84.20"]
        blocks = ["\n".join(head), a["title"], f"{au} · {email(au, outlet)}\nKorvena · {t}"]
        blocks += body
        blocks += ["Subscribe to Korvena Business Daily from 29 kestas a month.",
                   f"Read next: {a['related']}",
                   "© 2029 KBD Media · Privacy · Terms · Contact the newsroom"]
    elif outlet == "ettavik-tidings":
        head = ["ETTAVIK TIDINGS", "News · Harbour · Fishing · Sport · Weather · Notices",
                "Thu 17.05.2029 · Ettavik 11°C, fog lifting · Sea 3-4 Bft",
                "Log in | Subscribe from 2 kestas a week"]
        blocks = ["\n".join(head), a["title"], f"{a['section']} · {t}"]
        blocks += body
        blocks += ["Share: Facebook · X · WhatsApp · Copy link",
                   "More from the Tidings\n› Harbour dredging to start in June\n› Herring landings up 12% on last year",
                   "We use cookies to improve your experience. Accept | Settings\n© 2029 Ettavik Tidings · Quay Road 7, Ettavik"]
    elif outlet == "pulse9":
        head = ["pulse9 | the story now", "LIVE   Latest   Nation   World   Money   Tech   Sport",
                f"Thu 17.05.2029 {t}"]
        blocks = ["\n".join(head), a["title"], "Pulse9 newsdesk\n2 min read"]
        blocks += body
        blocks += [f"Tags: {a['tags']}", "Follow Pulse9 on X and Instagram\nCookie settings · Privacy · Imprint"]
    elif outlet == "korvena-herald":
        head = ["Korvena Herald", "Politics   Capital   Nation   World   Business   Culture   Opinion",
                "Thursday, 17 May 2029"]
        blocks = ["\n".join(head), a["title"], f"{au} · {email(au, outlet)}\nKorvena · {t}"]
        blocks += body
        blocks += ["Support the Herald: subscribe from 12 kestas a month.", f"Read next: {a['related']}",
                   "© 2029 Herald Media Lissava · Privacy · Terms · Contact the newsroom"]
    else:
        raise SystemExit(f"no txt template for {outlet}")
    return "\n\n".join(blocks) + "\n"


def main():
    day = os.path.join(HERE, "day")
    if os.path.exists(day):
        shutil.rmtree(day)
    mentions = {}  # fact -> [(article, phrase)]
    stories = {}
    copy_of = {}
    for a in A:
        outlet = a["id"].split("/")[0]
        fmt = a["id"].rsplit(".", 1)[1]
        assert fmt == a["fmt"], a["id"]
        paras = [strip_marks(p) for p in a["paras"]]
        seen = set()
        for p in a["paras"]:
            for m in MARK.finditer(p):
                f = m.group(1)
                assert f in FACTS, f
                assert f not in seen, (a["id"], f)
                assert f[0] == a["story"], (a["id"], f)
                seen.add(f)
                mentions.setdefault(f, []).append({"article": a["id"], "phrase": m.group(2)})
        stories.setdefault(a["story"], []).append(a["id"])
        if a["copy_of"]:
            copy_of[a["id"]] = a["copy_of"]
        render = {"json": render_json, "html": render_html, "txt": render_txt}[fmt]
        path = os.path.join(day, a["id"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(render(a, outlet, paras))
    letters = sorted(stories)
    facts = []
    for fid in sorted(FACTS, key=lambda x: (x[0], int(x[1:]))):
        kind, speaker, about = FACTS[fid]
        assert fid in mentions, f"fact {fid} has no mention"
        facts.append({"id": fid, "story": letters.index(fid[0]), "core": fid[1:] == "1", "kind": kind,
                      "speaker": speaker, "about": about, "mentions": mentions[fid]})
    outlet_of = lambda aid: copy_of.get(aid, aid).split("/")[0]
    only_in = [f["id"] for f in facts if len({outlet_of(m["article"]) for m in f["mentions"]}) == 1]
    figures = [{"story": letters.index(s), "about": about, "mustFlag": must, "values": vals}
               for s, about, must, vals in FIGURES]
    gold = {"date": DATE, "places": PLACES, "storyNames": [STORY_NAMES[l] for l in letters],
            "stories": [stories[l] for l in letters], "copyOf": copy_of, "facts": facts, "figures": figures,
            "onlyIn": only_in}
    with open(os.path.join(HERE, "day.gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(A)} articles, {len(facts)} facts, {sum(len(f['mentions']) for f in facts)} mentions, "
          f"{sum(1 for f in FIGURES if f[2])} must / {sum(1 for f in FIGURES if not f[2])} must-not figures, "
          f"onlyIn {len(only_in)}: {' '.join(only_in)}")


if __name__ == "__main__":
    main()
