"""The language model kept decompressed in the cache: same languages, never a failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from dossier.language_model import language_identifier

TEXTS = [
    "The harbour authority in Velmora said on Tuesday that the new ferry line would open in May.",
    "Der Bürgermeister von Altenbrück sagte am Montag, die Brücke werde im Herbst fertig.",
    "Le conseil régional de Sainte-Aurine a voté mardi un budget pour les écoles rurales.",
    "Глава администрации Верхнеречья заявил, что дорогу отремонтируют летом.",
    "قال رئيس بلدية المدينة إن المدارس ستفتح أبوابها الأسبوع المقبل",
    "ok",
    "",
]


def packaged() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_cached_model_gives_the_languages_and_probabilities_of_the_packaged_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    reference = packaged()
    first = language_identifier()  # writes the decompressed model
    (written,) = tmp_path.iterdir()
    assert written.name.startswith("langid-") and written.suffix == ".npz"
    second = language_identifier()  # reads it back
    for text in TEXTS:
        assert first.classify(text) == reference.classify(text)
        assert second.classify(text) == reference.classify(text)
    assert second.classify(TEXTS[1])[0] == "de"


def test_a_damaged_or_unwritable_cache_falls_back_to_the_packaged_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    language_identifier()
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"not a model")
    assert language_identifier().classify(TEXTS[2])[0] == "fr"

    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocked))
    assert language_identifier().classify(TEXTS[3])[0] == "ru"
