"""Reading and writing scenarios: YAML/JSON documents, and the formats of other tools.

- :mod:`scenario.io.files`: :func:`load`, :func:`loads`, :func:`dump`,
  :func:`dumps` for scenario documents (YAML, JSON), bounded and atomic;
- :mod:`scenario.io.limits`: the input policy every reader applies
  (:class:`Limits`, :func:`use_limits`);
- :mod:`scenario.io.document`: a parsed document to and from the model,
  checked against the JSON Schema (:mod:`scenario.io.schema`);
- :mod:`scenario.io.formats`: the registry of the other formats, one module
  each (:mod:`~scenario.io.markmap`, :mod:`~scenario.io.mermaid`,
  :mod:`~scenario.io.opml`, :mod:`~scenario.io.freemind`,
  :mod:`~scenario.io.table`);
- :mod:`scenario.io.templates`: the commented starting scenarios of ``scenario new``.
- :mod:`scenario.io.fix`: fixing a document's text in place (``scenario fix``),
  only the fixed lines changing;
- :mod:`scenario.io.git`: a document read from a git revision (``HEAD~1:cours.yaml``).

This layer reads the model and the path graph; it never imports the rules,
the analyses, the renderers or the command line.
"""

from __future__ import annotations

from scenario.io.files import MAX_DEPTH, MAX_DOCUMENT_BYTES, dump, dumps, load, loads
from scenario.io.limits import Limits, use_limits

__all__ = [
    "MAX_DEPTH",
    "MAX_DOCUMENT_BYTES",
    "Limits",
    "dump",
    "dumps",
    "load",
    "loads",
    "use_limits",
]
