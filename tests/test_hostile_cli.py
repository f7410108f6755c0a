"""Issue 13 through the real command line: nothing lost, nothing left behind, nothing hangs.

Each test keeps one reproducer of the issue: `--timeout` values, outputs that
are pipes or inputs, SIGTERM in the middle of a write, the Graphviz child of
a killed parent, a folder with a file that crashes or kills its worker.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scenario.cli import main
from tests.conftest import EXAMPLE_FILES, EXAMPLES

SPOC = str(EXAMPLES / "spoc-logiciel-paie.yaml")
TABLE = EXAMPLES / "tableau-scenarisation.csv"


def run(
    *argv: str, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
):
    return subprocess.run(
        [sys.executable, "-m", "scenario", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd,
        env={**os.environ, **(env or {})},
    )


def leftovers(folder: Path) -> list[str]:
    """The temporary files of atomic writes left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def gone(pid: int) -> bool:
    """Whether the process ``pid`` has ended (a zombie waiting for its reaper counts)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as status:
            return status.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True


class TestTimeout:
    @pytest.mark.parametrize("value", ["nan", "inf", "-inf", "0", "-1", "soon", "1e999"])
    def test_only_a_positive_finite_number_of_seconds_is_taken(self, capsys, value):
        with pytest.raises(SystemExit) as info:
            main(["render", SPOC, "-o", "x.svg", f"--timeout={value}"])
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert "n'est pas un nombre de secondes supérieur à zéro" in err
        assert "Traceback" not in err

    def test_every_command_takes_it(self, capsys):
        assert main(["validate", SPOC, "--timeout", "30"]) == 0
        assert main(["rules", "--timeout", "2.5"]) == 0
        capsys.readouterr()

    def test_it_bounds_the_whole_command_not_only_graphviz(self, tmp_path, monkeypatch, capsys):
        """Past the deadline the command stops wherever it is (here a slow drawing of labels)."""

        def slow(*args, **kwargs):
            time.sleep(30)

        monkeypatch.setattr("scenario.render.mindmap.mindmap", slow)
        out = tmp_path / "map.svg"
        start = time.perf_counter()
        status = main(["render", SPOC, "-o", str(out), "--timeout", "0.5"])
        assert time.perf_counter() - start < 5
        assert status == 1
        assert "a tourné plus de 0,5 s (--timeout) et a été arrêtée" in capsys.readouterr().err
        assert not out.exists()
        assert leftovers(tmp_path) == []

    def test_a_multi_megabyte_word_is_drawn_within_seconds(self, tmp_path):
        """One word of 8 MB made label wrapping quadratic (20 to 90 s)."""
        document = tmp_path / "word.yaml"
        word = "x" * 8_000_000
        document.write_text(
            f"scenario: 1\ntitle: {word}\n"
            f"phases:\n  - {{id: a, phase: découverte, title: {word}}}\n",
            encoding="utf-8",
        )
        start = time.perf_counter()
        done = run(
            "render",
            str(document),
            "-o",
            str(tmp_path / "m.dot"),
            "--limits",
            "string_length=10M",
            "--timeout",
            "60",
        )
        assert done.returncode == 0, done.stderr
        assert time.perf_counter() - start < 20


class TestOutputs:
    @pytest.fixture
    def fifo(self, tmp_path):
        path = tmp_path / "out.md"
        os.mkfifo(path)
        return path

    @pytest.mark.parametrize(
        "argv",
        [
            ["export", SPOC, "--to", "markmap", "-o", "{out}"],
            ["synopsis", SPOC, "-o", "{out}"],
            ["render", SPOC, "-o", "{out}", "--format", "dot"],
            ["import", str(TABLE), "-o", "{out}"],
            ["new", "--modality", "spoc", "-o", "{out}", "--force"],
            ["stats", SPOC, "--plot", "{out}"],
        ],
        ids=lambda argv: argv[0],
    )
    def test_a_named_pipe_is_never_replaced_by_a_file(self, fifo, argv, capsys):
        """-o /dev/null or a FIFO was replaced by a regular file."""
        status = main([a.format(out=fifo) for a in argv])
        assert status == 2
        assert "est un tube nommé, pas un fichier ordinaire : il n'est pas écrasé" in (
            capsys.readouterr().err
        )
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)
        assert leftovers(fifo.parent) == []

    def test_a_device_is_never_replaced_by_a_file(self, tmp_path, capsys):
        """A character device of our own, like /dev/null; where mknod is not allowed, the
        real /dev/null, but only without the rights that could replace it."""
        device = tmp_path / "null"
        try:
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except OSError:
            if os.geteuid() == 0:
                raise
            device = Path("/dev/null")
        status = main(["export", SPOC, "--to", "markmap", "-o", str(device)])
        assert status == 2
        assert "est un périphérique" in capsys.readouterr().err
        assert stat.S_ISCHR(os.stat(device).st_mode)

    def test_the_library_refuses_too(self, fifo):
        import scenario

        with pytest.raises(scenario.WriteError, match="tube nommé"):
            scenario.load(SPOC).dump(fifo)
        assert stat.S_ISFIFO(os.stat(fifo).st_mode)

    @pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
    def test_an_output_that_is_an_input_is_refused(self, tmp_path, link, capsys):
        """`import x.csv -o x.csv` overwrote its own input."""
        table = tmp_path / "x.csv"
        shutil.copy(TABLE, table)
        before = table.read_bytes()
        output = {"same": table, "symlink": tmp_path / "l.csv", "hardlink": tmp_path / "h.csv"}[
            link
        ]
        if link == "symlink":
            output.symlink_to(table)
        elif link == "hardlink":
            os.link(table, output)
        status = main(["import", str(table), "-o", str(output)])
        assert status == 2
        assert "est aussi ce que lit la commande : il n'est pas écrasé" in capsys.readouterr().err
        assert table.read_bytes() == before

    def test_an_empty_output_name_is_refused(self, capsys):
        assert main(["export", SPOC, "--to", "markmap", "-o", ""]) == 2
        assert "le nom du fichier à écrire est vide" in capsys.readouterr().err


class TestValidateNames:
    def test_an_empty_name_never_scans_the_current_folder(self, tmp_path):
        shutil.copy(SPOC, tmp_path / "cours.yaml")
        done = run("validate", "", cwd=tmp_path)
        assert done.returncode == 2
        assert "le nom du fichier est vide" in done.stdout + done.stderr
        assert "cours.yaml" not in done.stdout + done.stderr

    def test_a_named_pipe_without_suffix_is_refused_not_read(self, tmp_path):
        # A name without a document suffix is read by its content: never from a pipe.
        os.mkfifo(tmp_path / "cours")
        done = run("validate", str(tmp_path / "cours"), timeout=20)
        assert done.returncode == 2
        assert "tube nommé" in done.stdout + done.stderr

    def test_a_folder_skips_temporary_and_hidden_files(self, tmp_path):
        shutil.copy(SPOC, tmp_path / "cours.yaml")
        (tmp_path / ".cours.yaml.k2j4.tmp").write_text("half: [", encoding="utf-8")
        (tmp_path / ".cours.yaml").write_text("half: [", encoding="utf-8")
        (tmp_path / ".git").mkdir()
        (tmp_path / ".git" / "old.yaml").write_text("half: [", encoding="utf-8")
        os.mkfifo(tmp_path / "pipe.yaml")
        done = run("validate", str(tmp_path), "--format", "json", timeout=60)
        assert done.returncode == 0, done.stdout
        assert [Path(r["file"]).name for r in json.loads(done.stdout)] == ["cours.yaml"]


SLOW_WRITE = """
import sys, time
import scenario.cli._analysis as analysis
from scenario._atomic import open_atomic
from scenario.cli import main

