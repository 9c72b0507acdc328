#!/usr/bin/env python3
"""Writes day/ and day.gold.json for the invented news day 2029-09-03 (Republic of Vendria).

Sources: articles_src.py (texts with ⟦FACT|phrase⟧ markup) and key_src.py (fact metadata, figures, places).
Run: python3 build.py   (then python3 check.py)
"""
import json
import os
import re
import shutil
import unicodedata
from collections import OrderedDict

from articles_src import ARTICLES
from key_src import FACTS, FIGURES, PLACES, STORY_LETTERS, STORY_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
DAY = os.path.join(HERE, "day")
DATE = "2029-09-03"
MARK = re.compile(r"⟦([A-G]\d+)\|(.*?)⟧", re.S)


def slugify(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


def utc(t):
    h, m = map(int, t.split(":"))
    h -= 2
    day = 3
    if h < 0:
        h += 24
        day = 2
    return f"2029-09-{day:02d}T{h:02d}:{m:02d}:00Z"


def strip(p):
    return MARK.sub(lambda m: m.group(2), p)


OUT = {
    "vendpress": dict(name="Vendpress", domain="vendpress.example", path="wire"),
    "radio-kessa": dict(name="Radio Kessa", domain="radiokessa.example", path="news"),
    "zapnews": dict(name="Zapnews", domain="zapnews.example", path="news"),
    "caldhaven-courier": dict(name="Caldhaven Courier", domain="caldhavencourier.example", path="news"),
    "morning-lantern": dict(name="The Morning Lantern", domain="morninglantern.example", path="news"),
    "hollin-bay-gazette": dict(name="Hollin Bay Gazette", domain="hollinbaygazette.example", path="news"),
    "vendrian-observer": dict(name="The Vendrian Observer", domain="vendrianobserver.example", path="story"),
    "emberley-echo": dict(name="Emberley Echo", domain="emberleyecho.example", path="news"),
    "rusk-valley-times": dict(name="Rusk Valley Times", domain="ruskvalleytimes.example", path="local"),
    "farrowgate-herald": dict(name="Farrowgate Herald", domain="farrowgateherald.example", path="news"),
}


def email(author, domain):
    a = author.split(",")[0].strip().lower()
    a = unicodedata.normalize("NFKD", a).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]+", ".", a).strip(".") + "@" + domain


