"""``rename`` events: "X – tidligere Y", "X (tidligere Y)", "X er det tidligere Y",
"endret navn fra Y til X", and with the new name as an anaphor, "Klyngen het
tidligere Y" (the cluster the text is about, resolved once mentions are grouped)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doccache import ent_starting, ents_in, lowers_of, sent_of, source_text, span_text, tokens_in
from ..layout import first_word
from ..tokentable import token_table
from ..lexicons.events import EventCues
from ..names import fold_name
from .mentions import ClusterIndex, core, descriptive
from .model import Evidence, RenameEvent

SUBJECT_GAP = frozenset({"har", "hadde", "nå", "no", "også", "offisielt", "formelt", "i", "dag", "fått", "endelig"})
# "X (Horten), som senere skiftet navn til Y": a relative clause of the old name
RELATIVE_GAP = frozenset({",", "som", "senere", "seinare", "seinere", "siden", "sidan", "etter", "hvert", "kvart", "nylig", "nyleg"})
NEUTER_SUBJECTS = frozenset({"det"})  # "het det Y": after a naming verb, the neuter anaphor ("miljøet", "nettverket")
VERBS_BEFORE_SUBJECT = frozenset({"vart", "ble", "blei", "fekk", "fikk", "har", "hadde", "blir", "får"})  # "… vart klynga …"
NAMING_WORDS = frozenset({"kjent", "kjend", "som", "het", "hette", "heitte", "kalt", "kalla", "under", "navnet", "namnet",
                          "var", "vart", "gikk", "gjekk"})
NEW_NAME_NOUNS = frozenset({"navnet", "namnet"})
NEW_OF_ANAPHOR = "NEW"  # the label of a new name whose old name is an anaphor ("Klyngen bytter navn til Y")
COPULAS = frozenset({"blir", "ble", "blei", "vart", "vert"})  # "X blir Y"
JOINERS = frozenset({"–", "-", "—", ",", "(", "er", "det", "var", "den", "som", "nå", "no"})


def already(doc: Doc, i: int) -> bool:
    """"fra før"/"frå før" (already: "Regionen har fra før GCE NODE"): no former marker."""
    return doc[i].lower_ == "før" and i > 0 and doc[i - 1].lower_ in ("fra", "frå")


def _cluster_at(doc: Doc, i: int) -> Span | None:
    return ent_starting(doc, i, "CLUSTER")


def _cluster_ending(doc: Doc, i: int) -> Span | None:
    for ent in ents_in(doc):
        if ent.label_ == "CLUSTER" and ent.end == i:
            return ent
    return None


def read_renames(doc: Doc, cues: EventCues) -> tuple[list[RenameEvent], set[int], list[Span]]:
    """Rename events, the token starts of mentions that are former names, and the
    former names whose new name is an anaphor ("Klyngen het tidligere Y"), for
    :func:`read_anaphoric_renames`."""
    events: dict[tuple[str, str], RenameEvent] = {}
    former: set[int] = set()
    anaphoric: list[Span] = []  # former names of an anaphor; new names of one carry NEW_OF_ANAPHOR
    markers = cues.words["former_markers"]
    anaphors = cues.words["singular_anaphors"] | cues.words["pronoun_anaphors"]
    verbs = cues.words["past_auxiliaries"] | cues.words["passive_auxiliaries"]  # "Året før ble X tatt opp": no marker of X
    for tok in tokens_in(doc, markers):
        if already(doc, tok.i):
            continue
        former.update(_former_after(doc, tok.i, verbs))
        k = tok.i + 2 if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "." else tok.i + 1  # "tidl. Y"
        referred = False  # "Tidligere het den Y": the anaphor after the marker
        while k < min(len(doc), tok.i + 4) and (doc[k].lower_ in NAMING_WORDS or doc[k].lower_ in anaphors):
            referred = referred or doc[k].lower_ in anaphors
            k += 1  # "tidligere kjent som Y", "som tidligere het Y"
        old = _cluster_at(doc, k)
        if old is None:
            continue
        if referred and tok.i == first_word(sent_of(tok)):
            anaphoric.append(old)
            continue
        j = tok.i - 1
        while j >= sent_of(tok).start and (doc[j].lower_ in JOINERS or doc[j].lower_ in NAMING_WORDS or _place_word(doc, j)):
            j -= 1  # "X – tidligere Y", "X het tidligere Y", "X (Bergen) – tidligere Y", "X i Horten – tidligere Y"
        new = _cluster_ending(doc, j + 1)
        if new is not None and sent_of(new) == sent_of(old):
            _add(events, doc, new, old)
        elif new is None and _anaphoric_subject(doc, first_word(sent_of(tok)), tok.i, anaphors):
            anaphoric.append(old)
    for tok in tokens_in(doc, cues.words["rename_verbs"]):
        sent = sent_of(tok)
        words = [t for t in doc[tok.i:sent.end]]
        lows = [t.lower_ for t in words]
        if "til" not in lows:
            continue
        new = _cluster_at(doc, words[lows.index("til")].i + 1)
        if "fra" in lows or "frå" in lows:
            old = _cluster_at(doc, words[lows.index("fra" if "fra" in lows else "frå")].i + 1)
        else:  # "X har endret navn til Y": the subject is the old name
            old = next((e for e in ents_in(sent) if e.label_ == "CLUSTER" and e.end <= tok.i
                        and all(t.lower_ in SUBJECT_GAP or _place_word(doc, t.i) or t.ent_type_ == "DATE"
                                or t.lower_ in RELATIVE_GAP for t in doc[e.end:tok.i])), None)
            if old is None and _coordinated_verb(doc, sent, tok.i):  # "X får ny status – og skifter navn til Y"
                before = [e for e in ents_in(sent) if e.label_ == "CLUSTER" and e.end <= tok.i]
                old = before[0] if before and before[0].start == first_word(sent) else None
                if old is None and len(before) == 1:  # "I tillegg avanserer klyngen X til NCE, og skifter navn til Y"
                    old = before[0]
            inverted = tok.i + 1 < sent.end and (doc[tok.i + 1].lower_ in anaphors or doc[tok.i + 1].lower_ in ("vi", "me"))
            if old is None and new is not None and ((doc[first_word(sent)].lower_ in anaphors and first_word(sent) < tok.i)
                                                    or inverted):
                # "Klyngen … skifter navn til Y", "Året etter byttet vi/klyngen navn til Y"
                anaphoric.append(Span(doc, new.start, new.end, label=NEW_OF_ANAPHOR))
                continue
        if old is not None and new is not None:
            former.add(old.start)
            _add(events, doc, new, old)
    for old, new in _now_called(doc, cues):  # "Norwegian Energy Solutions, i dag Energy Transition Norway"
        former.add(old.start)
        _add(events, doc, new, old, evidence=sent_of(new))
    for old, new in _narrative(doc, cues):
        former.add(old.start)
        _add(events, doc, new, old, evidence=sent_of(new))
    for old, new in [*_relative_former(doc, cues), *_new_name_of(doc), *_prefix_changed(doc), *_past_name_of_subject(doc, cues)]:
        former.add(old.start)
        _add(events, doc, new, old, evidence=sent_of(new))
    for old, new in _respective(doc, cues):  # "… A og B. Dei skal heretter heite C og D"
        _add(events, doc, new, old, evidence=sent_of(new))
    for old, new in _new_names(doc, cues):
        if sent_of(old) == sent_of(new):  # not a name told as its own decision's subject the sentence before
            former.add(old.start)
        _add(events, doc, new, old, evidence=sent_of(new))
    anaphoric += [old for old in _past_name_of_anaphor(doc, cues, anaphors) if old.start not in former]
    for new in _named_after(doc, cues, "past_naming", 0, len(doc)):  # "Sidan 2018 har klynga heitt Y": its name now
        sent = sent_of(new)
        if _named_since(doc, sent, new) and not any(e.label_ == "CLUSTER" and e.start < new.start for e in ents_in(sent)) \
                and any(doc[k].lower_ in anaphors for k in range(max(sent.start, new.start - 3), new.start)):
            anaphoric.append(Span(doc, new.start, new.end, label=NEW_OF_ANAPHOR))
    for new in _named_after(doc, cues, "new_naming", 0, len(doc)):  # "Klynga … og får namnet Y"
        sent = sent_of(new)
        first = first_word(sent)
        contrast = first + 1 < sent.end and doc[first + 1].lower_ in ("andre", "anna", "annen", "annet")  # "Den andre klyngen": not the last one
        # "Klynga … fekk namnet Y", and inverted: "Tre år seinare vart klynga løfta til NCE-nivå og fekk det nye namnet Y"
        subject = doc[first].lower_ in anaphors or any(doc[k].lower_ in anaphors and doc[k - 1].lower_ in VERBS_BEFORE_SUBJECT
                                                        for k in range(first + 1, new.start))
        if not any(e.label_ == "CLUSTER" and e.start < new.start for e in ents_in(sent)) and subject \
                and not contrast and not _merger(doc, cues, sent.start, sent.end):
            anaphoric.append(Span(doc, new.start, new.end, label=NEW_OF_ANAPHOR))
    return list(events.values()), former, anaphoric


def _now_called(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"X, i dag Y", "X (i dag Y)", "X, nå Y": a name, a comma or bracket, a word for now,
    and the name the cluster has today."""
    lows = lowers_of(doc)
    out = []
    for phrase in cues.phrases["current_markers"] + tuple(cues.words["current_markers"]):
        words = phrase.split()
        for tok in tokens_in(doc, frozenset(words[:1])):
            i, j = tok.i, tok.i + len(words)
            if lows[i:j] != words or i < 2 or lows[i - 1] not in (",", "("):
                continue
            end = i - 1
            while end - 1 > 0 and _place_word(doc, end - 1) and doc[end - 1].text not in ("(", ")"):
                end -= 1  # "GCE Subsea i Bergen, i dag GCE Ocean Technology"
            old, new = _cluster_ending(doc, end), _cluster_at(doc, j)
            if old is not None and new is not None and sent_of(old) == sent_of(new):
                out.append((old, new))
    return out


