"""The registry and validate(): the rule catalog, options, waivers, rules from
other packages, the shared context, the generated docs, and the cost on a large scenario."""

from __future__ import annotations

import importlib.metadata
import random
import re
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

import scenario
from scenario.errors import LanguageError
from scenario.i18n import use_language
from scenario.report import Severity
from scenario.rules import (
    Context,
    Hit,
    Rule,
    RuleError,
    catalog_markdown,
    get_rule,
    register_rule,
    rule,
    rules,
    unregister_rule,
    validate,
)
from tests import test_rules_modality, test_rules_overall, test_rules_phase, test_rules_structure
from tests.rules_helpers import base, changed, fired, tag

ROOT = Path(__file__).resolve().parent.parent

#: The built-in rules in catalog order, with their severities, as the rule catalog lists them.
CATALOG = {
    "structure.empty": "error",
    "structure.cycle": "error",
    "structure.unreachable": "error",
    "structure.multiple-entries": "warning",
    "structure.no-evaluation": "error",
    "structure.starts-without-discovery": "warning",
    "structure.ends-without-evaluation": "warning",
    "structure.backward-step": "warning",
    "structure.remediation-forward": "warning",
    "structure.detour-no-return": "warning",
    "phase.missing-tag": "warning",
    "phase.sharing-alone": "warning",
    "phase.evaluation-without-assess": "warning",
    "phase.active-large-group": "warning",
    "phase.expositive-practice": "warning",
    "phase.synchronous-alone": "info",
    "phase.long-async": "warning",
    "phase.no-duration": "info",
    "scenario.no-objectives": "warning",
    "scenario.placeholder": "warning",
    "scenario.monotonous": "warning",
    "audience.group-exceeds-audience": "error",
    "waiver.unused": "warning",
    "online.presentiel-phase": "warning",
    "onsite.remote-phase": "warning",
    "blended.single-situation": "warning",
    "spoc.audience-size": "warning",
    "spoc.large-group": "info",
    "spoc.no-collaboration": "warning",
    "spoc.final-evaluation-only": "warning",
    "spoc.no-synchronous": "info",
    "mooc.individual-follow-up": "warning",
    "mooc.audience-size": "info",
    "flipped.no-preparation": "error",
    "flipped.preparation-not-alone": "warning",
    "flipped.practice-not-synchronous": "warning",
    "flipped.session-expositive": "warning",
}