# ------------------------------------------------------------------ JSON
def render_json(a, paras):
    o = OUT[a["outlet"]]
    d = OrderedDict()
    d["title"] = a["title"]
    d["text"] = "\n\n".join(paras)
    d["source"] = o["name"]
    d["url"] = f"https://{o['domain']}/{o['path']}/2029/09/03/{slugify(a['title'])}"
    d["publishedAt"] = utc(a["time"])
    if a.get("author"):
        d["author"] = a["author"]
    return json.dumps(d, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ TXT
def txt_body(paras, ad="Advertisement"):
    return "\n\n".join(ad if p == "@@AD@@" else p for p in paras)


def render_txt(a, paras):
    o, t, au = a["outlet"], a["time"], a.get("author") or ""
    body = txt_body(paras)
    if o == "morning-lantern":
        return f"""THE MORNING LANTERN
Home | News | Sport | Showbiz | Money | Motoring | Horoscopes
We and our 214 partners use cookies. Accept all | Manage
Caldhaven 24°C · Hollin Bay 19°C breezy · Emberley 35°C scorching

{a['title']}

By {au} | {email(au, 'morninglantern.example')}
Published {t}, Monday 3 September 2029
Share: Facebook | X | WhatsApp | Email

{body}

READ MORE: {a.get('readmore', 'The ten best car boot sales this weekend')}

Most read
1. Soap star’s secret island wedding
2. Quiz: how well do you know your motorway services?
3. Eight signs your cat is plotting against you

Lantern Club: 2 brenns a week for your first 12 weeks

© 2029 Lantern Newspapers Ltd. All rights reserved.
"""
    if o == "zapnews":
        return f"""zapnews | the news, fast
LIVE   Latest   Vendria   World   Money   Tech   Sport
Mon 03.09.2029 {t}

{a['title']}

{au}
2 min read

{body}

Tags: {a.get('tags', 'Vendria')}
Follow Zapnews on X and Instagram
Cookie settings · Privacy · Imprint
"""
    if o == "vendrian-observer":
        return f"""The Vendrian Observer
Politics   Economy   World   Regions   Culture   Opinion   Podcasts
Monday, September 3, 2029

{a['title']}

{au} · {email(au, 'vendrianobserver.example')}
Caldhaven · {t}

{body}

Support independent journalism: subscribe to the Observer from 9 brenns a month.

Read next: {a.get('readnext', 'The week ahead in parliament')}

© 2029 Observer Media Group · Privacy · Terms · Contact the newsroom
"""
    if o == "caldhaven-courier":
        return f"""Caldhaven Courier
News | Capital | Regions | Business | Sport | Culture | Opinion
Monday 3 September 2029 · Caldhaven 24°C, light cloud · Air quality: moderate
This site uses cookies. By continuing you agree to our cookie policy. OK | More info

{a['title']}

By {au} | {email(au, 'caldhavencourier.example')}
Regions · {t}

{body}

Related: Dunmere bypass consultation opens next week
Related: Autumn rail timetable: what changes on your line

Subscribe to the Courier from 12 brenns a month
© 2029 Courier Media Caldhaven · Privacy · Terms
"""
    if o == "hollin-bay-gazette":
        return f"""HOLLIN BAY GAZETTE
Harbour · Town · Islands · Region · Sport · Notices · Tides
Monday 3rd September 2029 · High water 07:12 and 19:34 · Wind W 4
Log in | Subscribe from 3 brenns a week

REGION

{a['title']}

{au} · {t}

{body}

Share: Facebook · X · WhatsApp · Copy link

More from the Gazette
› Lisk Island school welcomes eleven new pupils
› Harbour car park charges to rise in October

We use cookies to improve your experience. Accept | Settings
© 2029 Hollin Bay Gazette · 12 Quay Street, Hollin Bay
"""
    if o == "emberley-echo":
        return f"""EMBERLEY ECHO
Your town. Your hills. Your news.
Home > News > Emberley
03/09/2029 | Updated {t}
Cookies help us deliver our services. [Accept] [Decline]
FIRE DANGER TODAY: EXTREME · Emberley 36°C · Wind NE 30 km/h

{a['title']}

Words: {au}, {email(au, 'emberleyecho.example')}
Photo: Emberley Echo / reader picture

{body}

Read more: Fire service advice: what to pack if you are told to leave
Read more: Emberley agricultural show postponed to October

Tags: wildfire, Whitlow, Greyling, Emberley
© Emberley Echo 2029 · Contact · Advertise
"""
    raise ValueError(o)


# ------------------------------------------------------------------ HTML
HTML_STYLE = {
    "caldhaven-courier": dict(nav=["Home", "Capital", "Nation", "Regions", "World", "Business", "Sport", "Culture", "Opinion"],
                              cookie="Caldhaven Courier uses cookies and similar technologies to personalise content and ads.",
                              footer=["Caldhaven Courier · Cathedral Square 9 · Caldhaven", "Newsroom: desk@caldhavencourier.example · Advertise with us", "© 2029 Courier Media Caldhaven"],
                              css="courier"),
    "hollin-bay-gazette": dict(nav=["Harbour", "Town", "Islands", "Region", "Sport", "Notices", "Tides"],
                               cookie="We and our partners use cookies. You can change your choices at any time.",
                               footer=["Hollin Bay Gazette · 12 Quay Street · Hollin Bay", "Tips: news@hollinbaygazette.example", "© 2029 Hollin Bay Gazette Ltd"],
                               css="hbg"),
    "vendrian-observer": dict(nav=["Politics", "Economy", "World", "Regions", "Health", "Culture", "Opinion", "Podcasts"],
                              cookie="The Vendrian Observer uses cookies to improve your experience and to show relevant advertising.",
                              footer=["The Vendrian Observer · Founded 1921", "Contact the newsroom · Corrections · Careers", "© 2029 Observer Media Group"],
                              css="obs"),
    "rusk-valley-times": dict(nav=["Rusk", "Brackwater", "Orlen Valley", "Sport", "Farming", "Notices", "What’s on"],
                              cookie="This website uses cookies. Some are essential; others help us improve the site.",
                              footer=["Rusk Valley Times · Mill Lane 4 · Rusk", "Call the newsdesk: 0411 220 190", "© 2029 Rusk Valley Times"],
                              css="rvt"),
    "farrowgate-herald": dict(nav=["Home", "Farrowgate", "Region", "Nation", "Sport", "Entertainment", "Property", "Jobs"],
                              cookie="Farrowgate Herald and our advertising partners use cookies on this site.",
                              footer=["Farrowgate Herald · Market Row 17 · Farrowgate", "newsdesk@farrowgateherald.example", "© 2029 Herald Newspapers"],
                              css="fh"),
    "zapnews": dict(nav=["Live", "Latest", "Vendria", "World", "Money", "Tech", "Sport"],
                    cookie="Zapnews uses cookies. Accept to get the fastest experience.",
                    footer=["Zapnews · the news, fast", "Imprint · Privacy · Cookie settings", "© 2029 Zap Digital"],
                    css="zap"),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(a, paras):
    o = OUT[a["outlet"]]
    st = HTML_STYLE[a["outlet"]]
    title, t, au = a["title"], a["time"], a.get("author") or o["name"]
    iso = f"2029-09-03T{t}:00+02:00"
    sec = a.get("section", "News")
    url = f"https://{o['domain']}/{slugify(sec)}/2029/09/03/{slugify(title)}"
    nav = "\n".join(f'        <li><a href="/{slugify(n)}">{esc(n)}</a></li>' for n in st["nav"])
    body_ps = []
    for i, p in enumerate(paras):
        body_ps.append(f"      <p>{esc(p)}</p>")
        if i == 1 and a.get("caption"):
            body_ps.append(f"""      <figure>
        <img src="https://{o['domain']}/img/2029/{slugify(a['caption'])[:30]}.jpg" alt="">
        <figcaption>{esc(a['caption'])}</figcaption>
      </figure>""")
        if i == 3 and len(paras) > 5:
            body_ps.append('      <div class="ad ad-inline"><span>Advertisement</span></div>')
    body = "\n".join(body_ps)
    if au == "Vendpress":
        byline = f'      <div class="byline">Vendpress · <time datetime="{iso}">3 September 2029, {t}</time></div>'
    else:
        byline = f'      <div class="byline">By <a rel="author" href="/authors/{slugify(au)}">{esc(au)}</a> · <time datetime="{iso}">3 September 2029, {t}</time></div>'
    stand = f'\n      <p class="standfirst">{esc(a["standfirst"])}</p>' if a.get("standfirst") else ""
    desc = a.get("standfirst") or strip(paras[0])[:150]
    related = "".join(f'<li><a href="/news/{slugify(r)}">{esc(r)}</a></li>' for r in a.get("related", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} | {esc(o['name'])}</title>
  <meta name="description" content="{esc(desc).replace('"', '&quot;')}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="{esc(title).replace('"', '&quot;')}">
  <meta property="og:site_name" content="{esc(o['name'])}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="https://{o['domain']}/img/2029/{slugify(title)[:28]}.jpg">
  <meta property="article:published_time" content="{iso}">
  <meta property="article:section" content="{esc(sec)}">
  <meta name="author" content="{esc(au)}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/css/main.{st['css']}.css">
  <script async src="https://ads.vendnet.example/tag.js"></script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{ site: "{o['domain']}", section: "{slugify(sec)}" }});</script>
</head>
<body>
  <div id="cookie-consent" class="consent" role="dialog" aria-label="Cookies">
    <p>{esc(st['cookie'])}</p>
    <button>Accept all</button> <button>Reject</button> <button>Preferences</button>
  </div>
  <header class="masthead">
    <a class="brand" href="/">{esc(o['name'])}</a>
    <nav aria-label="Sections">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe">Subscribe</a>
  </header>
  <div class="ad ad-leaderboard"><span>Advertisement</span><iframe src="https://ads.vendnet.example/slot/728x90" title="Advertisement"></iframe></div>
  <main id="main">
    <article class="article">
      <p class="section-label">{esc(sec)}</p>
      <h1>{esc(title)}</h1>{stand}
{byline}
      <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
{body}
    </article>
    <aside class="related">
      <h3>Read more</h3>
      <ul>{related}</ul>
    </aside>
    <aside class="newsletter"><h3>The morning briefing</h3><p>The day’s news in your inbox at 7.</p><form><input type="email" placeholder="Your e-mail"><button>Sign up</button></form></aside>
  </main>
  <footer class="site-footer">
    <p>{esc(st['footer'][0])}</p>
    <p>{esc(st['footer'][1])}</p>
    <p>{esc(st['footer'][2])}</p>
  </footer>
</body>
</html>
"""


def main():
    if os.path.isdir(DAY):
        shutil.rmtree(DAY)
    stories = [[] for _ in STORY_LETTERS]
    mentions = {f: [] for f in FACTS}
    copy_of = {}
    for a in ARTICLES:
        aid = a["id"]
        a["outlet"] = aid.split("/")[0]
        ext = aid.rsplit(".", 1)[1]
        assert ext == a["fmt"], aid
        paras = [strip(p) for p in a["paras"]]
        for p in a["paras"]:
            for m in MARK.finditer(p):
                fid, phrase = m.group(1), m.group(2)
                assert fid in FACTS, (aid, fid)
                assert fid[0] == a["story"], (aid, fid)
                mentions[fid].append({"article": aid, "phrase": phrase})
        stories[STORY_LETTERS.index(a["story"])].append(aid)
        if a.get("copy_of"):
            copy_of[aid] = a["copy_of"]
        text = {"json": render_json, "txt": render_txt, "html": render_html}[ext](a, paras)
        path = os.path.join(DAY, aid)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def outlet(aid):
        return copy_of.get(aid, aid).split("/")[0]

    facts, only = [], []
    for fid, (core, kind, speaker, about) in FACTS.items():
        ms = mentions[fid]
        assert ms, fid
        facts.append(OrderedDict(id=fid, story=STORY_LETTERS.index(fid[0]), core=core, kind=kind,
                                 speaker=speaker, about=about, mentions=ms))
        if len({outlet(m["article"]) for m in ms}) == 1:
            only.append(fid)

    figures = []
    for letter, about, must, values in FIGURES:
        figures.append(OrderedDict(story=STORY_LETTERS.index(letter), about=about, mustFlag=must,
                                   values=[OrderedDict(value=v, articles=arts, claimant=c) for v, c, arts in values]))

    gold = OrderedDict()
    gold["date"] = DATE
    gold["places"] = PLACES
    gold["storyNames"] = STORY_NAMES
    gold["stories"] = stories
    gold["copyOf"] = copy_of
    gold["facts"] = facts
    gold["figures"] = figures
    gold["onlyIn"] = only
    with open(os.path.join(HERE, "day.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")

    fmts = {"txt": 0, "json": 0, "html": 0}
    for a in ARTICLES:
        fmts[a["fmt"]] += 1
    print(f"articles {len(ARTICLES)} ({fmts['txt']}/{fmts['json']}/{fmts['html']}), outlets {len(OUT)}, stories {len(stories)}, "
          f"facts {len(facts)} ({sum(len(f['mentions']) for f in facts)} mentions), core {sum(f['core'] for f in facts)}, "
          f"speaker {sum(1 for f in facts if f['speaker'])}, figures {sum(1 for g in figures if g['mustFlag'])}/"
          f"{sum(1 for g in figures if not g['mustFlag'])}, onlyIn {len(only)}, copies {len(copy_of)}")
    print("onlyIn:", " ".join(only))


if __name__ == "__main__":
    main()
