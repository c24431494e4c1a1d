"""Extraction: article text -> attributed quotes (direct) and reported claims (indirect).

``extract(text)`` is the entry point; the stages are ``quotes`` (quote marks ->
spans), ``attribution`` (cue + speaker mention), ``speakers`` (mention ->
entity) and ``dates`` (stated day -> calendar date), driven by ``pipeline``.
The cue-verb and title lexicon is data: ``lexicon.toml``.
"""

from .pipeline import extract

__all__ = ["extract"]
