"""Offline translation: the Translator contract, the Argos backend, a fake, a cache, the engine.

    base.py      Translator protocol (one method: translate_batch) and helpers
    fake.py      FakeTranslator, deterministic, for tests
    argos.py     ArgosTranslator: Argos packages run with CTranslate2 + SentencePiece, batched
    cache.py     TranslationCache: persistent SQLite sentence cache
    engine.py    TranslationEngine: segment, protect names, dedupe, cache, batch, pivot
    packages.py, archive.py, index.py   installed packages, safe unpacking, the package index

Nothing heavy is imported here; ctranslate2 and sentencepiece load when a model is first used.
"""
