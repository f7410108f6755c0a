"""``scenario fix``: the fixes that answer the rules' findings, and the fixing loop.

:mod:`scenario.io.fix` fixes the document's form and makes edits; this
module sits above the rules, so it can read their findings and plan the
fixes that answer them:

- **safe**, made by default: ``phase.evaluation-without-assess`` and
  ``phase.missing-tag`` (the intention évaluer added to an évaluation phase
  that lacks it, whether it has other intentions or none), ``waiver.unused`` when
  the waiver's rule id is misspelt and close to one rule only;
- **unsafe**, they change the design: made only with ``unsafe=True``
  (``--unsafe-fixes``): a large group split into small groups
  (``phase.active-large-group``), a sharing phase done in small groups
  (``phase.sharing-alone``), a practice phase made active
  (``phase.expositive-practice``), a waiver that waives nothing removed;
- **suggestions**, never made, for what only a designer can decide: a new
  phase (``structure.no-evaluation``...), a long phase to split, a move.

:func:`fix_text` repeats until nothing changes: the form first (a document
that does not load gets the fixes of its form, then loads), then the rules.
Each fix's line is the line of the document as it was given.

>>> result = fix_text("title: Démo\\nphases:\\n  - {id: quiz, phase: assessment}  # fin\\n")
>>> print(result.text, end="")
scenario: 1
title: Démo
phases:
  - {id: quiz, phase: évaluation, intention: [évaluer]}  # fin
>>> [(f.rule, f.line) for f in result.applied]
[('format.version', 1), ('format.alias', 3), ('phase.missing-tag', 3)]
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from scenario.errors import DocumentError, ScenarioError, os_reason
from scenario.i18n import N_, _, use_language
from scenario.io.files import loads
from scenario.io.fix import Edit, Fix, Located, apply, unified_diff
from scenario.io.form_fixes import form_fixes
from scenario.rules import rules

if TYPE_CHECKING:
    from scenario.model import Scenario
    from scenario.report import Finding, Report

__all__ = ["FixResult", "fix_file", "fix_text", "rule_fixes"]

#: The fixing loop stops after this many rounds (each round makes every fix it can).
MAX_ROUNDS = 10
_ANCHORS = ("pedagogy", "situation", "group", "title", "phase", "id")


@attrs.frozen
class FixResult:
    """What :func:`fix_text` did.

    Attributes:
        source: the file name, for messages and the diff's header.
        original, text: the document before and after.
        applied: the fixes made, in order.
        suggestions: the fixes not made: advice, and the unsafe ones unless asked.
        error: why the fixed document still does not load, if it does not.
    """

    source: str
    original: str
    text: str
    applied: tuple[Fix, ...]
    suggestions: tuple[Fix, ...]
    error: DocumentError | None = None

    @property
    def changed(self) -> bool:
        """True when the fixes changed the text."""
        return self.text != self.original

    def diff(self) -> str:
        """The fixes as a unified diff (empty when nothing changed)."""
        return unified_diff(self.original, self.text, self.source)


def fix_text(
    text: str,
    format: str = "yaml",
    *,
    source: str = "<scenario>",
    unsafe: bool = False,
    lang: str | None = None,
) -> FixResult:
    """Fix a document's text, round after round, until nothing changes.

    Args:
        text: the document.
        format: ``"yaml"`` or ``"json"``.
        source: its name, for messages.
        unsafe: also make the fixes that change the design.
        lang: the language of the messages.

    Raises:
        DocumentError: the text is not YAML or JSON at all.
    """
    with use_language(lang) as chosen:
        original = text
        applied: list[Fix] = []
        rounds: list[list[Edit]] = []
        for _round in range(MAX_ROUNDS):
            doc = Located(text, format, source)
            fixes, error = _fixes(doc, text, format, source, chosen)
            fixed, made = apply(text, [f for f in fixes if f.safe or unsafe])
            if not made:
                break
            applied += [_origin(f, rounds, text, original) for f in made]
            rounds.append([e for f in made for e in f.edits])
            text = fixed
        else:
            raise ScenarioError(
                _("the fixes did not settle after {count} rounds: please report it").format(
                    count=MAX_ROUNDS
                )
            )
        left = [
            _origin(f, rounds, text, original)
            for f in fixes
            if f.suggestion or (not f.safe and not unsafe)
        ]
        return FixResult(source, original, text, tuple(applied), tuple(left), error)


def fix_file(
    path: str | Path, *, write: bool = False, unsafe: bool = False, lang: str | None = None
) -> FixResult:
    """Fix a YAML or JSON file (JSON when it ends in ``.json``); write it only when asked.

    Raises:
        DocumentError: the file cannot be read, or is not YAML or JSON at all.
        WriteError: it cannot be written.
    """
    from scenario._atomic import atomic_write
    from scenario.errors import WriteError
    from scenario.io._input import read_input

    file = Path(path)
    raw = read_input(file)  # a regular file, within the limits (scenario/io/limits.py)
    bom = raw.startswith(b"\xef\xbb\xbf")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            _("the file is not UTF-8 text (byte {position})").format(position=error.start),
            source=str(file),
        ) from None
    format = "json" if file.suffix.lower() == ".json" else "yaml"
    result = fix_text(text, format, source=str(file), unsafe=unsafe, lang=lang)
    if write and result.changed:
        try:
            atomic_write(file, (b"\xef\xbb\xbf" if bom else b"") + result.text.encode("utf-8"))
        except OSError as error:
            raise WriteError(
                _("cannot write {file}: {reason}").format(file=file, reason=os_reason(error))
            ) from None
    return result


def _fixes(
    doc: Located, text: str, format: str, source: str, lang: str
) -> tuple[list[Fix], DocumentError | None]:
    """The fixes of one round: the form's, then the rules' when the document loads."""
    fixes = form_fixes(doc)
    try:
        scenario = loads(text, format, source=source)
    except DocumentError as error:
        return fixes, error
    return fixes + rule_fixes(doc, scenario, scenario.validate(lang=lang)), None


def _origin(fix: Fix, rounds: Sequence[Sequence[Edit]], text: str, original: str) -> Fix:
    """The fix with its line in the document as given: ``text`` is the document of the
    fix's round, which the edits of the earlier ``rounds`` moved."""
    if fix.line is None or not rounds:
        return fix
    offset = 0
    for _number in range(fix.line - 1):
        offset = text.find("\n", offset) + 1
    for edits in reversed(rounds):
        offset = _before(offset, edits)
    return attrs.evolve(fix, line=original.count("\n", 0, max(offset, 0)) + 1)


