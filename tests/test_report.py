"""Findings and reports: counting, waived findings, and how a report shows itself."""

from __future__ import annotations

import json

import pytest

from scenario.report import Finding, Report, Severity


def finding(
    rule: str = "phase.long-async",
    severity: str = "warning",
    phase: str | None = "videos",
    *,
    waived: bool = False,
    reason: str | None = None,
    message: str = "trop long",
) -> Finding:
    return Finding(rule, severity, phase, message, "CMVRH fiche SPOC", waived, reason)


def sample() -> Report:
    return Report(
        [
            finding("structure.no-evaluation", "error", None),
            finding("phase.long-async", "warning", "videos"),
            finding("phase.no-duration", "info", "quiz"),
            finding("phase.sharing-alone", "error", "quiz", waived=True, reason="tutorat"),
        ]
    )


class TestSeverity:
    @pytest.mark.parametrize(
        ("severity", "value", "fr", "rank"),
        [
            (Severity.ERROR, "error", "erreur", 0),
            (Severity.WARNING, "warning", "avertissement", 1),
            (Severity.INFO, "info", "info", 2),
        ],
    )
    def test_values_labels_and_order(self, severity: Severity, value: str, fr: str, rank: int):
        """A severity is its English word, says itself in French, and errors rank first."""
        assert severity == value
        assert str(severity) == value
        assert severity.label("fr") == fr
        assert severity.label("en") == value
        assert severity.rank == rank

    def test_finding_reads_a_severity_string(self):
        """A finding turns a severity string into the enum member."""
        assert finding(severity="error").severity is Severity.ERROR

    def test_finding_refuses_an_unknown_severity(self):
        """A severity outside error/warning/info is refused."""
        with pytest.raises(ValueError, match="fatal"):
            finding(severity="fatal")


class TestReport:
    def test_iterates_every_finding_in_order(self):
        """Iterating and len() include the waived findings, in the order given."""
        report = sample()
        assert len(report) == 4
        assert [f.rule for f in report] == [f.rule for f in report.findings]

    def test_counts_exclude_waived_findings(self):
        """errors/warnings/infos are unwaived only; waived lists the set-aside ones."""
        report = sample()
        assert [f.rule for f in report.errors] == ["structure.no-evaluation"]
        assert [f.rule for f in report.warnings] == ["phase.long-async"]
        assert [f.rule for f in report.infos] == ["phase.no-duration"]
        assert [f.rule for f in report.waived] == ["phase.sharing-alone"]

    @pytest.mark.parametrize(
        ("findings", "ok"),
        [
            ([], True),
            ([finding(severity="warning"), finding(severity="info")], True),
            ([finding(severity="error", waived=True)], True),
            ([finding(severity="error")], False),
        ],
    )
    def test_ok_means_no_unwaived_error(self, findings: list[Finding], ok: bool):
        """Only an unwaived error makes a report not ok."""
        assert Report(findings).ok is ok

    def test_for_phase(self):
        """for_phase gives a phase's unwaived findings, or all of them on demand."""
        report = sample()
        assert [f.rule for f in report.for_phase("quiz")] == ["phase.no-duration"]
        assert len(report.for_phase("quiz", include_waived=True)) == 2
        assert report.for_phase("nowhere") == []

    def test_to_dict_and_json(self):
        """The report as data: ok, lang, title and every finding with all its fields."""
        data = json.loads(sample().to_json())
        assert data["ok"] is False
        assert data["lang"] == "fr"
        assert data["findings"][0] == {
            "rule": "structure.no-evaluation",
            "severity": "error",
            "phase": None,
            "message": "trop long",
            "source": "CMVRH fiche SPOC",
            "waived": False,
            "waiver_reason": None,
            "line": None,
        }
        assert data["findings"][3]["waived"] is True
        assert data["findings"][3]["waiver_reason"] == "tutorat"

    def test_str_is_compiler_like(self):
        """One line per finding (phase first when there is one), the severity in the
        report's language, then the counts."""
        lines = str(sample()).splitlines()
        assert lines[0] == "erreur structure.no-evaluation: trop long"
        assert lines[1] == "videos: avertissement phase.long-async: trop long"
        assert lines[3] == "quiz: erreur phase.sharing-alone: trop long [dérogation : tutorat]"
        assert lines[-1] == "1 erreur, 1 avertissement, 1 info, 1 dérogation"

    @pytest.mark.parametrize(
        ("counts", "lang", "line"),
        [
            ((0, 0, 0, 0), "fr", "0 erreur, 0 avertissement, 0 info"),
            ((2, 3, 4, 0), "fr", "2 erreurs, 3 avertissements, 4 infos"),
            ((1, 1, 1, 2), "en", "1 error, 1 warning, 1 info, 2 waived"),
            ((0, 2, 0, 0), "en", "0 errors, 2 warnings, 0 infos"),
        ],
    )
    def test_summary_line(self, counts: tuple[int, int, int, int], lang: str, line: str):
        """The summary counts in the report's language, with plurals right."""
        errors, warnings, infos, waived = counts
        findings = (
            [finding(severity="error")] * errors
            + [finding(severity="warning")] * warnings
            + [finding(severity="info")] * infos
            + [finding(severity="info", waived=True)] * waived
        )
        assert Report(findings, lang=lang).summary() == line

    def test_html_escapes_every_user_text(self):
        """Messages, phase ids, reasons and titles never become markup in Jupyter."""
        report = Report(
            [
                finding(
                    "x.<b>",
                    phase="<i>p</i>",
                    message="<script>alert(1)</script>",
                    waived=True,
                    reason="<img src=x>",
                )
            ],
            title="A & <B>",
        )
        page = report._repr_html_()
        assert "<script>" not in page
        assert "<img" not in page
        assert "<i>p</i>" not in page
        assert "&lt;script&gt;" in page
        assert "A &amp; &lt;B&gt;" in page
        assert page.count("<tr") == 2

    def test_html_of_an_empty_report_has_no_table(self):
        """A clean report shows its summary only."""
        page = Report([], lang="en")._repr_html_()
        assert "<table" not in page
        assert "0 errors" in page
