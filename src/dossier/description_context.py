"""What description linking (``dossier.description_links``) asks of a document's
clusters, computed once per document: where each cluster is named, the word a
definite description of its name repeats ("the bank" for "the World Bank"), and which
clusters a stretch of text names."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dossier.mentions import SpanSet

if TYPE_CHECKING:
    from dossier.entity_clusters import Cluster
    from dossier.models import Span

__all__ = ["NAME_PREPOSITIONS", "DescriptionContext", "name_head"]


NAME_PREPOSITIONS = frozenset({"of", "for", "on", "against", "to"})


def name_head(name: str) -> str:
    """The word a name's definite description repeats: the last word of "the World
    Bank" and "the Security Council", the word before the preposition of "the Ministry
    of Defense", "the Alliance for Clean Water" and "the Court of Justice"."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in NAME_PREPOSITIONS and i > 0), len(words))
    return words[cut - 1]


class DescriptionContext:
    """What description linking asks of the clusters, computed once per document."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.starts = {id(c): sorted(m.start for m in c.mentions) for c in clusters}
        self.first = {key: starts[0] for key, starts in self.starts.items()}
        # the heads "the bank" may repeat: an organization's name's ("the World Bank")
        self.last_word = {id(c): name_head(c.canonical()) for c in clusters if c.label == "ORG"}
        self.org_heads = frozenset(self.last_word.values())
        rows = [(m.start, m.end, id(c)) for c in clusters for m in c.mentions]
        self.spans = SpanSet([(s, e) for s, e, _ in rows])
        self.owner = {(s, e): key for s, e, key in rows}

    def last_before(self, cluster: Cluster, position: int) -> int:
        starts = self.starts[id(cluster)]
        index = bisect.bisect_left(starts, position)
        return starts[index - 1] if index else -1

    def named_in(self, spans: list[Span]) -> set[int]:
        """The clusters with a mention inside one of ``spans``."""
        found = set()
        for start, end in spans:
            for i in self.spans.overlapping(start, end):
                s, e = self.spans.spans[i]
                if start <= s and e <= end:
                    found.add(self.owner[(s, e)])
        return found
