"""Nothing lost: a write that fails half-way leaves the previous file intact and no debris."""

from __future__ import annotations

import os
import stat
import sys

import pytest

import scenario
from scenario import WriteError
from scenario._atomic import atomic_write, open_atomic

PREVIOUS = "scenario: 1\ntitle: Le fichier d'avant\nphases: []\n"


@pytest.fixture
def target(tmp_path):
    file = tmp_path / "cours.yaml"
    file.write_text(PREVIOUS, encoding="utf-8")
    return file


@pytest.fixture
def small():
    s = scenario.Scenario("Nouveau", modality="spoc")
    s.add_phase("a", "découverte", "x" * 10_000)
    s.add_phase("b", "évaluation")
    return s


def assert_untouched(file):
    assert file.read_text(encoding="utf-8") == PREVIOUS
    assert sorted(p.name for p in file.parent.iterdir()) == [file.name]


class TestFailuresHalfWay:
    def test_a_writer_raising_midway_leaves_the_previous_file(self, target):
        def write_half():
            with open_atomic(target) as handle:
                handle.write("scenario: 1\ntitle: à moi")
                handle.flush()
                raise RuntimeError("disk full")

        with pytest.raises(RuntimeError, match="disk full"):
            write_half()
        assert_untouched(target)

    def test_an_interrupt_midway_leaves_the_previous_file(self, target):
        def write_half():
            with open_atomic(target, binary=True) as handle:
                handle.write(b"half")
                raise KeyboardInterrupt

        with pytest.raises(KeyboardInterrupt):
            write_half()
        assert_untouched(target)

    @pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
    def test_a_failing_system_call_leaves_the_previous_file(
        self, target, small, monkeypatch, failing
    ):
        def broken(*args, **kwargs):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, failing, broken)
        with pytest.raises(WriteError, match="plus de place sur le disque") as info:
            small.dump(target)
        monkeypatch.undo()
        assert str(target) in str(info.value)
        assert isinstance(info.value, OSError)
        assert_untouched(target)

    def test_a_dump_failing_while_producing_the_text_leaves_the_previous_file(
        self, target, small, monkeypatch
    ):
        def broken(document):
            raise MemoryError

        monkeypatch.setattr("scenario.io.files.dump_yaml", broken)
        with pytest.raises(MemoryError):
            small.dump(target)
        assert_untouched(target)

    def test_a_missing_folder_is_a_write_error(self, tmp_path, small):
        with pytest.raises(WriteError, match="impossible d'écrire le fichier"):
            small.dump(tmp_path / "absent" / "cours.yaml")

    def test_a_folder_refusing_new_files_is_a_write_error(self, target, small, monkeypatch):
        """As in a read-only folder (simulated: root, as CI runs, may write anywhere)."""

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr("tempfile.mkstemp", refuse)
        with pytest.raises(WriteError, match="permission refusée"):
            small.dump(target)
        assert_untouched(target)


class TestSuccess:
    def test_the_new_content_replaces_the_old_and_no_temporary_file_is_left(self, target, small):
        small.dump(target)
        assert scenario.load(target) == small
        assert [p.name for p in target.parent.iterdir()] == [target.name]

    def test_text_is_utf8_with_unix_line_endings(self, tmp_path):
        file = tmp_path / "t.txt"
        atomic_write(file, "é\nà\n")
        assert file.read_bytes() == "é\nà\n".encode()

    def test_bytes_are_written_as_given(self, tmp_path):
        file = tmp_path / "b.bin"
        atomic_write(file, b"\x00\r\n\xff")
        assert file.read_bytes() == b"\x00\r\n\xff"

    @pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
    def test_an_existing_file_keeps_its_permissions(self, target, small):
        target.chmod(0o600)
        small.dump(target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600

    @pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
    def test_a_new_file_gets_the_permissions_open_would_give(self, tmp_path, small):
        umask = os.umask(0o022)
        try:
            small.dump(tmp_path / "new.yaml")
        finally:
            os.umask(umask)
        assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o644

    @pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
    def test_a_symbolic_link_is_followed_and_kept(self, target, small):
        link = target.parent / "lien.yaml"
        link.symlink_to(target.name)
        small.dump(link)
        assert link.is_symlink()
        assert scenario.load(target) == small

    def test_a_relative_path_in_the_current_folder_works(self, tmp_path, monkeypatch, small):
        monkeypatch.chdir(tmp_path)
        small.dump("ici.json")
        assert scenario.load(tmp_path / "ici.json") == small
