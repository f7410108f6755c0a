"""Draw the import graph of the package, layer by layer, from the code itself.

    python scripts/import_graph.py            # rewrite docs/architecture/imports.{dot,svg}
    python scripts/import_graph.py --check    # exit 1 when the committed DOT is stale

The modules come from grimp (the library behind import-linter), with the
imports that run: those under ``if TYPE_CHECKING:`` only name types and
are left out, as the import-linter contract leaves them out. Each layer of
the contract in ``pyproject.toml`` is a row of the picture, the top layer
at the top; an arrow goes from the importing module to the imported one,
so every arrow points down (``tests/test_architecture.py`` checks that none
points up and that there is no circle).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "architecture"
PACKAGE = "scenario"


def layers() -> list[list[str]]:
    """The layers of the import-linter contract, top first, each a list of module names."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["type"] == "layers":
            found = []
            for layer in contract["layers"]:
                names = [n.strip() for n in layer.replace(":", "|").split("|")]
                found.append([f"{PACKAGE}.{n}" for n in names])
            return found
    raise SystemExit("no layers contract in pyproject.toml")


def layer_of(module: str, table: list[list[str]]) -> int | None:
    """The index of the layer (0 at the top) that ``module`` belongs to, or None."""
    for index, members in enumerate(table):
        for member in members:
            if module == member or module.startswith(member + "."):
                return index
    return None


def imports() -> dict[str, set[str]]:
    """Each module of the package and the modules of the package it imports (at run time)."""
    import grimp

    graph = grimp.build_graph(PACKAGE, exclude_type_checking_imports=True)
    return {
        module: {m for m in graph.find_modules_directly_imported_by(module) if m != module}
        for module in sorted(graph.modules)
    }


def _short(module: str) -> str:
    return module.removeprefix(PACKAGE + ".") if module != PACKAGE else PACKAGE


def _member_of(module: str, table: list[list[str]]) -> str | None:
    for members in table:
        for member in members:
            if module == member or module.startswith(member + "."):
                return member
    return None


def dot() -> str:
    """The DOT source of the picture.

    One box per member of a layer (a package or a module), listing its
    modules; the layers are rows, the top layer at the top; an arrow from a
    box to another says that some module of the first imports one of the
    second, labelled with how many imports it stands for.
    """
    table = layers()
    graph = imports()
    modules: dict[str, list[str]] = {}
    arrows: dict[tuple[str, str], int] = {}
    for module, imported in graph.items():
        member = _member_of(module, table)
        if member is None:
            continue
        modules.setdefault(member, []).append(module)
        for target in imported:
            other = _member_of(target, table)
            if other is not None and other != member:
                arrows[member, other] = arrows.get((member, other), 0) + 1
    lines = [
        "digraph imports {",
        '  graph [rankdir=TB, nodesep=0.25, ranksep=0.45, fontname="DejaVu Sans", '
        'label="scenario: the layers and who imports whom (scripts/import_graph.py)", '
        "labelloc=t, fontsize=14, newrank=true];",
        '  node [shape=box, style="rounded,filled", fillcolor="#F2F2F2", color="#4D4D4D", '
        'fontname="DejaVu Sans", fontsize=11, margin="0.12,0.06"];',
        '  edge [color="#0072B2", arrowsize=0.6, fontname="DejaVu Sans", fontsize=8, '
        'fontcolor="#0072B2"];',
    ]
    previous: str | None = None
    for members in table:
        present = [m for m in members if m in modules]
        if not present:
            continue
        lines.append(f"  {{ rank=same; {' '.join(_quoted(m) for m in present)} }}")
        for member in present:
            inner = sorted(_short(m).removeprefix(_short(member) + ".") for m in modules[member])
            inner = [name for name in inner if name != _short(member)]
            detail = "<BR/>".join(", ".join(inner[i : i + 4]) for i in range(0, len(inner), 4))
            label = f"<<B>{_short(member)}</B>"
            label += f'<BR/><FONT POINT-SIZE="8">{detail}</FONT>>' if detail else ">"
            lines.append(f"  {_quoted(member)} [label={label}];")
        if previous is not None:  # keep the rows in the order of the layers
            lines.append(f"  {_quoted(previous)} -> {_quoted(present[0])} [style=invis];")
        previous = present[0]
    for (source, target), count in sorted(arrows.items()):
        lines.append(f'  {_quoted(source)} -> {_quoted(target)} [label="{count}"];')
    lines.append("}")
    return "\n".join(lines) + "\n"


def _quoted(member: str) -> str:
    return f'"{_short(member)}"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/import_graph.py", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when the DOT is stale")
    args = parser.parse_args(argv)
    source = dot()
    target = OUT / "imports.dot"
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != source:
            print(f"{target.relative_to(ROOT)} is stale: run python scripts/import_graph.py")
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    target.write_text(source, encoding="utf-8")
    svg = subprocess.run(
        ["dot", "-Tsvg"], input=source.encode("utf-8"), capture_output=True, check=True
    ).stdout
    (OUT / "imports.svg").write_bytes(svg)
    print(f"wrote {target.relative_to(ROOT)} and imports.svg")
    return 0


if __name__ == "__main__":
    sys.exit(main())
