"""`scenario validate` over many files: a process pool, results in order, every file reported."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import time

import pytest

from scenario.cli._parallel import check_files, default_jobs, terminal_progress
from tests.conftest import EXAMPLE_FILES


def pid_of(file: str) -> tuple[str, int]:
    return file, os.getpid()


def slow_pid_of(file: str) -> int:
    time.sleep(0.01)  # long enough that the second worker gets chunks on a busy machine
    return os.getpid()


def fails_on_seven(file: str) -> str:
    if file == "7":
        raise ValueError("seven")
    return file


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    """120 scenarios (the examples over and over) with three broken ones among them."""
    folder = tmp_path_factory.mktemp("catalogue")
    for index in range(120):
        source = EXAMPLE_FILES[index % len(EXAMPLE_FILES)]
        shutil.copy(source, folder / f"{index:03d}-{source.name}")
    (folder / "010-broken.yaml").write_text("scenario: 1\ntitle: [unclosed\n", encoding="utf-8")
    (folder / "050-bomb.yaml").write_text(
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + "".join(
            f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi")
        ),
        encoding="utf-8",
    )
    (folder / "099-garbage.json").write_bytes(b"\xff\xfe\x00garbage")
    return folder


def validate(folder, jobs, *options):
    return subprocess.run(
        [sys.executable, "-m", "scenario", "validate", str(folder), *options],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SCENARIO_JOBS": str(jobs)},
    )


class TestCheckFiles:
    def test_results_come_in_the_order_given(self):
        files = [str(i) for i in range(100)]
        assert [f for f, _ in check_files(files, pid_of, jobs=2)] == files

    def test_many_files_are_spread_over_worker_processes(self):
        pids = check_files([str(i) for i in range(100)], slow_pid_of, jobs=2)
        assert pids[0] == os.getpid()  # the first warms up the imports the workers inherit
        assert os.getpid() not in pids[1:]
        assert len(set(pids[1:])) == 2

    def test_few_files_stay_in_this_process(self):
        assert {pid for _, pid in check_files(["a", "b"], pid_of, jobs=2)} == {os.getpid()}

    def test_one_job_stays_in_this_process(self):
        files = [str(i) for i in range(50)]
        assert {pid for _, pid in check_files(files, pid_of, jobs=1)} == {os.getpid()}

    def test_an_exception_of_the_worker_is_raised_here(self):
        with pytest.raises(ValueError, match="seven"):
            check_files([str(i) for i in range(40)], fails_on_seven, jobs=2)

    def test_progress_is_reported_for_every_file(self):
        seen = []
        check_files(
            [str(i) for i in range(40)], len, jobs=2, progress=lambda d, t: seen.append((d, t))
        )
        assert seen == [(d, 40) for d in range(1, 41)]

    def test_the_jobs_come_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("SCENARIO_JOBS", "3")
        assert default_jobs() == 3
        monkeypatch.setenv("SCENARIO_JOBS", "many")
        assert default_jobs() >= 1

    def test_without_a_pool_the_files_are_checked_here(self, monkeypatch):
        def no_pool(*args, **kwargs):
            raise OSError(38, "Function not implemented")

        monkeypatch.setattr("scenario.cli._parallel.ProcessPoolExecutor", no_pool)
        seen = []
        files = [str(i) for i in range(40)]
        results = check_files(files, pid_of, jobs=2, progress=lambda d, t: seen.append(d))
        assert results == [(f, os.getpid()) for f in files]
        assert seen == list(range(1, 41))


class TestProgressLine:
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    def test_nothing_is_drawn_when_stderr_is_not_a_terminal(self):
        assert terminal_progress(io.StringIO()) is None

    def test_nothing_is_drawn_on_a_closed_stream(self):
        closed = io.StringIO()
        closed.close()
        assert terminal_progress(closed) is None

    def test_the_line_is_not_redrawn_too_often(self):
        terminal = self.Terminal()
        show = terminal_progress(terminal, every=60)
        show(1, 4)
        show(2, 4)
        assert "2/4" not in terminal.getvalue()

    def test_a_line_is_drawn_then_erased_on_a_terminal(self):
        terminal = self.Terminal()
        show = terminal_progress(terminal, every=0)
        show(1, 4)
        show(4, 4)
        assert "1/4 fichiers vérifiés (25 %)" in terminal.getvalue()
        assert terminal.getvalue().endswith("\r\x1b[K")

    def test_the_line_speaks_the_language_of_the_moment(self):
        from scenario.i18n import use_language

        terminal = self.Terminal()
        show = terminal_progress(terminal, every=0)
        with use_language("en"):
            show(1, 4)
        assert "1/4 files checked (25%)" in terminal.getvalue()


class TestValidateAFolder:
    def test_every_file_is_reported_broken_ones_included(self, catalogue):
        done = validate(catalogue, 2, "--format", "json")
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        report = json.loads(done.stdout)
        names = [os.path.basename(r["file"]) for r in report]
        assert names == sorted(p.name for p in catalogue.iterdir())
        broken = {os.path.basename(r["file"]) for r in report if "error" in r}
        assert broken == {"010-broken.yaml", "050-bomb.yaml", "099-garbage.json"}
        assert all(isinstance(r["ok"], bool) and "error" not in r for r in report if r["ok"])

    def test_the_pool_gives_what_one_process_gives(self, catalogue):
        assert validate(catalogue, 2).stdout == validate(catalogue, 1).stdout

    def test_no_progress_line_when_stderr_is_redirected(self, catalogue):
        assert "fichiers vérifiés" not in validate(catalogue, 2).stderr
