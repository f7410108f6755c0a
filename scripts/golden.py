"""Write every output of every example to a folder: the golden files of tests/test_golden.py.

Each example of ``examples/`` goes through every output the library makes
(documents, reports, maps as DOT, exports, analyses, the command line's
text), each written to ``<folder>/<example>/<output>``. The test writes them
again to a temporary folder and compares byte for byte, so a refactoring
that changes any output fails. When an output changes on purpose, run
``python scripts/golden.py tests/golden`` and commit the difference with the
change that made it.

XLSX files are zip archives that carry their time of writing: their golden
file is the text of the sheets' XML parts, not the archive.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _xlsx_text(data: bytes) -> str:
    # Each XML part as its content alone: openpyxl writes its parts with lxml when lxml is
    # installed (the dev extra brings it for the LMS exports' checks), with ElementTree
    # otherwise; the two differ in entities and where namespaces are declared, not in
    # content. ElementTree's canonicalize() is not used: it depends on the prefixes other
    # libraries register (weasyprint does when it writes a PDF), so it changed with the
    # order the tests ran in.
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = [
            f"== {name}\n{_content(archive.read(name))}\n"
            for name in sorted(archive.namelist())
            if name.startswith("xl/") and name.endswith(".xml")
        ]
    return "".join(parts)


#: The spreadsheet's own namespace, left out of the names for the reader of a diff.
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _content(data: bytes) -> str:
    """An XML document as nested lines: each element by its {namespace}name, its attributes
    sorted, its text; the same whatever prefixes the writer chose."""
    import xml.etree.ElementTree as ET

    lines: list[str] = []

    def walk(element: ET.Element, depth: int) -> None:
        attributes = " ".join(f"{k}={v!r}" for k, v in sorted(element.attrib.items()))
        text = (element.text or "").strip()
        tag = element.tag.replace(_MAIN, "")
        shown = " ".join(filter(None, [tag, attributes, repr(text) if text else ""]))
        lines.append("  " * depth + shown)
        for child in element:
            walk(child, depth + 1)

    walk(ET.fromstring(data), 0)
    return "\n".join(lines)


def _map_text(page: str) -> str:
    # The interactive map less its inlined scripts and styles (the vendored library and the
    # page's own code, alike for every example) and their hashes in the page's policy: its
    # head, cards, legend and data remain.
    page = re.sub(r"(<script>|<style>).*?(</script>|</style>)", r"\1…\2", page, flags=re.S)
    return re.sub(r"'sha256-[A-Za-z0-9+/=]+'", "'sha256-…'", page)


def _cli(*argv: str) -> str:
    from scenario.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return f"exit {status}\n-- stdout\n{out.getvalue()}-- stderr\n{err.getvalue()}"


def outputs(example: Path) -> dict[str, Callable[[], str | bytes]]:
    """The outputs of one example, by file name, each made when called."""
    import scenario
    from scenario.io.formats import get_format

    s = scenario.from_table(example) if example.suffix == ".csv" else scenario.load(example)
    fr = s.validate()
    en = s.validate(lang="en")
    made: dict[str, Callable[[], str | bytes]] = {
        "document.yaml": lambda: s.dumps(),
        "document.json": lambda: s.dumps("json"),
        "validate.fr.txt": lambda: str(fr),
        "validate.en.txt": lambda: str(en),
        "validate.fr.json": lambda: fr.to_json(),
        "validate.fr.html": lambda: fr._repr_html_(),
        "mindmap.dot": lambda: s.mindmap().source,
        "mindmap.en.dot": lambda: s.mindmap(lang="en").source,
        "mindmap.phases.dot": lambda: s.mindmap(detail="phases").source,
        "mindmap.activities.dot": lambda: s.mindmap(detail="activities").source,
        "mindmap.tree.dot": lambda: s.mindmap(layout="dot").source,
        "mindmap.findings.dot": lambda: s.mindmap(report=fr, with_findings=True).source,
        "path.dot": lambda: s.path_diagram().source,
        "path.en.dot": lambda: s.path_diagram(lang="en").source,
        "path.findings.dot": lambda: s.path_diagram(report=fr).source,
        "map.html": lambda: _map_text(s.interactive_map().html),
        "stats.txt": lambda: str(s.stats()),
        "stats.json": lambda: json.dumps(s.stats().to_dict(), ensure_ascii=False, indent=2),
        "stats.html": lambda: s.stats()._repr_html_(),
        "requirements.fr.txt": lambda: s.requirements().text("fr"),
        "requirements.en.txt": lambda: s.requirements().text("en"),
        "requirements.json": lambda: json.dumps(
            s.requirements().to_dict(), ensure_ascii=False, indent=2
        ),
        "requirements.html": lambda: s.requirements()._repr_html_(),
        "synopsis.learner.md": lambda: s.synopsis(),
        "synopsis.trainer.md": lambda: s.synopsis("trainer"),
        "synopsis.trainer.en.md": lambda: s.synopsis("trainer", lang="en"),
        "synopsis.trainer.html": lambda: s.synopsis("trainer", format="html"),
    }
    for name in ("markmap", "mermaid", "opml", "freemind", "csv"):
        fmt = get_format(name)
        made[f"export.{name}{fmt.suffixes[0]}"] = lambda fmt=fmt: fmt.dump(s)  # type: ignore[misc]
    made["export.xlsx.txt"] = lambda: _xlsx_text(get_format("xlsx").dump(s))  # type: ignore[misc,arg-type]
    source = str(example.relative_to(ROOT))
    for lang in ("fr", "en"):
        made[f"cli.validate.{lang}.txt"] = lambda lang=lang: _cli(  # type: ignore[misc]
            "validate", "--lang", lang, source
        )
    made["cli.validate.json"] = lambda: _cli("validate", "--format", "json", source)
    made["cli.stats.txt"] = lambda: _cli("stats", source)
    made["cli.requirements.txt"] = lambda: _cli("requirements", source)
    return made


def examples() -> list[Path]:
    """The examples that go through every output."""
    return sorted(EXAMPLES.glob("*.yaml")) + sorted(EXAMPLES.glob("*.csv"))


def write(folder: Path) -> list[Path]:
    """Write every output of every example under ``folder``; return the files written."""
    import os

    os.chdir(ROOT)  # the command line is given paths relative to the repository
    written = []
    for example in examples():
        target = folder / example.stem
        target.mkdir(parents=True, exist_ok=True)
        for name, make in outputs(example).items():
            data = make()
            path = target / name
            if isinstance(data, str):
                path.write_bytes(data.encode("utf-8"))
            else:
                path.write_bytes(data)
            written.append(path)
    from scenario.rules import catalog_markdown

    (folder / "rules.md").write_text(catalog_markdown(), encoding="utf-8")
    written.append(folder / "rules.md")
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/golden")
    files = write(out)
    print(f"{len(files)} files written under {out}")