def slow(path, data):
    with open_atomic(path, binary=isinstance(data, bytes)) as handle:
        handle.write(data[:10])
        handle.flush()
        print("writing", flush=True)
        time.sleep(60)
        handle.write(data[10:])

analysis.atomic_write = slow
sys.exit(main(sys.argv[1:]))
"""


class TestStopped:
    @pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
    def test_a_stopped_write_leaves_no_temporary_file(self, tmp_path, signum, status):
        """A .NAME.tmp stayed behind after SIGTERM."""
        out = tmp_path / "carte.md"
        child = subprocess.Popen(
            [sys.executable, "-c", SLOW_WRITE, "export", SPOC, "--to", "markmap", "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline().strip() == "writing"
        assert len(leftovers(tmp_path)) == 1
        child.send_signal(signum)
        assert child.wait(timeout=30) == status
        assert "Traceback" not in child.stderr.read()
        assert leftovers(tmp_path) == []
        assert not out.exists()

    @pytest.fixture
    def fake_dot(self, tmp_path):
        """A `dot` that writes its pid and sleeps: a layout that never ends."""
        folder = tmp_path / "bin"
        folder.mkdir()
        dot = folder / "dot"
        dot.write_text(f"#!/bin/sh\necho $$ > {tmp_path / 'dot.pid'}\nexec sleep 120\n")
        dot.chmod(0o755)
        return folder

    def _dot_pid(self, tmp_path: Path) -> int:
        pidfile = tmp_path / "dot.pid"
        for _ in range(300):
            if pidfile.exists() and pidfile.read_text().strip():
                return int(pidfile.read_text())
            time.sleep(0.05)
        raise AssertionError("dot did not start")

    def _ends(self, pid: int) -> bool:
        for _ in range(100):
            if gone(pid):
                return True
            time.sleep(0.05)
        return False

    @pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
    def test_dot_dies_with_a_parent_killed_with_sigkill(self, tmp_path, fake_dot):
        """The `dot` child outlived a killed parent."""
        parent = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from scenario.render._graphviz import run; run('digraph {}', timeout=None, "
                f"program={str(fake_dot / 'dot')!r})",
            ]
        )
        pid = self._dot_pid(tmp_path)
        assert not gone(pid)
        parent.kill()
        parent.wait(timeout=10)
        assert self._ends(pid)

    def test_dot_dies_when_the_command_is_terminated(self, tmp_path, fake_dot):
        out = tmp_path / "carte.svg"
        child = subprocess.Popen(
            [sys.executable, "-m", "scenario", "render", SPOC, "-o", str(out)],
            env={**os.environ, "PATH": f"{fake_dot}{os.pathsep}{os.environ['PATH']}"},
            stderr=subprocess.PIPE,
        )
        pid = self._dot_pid(tmp_path)
        child.terminate()
        assert child.wait(timeout=30) == 143
        assert self._ends(pid)
        assert not out.exists()
        assert leftovers(tmp_path) == []


CRASHING = """
import os, sys
import scenario.cli.validate as validate
real = validate.load_any