class TestCatalog:
    def test_every_rule_of_the_domain_is_registered_with_its_severity(self) -> None:
        """The built-in ids and severities are exactly those of the catalog, in its order."""
        assert len(CATALOG) == 37
        builtin = [(r.id, r.severity.value) for r in rules() if r.builtin]
        assert builtin == list(CATALOG.items())

    def test_every_rule_has_a_case_where_it_fires(self) -> None:
        """The tests of each family cover every built-in rule."""
        covered = {
            case.values[0]
            for module in (
                test_rules_structure,
                test_rules_phase,
                test_rules_overall,
                test_rules_modality,
            )
            for case in module.CASES
        }
        assert covered == {r.id for r in rules() if r.builtin}

    def test_every_rule_is_documented(self) -> None:
        """Each rule has a summary in English and its French in the catalog, a source and a
        docstring."""
        for r in rules():
            if not r.builtin:
                continue
            assert r.summary_label("en") == r.summary, r.id
            assert r.summary_label("fr") not in ("", r.summary), r.id
            assert r.source, r.id
            assert len(r.description) > 20, r.id

    def test_summaries_and_modalities_speak_the_current_language(self) -> None:
        """Without a language, a rule's words are in the current one."""
        remote = get_rule("onsite.remote-phase")
        with use_language("en"):
            assert remote.summary_label().startswith("a remote (distanciel) phase")
            assert remote.modality_label() == "présentiel (onsite)"
            assert get_rule("phase.no-duration").modality_label() == "all"
        with use_language("fr"):
            assert remote.summary_label() == "une phase à distance dans un cours en présentiel"
            assert remote.modality_label() == "présentiel"
            assert get_rule("phase.no-duration").modality_label() == "toutes"

    @pytest.mark.parametrize(
        ("family", "modalities"),
        [
            ("online", {"spoc", "mooc", "cooc", "sooc"}),
            ("onsite", {"présentiel"}),
            ("blended", {"blended"}),
            ("spoc", {"spoc"}),
            ("mooc", {"mooc"}),
            ("flipped", {"pédagogie inversée"}),
            ("structure", None),
            ("phase", None),
            ("scenario", None),
            ("audience", None),
            ("waiver", None),
        ],
    )
    def test_prefix_gives_the_modalities(self, family: str, modalities: set[str] | None) -> None:
        """A rule's id prefix says which modalities it applies to."""
        for r in rules():
            if r.family == family:
                got = None if r.modalities is None else {m.value for m in r.modalities}
                assert got == modalities, r.id

    @pytest.mark.parametrize("lang", ["fr", "en"])
    def test_docs_rules_md_is_up_to_date(self, lang: str) -> None:
        """docs/<lang>/rules.md is what `python -m scenario.rules --lang <lang>` prints:
        regenerate it if this fails."""
        page = ROOT / "docs" / lang / "rules.md"
        assert page.read_text(encoding="utf-8") == catalog_markdown(lang=lang)

    def test_the_english_page_is_english_whatever_the_current_language(self) -> None:
        """catalog_markdown() gives docs/en/rules.md: French around it changes nothing."""
        with use_language("fr"):
            assert catalog_markdown() == (ROOT / "docs" / "en" / "rules.md").read_text(
                encoding="utf-8"
            )

    def test_the_french_page_explains_each_rule_in_french(self) -> None:
        """Each rule's docstring stays English; the French page gives the catalog's French
        of each paragraph, and no English paragraph of a docstring is left on it."""
        from scenario.rules.catalog import description_paragraphs

        page = catalog_markdown(lang="fr")
        flat = " ".join(page.split())
        for r in rules():
            if not r.builtin:
                continue
            assert r.description.startswith("Fires"), r.id
            french = r.description_label("fr")
            assert french.startswith("Se déclenche"), r.id
            for english, translated in zip(
                description_paragraphs(r.description), french.split("\n\n")
            ):
                assert english != translated, r.id
                assert english not in flat, r.id
                assert translated in flat, r.id

    def test_a_rule_from_elsewhere_is_described_by_its_own_docstring(self) -> None:
        def house(ctx: Context) -> Iterator[Hit]:
            """Fires never: a house rule."""
            yield from ()

        try:
            register_rule("house.never", house, summary="never")
            assert get_rule("house.never").description_label("fr") == "Fires never: a house rule."
        finally:
            unregister_rule("house.never")

    def test_the_catalog_page_in_french(self) -> None:
        """lang="fr" writes the page's words in French; the tables keep both summaries,
        each column headed in its own language."""
        page = catalog_markdown(lang="fr")
        assert page.startswith("# Le catalogue des règles\n")
        assert "| id | sévérité | s'applique à | summary | résumé | source |" in page
        assert (
            "| `phase.no-duration` | info | toutes | a phase without a duration "
            "| une phase sans durée | règle de cohérence du scénario |"
        ) in page
        assert "*avertissement*, s'applique à : toutes, seuil 60 (`thresholds=" in page
        assert "- **règle de cohérence du parcours** : la cohérence du parcours lui-même" in page

    def test_get_rule_suggests_the_closest_id(self) -> None:
        """An unknown id names the closest ones, in the current language."""
        assert get_rule("phase.long-async").threshold == 60
        with pytest.raises(
            RuleError, match=r"aucune règle .* vouliez-vous dire 'phase\.long-async'"
        ):
            get_rule("phase.long-asynch")
        with use_language("en"), pytest.raises(RuleError, match=r"did you mean 'phase\.long-as"):
            get_rule("phase.long-asynch")


