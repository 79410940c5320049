"""Short forms folded into the fuller names they shorten, names read once per cluster."""

from __future__ import annotations

from dossier.entity_clusters import Cluster, canonical_words, merge_short_forms, shortens
from dossier.names import Mention


def person(*texts: str, label: str = "PERSON") -> Cluster:
    at = [Mention(10 * i, 10 * i + len(t), t, label, t.lower()) for i, t in enumerate(texts)]
    return Cluster(key=texts[0].lower(), label=label, mentions=at)


def test_canonical_words_are_the_fullest_name_lowered() -> None:
    assert canonical_words(person("Okafor", "Adaeze Okafor")) == ["adaeze", "okafor"]


def test_shortens_with_the_words_given_or_read() -> None:
    short, full = person("Okafor"), person("Adaeze Okafor")
    assert shortens(short, full)
    assert shortens(short, full, canonical_words(short), canonical_words(full))
    assert not shortens(full, short, canonical_words(full), canonical_words(short))


def test_short_forms_go_to_the_name_they_shorten_even_after_it_grew() -> None:
    full = person("Adaeze Okafor")
    surname, given = person("Okafor"), person("Adaeze")
    council = person("Tarn Council", label="ORG")
    kept = merge_short_forms([surname, council, full, given])
    assert [c.canonical() for c in kept] == ["Tarn Council", "Adaeze Okafor"]
    assert [m.text for m in kept[1].mentions] == ["Adaeze Okafor", "Okafor", "Adaeze"]
