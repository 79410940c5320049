"""What the dependency parse says, read the way the event coder needs it.

Pure functions of spaCy tokens, one module per thing they read; the few closed-class
words they test (relative pronouns, control verbs, stance nouns) are data,
``data/grammar.yaml``, loaded once as ``words.WORDS``.

- ``words``: a token's forms (lemma repairs, split hyphened words) and the grammar words;
- ``phrases``: prepositional phrases, their objects, places, measured quantities;
- ``passives``: passives, by-phrases and the subjects coordinated passives share;
- ``clauses``: a trigger's clause and evidence span, to-infinitives, shared time, the
  reach of a head's mood;
- ``mood``: negation, questions, conditions, generic acts and doers;
- ``subjects``: subjects through coordination, relative clauses, object control and
  intent, and those the small model strands;
- ``coordination``: conjuncts, the co-subjects the small model detaches, reciprocal acts.

The package imports nothing here: import each reader from its module.
"""