class TestOptions:
    def test_messages_are_french_by_default_and_english_on_demand(self) -> None:
        """lang="en" changes the messages, not the rules."""
        s = changed(base, tag("d", duration=90))()
        fr, en = validate(s), validate(s, lang="en")
        assert [f.rule for f in fr] == [f.rule for f in en]
        assert "découpez" in fr.findings[0].message
        assert "cut it" in en.findings[0].message
        assert (fr.lang, en.lang) == ("fr", "en")

    def test_messages_follow_the_current_language_without_lang(self) -> None:
        """lang=None (the default) speaks the current language."""
        s = changed(base, tag("d", duration=90))()
        with use_language("en"):
            report = validate(s)
        assert report.lang == "en"
        assert report.findings[0].message == validate(s, lang="en").findings[0].message

    def test_unknown_language_is_refused(self) -> None:
        """Only fr and en exist: a LanguageError, which is a ValueError."""
        with pytest.raises(LanguageError, match="'de'"):
            validate(base(), lang="de")

    @pytest.mark.parametrize("ignore", [["phase.long-async"], ["phase.*"], ("phase.long-async",)])
    def test_ignore_leaves_rules_out(self, ignore: list[str]) -> None:
        """Ignored rules do not run; globs name families."""
        s = changed(base, tag("d", duration=90))()
        assert fired(s, "phase.long-async", ignore=ignore) == []

    def test_ignore_of_an_unknown_rule_is_refused(self) -> None:
        """A misspelt id is an error that suggests the right one, not a silent no-op."""
        with pytest.raises(RuleError, match=r"ignore : .* vouliez-vous dire 'phase\.long-async'"):
            validate(base(), ignore=["phase.long-asyn"])
        with pytest.raises(RuleError, match="ne désigne aucune règle"):
            validate(base(), ignore=["nothing.*"])
        with pytest.raises(RuleError, match="matches no rule"):
            validate(base(), ignore=["nothing.*"], lang="en")

    def test_severity_changes_the_level(self) -> None:
        """severity={id: level} changes the findings' severity, and so ok."""
        s = changed(base, tag("d", duration=90))()
        report = validate(s, severity={"phase.long-async": "error"})
        assert [f.severity for f in report] == [Severity.ERROR]
        assert not report.ok
        report = validate(s, severity={"phase.*": Severity.INFO})
        assert [f.severity for f in report] == [Severity.INFO]

    def test_bad_severity_is_refused(self) -> None:
        """A severity outside error/warning/info is an error."""
        with pytest.raises(RuleError, match="'fatal'"):
            validate(base(), severity={"phase.long-async": "fatal"})

    @pytest.mark.parametrize(
        ("thresholds", "message"),
        [
            ({"phase.long-asyn": 45}, "aucune règle"),
            ({"phase.no-duration": 45}, "n'a pas de seuil"),
            ({"phase.long-async": -1}, "supérieur ou égal à 0"),
            ({"phase.long-async": "45"}, "supérieur ou égal à 0"),
        ],
    )
    def test_bad_thresholds_are_refused(self, thresholds: dict[str, float], message: str) -> None:
        """A threshold must name a rule that has one, and be a number of at least 0."""
        with pytest.raises(RuleError, match=message):
            validate(base(), thresholds=thresholds)

    def test_mooc_audience_threshold(self) -> None:
        """mooc.audience-size has a threshold too."""
        s = changed(base, tag("a", situation="distanciel synchrone"))()
        s.modality = scenario.Modality.MOOC
        s.audience = scenario.Audience(size=500)
        assert fired(s, "mooc.audience-size")
        assert not fired(s, "mooc.audience-size", thresholds={"mooc.audience-size": 400})

    def test_scenario_validate_delegates(self) -> None:
        """Scenario.validate(**options) is validate(scenario, **options)."""
        s = changed(base, tag("d", duration=90))()
        assert s.validate(lang="en") == validate(s, lang="en")


