# Fact metadata and figures for the 2029-09-03 Vendria day. Mentions come from the ⟦…⟧ markup in articles_src.py.

STORY_LETTERS = "ABCDEFG"

STORY_NAMES = [
    "A Ferry Marra Light runs aground off Lisk Island, all brought ashore (wire + 2 verbatim copies + 2 rewrites + one-sentence brief; on-board and hospital counts disputed)",
    "B Caldhaven city council passes the 2030 budget (size of the cuts disputed three ways; protest crowd disputed)",
    "C Wildfire in the hills above Emberley, Whitlow and Greyling evacuated (look-alike of D; burned area disputed three ways; evacuees disputed)",
    "D Fire on Skarra Heath near Dunmere brought under control (look-alike of C; burned area disputed)",
    "E West Vendria Health Board approves merger of St Wenna's and Tarnford General (beds lost and annual savings disputed)",
    "F Inspectors find cracks in the Rusk Dam, reservoir to be lowered (repair cost and flood-zone population disputed)",
    "G Crowd crush at the Brightwater Festival gate in Farrowgate (crowd size and injured disputed)",
]

# id: (core, kind, speaker, about)
FACTS = {
    "A1": (True, "claim", None, "ferry Marra Light ran aground off Lisk Island on Monday; everyone on board brought ashore"),
    "A2": (False, "claim", "Skerry Lines", "operator: 286 passengers and crew aboard"),
    "A3": (False, "claim", "Vendrian Coastguard", "coastguard: 312 people aboard"),
    "A4": (False, "claim", "Vendrian Coastguard", "coastguard: nine people taken to hospital"),
    "A5": (False, "claim", "Hollin Bay Infirmary", "infirmary: 17 people treated"),
    "A6": (False, "quote", "Petra Lindahl", "calm sea, good visibility, a ship that size should never have been there"),
    "A7": (False, "claim", "Mats Ebbesen", "Skerry Lines chief would not say whether a navigation fault caused the grounding"),
    "A8": (False, "claim", "Maritime Accident Investigation Board", "accident investigators sent a team to the island"),
    "A9": (False, "claim", "Skerry Lines", "250 brenns (about 900 rigels) compensation per passenger"),
    "A10": (False, "claim", None, "ship built in 1996, owned since 2019 by the Osterlin group Nordhav"),
    "A11": (False, "quote", "Agnes Rowe", "passenger: terrible scraping noise, everyone thrown sideways"),
    "A12": (False, "claim", "Skerry Lines", "no crossings to Vassa until Thursday"),
    "A13": (False, "claim", None, "lifeboat volunteers and a dozen fishing boats shuttled people to the quay"),
    "A14": (False, "claim", None, "the master, Idris Falk, 54, questioned by police"),

    "B1": (True, "claim", None, "Caldhaven city council approves the 2030 budget (34 votes to 27)"),
    "B2": (False, "claim", "Teodor Vance", "mayor: the budget saves 31 million brenns"),
    "B3": (False, "claim", "Commons Party", "opposition: the cuts come to 48 million brenns"),
    "B4": (False, "claim", "Municipal Employees' Union", "union: the cuts come to nearly 55 million brenns"),
    "B5": (False, "claim", "Caldhaven police", "police: about 1,200 protesters"),
    "B6": (False, "claim", "Save Our Libraries", "organisers: 4,000 protesters"),
    "B7": (False, "claim", None, "six branch libraries to close, books moved to the central library"),
    "B8": (False, "claim", None, "property tax up 3.5 percent from January"),
    "B9": (False, "quote", "Teodor Vance", "nobody goes into politics to close a library, but ..."),
    "B10": (False, "quote", "Jonas Ekwall", "budget balanced on the backs of bus riders and library users"),
    "B11": (False, "claim", "Teodor Vance", "Vance did not rule out more cuts in 2031"),
    "B12": (False, "claim", "Ilse Marchbank", "about 180 city hall jobs to go, mostly through vacancies"),
    "B13": (False, "quote", "Wilma Moen", "librarian: read stories to three generations of children"),
    "B14": (False, "claim", None, "city debt 1.1 billion brenns; rating agency warned of downgrade"),

    "C1": (True, "claim", None, "Emberley hill fire burns for a second day; Whitlow and Greyling evacuated"),
    "C2": (False, "claim", "Emberley Fire and Rescue Service", "fire service: about 1,800 hectares burned"),
    "C3": (False, "claim", "Northern Forestry Office", "forestry office: 2,600 hectares burned"),
    "C4": (False, "claim", "Vendrian Greens", "Greens: well over 3,000 hectares burned"),
    "C5": (False, "claim", "Upper Marrow police", "police: 650 residents evacuated"),
    "C6": (False, "claim", "Lotte Brandauer", "mayor: more than 1,000 people left their homes"),
    "C7": (False, "claim", None, "about 240 firefighters and six water-bombing aircraft"),
    "C8": (False, "quote", "Gareth Quill", "the wind is doing the fire's work; defending houses, not fighting a front"),
    "C9": (False, "claim", None, "road R-14 closed between Emberley and the Greyling pass"),
    "C10": (False, "claim", "Gareth Quill", "cause unknown; Quill did not rule out arson"),
    "C11": (False, "claim", None, "provincial government releases 2.5 million brenns in emergency aid"),
    "C12": (False, "claim", None, "Walter Henty, 72, stayed on his farm to help firefighters"),
    "C13": (False, "claim", None, "one firefighter treated for smoke; no other injuries"),
    "C14": (False, "claim", None, "temperatures up to 38 degrees expected on Tuesday"),

    "D1": (True, "claim", None, "fire on Skarra Heath near Dunmere burns through the afternoon, brought under control"),
    "D2": (False, "claim", "Dunmere Fire Brigade", "fire brigade: about 320 hectares burned"),
    "D3": (False, "claim", "Skarra Heath Trust", "heath trust: closer to 500 hectares burned"),
    "D4": (False, "claim", "Dunmere police", "police questioned two teenagers, aged 15 and 16"),
    "D5": (False, "quote", "Owen Tarrant", "lost nesting ground that took thirty years to bring back"),
    "D6": (False, "claim", None, "90 firefighters and a helicopter sent"),
    "D7": (False, "claim", "Ruth Abernethy", "a disposable barbecue most likely started the fire"),
    "D8": (False, "claim", None, "about 130 campers moved out of a nearby campsite"),
    "D9": (False, "claim", None, "the heath last burned in 2026"),
    "D10": (False, "claim", None, "trains between Dunmere and Caldhaven halted for two hours"),
    "D11": (False, "claim", "Owen Tarrant", "warden wants disposable barbecues banned on the heath"),

    "E1": (True, "claim", None, "health board approves merging St Wenna's and Tarnford General"),
    "E2": (False, "claim", "West Vendria Health Board", "board: 60 beds to go"),
    "E3": (False, "claim", "Vendrian Nurses' Association", "nurses: 140 beds to go"),
    "E4": (False, "claim", "West Vendria Health Board", "board: savings of 22 million brenns a year"),
    "E5": (False, "claim", "National Audit Chamber", "audit chamber: savings of barely 9 million brenns a year"),
    "E6": (False, "claim", None, "St Wenna's emergency department to become urgent-care centre; serious cases 14 km to Tarnford General"),
    "E7": (False, "quote", "Miriam Oakes", "two half-empty hospitals ten minutes apart is a habit, not a health service"),
    "E8": (False, "quote", "Sunniva Hale", "you cannot merge your way out of a staffing crisis"),
    "E9": (False, "claim", "West Vendria Health Board", "3,100 staff, no compulsory redundancies"),
    "E10": (False, "claim", None, "merger takes effect in January 2031"),
    "E11": (False, "claim", "Anders Kell", "health minister must approve and would not say whether he will"),
    "E12": (False, "quote", "Bram Kettle", "my wife would be dead without St Wenna's"),
    "E13": (False, "claim", None, "the two hospitals have 670 beds today"),

    "F1": (True, "claim", None, "inspectors find cracks in the Rusk Dam; reservoir to be lowered"),
    "F2": (False, "claim", "Beata Strand", "minister: repairs cost about 14 million brenns"),
    "F3": (False, "claim", "Vendrian Institute of Civil Engineers", "engineers: repairs could cost up to 40 million brenns"),
    "F4": (False, "claim", "Rusk town council", "council: about 8,000 people in the flood zone"),
    "F5": (False, "claim", "Orlen Valley Emergency Planning Office", "emergency planners: 12,000 people in the flood zone"),
    "F6": (False, "quote", "Henrik Aske", "no immediate danger, but we are not going to wait for one"),
    "F7": (False, "claim", None, "water level to drop four metres over two weeks"),
    "F8": (False, "claim", None, "the dam is 64 metres high and was built in 1961"),
    "F9": (False, "claim", None, "longest crack, in the spillway wall, is 11 metres"),
    "F10": (False, "claim", "Yvonne Castell", "mayor wants warning sirens; public meeting on Thursday"),
    "F11": (False, "claim", "Beata Strand", "minister did not rule out closing the road over the dam"),
    "F12": (False, "claim", None, "last full inspection in 2017"),
    "F13": (False, "claim", "Orlen Power", "hydro station output cut by a quarter"),

    "G1": (True, "claim", None, "crowd crush at the Brightwater Festival gate in Farrowgate on Sunday night hurts festival-goers"),
    "G2": (False, "claim", "Tidal Events", "organisers: 62,000 on site on Sunday"),
    "G3": (False, "claim", "Farrowgate police", "police: about 45,000 on site"),
    "G4": (False, "claim", "Northern Ambulance Service", "ambulance service: 23 people treated/injured"),
    "G5": (False, "claim", "Tidal Events", "organisers: 11 people injured"),
    "G6": (False, "claim", None, "four taken to hospital"),
    "G7": (False, "quote", "Colm Reddy", "too many people through too few turnstiles, too late in the evening"),
    "G8": (False, "quote", "Luka Varga", "we followed the crowd plan the police approved, to the letter"),
    "G9": (False, "claim", "Edda Voss", "council would not say whether the licence will be renewed"),
    "G10": (False, "claim", None, "final day goes ahead on Monday with tickets capped at 30,000"),
    "G11": (False, "quote", "Maja Lund", "student, 19: I couldn't breathe"),
    "G12": (False, "claim", None, "The Pale Orchards on stage 40 minutes late"),
}

