"""The cached word-frequency table answers exactly as wordfreq does."""

from __future__ import annotations

from array import array

import pytest
from wordfreq import zipf_frequency

from dossier.lexicon import zipf
from dossier.word_frequency import ZipfTable, english_zipf


def test_a_table_read_back_from_its_bytes_finds_the_same_words() -> None:
    table = ZipfTable(["harbour", "lantern", "orchard"], array("H", [412, 388, 301]))
    again = ZipfTable.from_bytes(table.to_bytes())
    assert again.zipf("lantern") == 3.88
    assert again.zipf("orchard") == 3.01
    assert again.zipf("lanterns") == 0.0
    assert again.zipf("aardvark") == 0.0


def test_a_truncated_table_is_refused_so_it_is_built_again() -> None:
    data = ZipfTable(["harbour", "lantern"], array("H", [412, 388])).to_bytes()
    with pytest.raises(ValueError):
        ZipfTable.from_bytes(data[:-2])


@pytest.mark.parametrize(
    "word",
    ["the", "ministry", "ceasefire", "zzqxv", "naïve", "covid-19", "don't", "1990s", "café"],
)
def test_every_word_gets_the_frequency_wordfreq_gives_it(word: str) -> None:
    assert english_zipf(word) == zipf_frequency(word, "en")


def test_capitalised_words_are_looked_up_in_lower_case() -> None:
    assert zipf("Harbour") == zipf_frequency("harbour", "en") > 3