class TestWaivers:
    def long(self) -> scenario.Scenario:
        return changed(
            base, tag("d", duration=90), tag("r", group="seul", situation="distanciel asynchrone")
        )()

    def test_a_waiver_marks_its_findings_waived(self) -> None:
        """Waived findings stay listed, marked, with the reason, and do not count."""
        s = self.long()
        s.waive("phase.sharing-alone", "r", "tutorat individuel")
        report = validate(s)
        (waived,) = report.waived
        assert waived.rule == "phase.sharing-alone"
        assert waived.waiver_reason == "tutorat individuel"
        assert report.ok
        assert "phase.sharing-alone" not in {f.rule for f in report.errors}
        assert waived in list(report)

    def test_a_waiver_without_phase_covers_every_phase(self) -> None:
        """A waiver naming no phase waives the rule's findings everywhere."""
        s = changed(base, tag("d", duration=90), tag("a", situation="distanciel asynchrone"))()
        s.update_phase("a", duration=80)
        s.waive("phase.long-async")
        report = validate(s)
        assert [f.phase for f in report.waived] == ["d", "a"]
        assert not report.warnings

    def test_a_waiver_on_another_phase_does_not_match(self) -> None:
        """A waiver naming a phase waives that phase only; unmatched, it is reported."""
        s = self.long()
        s.waive("phase.sharing-alone", "d")
        report = validate(s)
        (kept,) = [f for f in report if f.rule == "phase.sharing-alone"]
        assert (kept.phase, kept.waived) == ("r", False)
        (unused,) = [f for f in report if f.rule == "waiver.unused"]
        assert unused.phase == "d"

    @pytest.mark.parametrize(
        ("rule_id", "phase", "message"),
        [
            ("phase.long-asynch", None, "did you mean 'phase.long-async'"),
            ("phase.long-async", "nowhere", "phase that does not exist"),
            ("spoc.large-group", None, "applies only to the modalities SPOC"),
            ("phase.sharing-alone", None, "does not fire here"),
            ("waiver.unused", None, "delete the unused waivers"),
        ],
    )
    def test_unused_waiver_says_why(self, rule_id: str, phase: str | None, message: str) -> None:
        """waiver.unused explains what is wrong with the waiver."""
        s = base()
        s.waive(rule_id, phase)
        (finding,) = fired(s, "waiver.unused", lang="en")
        assert message in finding.message
        assert finding.phase is None

    def test_waivers_of_ignored_rules_are_not_reported(self) -> None:
        """Ignoring a rule does not turn its waivers into noise."""
        s = base()
        s.waive("phase.long-async", "d")
        assert fired(s, "waiver.unused", ignore=["phase.long-async"]) == []

    def test_waivers_from_a_document(self) -> None:
        """The waivers of a loaded document apply, as in the CLI."""
        s = scenario.loads(
            """
scenario: 1
title: Démo
objectives: [o]
phases:
  - {id: d, phase: découverte, group: seul, situation: distanciel asynchrone,
     pedagogy: active, intention: partager, duration: 10}
  - {id: e, phase: évaluation, group: seul, situation: présentiel, pedagogy: interrogative,
     intention: évaluer, duration: 10}
waivers:
  - {rule: phase.sharing-alone, phase: d, reason: témoignage déposé puis lu en classe}
"""
        )
        report = validate(s)
        assert report.ok
        assert [(f.rule, f.waiver_reason) for f in report.waived] == [
            ("phase.sharing-alone", "témoignage déposé puis lu en classe")
        ]


@pytest.fixture
def clean_registry() -> Iterator[None]:
    """Rules registered by a test are taken out after it."""
    before = {r.id for r in rules()}
    yield
    for r in rules():
        if r.id not in before:
            unregister_rule(r.id)


def short_phases(ctx: Context) -> Iterator[Hit]:
    """Fires for each phase shorter than 15 minutes."""
    for phase in ctx.phases:
        if phase.duration is not None and phase.duration < 15:
            yield Hit(phase.id, "trop court" if ctx.lang == "fr" else "too short")


