"""Sentence boundaries in press-release layout."""


def sentences(process, text):
    return [s.text.strip() for s in process(text).sents if s.text.strip()]


def test_headline_without_full_stop_ends_at_line_break(process):
    text = "Nye klynger i nord\n\nTo klynger får status i dag. Det gleder ministeren."
    assert sentences(process, text) == ["Nye klynger i nord", "To klynger får status i dag.", "Det gleder ministeren."]


def test_bullet_items_are_sentences(process):
    text = "De nye klyngene er:\n  • Arena Fjell, Valdres\n  • Arena Kyst, Lofoten\nMer følger."
    assert sentences(process, text) == ["De nye klyngene er:", "• Arena Fjell, Valdres", "• Arena Kyst, Lofoten", "Mer følger."]


def test_abbreviations_do_not_end_sentences(process):
    text = "Møtet starter kl. 10 i Bodø. Klyngen får ca. 2 millioner kroner, bl.a. til reiser."
    assert sentences(process, text) == ["Møtet starter kl. 10 i Bodø.", "Klyngen får ca. 2 millioner kroner, bl.a. til reiser."]


def test_lowercase_after_full_stop_continues(process):
    assert len(sentences(process, "Det gjelder 3. kvartal og mer.")) == 1


def test_an_abbreviation_the_tokenizer_splits_and_a_list_number_end_no_sentence(process):
    text = "Havkraft Cluster (tidl. Arena Havbruk) får status.\n1. Fjordmat Cluster\n2. Lysverk Cluster"
    assert sentences(process, text) == ["Havkraft Cluster (tidl. Arena Havbruk) får status.", "1. Fjordmat Cluster",
                                        "2. Lysverk Cluster"]


def test_array_and_token_paths_agree_on_split_abbreviations_and_list_numbers(nlp):
    sentencizer = nlp.get_pipe("nic_sentencizer")
    text = "Havkraft Cluster (tidl. Arena Havbruk) får status.\n1. Fjordmat Cluster\nSlutt. Ny setning."
    fast = sentencizer(nlp.make_doc(text))
    slow = sentencizer._call_tokens(nlp.make_doc(text))
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]
