"""Commented starting scenarios, one per modality, for ``scenario new``.

Each template is a YAML document to be filled in: every phase fully tagged,
with a comment saying what the phase is for. Each one validates with no error
and no warning, so the findings a designer sees later are about their own
changes.

>>> "modality: pédagogie inversée" in template("Flipped")
True
>>> [m.value for m in TEMPLATES]
['spoc', 'mooc', 'présentiel', 'pédagogie inversée', 'blended']
>>> template("cooc")
Traceback (most recent call last):
...
scenario.errors.ScenarioError: no template for the modality 'cooc' yet: choose one of spoc, mooc, présentiel, pédagogie inversée, blended
"""

from __future__ import annotations

from importlib import resources

from scenario.errors import ScenarioError
from scenario.vocabulary import Modality, parse_term

__all__ = ["TEMPLATES", "template"]

#: The modalities that have a template, and the template's file in this package.
TEMPLATES: dict[Modality, str] = {
    Modality.SPOC: "spoc.yaml",
    Modality.MOOC: "mooc.yaml",
    Modality.PRESENTIEL: "presentiel.yaml",
    Modality.PEDAGOGIE_INVERSEE: "pedagogie-inversee.yaml",
    Modality.BLENDED: "blended.yaml",
}


def template(modality: Modality | str) -> str:
    """The starting scenario for ``modality``, as commented YAML text.

    ``modality`` is read leniently: case, accents and the English aliases
    (``onsite``, ``flipped``, ``hybrid``) are accepted.

    Raises:
        VocabularyError: ``modality`` is not a modality (with the closest one).
        ScenarioError: that modality has no template (cooc, sooc).
    """
    found = parse_term(Modality, modality)
    name = TEMPLATES.get(found)
    if name is None:
        choices = ", ".join(m.value for m in TEMPLATES)
        raise ScenarioError(
            f"no template for the modality {found.value!r} yet: choose one of {choices}"
        )
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
