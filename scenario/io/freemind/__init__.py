"""FreeMind ``.mm`` mind maps: written for Freeplane, FreeMind and XMind, and read back.

:func:`to_freemind` writes the course as the central node and one node per
phase in reading order (the main path, each detour right after the phase
that sends learners there), coloured by kind (:mod:`scenario.palette`),
unfolded; each phase's activities hang under it. The file starts with
``<map version="freeplane 1.7.0">`` and no XML declaration, which is what
Freeplane (1.7 and later) checks to open a map without asking about an
unknown program. The phase's id and tags travel as node *attributes*,
which Freeplane shows and edits in its attribute table, named in the
reader's language (``lang``; in French by default: ``id``, ``phase``,
``groupe``, ``situation``, ``pédagogie``, ``intention``, ``durée``,
``module``, ``date``, ``semaine``, ``ressource``, ``lms``, ``facultatif``,
``dérogation``; in English ``group``, ``pedagogy``, ``duration``,
``week``, ``resource``, ``waiver``...); the course's modality, audience,
start date and objectives are attributes of the central node. Their
values are the grid's canonical words. Notes (the course's, a phase's)
are Freeplane notes.

:func:`read_freemind` brings the map back after a designer worked on it,
and gives back a scenario equal (``==``) to the one written when nothing
was changed (text that no XML file can hold, control characters, comes
back as U+FFFD):

- phases are found by their ``id`` attribute and keep it; an edited node
  text is the phase's new title; edited attributes are its new tags (read
  leniently, as documents are: English words and missing accents are fine,
  in the names as in the values);
- the order: the map's, or the document's when the central node records it
  (``ordre des phases``: see :mod:`scenario.io.freemind._order`);
- the path: a scenario without ``path`` follows the map's order, so moving
  phases in Freeplane changes it; an explicit path travels in each phase's
  ``phase suivante``/``next`` and ``remédiation`` attributes; a connector
  drawn in Freeplane from a phase to a phase adds a step (a remediation
  when its label says « remédiation »);
- every child node of a phase is an activity, new ones included; a
  sub-activity becomes an activity written ``activité › sous-activité``;
- a note and the details of the central node or of a phase are its
  ``notes``; those of an activity are added to its phase's notes;
- a new node under the centre is a new phase when it has a ``phase``
  attribute (its id then comes from its ``id`` attribute, or from its text).

What the scenario cannot keep is said, never dropped in silence: a
:class:`~scenario.errors.ReadWarning` names the node for an icon, the
formatting of rich text (its text is kept), a link on an activity, an
attribute of an activity, a connector that does not join two phases.
Colours, fonts, clouds and positions are the map's looks, not the course.

Reading uses defusedxml: a DOCTYPE, an entity or an external reference is
refused whatever the file's encoding, and files over
:data:`scenario.io.MAX_DOCUMENT_BYTES` are refused. Errors are
:class:`~scenario.errors.DocumentError` naming the file and the node.

>>> from scenario import Scenario
>>> s = Scenario("Démo", modality="spoc")
>>> _ = s.add_phase("intro", "découverte", "Accroche", group="seul", activities=["quiz"])
>>> text = to_freemind(s)
>>> text.startswith('<map version="freeplane 1.7.0">')
True
>>> '<attribute NAME="groupe" VALUE="seul" />' in text
True
>>> '<attribute NAME="group" VALUE="seul" />' in to_freemind(s, lang="en")
True
>>> from_freemind(text) == s
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
