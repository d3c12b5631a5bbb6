"""A synthetic corpus of Norwegian press releases about the cluster programme.

Every sentence template below was written for this benchmark (Bokmål and
Nynorsk); names come from the project's own gazetteers
(``patterns/clusters.json``, ``patterns/places.json``) plus invented cluster
names, so the text exercises the gazetteer matchers, the cluster finder's
rules, money and date shapes, status and funding triggers, negations and
plans, and the boilerplate of scraped pages (navigation, cookie notices,
contact blocks, share links). No third-party text is included.

Generation is deterministic: the same seed gives the same documents.

    from corpus import build_corpus, generate
    records = build_corpus(min_bytes=1_000_000)     # seeds + generated releases
    short = generate(10_000, seed=7, short=True)    # many short releases
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
PATTERNS = ROOT / "patterns"
SEEDS = ROOT / "seeds"

# --- vocabulary written for the benchmark ------------------------------------
INVENTED_STEMS = [
    "Havkraft", "Fjordtech", "Grønn Prosess", "Skoginnovasjon", "Polar Bioøkonomi", "Kystlogistikk",
    "Smart Havbruk", "Fremtidens Bygg", "Digital Helse", "Batteriverdikjeden", "Sirkulær Plast",
    "Hydrogenalliansen", "Arktisk Mat", "Romfart Nord", "Trebyen", "Vannkraft Vest", "Reiseliv Innlandet",
    "Marin Robotikk", "Kunstig Intelligens Midt", "Bærekraftig Mote", "Energilagring", "Grønt Landbruk",
]
INVENTED_HEADS = ["Cluster", "Hub", "Network"]
FIRST_NAMES = ["Kari", "Ola", "Ingrid", "Lars", "Sigrid", "Per", "Marit", "Jon", "Astrid", "Knut",
               "Hanne", "Eirik", "Silje", "Trond", "Guro", "Magnus", "Ragnhild", "Anders", "Liv", "Håkon"]
LAST_NAMES = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
              "Berg", "Haugen", "Dahl", "Lie", "Strand", "Moen", "Bakken", "Solberg", "Lund", "Myhre"]
ROLES_NB = ["daglig leder", "klyngeleder", "styreleder", "prosjektleder", "kommunikasjonsrådgiver",
            "seniorrådgiver", "direktør for regional utvikling", "fagsjef"]
ROLES_NN = ["dagleg leiar", "klyngeleiar", "styreleiar", "prosjektleiar", "kommunikasjonsrådgjevar",
            "seniorrådgjevar", "fagsjef"]
SECTORS_NB = ["havbruk", "fornybar energi", "helseteknologi", "reiseliv", "prosessindustri", "maritim næring",
              "digitalisering", "bioøkonomi", "mat og drikke", "romfart", "byggenæringen", "treindustri"]
SECTORS_NN = ["havbruk", "fornybar energi", "helseteknologi", "reiseliv", "prosessindustri", "maritim næring",
              "digitalisering", "bioøkonomi", "mat og drikke", "byggjenæringa", "treindustri"]
MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
NUM_NB = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti"}
NUM_NN = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "sju", 8: "åtte", 9: "ni", 10: "ti"}
LEVELS = {
    "ARENA": ("Arena-klynge", "Arena-status", "Arena-programmet"),
    "ARENA_PRO": ("Arena Pro-klynge", "Arena Pro-status", "Arena Pro-nivået"),
    "NCE": ("NCE-klynge", "NCE-status", "NCE-nivået"),
    "GCE": ("GCE-klynge", "GCE-status", "GCE-nivået"),
    "HUB_NODE": ("Hub-node", "Hub-node-status", "Hub-node-ordningen"),
    "MATURE": ("moden klynge", "status som moden klynge", "ordningen for modne klynger"),
}

# Sentence templates. Slots: {C} cluster, {C2} second cluster, {P} place, {L} level noun,
# {LS} level status word, {LP} level programme phrase, {Y} year, {D} written date, {N} small number,
# {DD} day date, {NW} number word, {M} millions, {M2} higher millions, {K} thousands, {S} sector, {PERSON}, {ROLE}.
EVENTS_NB = [
    "{C} i {P} får status som {L} fra {D}.",
    "{C} får status som {L}.",
    "Innovasjon Norge har i dag bestemt at {C} blir {L}.",
    "{C} har fått {LS} i Norwegian Innovation Clusters.",
    "{C} ble tatt opp i Arena-programmet i {Y}.",
    "{C} har vært Arena-klynge siden {Y}, og går nå over til NCE-nivået.",
    "Statusen som {L} er forlenget for {C} til {Y}.",
    "{C} og {C2} blir nye {L}r i klyngeprogrammet.",
    "Klyngen, som holder til i {P}, fikk {LS} i {Y}.",
    "I {D} ble {C} utnevnt til {L} av Innovasjon Norge, Siva og Forskningsrådet.",
]
EVENTS_NN = [
    "{C} i {P} får status som {L} frå {D}.",
    "{C} får status som {L}.",
    "Innovasjon Noreg har i dag vedteke at {C} blir {L}.",
    "{C} har fått {LS} i Norwegian Innovation Clusters.",
    "{C} vart teken opp i Arena-programmet i {Y}.",
    "Klynga, som held til i {P}, fekk {LS} i {Y}.",
    "Statusen som {L} er forlenga for {C} til {Y}.",
]
FUNDING_NB = [
    "Klyngen får inntil {M} millioner kroner i året i tre år.",
    "{C} får {M} millioner kroner i årlig støtte fra programmet i {NW} år.",
    "Hver klynge kan motta {M},5 – {M2} millioner kroner i årlig støtte.",
    "Den statlige finansieringsrammen for Arena-programmet er {M2}7 millioner kroner for {Y}.",
    "NCE-klyngene får tilskudd på inntil {M2} millioner kroner i året.",
    "Støtten er på kr {K} 000 for {Y}.",
    "Det er satt av {M2}5 MNOK til klyngeprosjektene i år.",
]
FUNDING_NN = [
    "Klynga får inntil {M} millionar kroner i året i tre år.",
    "{C} får tilskot på {M} millionar kroner årleg i {NW} år.",
    "Kvar klynge kan få {M},5 – {M2} millionar kroner i årleg støtte.",
    "Det er sett av {M2}5 millionar kroner til klyngjene i år.",
]
NON_EVENTS_NB = [
    "{C} søker ikke om ny status i år.",
    "Klyngen planlegger å søke om {LS} neste år.",
    "Målet er at {C} skal bli {L} innen {Y}.",
    "Søknadsfristen for nye klynger er {D}.",
    "Medlemsbedriftene hadde i fjor en samlet omsetning på {M2}{M}0 millioner kroner.",
    "{C} vant prisen for årets klynge i {Y}.",
]
NON_EVENTS_NN = [
    "{C} søkjer ikkje om ny status i år.",
    "Klynga planlegg å søkje om {LS} neste år.",
    "Søknadsfristen for nye klyngjer er {D}.",
]
FILLER_NB = [
    "Klyngen samler {N}0 bedrifter, forskningsinstitusjoner og utdanningsaktører innen {S}.",
    "Målet er å styrke konkurransekraften og øke verdiskapingen i regionen.",
    "Samarbeidet skal bidra til flere arbeidsplasser og grønn omstilling i {P}.",
    "Bedriftene i klyngen har til sammen over {N} 000 ansatte.",
    "Programmet er et samarbeid mellom Innovasjon Norge, Siva og Norges forskningsråd.",
    "Klyngeprogrammet gir faglig og finansiell støtte til langsiktig utvikling av næringsmiljøer.",
    "Det er stor interesse for {S} både nasjonalt og internasjonalt.",
    "Klyngen har de siste årene utviklet flere nye prosjekter sammen med universitetet.",
    "Arbeidet med kompetanse og internasjonalisering vil få høy prioritet framover.",
    "Et felles mål er å bygge en sterk og nyskapende {S} i {P}.",
    "Mange av medlemmene er små og mellomstore bedrifter med stort vekstpotensial.",
    "Klyngen arrangerer en samling for medlemmene {DD} i {P}.",
    "I {Y} ble det gjennomført {N}{N} innovasjonsprosjekter i nettverket.",
    "Satsingen på {S} har gitt resultater, og flere bedrifter har økt eksporten.",
]
FILLER_NN = [
    "Klynga samlar {N}0 verksemder, forskingsinstitusjonar og utdanningsaktørar innan {S}.",
    "Målet er å styrkje konkurransekrafta og auke verdiskapinga i regionen.",
    "Samarbeidet skal bidra til fleire arbeidsplassar og grøn omstilling i {P}.",
    "Verksemdene i klynga har til saman over {N} 000 tilsette.",
    "Programmet er eit samarbeid mellom Innovasjon Noreg, Siva og Noregs forskingsråd.",
    "Det er stor interesse for {S} både nasjonalt og internasjonalt.",
    "Arbeidet med kompetanse og internasjonalisering vil få høg prioritet framover.",
    "Mange av medlemane er små og mellomstore verksemder med stort vekstpotensial.",
    "Klynga skipar til ei samling for medlemane {DD} i {P}.",
]
QUOTES_NB = [
    "– Dette er en viktig anerkjennelse av arbeidet som er gjort, sier {PERSON}, {ROLE} i {C}.",
    "– Vi gleder oss til å ta klyngen videre, sier {ROLE} {PERSON}.",
    "– Klyngene er viktige for omstillingen av norsk næringsliv, sier {PERSON}, {ROLE} i Innovasjon Norge.",
    "«Nå kan vi satse enda mer på {S}», sier {PERSON}.",
]
QUOTES_NN = [
    "– Dette er ei viktig anerkjenning av arbeidet som er gjort, seier {PERSON}, {ROLE} i {C}.",
    "– Vi gler oss til å ta klynga vidare, seier {ROLE} {PERSON}.",
]
HEADLINES_NB = [
    "{C} får status som {L}", "{NWC} nye klynger tas opp i klyngeprogrammet", "{C} blir {L}",
    "Ny status for {C}", "Klyngeprogrammet: {NW} nye klynger får støtte", "Millioner til {C}",
]
HEADLINES_NN = ["{C} får status som {L}", "{NWC} nye klyngjer i klyngeprogrammet", "Ny status for {C}"]
LIST_HEADINGS_NB = ["De {NW} nye Arena-klyngene er:", "Disse klyngene får {LS}:", "Følgende klynger er tatt opp:"]
LIST_HEADINGS_NN = ["Dei {NW} nye Arena-klyngjene er:", "Desse klyngjene får {LS}:"]

NAV = ["Hopp til hovedinnhold\nMeny\nSøk\nEnglish\n", "Hovedmeny\nNyheter\nPresserom\nOm oss\nKontakt\n",
       "Du er her: Forside / Nyheter / Pressemeldinger\n"]
COOKIES_NB = ("Vi bruker informasjonskapsler (cookies) for å gi deg en bedre brukeropplevelse og for å lage "
              "statistikk. Ved å fortsette å bruke nettstedet godtar du dette. Les mer i personvernerklæringen.\n"
              "Godta alle\nBare nødvendige\n")
COOKIES_NN = ("Vi nyttar informasjonskapslar (cookies) for å gi deg ei betre brukaroppleving. Les meir i "
              "personvernerklæringa.\nGodta alle\nBerre naudsynte\n")
SHARE = "Del artikkelen\nFacebook\nLinkedIn\nX\nE-post\nSkriv ut\n"


class _Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        clusters = json.loads((PATTERNS / "clusters.json").read_text(encoding="utf-8"))["clusters"]
        places = json.loads((PATTERNS / "places.json").read_text(encoding="utf-8"))["places"]
        self.cluster_names = [c["name"] for c in clusters] + [a for c in clusters for a in c.get("aliases", [])
                                                                if len(a) > 4]
        self.places = [p["name"] for p in places if not p.get("ambiguous")]
        self.invented = ([f"Arena {s}" for s in INVENTED_STEMS] + [f"{s} {h}" for s in INVENTED_STEMS for h in INVENTED_HEADS]
                         + [f"NCE {s}" for s in INVENTED_STEMS[:8]])

    # -- slots ---------------------------------------------------------
    def cluster(self) -> str:
        return self.r.choice(self.cluster_names if self.r.random() < 0.7 else self.invented)

    def person(self) -> str:
        return f"{self.r.choice(FIRST_NAMES)} {self.r.choice(LAST_NAMES)}"

    def date(self, year: int) -> str:
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        shape = r.randrange(5)
        if shape == 0:
            return f"{d}. {MONTHS[m - 1]} {year}"
        if shape == 1:
            return f"{d:02d}.{m:02d}.{year}"
        if shape == 2:
            return f"{MONTHS[m - 1]} {year}"
        if shape == 3:
            return f"{d}. {MONTHS[m - 1]}"
        return f"{year}-{m:02d}-{d:02d}"

    def day_date(self, year: int) -> str:
        r = self.r
        d, m = r.randint(1, 28), r.randint(1, 12)
        return r.choice((f"den {d}. {MONTHS[m - 1]}", f"den {d}. {MONTHS[m - 1]} {year}", f"{d:02d}.{m:02d}.{year}"))

    def fill(self, template: str, nn: bool, year: int, main: str) -> str:
        r = self.r
        level = r.choice(list(LEVELS))
        noun, status_word, programme = LEVELS[level]
        n = r.randint(2, 9)
        values = {
            "C": main if r.random() < 0.6 else self.cluster(), "C2": self.cluster(), "P": r.choice(self.places),
            "L": noun, "LS": status_word, "LP": programme, "Y": str(year + r.choice((-1, 0, 0, 1, 2))),
            "D": self.date(year), "DD": self.day_date(year), "N": str(r.randint(1, 9)), "NW": (NUM_NN if nn else NUM_NB)[n],
            "NWC": (NUM_NN if nn else NUM_NB)[n].capitalize(), "M": str(r.randint(1, 9)), "M2": str(r.randint(2, 9)),
            "K": str(r.randint(100, 900)), "S": r.choice(SECTORS_NN if nn else SECTORS_NB), "PERSON": self.person(),
            "ROLE": r.choice(ROLES_NN if nn else ROLES_NB),
        }
        return template.format(**values)

    # -- blocks --------------------------------------------------------
    def paragraph(self, nn: bool, year: int, main: str, sentences: int) -> str:
        r = self.r
        out = []
        for _ in range(sentences):
            roll = r.random()
            if roll < 0.12:
                pool = EVENTS_NN if nn else EVENTS_NB
            elif roll < 0.20:
                pool = FUNDING_NN if nn else FUNDING_NB
            elif roll < 0.26:
                pool = NON_EVENTS_NN if nn else NON_EVENTS_NB
            else:
                pool = FILLER_NN if nn else FILLER_NB
            out.append(self.fill(r.choice(pool), nn, year, main))
        return " ".join(out)

    def bullet_list(self, nn: bool, year: int, main: str) -> str:
        r = self.r
        n = r.randint(3, 7)
        heading = self.fill(r.choice(LIST_HEADINGS_NN if nn else LIST_HEADINGS_NB), nn, year, main)
        bullet = r.choice(("  • ", "- ", "• "))
        items = [f"{bullet}{self.cluster()}, {r.choice(self.places)}" for _ in range(n)]
        return heading + "\n\n" + "\n".join(items)

    def contact(self, nn: bool) -> str:
        r = self.r
        name = self.person()
        email = name.lower().replace(" ", ".").replace("å", "a").replace("ø", "o").replace("æ", "ae") + "@example.no"
        head = "For meir informasjon, kontakt:" if nn else "For mer informasjon, kontakt:"
        role = r.choice(ROLES_NN if nn else ROLES_NB)
        phone = f"+47 {r.randint(400, 999)} {r.randint(10, 99)} {r.randint(100, 999)}"
        return f"{head}\n{name}, {role}\nTelefon: {phone}\nE-post: {email}"

    def document(self, nn: bool, short: bool) -> tuple[str, str]:
        r = self.r
        year = r.randint(2002, 2024)
        published = f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        main = self.cluster()
        parts = []
        if r.random() < 0.5:
            parts.append(r.choice(NAV))
        if r.random() < 0.4:
            parts.append(COOKIES_NN if nn else COOKIES_NB)
        parts.append(self.fill(r.choice(HEADLINES_NN if nn else HEADLINES_NB), nn, year, main))
        d, m = int(published[8:]), int(published[5:7])
        parts.append(r.choice((f"Publisert {d}. {MONTHS[m - 1]} {year}",
                               f"Publisert: {d:02d}.{m:02d}.{year} | Oppdatert: {d:02d}.{m:02d}.{year} kl. {r.randint(8, 16)}:{r.randint(10, 59)}")))
        event_pool = EVENTS_NN if nn else EVENTS_NB
        parts.append(self.fill(r.choice(event_pool), nn, year, main) + " " + self.paragraph(nn, year, main, 2))
        body = r.randint(1, 2) if short else r.randint(6, 14)
        for k in range(body):
            roll = r.random()
            if roll < 0.15 and not short:
                parts.append(self.bullet_list(nn, year, main))
            elif roll < 0.35:
                parts.append(self.fill(r.choice(QUOTES_NN if nn else QUOTES_NB), nn, year, main))
            else:
                parts.append(self.paragraph(nn, year, main, r.randint(2, 5)))
            if not short and r.random() < 0.2:
                parts.append(r.choice(("Viktig satsing", "Om klyngen", "Om klynga" if nn else "Fakta", "Bakgrunn")))
        parts.append(self.contact(nn))
        if r.random() < 0.5:
            parts.append(SHARE)
        return "\n\n".join(parts) + "\n", published


def generate(n: int, *, seed: int = 2024, short: bool = False, nynorsk_share: float = 0.25,
             prefix: str = "gen") -> list[dict]:
    """``n`` generated press releases as records ``{"id", "text", "published", "lang"}``."""
    return list(iter_generated(n, seed=seed, short=short, nynorsk_share=nynorsk_share, prefix=prefix))


def iter_generated(n: int, *, seed: int = 2024, short: bool = False, nynorsk_share: float = 0.25,
                   prefix: str = "gen") -> Iterator[dict]:
    gen = _Gen(seed)
    for i in range(n):
        nn = gen.r.random() < nynorsk_share
        text, published = gen.document(nn, short)
        yield {"id": f"{prefix}{i:05d}", "text": text, "published": published, "lang": "nn" if nn else "nb"}


def seed_records() -> list[dict]:
    """The project's five seed releases with their publication dates."""
    meta = {}
    for line in (SEEDS / "metadata.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            meta[rec["id"]] = rec
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        m = meta.get(path.stem, {})
        out.append({"id": path.stem, "text": path.read_text(encoding="utf-8"), "published": m.get("published"),
                    "lang": m.get("lang", "nb")})
    return out


def build_corpus(min_bytes: int = 1_000_000, *, seed: int = 2024) -> list[dict]:
    """The seeds plus generated releases until the texts hold at least ``min_bytes`` of UTF-8."""
    records = seed_records()
    size = sum(len(r["text"].encode("utf-8")) for r in records)
    for rec in iter_generated(10 ** 9, seed=seed):
        if size >= min_bytes:
            break
        records.append(rec)
        size += len(rec["text"].encode("utf-8"))
    return records


if __name__ == "__main__":  # pragma: no cover - a look at the output
    import sys

    for rec in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        print(f"=== {rec['id']} ({rec['lang']}, {rec['published']})\n{rec['text']}")
