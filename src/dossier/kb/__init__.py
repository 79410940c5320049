"""The knowledge base across articles: one package, a writer and a reader.

- the writer, ``linker`` (with ``merge``), resolves each article's entities to actors
  across articles, finds near-duplicate articles and merges event mentions into one
  event per real event, as batches land in the store;
- the reader, ``reader``, turns what the writer stored into actors, profiles, the
  merged-event timeline and relations over time.

Both go through ``dossier.store`` for every read and write; neither holds SQL.
"""