def load(file, *args, **kwargs):
    if file.endswith("{bug}"):
        raise RuntimeError("boom")
    if file.endswith("{killer}"):
        os._exit(9)  # a worker that dies: out of memory, a crash in C
    return real(file, *args, **kwargs)

validate.load_any = load
from scenario.cli import main
sys.exit(main(sys.argv[1:]))
"""


class TestOneFileNeverStopsTheOthers:
    @pytest.fixture
    def folder(self, tmp_path):
        for index in range(24):
            source = EXAMPLE_FILES[index % len(EXAMPLE_FILES)]
            shutil.copy(source, tmp_path / f"{index:02d}-{source.name}")
        (tmp_path / "05-bug.yaml").write_text(
            Path(SPOC).read_text(encoding="utf-8"), encoding="utf-8"
        )
        (tmp_path / "15-killer.yaml").write_text(
            Path(SPOC).read_text(encoding="utf-8"), encoding="utf-8"
        )
        return tmp_path

    @pytest.mark.parametrize("jobs", ["1", "2"])
    def test_a_crash_and_a_dead_worker_are_reported_and_the_rest_checked(self, folder, jobs):
        """Validating a folder stopped at the first file that crashed; JSON printed nothing."""
        code = CRASHING.replace("{bug}", "05-bug.yaml").replace(
            "{killer}", "15-killer.yaml" if jobs == "2" else "no-such-file"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, "validate", str(folder), "--format", "json"],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "SCENARIO_JOBS": jobs},
        )
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        report = {Path(r["file"]).name: r for r in json.loads(done.stdout)}
        assert len(report) == 26
        assert (
            "erreur interne pendant la vérification du fichier (RuntimeError: boom)"
            in (report["05-bug.yaml"]["error"])
        )
        if jobs == "2":
            assert "a arrêté son processus" in report["15-killer.yaml"]["error"]
        checked = [r for name, r in report.items() if name not in ("05-bug.yaml", "15-killer.yaml")]
        assert all("error" not in r for r in checked)

    def test_in_text_too(self, folder, monkeypatch, capsys):
        real = __import__("scenario.cli.validate", fromlist=["load_any"]).load_any

        def load(file, *args, **kwargs):
            if file.endswith("05-bug.yaml"):
                raise RuntimeError("boom")
            return real(file, *args, **kwargs)

        monkeypatch.setattr("scenario.cli.validate.load_any", load)
        monkeypatch.setenv("SCENARIO_JOBS", "1")
        assert main(["validate", str(folder)]) == 2
        out = capsys.readouterr().out
        assert "05-bug.yaml : erreur interne" in out
        assert "26 fichiers" in out
        assert "1 illisible" in out


SLOW_CHECKS = """
import sys, time
import scenario.cli.validate as validate
real = validate.load_any