def _past_name_of_anaphor(doc: Doc, cues: EventCues, anaphors: frozenset[str]) -> list[Span]:
    """"Da klyngen ble etablert i 2015, het den Arena H2 Rogaland", "Fram til 2018 heitte
    klynga Arena Møbel Sunnmøre": a past name of "klyngen" or "den", with no other name
    before it in the sentence: the earlier name of the cluster the text is about."""
    out = []
    for old in _named_after(doc, cues, "past_naming", 0, len(doc)):
        sent = sent_of(old)
        if any(e.label_ == "CLUSTER" and e.start < old.start for e in ents_in(sent)) \
                or _merger(doc, cues, sent.start, sent.end) or _named_since(doc, sent, old):
            continue
        first = first_word(sent)
        relative = doc[first].lower_ in anaphors and first + 2 < old.start and doc[first + 1].text == "," \
            and doc[first + 2].lower_ == "som"  # "Klynga, som til no har heitt Y, har …"
        if relative or any(doc[k].lower_ in anaphors or doc[k].lower_ in NEUTER_SUBJECTS
                           for k in range(max(sent.start, old.start - 3), old.start)):
            out.append(old)  # "Den gongen gjekk det under namnet Y", "Da het det Y": "det" of "miljøet", "nettverket"
    return out


