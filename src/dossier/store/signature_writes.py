"""Writing and reading document signatures: each document's MinHash and band keys,
and the earlier document it repeats, by which the linker finds near-duplicates."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from dossier.store.connection import Connection
from dossier.store.query import chunks, marks
from dossier.store.rows import SignableRow


class SignatureWrites(Connection):
    """The near-duplicate signatures the linker writes and compares."""

    def signable_documents(self, doc_ids: Sequence[int]) -> list[SignableRow]:
        """These documents' ids and content hashes, in id order (their texts are read
        only for those whose MinHash is not known, ``signable_text``)."""
        rows = self.conn.execute(
            f"SELECT id, content_hash FROM documents WHERE id IN ({marks(doc_ids)}) ORDER BY id",
            list(doc_ids),
        )
        return [SignableRow(*r) for r in rows]

    def signable_text(self, doc_id: int) -> str:
        """The text of a document to sign whose MinHash was not computed before."""
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return str(row[0])

    def add_signature(
        self, doc_id: int, minhash: bytes, duplicate_of: int | None, band_keys: Sequence[int]
    ) -> None:
        self.conn.execute(
            "INSERT INTO signatures (document_id, minhash, duplicate_of) VALUES (?, ?, ?)",
            (doc_id, minhash, duplicate_of),
        )
        self.conn.executemany(
            "INSERT INTO signature_bands (key, document_id) VALUES (?, ?)",
            [(key, doc_id) for key in band_keys],
        )

    def add_signatures(self, rows: Sequence[tuple[int, bytes, int | None, Sequence[int]]]) -> None:
        """(document id, MinHash, duplicate of, band keys) of many documents, in two
        statements."""
        self.conn.executemany(
            "INSERT INTO signatures (document_id, minhash, duplicate_of) VALUES (?, ?, ?)",
            [row[:3] for row in rows],
        )
        self.conn.executemany(
            "INSERT INTO signature_bands (key, document_id) VALUES (?, ?)",
            [(key, row[0]) for row in rows for key in row[3]],
        )

    def band_matches(self, keys: Sequence[int]) -> list[int]:
        """Signed documents sharing a band key with ``keys``."""
        rows = self.conn.execute(
            f"SELECT DISTINCT document_id FROM signature_bands WHERE key IN ({marks(keys)})",
            list(keys),
        )
        return [int(r[0]) for r in rows]

    def band_holders(self, keys: Sequence[int]) -> dict[int, list[int]]:
        """The signed documents holding each of these band keys (those any holds)."""
        found: dict[int, list[int]] = {}
        for chunk in chunks(sorted(set(keys))):
            rows = self.conn.execute(
                f"SELECT key, document_id FROM signature_bands WHERE key IN ({marks(chunk)})",
                chunk,
            )
            for key, doc_id in rows:
                found.setdefault(int(key), []).append(int(doc_id))
        return found

    def signatures(self) -> Iterator[tuple[int, bytes]]:
        """(document id, MinHash bytes) of every signed document, streamed: a million
        signatures need not fit in memory."""
        for row in self.conn.execute("SELECT document_id, minhash FROM signatures"):
            yield int(row[0]), bytes(row[1])

    def replace_signature_bands(self, rows: Iterable[tuple[int, int]]) -> None:
        """Every band key, as (key, document id), in place of the stored ones; ``rows``
        may be a generator reading the store."""
        self.conn.execute("DELETE FROM signature_bands")
        self.conn.executemany("INSERT INTO signature_bands (key, document_id) VALUES (?, ?)", rows)

    def duplicate_of(self, doc_id: int) -> int | None:
        """The earlier document this one repeats, if any."""
        row = self.conn.execute(
            "SELECT duplicate_of FROM signatures WHERE document_id = ?", (doc_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None