# figures: (story letter, about, mustFlag, [(value, claimant or None, [article ids])])
WA = ["vendpress/ferry-aground.json", "caldhaven-courier/marra-light-aground.html", "zapnews/ferry-lisk.txt"]
GZ = "hollin-bay-gazette/marra-light.html"
LA = "morning-lantern/ferry-terror.txt"
FIGURES = [
    # ---- A
    ("A", "people on board the Marra Light", True, [
        (286, "Skerry Lines", WA + [GZ]),
        (312, "Vendrian Coastguard", WA + [GZ, LA])]),
    ("A", "people taken to hospital / treated after the grounding", True, [
        (9, "Vendrian Coastguard", WA + [GZ]),
        (17, "Hollin Bay Infirmary", [GZ, LA])]),
    ("A", "one compensation amount in two currencies: 250 brenns = about 900 rigels", False, [
        (250, None, WA), (900, None, WA)]),
    ("A", "a total and its part: 286 people on board, 41 of them crew", False, [
        (286, None, WA + [GZ]), (41, None, WA + [GZ])]),
    ("A", "different numbers: 64 vehicles, a dozen fishing boats, master aged 54, passenger aged 67, 33-year-old ship built in 1996, owned since 2019", False, [
        (64, None, [GZ]), (12, None, [GZ]), (54, None, [GZ]), (67, None, [LA]), (33, None, [LA]),
        (1996, None, [GZ]), (2019, None, [GZ])]),
    # ---- B
    ("B", "size of the 2030 budget cuts (brenns)", True, [
        (31000000, "Teodor Vance", ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt", "zapnews/budget-passes.json", "vendpress/caldhaven-budget.json"]),
        (48000000, "Commons Party", ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt", "zapnews/budget-passes.json", "vendpress/caldhaven-budget.json"]),
        (55000000, "Municipal Employees' Union", ["caldhaven-courier/budget-vote.html", "morning-lantern/council-cuts.txt"])]),
    ("B", "protesters outside city hall during the budget debate", True, [
        (1200, "Caldhaven police", ["caldhaven-courier/budget-vote.html", "zapnews/budget-passes.json", "vendpress/caldhaven-budget.json"]),
        (4000, "Save Our Libraries", ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt", "morning-lantern/council-cuts.txt"])]),
    ("B", "the vote: 34 for, 27 against", False, [
        (34, None, ["caldhaven-courier/budget-vote.html", "zapnews/budget-passes.json", "vendpress/caldhaven-budget.json"]),
        (27, None, ["caldhaven-courier/budget-vote.html", "zapnews/budget-passes.json", "vendpress/caldhaven-budget.json"])]),
    ("B", "a total and its part: 2.4 billion brenn budget, 31 million brenns of cuts", False, [
        (2400000000, None, ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt"]),
        (31000000, None, ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt"])]),
    ("B", "different numbers: property tax up 3.5 percent, six libraries, 180 jobs, debt of 1.1 billion, librarian aged 58 with 29 years' service", False, [
        (3.5, None, ["caldhaven-courier/budget-vote.html", "zapnews/budget-passes.json", "morning-lantern/council-cuts.txt"]),
        (6, None, ["caldhaven-courier/budget-vote.html", "vendrian-observer/caldhaven-budget.txt", "zapnews/budget-passes.json", "morning-lantern/council-cuts.txt", "vendpress/caldhaven-budget.json"]),
        (180, None, ["vendrian-observer/caldhaven-budget.txt", "vendpress/caldhaven-budget.json"]),
        (1100000000, None, ["vendrian-observer/caldhaven-budget.txt"]),
        (58, None, ["morning-lantern/council-cuts.txt"]),
        (29, None, ["morning-lantern/council-cuts.txt"])]),
    # ---- C
    ("C", "area burned in the Emberley hills (hectares)", True, [
        (1800, "Emberley Fire and Rescue Service", ["emberley-echo/hill-fire.txt", "vendpress/emberley-fire.json", "vendrian-observer/emberley-wildfire.html", "radio-kessa/emberley-fire.json"]),
        (2600, "Northern Forestry Office", ["emberley-echo/hill-fire.txt", "vendpress/emberley-fire.json", "vendrian-observer/emberley-wildfire.html"]),
        (3000, "Vendrian Greens", ["vendrian-observer/emberley-wildfire.html", "farrowgate-herald/emberley-blaze.html"])]),
    ("C", "people evacuated from Whitlow and Greyling", True, [
        (650, "Upper Marrow police", ["emberley-echo/hill-fire.txt", "vendpress/emberley-fire.json"]),
        (1000, "Lotte Brandauer", ["emberley-echo/hill-fire.txt", "farrowgate-herald/emberley-blaze.html"])]),
    ("C", "two different counts: 240 firefighters, six aircraft", False, [
        (240, None, ["vendpress/emberley-fire.json", "vendrian-observer/emberley-wildfire.html", "farrowgate-herald/emberley-blaze.html"]),
        (6, None, ["vendpress/emberley-fire.json", "vendrian-observer/emberley-wildfire.html", "farrowgate-herald/emberley-blaze.html"])]),
    ("C", "a total and its part: 2.5 million brenns of aid, half a million of it for farmers", False, [
        (2500000, None, ["vendpress/emberley-fire.json", "vendrian-observer/emberley-wildfire.html"]),
        (500000, None, ["vendrian-observer/emberley-wildfire.html"])]),
    ("C", "different numbers: 38 degrees, road R-14, farmer aged 72", False, [
        (38, None, ["emberley-echo/hill-fire.txt", "farrowgate-herald/emberley-blaze.html"]),
        (14, None, ["emberley-echo/hill-fire.txt", "vendrian-observer/emberley-wildfire.html"]),
        (72, None, ["emberley-echo/hill-fire.txt"])]),
    # ---- D
    ("D", "area of Skarra Heath burned (hectares)", True, [
        (320, "Dunmere Fire Brigade", ["caldhaven-courier/dunmere-heath.txt", "hollin-bay-gazette/skarra-heath.txt", "zapnews/heath-fire.txt"]),
        (500, "Skarra Heath Trust", ["hollin-bay-gazette/skarra-heath.txt", "farrowgate-herald/skarra-fire.html"])]),
    ("D", "two teenagers questioned, aged 15 and 16", False, [
        (15, None, ["caldhaven-courier/dunmere-heath.txt", "zapnews/heath-fire.txt"]),
        (16, None, ["caldhaven-courier/dunmere-heath.txt", "zapnews/heath-fire.txt"])]),
    ("D", "different numbers: 90 firefighters, two dozen engines, 130 campers, the 2026 fire, thirty years of restoration", False, [
        (90, None, ["caldhaven-courier/dunmere-heath.txt", "farrowgate-herald/skarra-fire.html"]),
        (24, None, ["caldhaven-courier/dunmere-heath.txt"]),
        (130, None, ["hollin-bay-gazette/skarra-heath.txt", "zapnews/heath-fire.txt"]),
        (2026, None, ["hollin-bay-gazette/skarra-heath.txt", "farrowgate-herald/skarra-fire.html"]),
        (30, None, ["hollin-bay-gazette/skarra-heath.txt"])]),
    # ---- E
    ("E", "hospital beds lost in the merger", True, [
        (60, "West Vendria Health Board", ["vendpress/hospital-merger.json", "vendrian-observer/tarnford-merger.html", "caldhaven-courier/hospital-merger.html"]),
        (140, "Vendrian Nurses' Association", ["vendpress/hospital-merger.json", "vendrian-observer/tarnford-merger.html", "morning-lantern/hospital-axe.txt", "radio-kessa/tarnford-hospitals.json"])]),
    ("E", "annual savings from the merger (brenns)", True, [
        (22000000, "West Vendria Health Board", ["vendpress/hospital-merger.json", "vendrian-observer/tarnford-merger.html", "caldhaven-courier/hospital-merger.html"]),
        (9000000, "National Audit Chamber", ["vendrian-observer/tarnford-merger.html", "caldhaven-courier/hospital-merger.html"])]),
    ("E", "a total and its part: 670 beds today, about 60 to go", False, [
        (670, None, ["vendrian-observer/tarnford-merger.html"]),
        (60, None, ["vendrian-observer/tarnford-merger.html"])]),
    ("E", "different numbers: 3,100 staff, 14 km, January 2031, ten minutes apart, patient's husband aged 71", False, [
        (3100, None, ["vendpress/hospital-merger.json", "caldhaven-courier/hospital-merger.html"]),
        (14, None, ["vendrian-observer/tarnford-merger.html", "morning-lantern/hospital-axe.txt"]),
        (2031, None, ["vendpress/hospital-merger.json", "vendrian-observer/tarnford-merger.html"]),
        (10, None, ["vendpress/hospital-merger.json"]),
        (71, None, ["morning-lantern/hospital-axe.txt"])]),
    # ---- F
    ("F", "cost of repairing the Rusk Dam (brenns)", True, [
        (14000000, "Beata Strand", ["vendpress/rusk-dam.json", "vendrian-observer/rusk-dam.txt", "farrowgate-herald/rusk-dam.html"]),
        (40000000, "Vendrian Institute of Civil Engineers", ["vendpress/rusk-dam.json", "vendrian-observer/rusk-dam.txt", "zapnews/rusk-dam.txt"])]),
    ("F", "people living in the flood zone below the dam", True, [
        (8000, "Rusk town council", ["rusk-valley-times/dam-cracks.html", "vendpress/rusk-dam.json", "vendrian-observer/rusk-dam.txt"]),
        (12000, "Orlen Valley Emergency Planning Office", ["rusk-valley-times/dam-cracks.html", "vendrian-observer/rusk-dam.txt", "farrowgate-herald/rusk-dam.html"])]),
    ("F", "different lengths in metres: dam 64 high, level down 4, crack 11 long", False, [
        (64, None, ["rusk-valley-times/dam-cracks.html", "vendpress/rusk-dam.json"]),
        (4, None, ["rusk-valley-times/dam-cracks.html", "farrowgate-herald/rusk-dam.html", "zapnews/rusk-dam.txt"]),
        (11, None, ["rusk-valley-times/dam-cracks.html", "vendrian-observer/rusk-dam.txt"])]),
    ("F", "different numbers: built 1961, last inspected 2017 (twelve years ago), output cut by a quarter", False, [
        (1961, None, ["rusk-valley-times/dam-cracks.html", "vendpress/rusk-dam.json"]),
        (2017, None, ["rusk-valley-times/dam-cracks.html", "vendrian-observer/rusk-dam.txt"]),
        (12, None, ["vendrian-observer/rusk-dam.txt"]),
        (25, None, ["rusk-valley-times/dam-cracks.html"])]),
    # ---- G
    ("G", "crowd at the Brightwater Festival on Sunday", True, [
        (62000, "Tidal Events", ["farrowgate-herald/festival-crush.html", "morning-lantern/festival-crush.txt", "vendpress/festival-crush.json", "zapnews/brightwater-crush.html"]),
        (45000, "Farrowgate police", ["farrowgate-herald/festival-crush.html", "morning-lantern/festival-crush.txt", "zapnews/brightwater-crush.html"])]),
    ("G", "people injured in the crush", True, [
        (23, "Northern Ambulance Service", ["farrowgate-herald/festival-crush.html", "morning-lantern/festival-crush.txt", "vendpress/festival-crush.json", "zapnews/brightwater-crush.html"]),
        (11, "Tidal Events", ["farrowgate-herald/festival-crush.html", "vendpress/festival-crush.json", "zapnews/brightwater-crush.html"])]),
    ("G", "two different counts: 23 injured, 4 taken to hospital", False, [
        (23, None, ["farrowgate-herald/festival-crush.html", "vendpress/festival-crush.json"]),
        (4, None, ["farrowgate-herald/festival-crush.html", "vendpress/festival-crush.json"])]),
    ("G", "Sunday's crowd (62,000) vs Monday's ticket cap (30,000)", False, [
        (62000, None, ["farrowgate-herald/festival-crush.html", "vendpress/festival-crush.json"]),
        (30000, None, ["farrowgate-herald/festival-crush.html", "vendpress/festival-crush.json"])]),
    ("G", "different numbers: 40 minutes late, student aged 19, licence for 2030", False, [
        (40, None, ["farrowgate-herald/festival-crush.html", "zapnews/brightwater-crush.html"]),
        (19, None, ["morning-lantern/festival-crush.txt"]),
        (2030, None, ["farrowgate-herald/festival-crush.html"])]),
]

PLACES = ["Vendria", "Vendrian", "Caldhaven", "Hollin", "Lisk", "Vassa", "Osterlin", "Emberley", "Whitlow",
          "Greyling", "Marrow", "Dunmere", "Skarra", "Tarnford", "Rusk", "Orlen", "Brackwater", "Farrowgate",
          "Nettlefield"]