def _named_since(doc: Doc, sent: Span, name: Span) -> bool:
    """"Sidan 2018 har klynga heitt Y": a name held since a date is the name now, not a past one."""
    return any(doc[k].lower_ in ("siden", "sidan") for k in range(sent.start, name.start))


def _past_name_of_subject(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"Norway Health Tech ble tatt opp i Arena-programmet i 2009 under navnet Oslo Medtech",
    "X startet som Y": a past name told later in a sentence whose subject, the one name before
    it, opens the sentence."""
    out = []
    for old in _named_after(doc, cues, "past_naming", 0, len(doc)):
        sent = sent_of(old)
        before = [e for e in ents_in(sent) if e.label_ == "CLUSTER" and e.end <= old.start]
        if len(before) != 1 or before[0].start != first_word(sent) or _merger(doc, cues, sent.start, sent.end) \
                or fold_name(before[0].text) == fold_name(old.text) or descriptive(before[0].text):  # "Stord-klyngen": no name
            continue
        out.append((old, before[0]))
    return out


def _place_word(doc: Doc, i: int) -> bool:
    """A place after a name, with its preposition or brackets: "i Horten", "(Bergen)",
    ", Lofoten og Vesterålen"."""
    tok = doc[i]
    if tok.ent_type_ == "PLACE" or tok.text in (")", "("):
        return True
    if tok.lower_ == "og" and 0 < i < len(doc) - 1:
        return doc[i - 1].ent_type_ == "PLACE" and doc[i + 1].ent_type_ == "PLACE"
    return tok.lower_ in ("i", "på", "fra", "frå") and i + 1 < len(doc) and doc[i + 1].ent_type_ == "PLACE"


def _coordinated_verb(doc: Doc, sent: Span, i: int) -> bool:
    """Whether the verb at ``i`` follows "og" (past "har", "nå" …): a second verb of the
    sentence's subject."""
    k = i - 1
    while k > sent.start and doc[k].lower_ in SUBJECT_GAP:
        k -= 1
    return doc[k].lower_ in ("og", "men", "samt")


def _named_after(doc: Doc, cues: EventCues, key: str, start: int, end: int) -> list[Span]:
    """The cluster names that follow a naming cue of ``key`` in tokens ``start``–``end``
    ("het Havkraft Vest", "under navnet Arena Fjordbio", "heter den nå Y")."""
    cues_of = cues.words[key] | set(cues.phrases[key])
    skip = SUBJECT_GAP | NAMING_WORDS | NEUTER_SUBJECTS | cues.words["pronoun_anaphors"] | cues.words["singular_anaphors"] | {":", "er"}
    out = []
    for tok in tokens_in(doc, frozenset(c.split()[0] for c in cues_of)):
        k = tok.i
        if not start <= k < end:
            continue
        lows = lowers_of(doc)
        size = next((n for n in (4, 3, 2, 1) if " ".join(lows[k:k + n]) in cues_of), 0)
        if not size:
            continue
        j = k + size
        while j < end and lows[j] in skip and _cluster_at(doc, j) is None:
            j += 1
        name = _cluster_at(doc, j)
        if name is not None:
            out.append(name)
    return out


def _new_names(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"Arena Havbruk heter nå Havkraft Cluster", "X har fått nytt navn: Y", "X har skiftet
    navn og heter nå Y": a new name said as new, for the cluster named before it in the
    sentence. Clusters that merge are no rename of either."""
    pairs = []
    for new in _named_after(doc, cues, "new_naming", 0, len(doc)):
        sent = sent_of(new)
        # the nearest name before: "A (tidligere B), og C, som heretter heter D" renames C
        old = next((e for e in reversed(ents_in(sent)) if e.label_ == "CLUSTER" and e.end <= new.start), None)
        if old is not None and descriptive(old.text) and old.start == first_word(sent):
            # "Samme dag ble Arena Heidner løftet til NCE. Bioklyngen … heter nå NCE Heidner Biocluster": the name
            # the description stands for, when it shares a word with the new name
            before = _named_before(doc, sent)
            if before is not None and set(core(before.text).split()) & set(core(new.text).split()):
                old = before
        if old is None or _merger(doc, cues, sent.start, sent.end) or fold_name(old.text) == fold_name(new.text):
            continue
        pairs.append((old, new))
    return pairs


def _respective(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"… A på Stord og B i Bergen. Dei skal heretter heite NCE A og NCE B": new names
    coordinated after a naming cue in a sentence that opens with a plural anaphor, paired in
    order with the as many names the sentence before coordinates."""
    pairs = []
    plural = cues.words["plural_anaphors"] | {"dei", "de"}
    for first in _named_after(doc, cues, "new_naming", 0, len(doc)):
        sent = sent_of(first)
        if doc[first_word(sent)].lower_ not in plural or sent.start == 0:
            continue
        news = [e for e in ents_in(doc[first.start:sent.end]) if e.label_ == "CLUSTER"]
        olds = [e for e in ents_in(sent_of(doc[sent.start - 1])) if e.label_ == "CLUSTER" and not descriptive(e.text)]
        if len(news) >= 2 and len(news) == len(olds) and all(
                all(doc[k].lower_ in (",", "og") for k in range(a.end, b.start)) for a, b in zip(news, news[1:])):
            pairs += [(old, new) for old, new in zip(olds, news) if fold_name(old.text) != fold_name(new.text)]
    return pairs


def _named_before(doc: Doc, sent: Span) -> Span | None:
    """The last cluster name, not a description, of the sentence before ``sent``."""
    if sent.start == 0:
        return None
    prev = sent_of(doc[sent.start - 1])
    return next((e for e in reversed(ents_in(prev)) if e.label_ == "CLUSTER" and not descriptive(e.text)), None)


def _relative_former(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"X, som inntil nylig het Y, …", "X, som fram til i fjor gikk under navnet Y": a past
    name in a relative clause on the cluster named right before it; after "siden" ("X, som
    siden i fjor har hett Y") the name the cluster has had since, X the earlier one."""
    pairs = []
    lows = None
    for old in _named_after(doc, cues, "past_naming", 0, len(doc)):
        sent = sent_of(old)
        lows = lows or lowers_of(doc)
        rel = next((k for k in range(old.start - 1, max(sent.start, old.start - 9), -1) if lows[k] == "som"), None)
        if rel is None or rel - 1 <= sent.start or doc[rel - 1].text != ",":
            continue
        end = rel - 1
        while end - 1 > sent.start and _place_word(doc, end - 1) and doc[end - 1].text not in ("(", ")"):
            end -= 1  # "X i Stavanger, som fram til i år het Y"
        new = _cluster_ending(doc, end)
        if new is None or any(e.label_ == "CLUSTER" for e in ents_in(doc[rel:old.start])) \
                or _merger(doc, cues, sent.start, sent.end) or fold_name(new.text) == fold_name(old.text):
            continue
        if any(lows[k] in ("siden", "sidan") for k in range(rel, old.start)):
            pairs.append((new, old))  # "X, som siden i fjor har hett Y": Y is the name now, X the one before
            continue
        pairs.append((old, new))
    return pairs


def _new_name_of(doc: Doc) -> list[tuple[Span, Span]]:
    """"X er det nye navnet på Y", "Det nye namnet til Y er X": the name the phrase is of
    is the old one, the copula's other side the new."""
    pairs = []
    for tok in tokens_in(doc, NEW_NAME_NOUNS):
        i, sent = tok.i, sent_of(tok)
        if i == 0 or doc[i - 1].lower_ not in ("nye", "nya") or i + 2 >= sent.end or doc[i + 1].lower_ not in ("på", "til", "for"):
            continue
        old = _cluster_at(doc, i + 2)
        if old is None:
            continue
        k = i - 2
        while k >= sent.start and doc[k].lower_ in ("det", "den", "er", "blir", "vert"):
            k -= 1
        new = _cluster_ending(doc, k + 1) if k + 1 < i - 1 else None
        if new is None and old.end + 1 < sent.end and doc[old.end].lower_ in ("er", "blir", "vert"):
            new = _cluster_at(doc, old.end + 1)
        if new is not None and fold_name(new.text) != fold_name(old.text):
            pairs.append((old, new))
    return pairs


def _prefix_changed(doc: Doc) -> list[tuple[Span, Span]]:
    """"NCE Subsea blir GCE Subsea", "Arena Fjordkraft vart NCE Fjordkraft": a name becomes the
    same name with another level prefix, the name a new level brings."""
    pairs = []
    names = [e for e in ents_in(doc) if e.label_ == "CLUSTER"]
    space, lowers = token_table(doc).space, lowers_of(doc)
    for old, new in zip(names, names[1:]):
        word = _only_word(space, old.end, new.start)
        if word is not None and lowers[word] in COPULAS and core(old.text) == core(new.text) \
                and fold_name(old.text) != fold_name(new.text):
            pairs.append((old, new))
    return pairs


def _only_word(space: list[bool], start: int, end: int) -> int | None:
    """The one token between ``start`` and ``end`` that is not white space, else None."""
    found = None
    for k in range(start, end):
        if not space[k]:
            if found is not None:
                return None
            found = k
    return found


def _merger(doc: Doc, cues: EventCues, start: int, end: int) -> bool:
    return bool(set(lowers_of(doc)[start:end]) & cues.words["merger_words"]) or any(
        p in span_text(doc, start, end).lower() for p in cues.phrases["merger_words"])


def _narrative(doc: Doc, cues: EventCues) -> list[tuple[Span, Span]]:
    """"De første årene gikk klyngen under navnet X; i dag heter den Y", "Klynga heitte X
    fram til 2019. No heiter ho Y": a past name, then a present one in the same sentence
    or the next. Clusters that merge and take a new name ("slår seg sammen og heter nå Y")
    are no rename of either."""
    pairs = []
    for old in _named_after(doc, cues, "past_naming", 0, len(doc)):
        sent = sent_of(old)
        stop = sent.end
        if sent.end < len(doc):
            stop = sent_of(doc[sent.end]).end  # the next sentence too
        if _merger(doc, cues, sent.start, stop):
            continue
        new = next(iter(_named_after(doc, cues, "present_naming", old.end, stop)), None)
        if new is not None and fold_name(new.text) != fold_name(old.text):
            pairs.append((old, new))
    return pairs


def read_anaphoric_renames(doc: Doc, former_names: list[Span], index: ClusterIndex,
                           known: list[RenameEvent]) -> list[RenameEvent]:
    """"Klyngen het tidligere Y": the new name is the cluster named last before the
    sentence (else the one in the title), as for a status decision told of "klyngen";
    "Klyngen skifter navn til Y": that cluster is the old name. Renames already in
    ``known`` are not given again."""
    seen = {(fold_name(e.old), fold_name(e.new)) for e in known}
    events: dict[tuple[str, str], RenameEvent] = {}
    for named in former_names:
        start = sent_of(named).start_char
        other = index.last_before(start)
        if other is None:
            title = index.title()
            other = title.mentions[0] if title is not None else None
        if other is None or core(other.text) == core(named.text):
            continue  # the same name again, not a rename (a naming link may already join the two forms)
        if named.label_ == NEW_OF_ANAPHOR:  # "Klyngen skifter navn til Y": the cluster named before is the old name
            _add(events, doc, named, other, evidence=sent_of(named))
        else:
            _add(events, doc, other, named, evidence=sent_of(named))
    # a pair told both ways ("Forumet skiftar namn til A" read as today's name → A, beside "… og får
    # namnet B" read as A → B) is a cycle: the way round the text tells with both names wins, else the
    # one whose new name is the name the text is about (its title's)
    title = index.title()
    today = fold_name(title.name) if title is not None else ""
    pairs = seen | set(events)
    return [event for key, event in events.items() if key not in seen and (
        (key[1], key[0]) not in pairs or ((key[1], key[0]) not in seen and key[1] == today))]


def _anaphoric_subject(doc: Doc, start: int, marker: int, anaphors: frozenset[str]) -> bool:
    """Whether the words before a former marker are an anaphor and a naming verb:
    "Klyngen het", "Klynga, som", "Den var kjent som"."""
    return start < marker and doc[start].lower_ in anaphors and doc[start].ent_type_ == "" and all(
        doc[k].lower_ in NAMING_WORDS or doc[k].lower_ in JOINERS or doc[k].lower_ in SUBJECT_GAP
        for k in range(start + 1, marker))


def _former_after(doc: Doc, i: int, verbs: set[str]) -> set[int]:
    """Mentions a former marker governs: "de tidligere Arena-prosjektene A og B"; not past a
    verb ("Året før ble X tatt opp": "før" is an adverb there)."""
    out: set[int] = set()
    j = i + 1
    while j < min(len(doc), i + 5) and _cluster_at(doc, j) is None and doc[j].ent_type_ in ("", "STATUS") \
            and not doc[j].is_punct and "\n" not in doc[j].text and "\n" not in doc[j].whitespace_ \
            and doc[j].lower_ not in verbs:
        j += 1  # not past the line's end: "B – tidlegare Arena-prosjekt\nC" leaves C to the next line
    # "A, tidligere B, C og D går …": an apposition's former name is one; the enumeration goes on after it
    apposition = i >= 2 and doc[i - 1].text in (",", "(", "–", "-") and _cluster_at_end(doc, i - 1)
    while j < len(doc):
        mention = _cluster_at(doc, j)
        if mention is None:
            break
        out.add(mention.start)
        j = mention.end
        if not apposition and j < len(doc) and doc[j].lower_ in (",", "og", "samt") and j + 1 < len(doc):
            j += 1
        else:
            break
    return out


def _cluster_at_end(doc: Doc, end: int) -> bool:
    """Whether a cluster name (with at most its place) ends right before token ``end``."""
    k = end - 1
    while k >= 0 and _place_word(doc, k):
        k -= 1
    return k >= 0 and doc[k].ent_type_ == "CLUSTER"


def _add(events: dict[tuple[str, str], RenameEvent], doc: Doc, new: Span, old: Span, evidence: Span | None = None) -> None:
    old_text, new_text = source_text(old), source_text(new)
    key = (fold_name(old_text), fold_name(new_text))
    if key in events or key[0] == key[1]:
        return
    sent = evidence if evidence is not None else sent_of(new)
    events[key] = RenameEvent(old_text, new_text, Evidence.of(sent),
                              {"old": [old.start_char, old.end_char], "new": [new.start_char, new.end_char]})
