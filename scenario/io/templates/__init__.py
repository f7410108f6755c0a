"""Commented starting scenarios, one per modality and language, for ``scenario new``.

Each template is a YAML document to be filled in: every phase fully tagged,
with a comment saying what the phase is for. A fresh one is a draft: its
title, its audience's description and its objectives say "à compléter" ("to
be completed"), and the rule ``scenario.placeholder`` says so with a warning.
Once they are written, it validates with no error and no warning, so the
findings a designer sees later are about their own changes. The French templates (``fr/``) speak to the designer in French;
the English ones (``en/``) in English, their titles too. Both write the
grid's canonical French words, as every document does.

>>> "modality: pédagogie inversée" in template("Flipped")
True
>>> template("spoc").splitlines()[0]
'# Un SPOC pour commencer (Small Private Online Course) : un petit groupe fermé'
>>> template("spoc", lang="en").splitlines()[0]
'# A starting SPOC (Small Private Online Course): a small private group'
>>> [m.value for m in TEMPLATES]
['spoc', 'mooc', 'présentiel', 'pédagogie inversée', 'blended']
>>> template("cooc")
Traceback (most recent call last):
...
scenario.errors.ScenarioError: pas encore de modèle pour la modalité 'cooc' : choisissez spoc, mooc, présentiel, pédagogie inversée ou blended
"""

from __future__ import annotations

from importlib import resources

from scenario._text import quote
from scenario.errors import ScenarioError
from scenario.i18n import _, current_language, use_language
from scenario.vocabulary import Modality, parse_term

__all__ = ["TEMPLATES", "template"]

#: The modalities that have a template, and the template's file in each language's folder.
TEMPLATES: dict[Modality, str] = {
    Modality.SPOC: "spoc.yaml",
    Modality.MOOC: "mooc.yaml",
    Modality.PRESENTIEL: "presentiel.yaml",
    Modality.PEDAGOGIE_INVERSEE: "pedagogie-inversee.yaml",
    Modality.BLENDED: "blended.yaml",
}


def template(modality: Modality | str, lang: str | None = None) -> str:
    """The starting scenario for ``modality``, as commented YAML text.

    ``modality`` is read leniently: case, accents and the English aliases
    (``onsite``, ``flipped``, ``hybrid``) are accepted.

    Args:
        modality: the course's modality.
        lang: ``"fr"`` or ``"en"``, the language of the comments and titles
            (None: the current language).

    Raises:
        VocabularyError: ``modality`` is not a modality (with the closest one).
        ScenarioError: that modality has no template (cooc, sooc).
        LanguageError: ``lang`` is not ``"fr"`` or ``"en"``.
    """
    with use_language(lang):
        found = parse_term(Modality, modality)
        name = TEMPLATES.get(found)
        if name is None:
            values = [m.value for m in TEMPLATES]
            raise ScenarioError(
                _("no template for the modality {modality} yet: choose {choices}").format(
                    modality=quote(found.value),
                    choices=_("{first} or {second}").format(
                        first=", ".join(values[:-1]), second=values[-1]
                    ),
                )
            )
        folder = resources.files(__name__).joinpath(current_language())
        return folder.joinpath(name).read_text(encoding="utf-8")