def _before(offset: int, edits: Sequence[Edit]) -> int:
    """Where ``offset`` of a text was before ``edits`` (made on it at once) changed it."""
    shift = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start + shift + len(edit.text) > offset:
            break
        shift += len(edit.text) - (edit.end - edit.start)
    return offset - shift


# -- the fixes that answer findings -----------------------------------------------


def rule_fixes(doc: Located, scenario: Scenario, report: Report) -> list[Fix]:
    """The fixes and suggestions answering the unwaived findings of ``report``."""
    index = {phase.id: number for number, phase in enumerate(scenario.phases)}
    found: list[Fix] = []
    for finding in report:
        if finding.waived:
            continue
        number = index.get(finding.phase) if finding.phase is not None else None
        planner = _PLANNERS.get(finding.rule)
        if planner is not None:
            found += planner(doc, scenario, finding, number)
    if any(f.rule == "waiver.unused" and not f.waived for f in report):
        found += _waivers(doc, scenario, report)
    return found


def _known() -> dict[str, Any]:
    return {r.id: r for r in rules()}


def _at(
    doc: Located,
    finding: Finding,
    path: list[str | int],
    message: str,
    *edits: Edit,
    safe: bool = True,
) -> Fix:
    from scenario.io.document import format_path

    return Fix(finding.rule, message, format_path(path), doc.line(path), finding.phase, safe, edits)


def _add_assess(doc: Located, s: Scenario, f: Finding, number: int | None) -> Iterator[Fix]:
    if number is None:
        return
    place: list[str | int] = ["phases", number]
    node = doc.node([*place, "intention"])
    phase = s.phases[number]
    message = _("the évaluation phase {phase} gets the intention évaluer").format(phase=phase.id)
    if node is None:
        edit = doc.add_key(place, "intention", doc.flow_list(["évaluer"]), _ANCHORS)
        yield _at(doc, f, place, message, edit)
    elif doc.is_sequence(node):
        yield _at(
            doc, f, [*place, "intention"], message, doc.append([*place, "intention"], "évaluer")
        )
    elif doc.is_scalar(node):
        words = [i.value for i in phase.intentions] + ["évaluer"]
        edit = doc.replace_raw([*place, "intention"], doc.flow_list(words))
        yield _at(doc, f, [*place, "intention"], message, edit)


