"""Near-duplicate signatures: dossier's one-pass MinHash gives datasketch's values."""

from __future__ import annotations

import re

import pytest
from datasketch import MinHash, MinHashLSH

from dossier.kb.minhash import DUPLICATE_THRESHOLD, NUM_PERM, SHINGLE, band_ranges, signature_values

STORY = (
    "Flood water closed the northern highway near Marwick on Sunday, and the regional "
    "council said crews from Dunhollow would clear the mud before Wednesday's market. "
    "Émile Barrant, who runs the ferry, said the river had not risen so fast since 1998."
)


def reference(text: str) -> MinHash:
    """The signature as datasketch computes it, one shingle at a time."""
    words = re.findall(r"\w+", text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=NUM_PERM)
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


@pytest.mark.parametrize("text", [STORY, STORY[:40], "Storm.", "", STORY + " " + STORY.upper()])
def test_signature_equals_datasketchs_so_stored_signatures_still_match(text: str) -> None:
    ours, theirs = signature_values(text), reference(text).hashvalues
    assert ours.dtype == theirs.dtype
    assert ours.tolist() == theirs.tolist()


def test_a_reprint_with_a_new_last_line_is_still_close_and_another_story_is_not() -> None:
    reprint = signature_values(STORY + " The ferry runs again from Monday.")
    other = signature_values("Grain prices at the Dunhollow market fell as barges arrived.")
    assert (signature_values(STORY) == reprint).mean() > 0.7
    assert (signature_values(STORY) == other).mean() < 0.2


def test_the_lsh_bands_are_those_datasketch_picks_for_our_threshold() -> None:
    """The bands are kept as constants (datasketch's LSH costs a second of scipy imports):
    they must stay the ones datasketch computes, or stored band keys would stop matching
    what its LSH would find."""
    lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
    assert band_ranges() == tuple((int(start), int(end)) for start, end in lsh.hashranges)