class TestRulesFromElsewhere:
    @pytest.mark.usefixtures("clean_registry")
    def test_register_rule_runs_like_a_builtin(self) -> None:
        """A registered rule runs in validate, with its severity, source and messages."""
        register_rule(
            "house.short-phase",
            short_phases,
            severity="info",
            summary="short phase",
            source="charte maison",
        )
        s = changed(base, tag("a", duration=5))()
        (finding,) = fired(s, "house.short-phase", lang="en")
        assert (finding.phase, finding.message, finding.source) == (
            "a",
            "too short",
            "charte maison",
        )
        assert finding.severity is Severity.INFO
        assert not get_rule("house.short-phase").builtin
        assert "house.short-phase" in [r.id for r in rules()]
        assert "house.short-phase" not in catalog_markdown()
        assert "house.short-phase" in catalog_markdown(include_plugins=True)

    @pytest.mark.usefixtures("clean_registry")
    def test_registered_rules_take_waivers_and_options(self) -> None:
        """Waivers, ignore and severity work on rules from elsewhere too."""
        register_rule("house.short-phase", short_phases, modalities=["spoc"])
        s = changed(base, tag("a", duration=5))()
        assert fired(s, "house.short-phase") == []  # not a spoc
        s.modality = scenario.Modality.SPOC
        assert fired(s, "house.short-phase")
        assert fired(s, "house.short-phase", ignore=["house.*"]) == []
        s.waive("house.short-phase", "a")
        assert validate(s).waived[0].rule == "house.short-phase"

    @pytest.mark.usefixtures("clean_registry")
    def test_the_decorator_registers(self) -> None:
        """@rule registers the function and gives it back unchanged."""

        @rule("house.no-title", severity="error", summary="titre vide", source="maison")
        def no_title(ctx: Context) -> Iterator[Hit]:
            """Fires when the title is blank."""
            if not ctx.scenario.title.strip():
                yield Hit(None, "titre vide")

        assert callable(no_title)
        s = base()
        s.title = " "
        assert not validate(s).ok
        assert get_rule("house.no-title").summary_label("en") == "titre vide"
        assert [f.message for f in validate(s) if f.rule == "house.no-title"] == ["titre vide"]

    @pytest.mark.usefixtures("clean_registry")
    def test_a_plugin_summary_is_shown_as_given(self) -> None:
        """A rule from elsewhere is not looked up in the catalog, even when its summary is
        one of the catalog's messages."""
        register_rule("house.short-phase", short_phases, summary="a phase without a duration")
        assert get_rule("house.short-phase").summary_label("fr") == "a phase without a duration"
        assert get_rule("phase.no-duration").summary_label("fr") == "une phase sans durée"

    def test_a_summary_in_two_languages_is_refused(self) -> None:
        """A summary is one line of text: a {"fr", "en"} dict of the former API is refused."""
        with pytest.raises(RuleError, match="une ligne de texte"):
            register_rule("house.short-phase", short_phases, summary={"fr": "a", "en": "b"})  # type: ignore[arg-type]

    @pytest.mark.usefixtures("clean_registry")
    def test_a_taken_id_is_refused_unless_replaced(self) -> None:
        """Two different rules cannot share an id by accident; the same one twice is fine."""
        register_rule("house.short-phase", short_phases)
        register_rule("house.short-phase", short_phases)
        with pytest.raises(RuleError, match="déjà enregistrée"):
            register_rule("phase.long-async", short_phases)
        replaced = register_rule("house.short-phase", short_phases, severity="error", replace=True)
        assert get_rule("house.short-phase") is replaced

    @pytest.mark.parametrize("bad", ["nodot", "Upper.case", "with space.x", ".x"])
    def test_malformed_ids_are_refused(self, bad: str) -> None:
        """An id is family.name in lower case."""
        with pytest.raises(RuleError, match=r"'famille\.nom' en minuscules"):
            register_rule(bad, short_phases)

    @pytest.mark.usefixtures("clean_registry")
    def test_entry_points_are_loaded_once(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """The scenario.rules entry points are loaded when the registry is first used:
        a module registering with @rule, a Rule, a list of rules, a function giving rules."""
        import scenario.rules.registry as registry

        module = types.ModuleType("house_rules")
        module.ONE = Rule("house.one", "warning", short_phases, "un", "maison")  # type: ignore[attr-defined]
        module.MANY = [Rule("house.two", "info", short_phases, "deux", "maison")]  # type: ignore[attr-defined]
        module.make = lambda: [Rule("house.three", "error", short_phases, "trois", "maison")]  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "house_rules", module)
        points = [
            importlib.metadata.EntryPoint("one", "house_rules:ONE", "scenario.rules"),
            importlib.metadata.EntryPoint("many", "house_rules:MANY", "scenario.rules"),
            importlib.metadata.EntryPoint("make", "house_rules:make", "scenario.rules"),
        ]
        calls: list[str] = []

        def entry_points(*, group: str) -> list[importlib.metadata.EntryPoint]:
            calls.append(group)
            return points if group == "scenario.rules" else []

        monkeypatch.setattr(importlib.metadata, "entry_points", entry_points)
        monkeypatch.setattr(registry, "_loaded", False)
        s = changed(base, tag("a", duration=5))()
        report = validate(s)
        validate(s)
        assert calls == ["scenario.rules"]
        assert {"house.one", "house.two", "house.three"} <= {f.rule for f in report}

    @pytest.mark.usefixtures("clean_registry")
    def test_a_broken_entry_point_warns_and_the_others_run(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A plug-in that fails to load is named in a warning; validation goes on."""
        import scenario.rules.registry as registry

        point = importlib.metadata.EntryPoint(
            "broken", "no_such_module_xyz:RULES", "scenario.rules"
        )
        monkeypatch.setattr(importlib.metadata, "entry_points", lambda *, group: [point])
        monkeypatch.setattr(registry, "_loaded", False)
        with pytest.warns(RuntimeWarning, match="'broken'"):
            report = validate(base())
        assert report.ok

    @pytest.mark.usefixtures("clean_registry")
    def test_an_entry_point_giving_no_rules_is_skipped_with_a_warning(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """An entry point naming something else than rules is a broken plug-in: warned
        about and skipped, while the other entry points load."""
        import scenario.rules.registry as registry

        module = types.ModuleType("odd_rules")
        module.ODD = ["not a rule"]  # type: ignore[attr-defined]
        module.GOOD = Rule("house.good", "info", short_phases, "bon", "maison")  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "odd_rules", module)
        points = [
            importlib.metadata.EntryPoint("odd", "odd_rules:ODD", "scenario.rules"),
            importlib.metadata.EntryPoint("good", "odd_rules:GOOD", "scenario.rules"),
        ]
        monkeypatch.setattr(importlib.metadata, "entry_points", lambda *, group: points)
        monkeypatch.setattr(registry, "_loaded", False)
        with pytest.warns(RuntimeWarning, match=r"'odd'.*RuleError.*'not a rule'"):
            ids = [r.id for r in rules()]
        assert "house.good" in ids


def random_scenario(seed: int, size: int = 30) -> scenario.Scenario:
    """A scenario with a random path, loops and remediation included."""
    rng = random.Random(seed)
    kinds = ["découverte", "apprentissage", "réalisation", "évaluation"]
    situations = ["présentiel", "distanciel synchrone", "distanciel asynchrone", None]
    s = scenario.Scenario("Aléatoire", modality="flipped")
    for number in range(size):
        s.add_phase(f"p{number}", rng.choice(kinds), situation=rng.choice(situations))
    s.path = []
    for _ in range(size + size // 2):
        a, b = rng.randrange(size), rng.randrange(size)
        kind = "remediation" if rng.random() < 0.2 else "sequence"
        if seed % 2 == 0 and kind == "sequence" and b <= a:
            continue  # half the seeds: no loop
        s.connect(f"p{a}", f"p{b}", kind)
    return s


class TestContext:
    @pytest.mark.parametrize("seed", range(12))
    def test_any_before_and_after_agree_with_ancestors(self, seed: int) -> None:
        """The linear propagation gives what networkx's ancestors/descendants give on the
        main path (detour phases neither asked about nor counted)."""
        s = random_scenario(seed)
        ctx = Context(s)
        main = ctx.main
        assert set(main) == {p.id for p in ctx.main_phases}
        marked = {p.id for p in s.phases if p.situation == "distanciel asynchrone"} & set(main)
        before = ctx.any_before(lambda p: p.id in marked)
        after = ctx.any_after(lambda p: p.id in marked)
        for node in main:
            assert before[node] == bool(nx.ancestors(main, node) & marked), node
            assert after[node] == bool(nx.descendants(main, node) & marked), node

    @pytest.mark.parametrize("seed", range(6))
    def test_entries_exits_and_sequence_match_the_learning_path(self, seed: int) -> None:
        """The context's paths are learning_path's, however they are built: without optional
        phases, the entries and exits of the main path are those of the sequence graph less
        the detour phases."""
        from scenario.learning_path import (
            build_graph,
            detours,
            entry_phases,
            exit_phases,
            sequence_graph,
        )

        s = random_scenario(seed)
        ctx = Context(s)
        graph = build_graph(s)
        found = detours(s)
        assert set(ctx.sequence.edges) == set(sequence_graph(graph).edges)
        assert ctx.entries == [p for p in entry_phases(graph) if p not in found]
        assert ctx.exits == [p for p in exit_phases(graph) if p not in found]
        assert set(ctx.main.edges) == set(found.main.edges)
        remediation = {(a, b) for a, b, k in graph.edges(data="kind") if k == "remediation"}
        assert set(ctx.remediations) == remediation

    @pytest.mark.parametrize("seed", range(6))
    def test_cycles_are_the_strongly_connected_components(self, seed: int) -> None:
        """One loop per component of more than one phase, or a phase looping on itself."""
        s = random_scenario(seed)
        ctx = Context(s)
        expected = {
            frozenset(c)
            for c in nx.strongly_connected_components(ctx.sequence)
            if len(c) > 1 or ctx.sequence.has_edge(next(iter(c)), next(iter(c)))
        }
        assert {frozenset(loop) for loop in ctx.cycles} == expected
        assert len(fired(s, "structure.cycle")) == len(expected)


def test_top_level_names_are_lazy() -> None:
    """scenario.validate & co. exist, and `import scenario` imports neither networkx nor rules."""
    import subprocess

    code = (
        "import sys, scenario\n"
        "assert 'networkx' not in sys.modules\n"
        "assert 'scenario.rules' not in sys.modules\n"
        "assert 'scenario.report' not in sys.modules\n"
        "from scenario import Finding, Report, Severity, register_rule, validate\n"
        "assert validate.__module__ == 'scenario.rules.engine'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert {"Finding", "Report", "Severity", "register_rule", "validate"} <= set(scenario.__all__)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_validation_page_examples_run(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    """The Python snippets of docs/<lang>/validation.md run, and print what the page shows."""
    text = (ROOT / "docs" / lang / "validation.md").read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    try:
        for block in re.findall(r"```python\n(.*?)```", text, re.S):
            exec(block, namespace)
    finally:
        unregister_rule("house.short-phase")
    printed = capsys.readouterr().out.splitlines()
    shown = re.search(r"```text\n((?:warning|avertissement) .*?)```", text, re.S)
    assert shown is not None
    expected = shown.group(1).splitlines()
    assert len(printed) == len(expected)
    for line, page in zip(printed, expected):
        assert line.startswith(page.removesuffix("..."))


class TestWaiverLines:
    """A finding that may be knowingly set aside says how: the waiver line to add."""

    def long(self) -> scenario.Scenario:
        return changed(base, tag("d", duration=90))()

    def test_the_message_ends_with_the_line_to_add(self) -> None:
        (fr,) = fired(self.long(), "phase.long-async")
        assert fr.message.endswith(
            " ; si c'est voulu, ajoutez à « waivers » : "
            '{rule: phase.long-async, phase: d, reason: "pourquoi c\'est voulu"}'
        )
        (en,) = fired(self.long(), "phase.long-async", lang="en")
        assert en.message.endswith(
            "; if this is on purpose, add to 'waivers': "
            '{rule: phase.long-async, phase: d, reason: "why it is meant"}'
        )

    def test_a_finding_about_the_whole_course_names_no_phase(self) -> None:
        s = changed(base, tag("e", kind="réalisation"))()
        (finding,) = fired(s, "structure.no-evaluation", lang="en")
        assert finding.message.endswith(
            '{rule: structure.no-evaluation, reason: "why it is meant"}'
        )

    def test_the_line_pasted_in_the_document_waives_the_finding(self) -> None:
        """The line is valid YAML, and the waiver it makes matches the finding."""
        import yaml

        s = self.long()
        (finding,) = fired(s, "phase.long-async", lang="en")
        line = finding.message.rsplit("'waivers': ", 1)[1]
        waiver = yaml.safe_load(line)
        s.waive(waiver["rule"], waiver.get("phase"), waiver["reason"])
        report = validate(s)
        assert [f.rule for f in report.waived] == ["phase.long-async"]
        assert "waiver.unused" not in {f.rule for f in report}

    @pytest.mark.parametrize("pid", ["yes", "1-intro", "null"])
    def test_a_phase_id_yaml_would_misread_is_quoted(self, pid: str) -> None:
        from scenario.rules.engine import waiver_line

        line = waiver_line("phase.long-async", pid, "r")
        assert f'phase: "{pid}"' in line

        import yaml

        assert yaml.safe_load(line)["phase"] == pid

    def test_rules_about_the_data_give_no_line(self) -> None:
        """Fix the document rather than waive: missing tags, durations, loops, sizes."""
        s = changed(base, tag("a", group=None, duration=None))()
        for finding in validate(s):
            assert "waivers" not in finding.message, finding.rule
        for rule_id in (
            "structure.empty",
            "structure.cycle",
            "structure.unreachable",
            "phase.missing-tag",
            "phase.no-duration",
            "scenario.no-objectives",
            "audience.group-exceeds-audience",
            "waiver.unused",
        ):
            assert not get_rule(rule_id).waivable, rule_id

    def test_a_waived_finding_keeps_its_plain_message(self) -> None:
        s = self.long()
        s.waive("phase.long-async", "d", "lecture longue voulue")
        (finding,) = validate(s).waived
        assert "waivers" not in finding.message

    def test_the_catalog_says_which_rules_may_be_waived(self) -> None:
        page = catalog_markdown()
        section = page.split("### `phase.long-async`", 1)[1].split("###", 1)[0]
        assert "It may be set aside knowingly with a waiver." in section
        section = page.split("### `phase.missing-tag`", 1)[1].split("###", 1)[0]
        assert "set aside knowingly" not in section

    def test_a_rule_from_elsewhere_may_be_waivable(self) -> None:
        def short(ctx: Context) -> Iterator[Hit]:
            """Fires for each phase shorter than 25 minutes."""
            for phase in ctx.phases:
                if phase.duration is not None and phase.duration < 25:
                    yield Hit(phase.id, "trop court")

        register_rule("house.short", short, summary="court", waivable=True)
        try:
            found = [f for f in validate(base(), lang="en") if f.rule == "house.short"]
            assert found[0].message.startswith("trop court; if this is on purpose")
        finally:
            unregister_rule("house.short")