def _missing_tags(doc: Located, s: Scenario, f: Finding, number: int | None) -> Iterator[Fix]:
    """An évaluation phase without intentions gets évaluer (what it does by its kind);
    the other missing tags are the designer's to give."""
    if number is None:
        return
    phase = s.phases[number]
    missing = list(phase.missing_tags)
    if phase.kind.value == "évaluation" and "intention" in missing:
        missing.remove("intention")
        yield from _add_assess(doc, s, f, number)
    if missing:
        message = _("give the phase {phase} its {tags}").format(
            phase=phase.id, tags=", ".join(missing)
        )
        yield _at(doc, f, ["phases", number], message, safe=False)


def _retag(field: str, value: str, words: str) -> Any:
    def plan(doc: Located, s: Scenario, f: Finding, number: int | None) -> Iterator[Fix]:
        if number is None or doc.node(["phases", number, field]) is None:
            return
        path: list[str | int] = ["phases", number, field]
        message = _(words).format(phase=s.phases[number].id, value=value)
        yield _at(doc, f, path, message, doc.replace(path, value), safe=False)

    return plan


def _advice(words: str) -> Any:
    def plan(doc: Located, s: Scenario, f: Finding, number: int | None) -> Iterator[Fix]:
        path: list[str | int] = ["phases", number] if number is not None else []
        yield _at(doc, f, path, _(words).format(phase=f.phase), safe=False)

    return plan


def _split_long(doc: Located, s: Scenario, f: Finding, number: int | None) -> Iterator[Fix]:
    if number is None or s.phases[number].duration is None:
        return
    from scenario.duration import readable_duration

    minutes = s.phases[number].duration or 0
    limit = _known()["phase.long-async"].threshold or 60
    parts = math.ceil(minutes / limit)
    message = _(
        "split the phase {phase} ({duration}) into {count} phases of at most {limit} each"
    ).format(
        phase=f.phase,
        duration=readable_duration(minutes),
        count=parts,
        limit=readable_duration(int(limit)),
    )
    yield _at(doc, f, ["phases", number, "duration"], message, safe=False)


def _waivers(doc: Located, s: Scenario, report: Report) -> Iterator[Fix]:
    """Misspelt rule ids corrected (safe); waivers that waive nothing removed (unsafe)."""
    known = _known()
    used = {(f.rule, f.phase) for f in report if f.waived} | {
        (f.rule, None) for f in report if f.waived
    }
    unused = next(f for f in report if f.rule == "waiver.unused")
    count = len(s.waivers)
    for number, waiver in enumerate(s.waivers):
        path: list[str | int] = ["waivers", number]
        if waiver.rule not in known:
            close = difflib.get_close_matches(waiver.rule[:100], list(known), n=2, cutoff=0.75)
            if len(close) == 1:
                message = _("the waiver's rule {rule} is written “{canonical}”").format(
                    rule=waiver.rule, canonical=close[0]
                )
                yield _at(
                    doc, unused, [*path, "rule"], message, doc.replace([*path, "rule"], close[0])
                )
                continue
        elif (waiver.rule, waiver.phase) in used:
            continue
        whole = count == 1 and not doc.node(["waivers"]).flow_style
        edit = doc.remove_key(["waivers"]) if whole else doc.remove_item(path)
        message = _("the waiver of {rule} waives nothing: it is removed").format(rule=waiver.rule)
        yield _at(doc, unused, path, message, edit, safe=False)


_PLANNERS: dict[str, Any] = {
    "phase.evaluation-without-assess": _add_assess,
    "phase.missing-tag": _missing_tags,
    "phase.active-large-group": _retag(
        "group", "petit groupe", N_("the large group of {phase} is split into small groups")
    ),
    "phase.sharing-alone": _retag(
        "group", "petit groupe", N_("the learners of {phase} share in small groups")
    ),
    "phase.expositive-practice": _retag(
        "pedagogy", "active", N_("the practice phase {phase} becomes active")
    ),
    "phase.long-async": _split_long,
    "structure.no-evaluation": _advice(
        N_("add an évaluation phase at the end of the path, with the intention évaluer")
    ),
    "structure.ends-without-evaluation": _advice(
        N_("the path ends on {phase}: add an évaluation phase after it")
    ),
    "structure.starts-without-discovery": _advice(
        N_(
            "the path starts on {phase}: add a découverte phase before it (a hook, a positioning quiz)"
        )
    ),
    "structure.backward-step": _advice(
        N_("move {phase} to its place in the order of the kinds, or into a module of its own")
    ),
    "scenario.no-objectives": _advice(
        N_(
            "write the learning objectives under 'objectives:', one a line, each with an action verb"
        )
    ),
    "scenario.monotonous": _advice(
        N_("vary the pedagogy: make some phases interrogative or active")
    ),
}