def load(file, *args, **kwargs):
    time.sleep(0.2)
    return real(file, *args, **kwargs)

validate.load_any = load
from scenario.cli import main
sys.exit(main(sys.argv[1:]))
"""


class TestStoppingManyFiles:
    @pytest.fixture
    def folder(self, tmp_path):
        for index in range(100):
            shutil.copy(SPOC, tmp_path / f"{index:03d}.yaml")
        return tmp_path

    def test_the_timeout_stops_the_workers_too(self, folder):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", SLOW_CHECKS, "validate", str(folder), "--timeout", "1"],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "SCENARIO_JOBS": "2"},
        )
        assert done.returncode == 1
        assert time.perf_counter() - start < 8  # 100 files of 0.2 s on 2 workers: 10 s
        assert "(--timeout) et a été arrêtée" in done.stderr
        assert "Traceback" not in done.stderr

    @pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
    def test_a_signal_stops_the_workers_quietly(self, folder, signum, status):
        child = subprocess.Popen(
            [sys.executable, "-c", SLOW_CHECKS, "validate", str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "SCENARIO_JOBS": "2"},
        )
        time.sleep(2)
        child.send_signal(signum)
        assert child.wait(timeout=30) == status
        assert "Traceback" not in child.stderr.read()


class TestCheckFiles:
    def test_a_worker_that_dies_is_found_among_the_files_it_had(self):
        from scenario.cli._parallel import check_files

        results = check_files(
            [str(i) for i in range(100)],
            _dies_on_seven_and_thirty,
            jobs=2,
            on_error=lambda file, reason: f"error {file} {reason}",
        )
        assert results[7] == "error 7 "
        assert results[30] == "error 30 "
        assert results[12] == "error 12 RuntimeError: twelve"
        assert [r for i, r in enumerate(results) if i not in (7, 12, 30)] == [
            str(i) for i in range(100) if i not in (7, 12, 30)
        ]


def _dies_on_seven_and_thirty(file: str) -> str:
    if file in ("7", "30"):
        os._exit(9)
    if file == "12":
        raise RuntimeError("twelve")
    return file


class TestNumbersThroughTheCommands:
    def test_the_largest_duration_is_shown_by_stats(self, tmp_path):
        document = tmp_path / "long.yaml"
        document.write_text(
            "scenario: 1\ntitle: t\nphases:\n"
            "  - {id: a, phase: découverte, duration: 9007199254740991}\n"
            "  - {id: b, phase: évaluation, duration: 10}\n",
            encoding="utf-8",
        )
        for command in ("stats", "synopsis", "requirements", "validate"):
            done = run(command, str(document))
            assert done.returncode in (0, 1), done.stderr
            assert "Traceback" not in done.stderr

    @pytest.mark.parametrize(
        "text",
        [
            "scenario: 1\ntitle: t\nphases: [{id: a, phase: découverte, duration: "
            + "9" * 5000
            + "}]\n",
            "scenario: 1\ntitle: !!float abc\nphases: []\n",
            "scenario: 1\ntitle: !!timestamp foo\nphases: []\n",
            "scenario: 1\ntitle: t\ntitle: u\nphases: []\n",
        ],
        ids=["huge number", "float abc", "timestamp foo", "duplicate key"],
    )
    def test_a_hostile_document_is_a_load_error(self, tmp_path, text):
        document = tmp_path / "x.yaml"
        document.write_text(text, encoding="utf-8")
        done = run("stats", str(document))
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert "erreur interne" not in done.stderr

    def test_a_lone_surrogate_in_json_is_a_load_error(self, tmp_path):
        document = tmp_path / "x.json"
        document.write_text('{"scenario": 1, "title": "\\ud800", "phases": []}', encoding="utf-8")
        done = run("export", str(document), "--to", "markmap")
        assert done.returncode == 2
        assert "moitié de caractère" in done.stderr


def test_the_limits_option_is_checked_before_anything(capsys):
    assert main(["validate", SPOC, "--limits", "phase=3"]) == 2
    assert "limite inconnue 'phase' : vouliez-vous dire 'phases'" in capsys.readouterr().err
    assert main(["validate", SPOC, "--limits", "phases=2"]) == 2
    assert "--limits phases=" in capsys.readouterr().out
