"""Measure `scenario` at every scale: does each operation grow linearly with the phases?

    python benchmarks/run.py                       # 1,000, 10,000 and 100,000 phases
    python benchmarks/run.py --quick               # 100, 1,000 and 10,000 phases, fewer runs
    python benchmarks/run.py --no-gc               # the same with the garbage collector off
    python benchmarks/run.py --sizes 5000 --only load validate --json out.json

For each size, a scenario is generated (benchmarks/generate.py: every tag,
durations, modules, activities, branches and remediation loops, the same on
every run) and every operation of benchmarks/operations.py is timed on it:
loading YAML and JSON, the rules, the analyses, the synopsis, every export
and import, building the scenario in Python; beside them, the reference the
issue names: bare ``json.loads`` and jsonschema-rs on the same JSON text.
Then the growth of each operation from one size to the next (10x the phases
should cost at most 11x the time); ``scenario --help`` and ``import
scenario`` in fresh interpreters; and, from 10,000 phases up, loading and
checking a file in a fresh interpreter, as a user's program would, with the
peak memory of that process (``--extras``: also ``scenario validate`` over
a folder of 1,000 files).

Each time is the shortest of several runs; both the processor time of this
process and the wall-clock time are kept (the table shows processor time,
which other work on a shared machine disturbs least; ``--wall`` shows the
other). ``--no-gc`` turns the cyclic garbage collector off while an
operation runs: what is left is the operation's own growth, the rest is the
collector's. An operation still running after ``--limit`` seconds is
stopped and shown as such, and not run at the larger sizes. Not part of the
test suite.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import platform
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extras import folder_run, fresh_load_validate, mind_map_svg, startup  # noqa: E402
from generate import make_document  # noqa: E402
from operations import OPERATIONS, Context, temporary_folder  # noqa: E402

import scenario  # noqa: E402

SIZES = (1_000, 10_000, 100_000)
QUICK_SIZES = (100, 1_000, 10_000)
MAX_GROWTH = 11.0
NO_GC = [False]  # set by --no-gc, for the table's note


class TimeLimit(Exception):
    """An operation ran past the limit."""


def _stop(signum: int, frame: Any) -> None:
    raise TimeLimit


def best_of(
    function: Callable[[], Any], repeat: int, limit: float, collect: bool = True
) -> dict[str, Any]:
    """The shortest processor and wall times of ``repeat`` runs (more while under 1 s),
    or ``{"stopped": limit}`` when a run outlives ``limit`` seconds. With ``collect``
    false the cyclic garbage collector is off during the runs."""
    cpu: list[float] = []
    wall: list[float] = []
    can_stop = hasattr(signal, "setitimer")
    if can_stop:
        signal.signal(signal.SIGALRM, _stop)
    while len(cpu) < repeat or (sum(wall) < 1.0 and len(cpu) < 20):
        gc.collect()
        if not collect:
            gc.disable()
        if can_stop:
            signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            start_cpu, start_wall = time.process_time(), time.perf_counter()
            function()
            cpu.append(time.process_time() - start_cpu)
            wall.append(time.perf_counter() - start_wall)
        except TimeLimit:
            return {"stopped": limit}
        finally:
            if can_stop:
                signal.setitimer(signal.ITIMER_REAL, 0)
            gc.enable()
    return {"cpu": min(cpu), "wall": min(wall), "runs": len(cpu)}


def repeats_for(size: int, quick: bool) -> int:
    if size <= 1_000:
        return 3 if quick else 5
    if size <= 10_000:
        return 2 if quick else 3
    return 1


def measure_size(
    size: int, quick: bool, limit: float, names: list[str], stopped: set[str], collect: bool
) -> dict[str, Any]:
    """Every operation on a generated scenario of ``size`` phases."""
    with temporary_folder() as folder:
        start = time.perf_counter()
        ctx = Context.build(size, make_document(size), Path(folder))
        print(f"  document ready in {time.perf_counter() - start:.1f} s", file=sys.stderr)
        results: dict[str, Any] = {
            "yaml_kib": len(ctx.yaml_text.encode()) / 1024,
            "json_kib": len(ctx.json_text.encode()) / 1024,
        }
        for name, _group, make in OPERATIONS:
            if not _chosen(name, names):
                continue
            if name in stopped:
                results[name] = {"skipped": "stopped at a smaller size"}
                continue
            try:
                call = make(ctx)
                results[name] = best_of(call, repeats_for(size, quick), limit, collect)
            except Exception as error:  # a module being rewritten on another branch: say so
                results[name] = {"error": f"{type(error).__name__}: {error}"[:80]}
            if "stopped" in results[name]:
                stopped.add(name)
            print(f"  {name}: {_cell(results[name], 'cpu')}", file=sys.stderr)
        return results


def _chosen(name: str, names: list[str]) -> bool:
    return not names or any(part.lower() in name.lower() for part in names)


# -- printing ---------------------------------------------------------------------------


def _cell(result: dict[str, Any] | None, measure: str) -> str:
    if result is None:
        return "n/a"
    if "stopped" in result:
        return f"> {result['stopped']:,.0f} s"
    if "skipped" in result:
        return "(stopped)"
    if "error" in result:
        return "error"
    seconds = result[measure]
    return f"{seconds * 1000:,.1f}" if seconds < 1 else f"{seconds * 1000:,.0f}"


def growth(small: dict[str, Any] | None, big: dict[str, Any] | None, measure: str) -> float | None:
    if not small or not big or measure not in small or measure not in big:
        return None
    return float(big[measure] / max(small[measure], 1e-9))


def print_tables(rows: dict[int, dict[str, Any]], measure: str) -> list[tuple[str, float]]:
    """The table of operations by size with their growth; returns the growths past 11x."""
    sizes = sorted(rows)
    steps = list(itertools.pairwise(sizes))
    head = [f"{size:,} phases" for size in sizes] + [f"{a:,}→{b:,}" for a, b in steps]
    print("| operation | " + " | ".join(head) + " |")
    print("|---|" + "---:|" * len(head))
    too_fast: list[tuple[str, float]] = []
    for name, _group, _make in OPERATIONS:
        if not any(name in rows[size] for size in sizes):
            continue
        cells = [_cell(rows[size].get(name), measure) for size in sizes]
        for a, b in steps:
            ratio = growth(rows[a].get(name), rows[b].get(name), measure)
            if ratio is None and "stopped" in rows[b].get(name, {}):
                cells.append("**too slow**")
                too_fast.append((name, float("inf")))
            elif ratio is None:
                cells.append("")
            else:
                flag = ratio > MAX_GROWTH and b >= 10 * a
                cells.append(f"**{ratio:.1f}x**" if flag else f"{ratio:.1f}x")
                if flag:
                    too_fast.append((name, ratio))
        print(f"| {name} | " + " | ".join(cells) + " |")
    what = "processor time" if measure == "cpu" else "wall-clock time"
    print(f"\nMilliseconds of {what}, the best of several runs (one at 100,000 phases).")
    if NO_GC[0]:
        print("The garbage collector was off while each operation ran (--no-gc).")
    return too_fast


def comparison(rows: dict[int, dict[str, Any]], measure: str) -> None:
    """Our load+validate beside bare json.loads + jsonschema-rs on the same JSON text."""
    print("\n| phases | json.loads + jsonschema-rs | load JSON | load+validate JSON |", end="")
    print(" load+validate YAML | load+validate JSON ÷ bare |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in sorted(rows):
        row = rows[size]
        bare, ours = row.get("json.loads+jsonschema-rs"), row.get("load+validate JSON")
        ratio = growth(bare, ours, measure)
        cells = [
            _cell(bare, measure),
            _cell(row.get("load JSON"), measure),
            _cell(ours, measure),
            _cell(row.get("load+validate YAML"), measure),
            f"{ratio:.0f}x" if ratio is not None else "",
        ]
        print(f"| {size:,} | " + " | ".join(cells) + " |")


def verdicts(rows: dict[int, dict[str, Any]], extra: dict[str, Any], too_fast: list[Any]) -> None:
    print("\n| target | measured | met |")
    print("|---|---:|---|")
    for format in ("YAML", "JSON"):
        result = rows.get(100_000, {}).get(f"load+validate {format}")
        if result and "cpu" in result:
            measured = f"{result['cpu']:.1f} s processor, {result['wall']:.1f} s wall"
            met = "yes" if max(result["cpu"], result["wall"]) < 10 else "NO"
            print(f"| load+validate 100,000 phases ({format}) < 10 s | {measured} | {met} |")
    names = ", ".join(dict.fromkeys(name for name, _ in too_fast)) or "none"
    print(f"| every operation grows at most {MAX_GROWTH:.0f}x per 10x | past it: {names} |", end="")
    print(" yes |" if not too_fast else " NO |")
    if "startup" in extra:
        help_time, python = extra["startup"]["help"], extra["startup"]["python"]
        met = "yes" if help_time < 0.15 else "NO"
        measured = f"{help_time * 1000:.0f} ms (bare Python: {python * 1000:.0f} ms)"
        print(f"| `scenario --help` < 150 ms | {measured} | {met} |")
        imported = extra["startup"]["import"]
        met = "yes" if imported < 0.15 else "NO"
        print(f"| `import scenario` < 150 ms | {imported * 1000:.0f} ms | {met} |")
    if "svg" in extra:
        small, big = extra["svg"][50], extra["svg"][200]
        met = "yes" if small < 1 and big < 5 else "NO"
        measured = f"{small:.2f} s / {big:.2f} s"
        print(f"| mind map SVG, 50 / 200 phases < 1 s / < 5 s | {measured} | {met} |")
    for key, run in extra.get("fresh", {}).items():
        size, format = key.split()
        target = int(size) >= 100_000
        met = ("yes" if run["wall"] < 10 else "NO") if target else ""
        label = f"fresh process: import, load+validate {int(size):,} phases ({format.upper()})"
        label += " < 10 s" if target else ""
        peak = f", peak {run['peak'] / 2**20:,.0f} MB" if run.get("peak") else ""
        print(f"| {label} | {run['wall']:.1f} s wall, {run['cpu']:.1f} s processor{peak} | {met} |")
    if "folder" in extra:
        folder = extra["folder"]
        one, cores = folder["one_process"], folder["all_cores"]
        print(f"| validate 1,000 files: one process / all cores | {one:.1f} s / {cores:.1f} s | |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100 to 10,000 phases, fewer runs")
    parser.add_argument("--sizes", type=int, nargs="+", help="phase counts to measure")
    parser.add_argument("--only", nargs="+", default=[], help="operations whose name holds these")
    parser.add_argument("--limit", type=float, default=60.0, help="seconds before a run stops")
    parser.add_argument("--wall", action="store_true", help="show wall-clock times")
    parser.add_argument("--no-gc", action="store_true", help="time with the collector off")
    parser.add_argument("--extras", action="store_true", help="also a folder of 1,000 files")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    sizes = args.sizes or (QUICK_SIZES if args.quick else SIZES)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"scenario {scenario.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load average {load}\n"
    )
    rows: dict[int, dict[str, Any]] = {}
    stopped: set[str] = set()
    for size in sizes:
        print(f"measuring {size:,} phases...", file=sys.stderr)
        rows[size] = measure_size(size, args.quick, args.limit, args.only, stopped, not args.no_gc)
    extra: dict[str, Any] = {}
    if not args.only:
        extra["startup"] = startup(5 if args.quick else 10)
        if shutil.which("dot"):
            extra["svg"] = mind_map_svg(best_of)
        if not args.quick:
            print("measuring load+validate in fresh processes...", file=sys.stderr)
            extra["fresh"] = fresh_load_validate([s for s in sizes if s >= 10_000])
        if args.extras:
            print("measuring a folder of 1,000 scenarios...", file=sys.stderr)
            extra["folder"] = folder_run(1_000, 20)
    NO_GC[0] = args.no_gc
    measure = "wall" if args.wall else "cpu"
    too_fast = print_tables(rows, measure)
    comparison(rows, measure)
    verdicts(rows, extra, too_fast)
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, **extra}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
