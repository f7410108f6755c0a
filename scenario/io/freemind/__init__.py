"""FreeMind ``.mm`` mind maps: written for Freeplane, FreeMind and XMind, and read back.

:func:`to_freemind` writes the course as the central node and one node per
phase, in path order, coloured by kind (:mod:`scenario.palette`);
each phase's activities hang under it. The phase's id and tags travel as
node *attributes*, which Freeplane shows and edits in its attribute table,
named in the reader's language (``lang``; in French by default: ``id``,
``phase``, ``groupe``, ``situation``, ``pédagogie``, ``intention``,
``durée``, ``module``, ``ressource``, ``dérogation``; in English ``group``,
``pedagogy``, ``duration``, ``resource``, ``waiver``...); the course's
modality, audience and objectives are attributes of the central node.
Their values are the grid's canonical words.

:func:`read_freemind` brings the map back after a designer worked on it:

- phases are found by their ``id`` attribute and keep it; the document
  order is the map's order (phases moved around in Freeplane are taken in
  their new order);
- an edited node text is the phase's new title; edited attributes are its
  new tags (read leniently, as documents are: English words and missing
  accents are fine, in the names as in the values);
- every child node of a phase is an activity, new ones included;
- a new node under the centre is a new phase when it has a ``phase``
  attribute (its id then comes from its ``id`` attribute, or from its text);
- transitions: when the scenario's path was the plain order of its phases,
  the map's order is the new path; otherwise each phase keeps ``phase
  suivante``/``next`` (a branch of the path) and ``remédiation`` attributes
  naming the phases it leads to.

Reading refuses a DOCTYPE (no entity expansion is ever attempted) and
files over :data:`scenario.io.MAX_DOCUMENT_BYTES`. Errors are
:class:`~scenario.errors.DocumentError` naming the file and the node.

>>> from scenario import Scenario
>>> s = Scenario("Démo", modality="spoc")
>>> _ = s.add_phase("intro", "découverte", "Accroche", group="seul", activities=["quiz"])
>>> text = to_freemind(s)
>>> '<attribute NAME="groupe" VALUE="seul" />' in text
True
>>> '<attribute NAME="group" VALUE="seul" />' in to_freemind(s, lang="en")
True
"""

from __future__ import annotations

import os
from typing import Any

from scenario.io.formats import Format, register_format
from scenario.io.freemind._read import from_freemind, read_freemind
from scenario.io.freemind._write import to_freemind
from scenario.model import Scenario

__all__ = ["FREEMIND", "from_freemind", "read_freemind", "to_freemind"]


def _read(path: str | os.PathLike[str], **options: Any) -> Scenario:
    return read_freemind(path, **options)


FREEMIND = register_format(
    Format(
        "freemind",
        (".mm",),
        "a FreeMind/Freeplane mind map (.mm), also imported by XMind; reads back",
        dump=to_freemind,
        read=_read,
    )
)
