"""Extraction: article text -> attributed quotes (direct) and reported claims (indirect).

``extract(text)`` is the entry point; the stages are ``quotes`` (quote marks ->
spans), ``attribution`` (cue + speaker mention), ``speakers`` (mention ->
entity) and ``dates`` (stated day -> calendar date), driven by ``pipeline``.
The cue-verb and title lexicon is data: ``lexicon.toml``. An install compiles
the stages with mypyc where it can; ``native`` picks the compiled or the source
form before any stage loads.
"""

from . import native  # noqa: F401 (first: it decides where the stages load from)
from .pipeline import extract

__all__ = ["extract"]
