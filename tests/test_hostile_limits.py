"""Issue 13, the input policy: every limit refused at every door, before the work, with a hint.

One small reproducer per item of the issue; the big inputs are built here,
never committed. Every refusal is a DocumentError (never another exception),
names the limit and says how to raise it (``--limits NAME=VALUE``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import scenario
from scenario import DocumentError, Limits
from scenario.errors import LearnerDataError
from scenario.io import _yaml as yaml_module
from scenario.io.freemind import read_freemind
from scenario.io.learner_data import read_learner_data
from scenario.io.limits import (
    LARGEST_NUMBER,
    LimitsError,
    current_limits,
    parse_limits,
    use_limits,
)
from scenario.io.table import from_table

HEAD = "scenario: 1\ntitle: t\n"
PHASE = "  - {id: a, phase: découverte}\n"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

NO_LIBYAML = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="no libyaml")


@pytest.fixture(params=["pure", pytest.param("libyaml", marks=NO_LIBYAML)])
def loader(request, monkeypatch):
    """Each test with PyYAML's pure-Python parser and with libyaml's."""
    parser = yaml.SafeLoader if request.param == "pure" else yaml.CSafeLoader
    monkeypatch.setattr(yaml_module, "SafeLoader", parser)
    yaml_module._loader_on.cache_clear()
    yield parser
    yaml_module._loader_on.cache_clear()


def refused(text: str | bytes, format: str = "yaml", **options: Any) -> DocumentError:
    with pytest.raises(DocumentError) as info:
        scenario.loads(text, format, **options)
    return info.value


def finishes(function: Callable[[], Any], seconds: float = 5) -> Any:
    """Run ``function`` in a thread; fail if it is still running after ``seconds`` (a
    reader blocked on a pipe would hang the suite otherwise)."""
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = function()
        except BaseException as error:
            outcome["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "the reader blocked (on a pipe?)"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


class TestTheLimits:
    def test_the_defaults_are_documented_values(self):
        limits = Limits()
        assert (limits.file_size, limits.string_length, limits.phases, limits.depth) == (
            16 * 2**20,
            100_000,
            10_000,
            100,
        )
        assert (limits.cells, limits.unzipped_size, limits.expanded_text) == (
            250_000,
            64 * 2**20,
            32 * 2**20,
        )
        assert (limits.data_size, limits.data_rows, limits.values) == (
            256_000_000,
            1_000_000,
            1_000_000,
        )

    @pytest.mark.parametrize(
        ("text", "name", "value"),
        [
            ("phases=20000", "phases", 20_000),
            ("phases=20k", "phases", 20_000),
            ("file_size=64MB", "file_size", 64_000_000),
            ("file-size=64 Mo", "file_size", 64_000_000),
            ("file_size=16MiB", "file_size", 16 * 2**20),
            ("string_length=1_000_000", "string_length", 1_000_000),
            (" cells = 2M ", "cells", 2_000_000),
        ],
    )
    def test_a_text_of_limits_is_read_as_a_designer_writes_it(self, text, name, value):
        assert getattr(parse_limits(text), name) == value

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("phase=3", "limite inconnue 'phase' : vouliez-vous dire 'phases'"),
            ("phases", "n'est pas de la forme NOM=VALEUR"),
            ("phases=lots", "prend un nombre entier"),
            ("phases=0", "au moins 1"),
            ("phases=-5", "prend un nombre entier"),
            ("depth=5000", "ne peut pas dépasser 1"),
        ],
    )
    def test_a_wrong_text_of_limits_is_refused(self, text, message):
        with pytest.raises(LimitsError, match=message):
            parse_limits(text)

    def test_the_environment_and_a_block_choose_the_limits(self, monkeypatch):
        monkeypatch.setenv("SCENARIO_LIMITS", "phases=7")
        assert current_limits().phases == 7
        with use_limits(Limits(phases=3)):
            assert current_limits().phases == 3
        monkeypatch.setenv("SCENARIO_LIMITS", "nope=1")
        with pytest.raises(LimitsError, match="SCENARIO_LIMITS"):
            current_limits()

    def test_trusted_limits_lift_every_size(self):
        trusted = Limits.trusted()
        assert trusted.phases > 10**18
        assert trusted.file_size > 10**18
        assert trusted.depth == Limits().depth


class TestNumbers:
    @pytest.mark.parametrize(
        "text",
        [
            HEAD + "audience: {size: " + "9" * 5000 + "}\nphases: []\n",
            HEAD + "phases:\n  - {id: a, phase: découverte, duration: " + "9" * 5000 + "}\n",
            HEAD + "phases:\n  - {id: a, phase: découverte, duration: 0x" + "f" * 5000 + "}\n",
            HEAD + "phases:\n  - {id: a, phase: découverte, duration: " + "1:" * 3000 + "1}\n",
            HEAD + f"audience: {{size: {LARGEST_NUMBER + 1}}}\nphases: []\n",
        ],
        ids=["5000 digits", "a duration of 5000 digits", "hexadecimal", "sexagesimal", "2**53"],
    )
    def test_a_whole_number_past_two_to_the_53_is_refused_with_its_line(self, loader, text):
        """Python refuses to read 4,300 digits with a ValueError: the load says more."""
        start = time.perf_counter()
        error = refused(text)
        assert time.perf_counter() - start < 1
        assert "est trop grand" in error.message
        assert error.line in (3, 4)

    def test_the_same_in_json(self):
        for number in ("9" * 5000, str(LARGEST_NUMBER + 1), "-" + "9" * 40):
            error = refused(
                '{"scenario": 1, "title": "t",\n"audience": {"size": ' + number + "}}", "json"
            )
            assert "est trop grand" in error.message
            assert error.line == 2

    @pytest.mark.parametrize(
        "duration",
        ["9" * 5000 + "min", "9" * 30 + "h", "PT" + "9" * 5000 + "H", "999999999999999h"],
    )
    def test_a_duration_written_as_text_past_the_largest_is_refused(self, duration):
        error = refused(
            HEAD + f"phases:\n  - {{id: a, phase: découverte, duration: '{duration}'}}\n"
        )
        assert "une durée ne peut pas être aussi longue" in str(error)
        assert error.path == "phases[0].duration"

    def test_a_huge_duration_made_in_python_does_not_crash_stats(self):
        s = scenario.Scenario("t")
        s.add_phase("a", "découverte", "x", duration=10**400)
        s.add_phase("b", "évaluation", "y", duration=10)
        text = str(s.stats())
        assert "10\u202f000\u202f000" in text


class TestOddTags:
    @pytest.mark.parametrize(
        ("value", "tag"),
        [
            ("!!float abc", "!!float"),
            ("!!timestamp foo", "!!timestamp"),
            ("!!bool abc", "!!bool"),
            ("!!int abc", "!!int"),
            ('!!int ""', "!!int"),
            ('!!float ""', "!!float"),
        ],
    )
    def test_a_value_its_tag_cannot_read_is_a_load_error_with_its_line(self, loader, value, tag):
        error = refused(HEAD + f"modality: {value}\nphases: []\n")
        assert f"ne peut pas être lue avec l'étiquette {tag}" in error.message
        assert error.line == 3

    def test_a_day_that_does_not_exist_as_a_title_is_text(self, loader):
        assert scenario.loads("scenario: 1\ntitle: 2024-02-30\nphases: []\n").title == "2024-02-30"

    def test_a_day_that_does_not_exist_as_a_date_is_refused(self, loader):
        error = refused(HEAD + "phases:\n  - {id: a, phase: découverte, date: 2024-02-30}\n")
        assert error.path == "phases[0].date"


class TestDuplicateKeys:
    def test_a_key_given_twice_is_refused_at_its_second_line(self, loader):
        error = refused(HEAD + "title: u\nphases: []\n")
        assert error.message == (
            "YAML invalide : la clé 'title' figure deux fois dans ce dictionnaire "
            "(la première fois à la ligne 2)"
        )
        assert error.line == 3
        assert "n'en gardez qu'une" in (error.hint or "")

    def test_inside_a_phase_too(self, loader):
        error = refused(HEAD + "phases:\n  - id: a\n    phase: découverte\n    id: b\n")
        assert error.line == 6

    def test_keys_a_merge_brings_in_are_not_duplicates(self, loader):
        s = scenario.loads(
            HEAD
            + "phases:\n  - &a {id: a, phase: découverte, group: seul}\n"
            + "  - {<<: *a, id: b, group: petit groupe}\n"
        )
        assert s.phases[1].group.value == "petit groupe"

    def test_in_json_too(self):
        error = refused('{"scenario": 1,\n "title": "t",\n "phases": [],\n "title": "u"}', "json")
        assert "la clé 'title' figure deux fois" in error.message
        assert error.line == 4


class TestLoneSurrogates:
    def test_an_escaped_half_character_in_json_is_refused_with_its_place(self):
        error = refused(
            '{"scenario": 1, "title": "t",\n"phases": [],\n"modality": "\\ud800"}', "json"
        )
        assert "une moitié de caractère" in error.message
        assert (error.path, error.line) == ("modality", 3)

    def test_in_a_key_too(self):
        error = refused('{"scenario": 1, "title": "t", "phases": [], "\\udc00x": 1}', "json")
        assert "\\udc00" in error.message

    def test_a_whole_character_written_as_two_escapes_loads(self):
        s = scenario.loads('{"scenario": 1, "title": "\\ud83d\\ude00", "phases": []}', "json")
        assert s.title == "\U0001f600"

    def test_in_yaml_whichever_parser(self, loader):
        with pytest.raises(DocumentError, match="YAML invalide"):
            scenario.loads('scenario: 1\ntitle: "\\ud800"\nphases: []\n')


class TestTexts:
    def test_a_text_past_the_limit_is_refused_with_its_line(self, loader):
        error = refused(
            HEAD + "phases:\n  - {id: a, phase: découverte, title: " + "x" * 101 + "}\n",
            limits=Limits(string_length=100),
        )
        assert error.message == "un texte de 101 caractères dépasse la limite de 100"
        assert error.line == 4
        assert "--limits string_length=200" in (error.hint or "")

    def test_in_json_with_its_place(self):
        text = json.dumps(
            {
                "scenario": 1,
                "title": "t",
                "phases": [{"id": "a", "phase": "découverte", "title": "x" * 101}],
            },
            indent=1,
        )
        error = refused(text, "json", limits=Limits(string_length=100))
        assert error.path == "phases[0].title"
        assert error.line == 8

    def test_a_long_text_repeated_by_aliases_is_refused_before_anything_is_built(self, loader):
        """A 1 MB document that repeats one long text gave 1 GB of synopsis and 3 GB of memory."""
        text = (
            HEAD
            + "phases:\n  - id: a\n    phase: découverte\n    title: &s "
            + "x" * 100_000
            + "\n    activities: ["
            + ", ".join(["*s"] * 400)
            + "]\n"
        )
        start = time.perf_counter()
        error = refused(text)
        assert time.perf_counter() - start < 1
        assert "le texte du document dépasse 33\u202f554\u202f432 caractères" in error.message
        assert "--limits expanded_text=" in (error.hint or "")
        assert (
            len(scenario.loads(text, limits=Limits(expanded_text=10**8)).phases[0].activities)
            == 400
        )


class TestPhasesAndDepth:
    def test_more_phases_than_the_limit_are_refused_at_the_first_one_past(self):
        text = (
            HEAD + "phases:\n" + "".join(f"  - {{id: p{i}, phase: découverte}}\n" for i in range(6))
        )
        error = refused(text, limits=Limits(phases=5))
        assert error.message == "le document a 6 phases, au-delà de la limite de 5"
        assert (error.path, error.line) == ("phases[5]", 9)
        assert "--limits phases=10" in (error.hint or "")
        assert len(scenario.loads(text, limits=Limits(phases=6)).phases) == 6

    @pytest.mark.parametrize(
        ("text", "format", "message"),
        [
            (
                "scenario: 1\ntitle: t\nphases:\n" + "- {}\n" * 3_000_000,
                "yaml",
                "plus de 10\u202f000 phases",
            ),
            (
                "scenario: 1\ntitle: t\nphases: []\nx:\n" + "- {}\n" * 3_000_000,
                "yaml",
                "plus de 1\u202f000\u202f000 valeurs",
            ),
            (
                "scenario: 1\ntitle: t\nphases: []\nx: [" + "a," * 5_000_000 + "a]\n",
                "yaml",
                "plus de 1\u202f000\u202f000 valeurs",
            ),
            (
                '{"scenario": 1, "title": "t", "phases": [' + "{}," * 3_000_000 + "{}]}",
                "json",
                "plus de 1\u202f000\u202f000 valeurs",
            ),
            (
                '{"scenario": 1, "title": "t", "phases": [], "x": [' + "[]," * 5_000_000 + "[]]}",
                "json",
                "plus de 1\u202f000\u202f000 valeurs",
            ),
            (
                '{"scenario": 1, "title": "t", "phases": [' + "{}," * 20_000 + "{}]}",
                "json",
                "20\u202f001 phases",
            ),
        ],
        ids=[
            "yaml phases",
            "yaml mappings",
            "yaml texts",
            "json phases",
            "json lists",
            "json some phases",
        ],
    )
    def test_a_huge_structure_is_refused_before_it_is_built(self, tmp_path, text, format, message):
        """3 million empty phases in 15 MB took 15 s and 2.3 GB before they were refused.
        Measured in a process of its own: its peak memory, its time."""
        file = tmp_path / f"huge.{format}"
        file.write_text(text, encoding="utf-8")
        code = (
            "import re, sys, time, scenario\n"
            "start = time.perf_counter()\n"
            "try:\n"
            f"    scenario.load({str(file)!r})\n"
            "except scenario.DocumentError as error:\n"
            "    print(error.message, '|', error.hint)\n"
            # VmHWM starts anew with exec; ru_maxrss keeps the parent's peak at the fork.
            "status = open('/proc/self/status').read()\n"
            "peak = re.search(r'VmHWM:\\s*(\\d+)', status).group(1)\n"
            "print(time.perf_counter() - start, peak)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
        )
        said, measured = done.stdout.splitlines()
        seconds, kilobytes = measured.split()
        assert message in said
        assert "--limits " in said
        assert float(seconds) < 5  # measured: 0.1 to 1 s
        assert int(kilobytes) < 300 * 1024  # measured: 50 to 120 MB (2.3 GB before)

    def test_the_values_limit_can_be_lowered(self):
        error = refused(HEAD + "phases: []\nx: [1, 2, 3, 4, 5, 6]\n", limits=Limits(values=5))
        assert error.message == "le document contient plus de 5 valeurs"
        assert "--limits values=10" in (error.hint or "")

    def test_the_depth_limit_can_be_lowered_and_says_how_to_raise_it(self):
        error = refused(HEAD + "phases: []\nx: [[[[[[1]]]]]]\n", limits=Limits(depth=4))
        assert "imbrique plus de 4 niveaux" in error.message
        assert "--limits depth=8" in (error.hint or "")

    def test_a_file_past_the_limit_is_refused_by_its_size(self, tmp_path):
        file = tmp_path / "big.yaml"
        file.write_text(HEAD + "phases: []\n" + "#" * 200, encoding="utf-8")
        with pytest.raises(DocumentError, match="au-delà de la limite de 100") as info:
            scenario.load(file, limits=Limits(file_size=100))
        assert "--limits file_size=1MB" in (info.value.hint or "")


@pytest.fixture
def fifo(tmp_path):
    def make(name: str) -> Path:
        path = tmp_path / name
        os.mkfifo(path)
        return path

    return make


class TestFilesThatNeverEnd:
    """/dev/zero and a named pipe were read until memory ran out, or waited on forever."""

    @pytest.mark.parametrize(
        "name", ["cours.yaml", "cours.json", "t.csv", "t.xlsx", "m.mm", "d.csv", "d.jsonl"]
    )
    def test_a_named_pipe_is_refused_without_waiting(self, fifo, name):
        path = fifo(name)
        read = {
            "cours.yaml": scenario.load,
            "cours.json": scenario.load,
            "t.csv": from_table,
            "t.xlsx": from_table,
            "m.mm": read_freemind,
            "d.csv": read_learner_data,
            "d.jsonl": read_learner_data,
        }[name]
        with pytest.raises(DocumentError, match="c'est un tube nommé, pas un fichier ordinaire"):
            finishes(lambda: read(path))

    @pytest.mark.parametrize("suffix", [".yaml", ".csv", ".xlsx", ".mm", ".jsonl"])
    def test_dev_zero_is_refused_without_reading_it(self, tmp_path, suffix):
        link = tmp_path / f"zero{suffix}"
        link.symlink_to("/dev/zero")
        read = {".yaml": scenario.load, ".mm": read_freemind, ".jsonl": read_learner_data}.get(
            suffix, from_table
        )
        with pytest.raises(DocumentError, match="c'est un périphérique"):
            finishes(lambda: read(link), 2)

    def test_an_empty_name_is_refused_and_never_means_the_current_folder(self):
        with pytest.raises(DocumentError, match="le nom du fichier est vide"):
            scenario.load("")


class TestTables:
    def test_a_cell_past_the_csv_modules_own_limit_is_refused_by_ours(self, tmp_path):
        """The csv module stops at 131,072 characters with its own error: it crashed the import."""
        file = tmp_path / "t.csv"
        file.write_text("id;phase;titre\na;découverte;" + "x" * 200_000 + "\n", encoding="utf-8")
        with pytest.raises(DocumentError, match="une cellule contient plus de 100") as info:
            from_table(file)
        assert info.value.line == 2
        assert "--limits string_length=200000" in (info.value.hint or "")
        with use_limits(Limits(string_length=300_000)):
            assert len(from_table(file).phases[0].title) == 200_000

    def test_a_million_rows_are_refused_within_a_second_in_little_memory(self, tmp_path):
        file = tmp_path / "million.csv"
        file.write_bytes(b"phase\n" + b"d\n" * 1_000_000)
        tracemalloc.start()
        start = time.perf_counter()
        try:
            with pytest.raises(DocumentError, match="plus de 10\u202f000 lignes de phases"):
                from_table(file)
            elapsed = time.perf_counter() - start
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert elapsed < 2  # measured: 0.1 s (92 s and 1.2 GB before, with longer rows)
        assert peak < 40 * 2**20

    def test_more_cells_than_the_limit_are_refused(self, tmp_path):
        file = tmp_path / "wide.csv"
        file.write_text("phase" + ";x" * 300 + "\n" + "d\n" * 10, encoding="utf-8")
        with (
            use_limits(Limits(cells=100)),
            pytest.raises(DocumentError, match="plus de 100 cellules"),
        ):
            from_table(file)


def _workbook(
    tmp_path: Path,
    name: str,
    sheet: Callable[[bytes], bytes],
    extra: dict[str, bytes] | None = None,
) -> Path:
    """A real workbook (openpyxl), its first sheet's XML changed by ``sheet``."""
    openpyxl = pytest.importorskip("openpyxl")
    plain = tmp_path / "plain.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["phase", "titre"])
    book.active.append(["découverte", "Accueil"])
    book.save(plain)
    out = tmp_path / name
    with (
        zipfile.ZipFile(plain) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for part in source.infolist():
            data = source.read(part.filename)
            if part.filename == "xl/worksheets/sheet1.xml":
                data = sheet(data)
            target.writestr(part.filename, data)
        for filename, data in (extra or {}).items():
            target.writestr(filename, data)
    return out


class TestWorkbooks:
    @pytest.fixture(autouse=True)
    def _no_openpyxl(self, monkeypatch):
        """Every refusal here comes before openpyxl opens the file."""
        openpyxl = pytest.importorskip("openpyxl")

        def opened(*args, **kwargs):
            raise AssertionError("openpyxl opened a workbook the limits refuse")

        self.opened = opened
        self.monkeypatch = monkeypatch
        self.openpyxl = openpyxl

    def refuse(self, path: Path, message: str) -> DocumentError:
        self.monkeypatch.setattr(self.openpyxl, "load_workbook", self.opened)
        start = time.perf_counter()
        with pytest.raises(DocumentError, match=message) as info:
            from_table(path)
        assert time.perf_counter() - start < 2
        return info.value

    def test_a_plain_workbook_still_reads(self, tmp_path):
        assert from_table(_workbook(tmp_path, "t.xlsx", lambda d: d)).phases[0].title == "Accueil"

    def test_a_zip_bomb_is_refused_from_the_central_directory(self, tmp_path):
        """200 MB of one repeated cell zip to 200 kB; openpyxl took 5 to 7 GB on such files."""
        row = b"<row><c t='inlineStr'><is><t>x</t></is></c></row>"
        bomb = _workbook(
            tmp_path,
            "bomb.xlsx",
            lambda d: d.replace(b"</sheetData>", row * 4_000_000 + b"</sheetData>"),
        )
        assert bomb.stat().st_size < 2 * 2**20
        error = self.refuse(
            bomb, "une fois décompressé, au-delà de la limite de 67\u202f108\u202f864"
        )
        assert "--limits unzipped_size=" in (error.hint or "")

    def test_two_cells_far_apart_are_refused_by_the_rectangle_they_span(self, tmp_path):
        far = b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"
        path = _workbook(
            tmp_path, "far.xlsx", lambda d: d.replace(b"</sheetData>", far + b"</sheetData>")
        )
        self.refuse(path, "plus de 250\u202f000 cellules")

    def test_a_huge_merged_range_is_refused(self, tmp_path):
        merged = b"</sheetData><mergeCells count='1'><mergeCell ref='C1:ZZ90000'/></mergeCells>"
        path = _workbook(tmp_path, "merged.xlsx", lambda d: d.replace(b"</sheetData>", merged))
        self.refuse(path, "plus de 250\u202f000 cellules")

    def test_a_doctype_in_any_part_is_refused(self, tmp_path):
        path = _workbook(tmp_path, "dtd.xlsx", lambda d: b'<!DOCTYPE x [<!ENTITY a "b">]>' + d)
        self.refuse(path, "déclare un DOCTYPE ou des entités")

    def test_a_sheet_in_utf16_is_counted_too(self, tmp_path):
        far = b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"
        path = _workbook(
            tmp_path,
            "u16.xlsx",
            lambda d: d.replace(b"</sheetData>", far + b"</sheetData>").decode().encode("utf-16"),
        )
        self.refuse(path, "plus de 250\u202f000 cellules")

    def test_a_text_past_the_limit_is_refused_before_openpyxl_reads_it(self, tmp_path):
        """A text split by raw '>' or written with entities is measured as openpyxl reads it."""
        text = ("a&amp;b&gt;c>" * 20_000).encode()  # 120,000 characters once read
        cell = b"<row r='3'><c r='A3' t='inlineStr'><is><t>" + text + b"</t></is></c></row>"
        path = _workbook(
            tmp_path, "long.xlsx", lambda d: d.replace(b"</sheetData>", cell + b"</sheetData>")
        )
        error = self.refuse(path, "une cellule contient plus de 100\u202f000 caractères")
        assert "--limits string_length=" in (error.hint or "")


class TestMaps:
    def test_a_map_of_more_nodes_than_the_limit_is_refused_before_parsing(self, tmp_path):
        file = tmp_path / "m.mm"
        file.write_text('<map><node TEXT="t">' + '<node TEXT="p"/>' * 300 + "</node></map>")
        with use_limits(Limits(cells=100)), pytest.raises(DocumentError, match="301 nœuds"):
            read_freemind(file)

    def test_in_utf16_too(self, tmp_path):
        file = tmp_path / "m.mm"
        text = '<map><node TEXT="t">' + '<node TEXT="p"/>' * 300 + "</node></map>"
        file.write_bytes(text.encode("utf-16"))
        with use_limits(Limits(cells=100)), pytest.raises(DocumentError, match="301 nœuds"):
            read_freemind(file)


class TestLearnerData:
    def test_a_statement_that_never_closes_is_refused_at_the_limit(self, tmp_path):
        pytest.importorskip("ralph")
        file = tmp_path / "d.json"
        file.write_text('[{"actor": "' + "x" * 5000, encoding="utf-8")
        with pytest.raises(LearnerDataError, match="dépasse la limite de 1\u202f000 octets"):
            read_learner_data(file, limits=Limits(file_size=1000))

    def test_a_line_past_the_limit_is_refused(self, tmp_path):
        file = tmp_path / "d.jsonl"
        file.write_text('{"a": "' + "x" * 5000 + '"}\n', encoding="utf-8")
        with pytest.raises(LearnerDataError, match="dépasse la limite"):
            read_learner_data(file, limits=Limits(file_size=1000))

    @pytest.mark.parametrize("line", ["[" * 100_000, '{"n": ' + "9" * 5000 + "}"])
    def test_a_hostile_statement_is_a_learner_data_error(self, tmp_path, line):
        pytest.importorskip("ralph")
        file = tmp_path / "d.jsonl"
        file.write_text(line + "\n", encoding="utf-8")
        with pytest.raises(LearnerDataError):
            read_learner_data(file)

    def test_a_json_array_is_read_one_statement_at_a_time(self, tmp_path):
        pytest.importorskip("ralph")
        lines = (EXAMPLES / "apres-la-session" / "statements.moodle.jsonl").read_text(
            encoding="utf-8"
        )
        statements = [json.loads(line) for line in lines.splitlines() if line.strip()]
        file = tmp_path / "d.json"
        file.write_text(json.dumps(statements, indent=2), encoding="utf-8")
        whole = read_learner_data(EXAMPLES / "apres-la-session" / "statements.moodle.jsonl")
        streamed = read_learner_data(file, limits=Limits(file_size=4096))
        assert streamed.traces == whole.traces
