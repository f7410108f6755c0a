"""Measure `scenario` at every scale and print a table (Markdown).

    python benchmarks/run.py                  # 10, 100, 1,000 and 10,000 phases
    python benchmarks/run.py --quick          # 10 to 1,000, fewer repeats, no folder run
    python benchmarks/run.py --json out.json  # the numbers as JSON too

For each size, a generated scenario (benchmarks/generate.py: every tag,
durations, modules, activities, branches and remediation loops) is timed
through: loading its YAML and JSON text (which includes the schema check),
the coherence rules, the path graph, dumping, the mind map's DOT source and
its SVG (Graphviz, up to 500 phases); beside them, a bare schema validation
of the same document with jsonschema (the reference, pure Python) and
jsonschema-rs. Then ``import scenario`` in fresh interpreters, the peak
memory of loading, checking and dumping 10,000 phases in a fresh
interpreter, and ``scenario validate`` over a folder of 1,000 scenarios on
one process and on all cores. Each time is the best of several runs (the
minimum is the least disturbed by other work on the machine); the documents
are the same on every run, so the numbers can be compared between runs.
This is not part of the test suite.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import make_document  # noqa: E402

import scenario  # noqa: E402
from scenario.io._yaml_dump import dump_yaml  # noqa: E402
from scenario.io.schema import schema  # noqa: E402

SIZES = (10, 100, 1_000, 10_000)
SVG_UP_TO = 500

#: Targets of issue 7, checked at the end.
TARGETS = {
    "load+validate 10,000 phases (YAML)": "< 1 s",
    "validation growth 1,000 -> 10,000": "<= 12x",
    "load+validate / bare jsonschema": "<= 3x",
    "import scenario": "< 150 ms",
    "peak memory, 10,000 phases": "< 200 MB",
}


def best_of(function: Callable[[], Any], repeat: int, budget: float = 1.0) -> float:
    """The shortest of at least ``repeat`` runs, in seconds.

    Quick functions run again until ``budget`` seconds are spent (at most 100
    runs): more runs give a minimum less disturbed by the rest of the machine.
    """
    times: list[float] = []
    while len(times) < repeat or (sum(times) < budget and len(times) < 100):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def repeats_for(size: int, quick: bool) -> int:
    if size <= 100:
        return 5 if quick else 20
    if size <= 1_000:
        return 3 if quick else 7
    return 2 if quick else 3


def _optional(name: str) -> Any:
    try:
        return __import__(name, fromlist=["_"])
    except ImportError:
        return None


def measure_size(size: int, quick: bool) -> dict[str, float | str]:
    repeat = repeats_for(size, quick)
    document = make_document(size)
    yaml_text = dump_yaml(document)
    json_text = json.dumps(document, ensure_ascii=False, indent=2)
    loaded = scenario.loads(yaml_text)
    canonical = json.loads(scenario.dumps(loaded, "json"))
    row: dict[str, float | str] = {
        "phases": size,
        "yaml_kb": len(yaml_text.encode()) / 1024,
        "json_kb": len(json_text.encode()) / 1024,
    }
    row["load_yaml"] = best_of(lambda: scenario.loads(yaml_text), repeat)
    row["load_json"] = best_of(lambda: scenario.loads(json_text, "json"), repeat)

    rules = _optional("scenario.rules")
    if rules is not None:
        row["validate"] = best_of(lambda: rules.validate(loaded), repeat)
    row["graph"] = best_of(lambda: scenario.graph(loaded), repeat)
    row["dump_yaml"] = best_of(lambda: scenario.dumps(loaded), repeat)
    row["dump_json"] = best_of(lambda: scenario.dumps(loaded, "json"), repeat)

    if _optional("scenario.render.mindmap") is not None:
        try:
            row["dot"] = best_of(lambda: loaded.mindmap().source, repeat)
            if size <= SVG_UP_TO and shutil.which("dot"):
                row["svg"] = best_of(lambda: loaded.mindmap().pipe(format="svg"), min(repeat, 3))
        except Exception as error:  # a renderer still being written: say so, go on
            row["dot"] = f"error: {type(error).__name__}"

    import jsonschema

    reference = jsonschema.Draft202012Validator(schema())
    row["jsonschema"] = best_of(lambda: reference.is_valid(canonical), min(repeat, 3))
    jsonschema_rs = _optional("jsonschema_rs")
    if jsonschema_rs is not None:
        fast = jsonschema_rs.validator_for(schema())
        row["jsonschema_rs"] = best_of(lambda: fast.is_valid(canonical), repeat)
    return row


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=HERE
    )
    return done.stdout.strip()


def import_time(runs: int) -> float:
    """``import scenario`` in a fresh interpreter: best of ``runs``, in seconds."""
    code = "import time; t = time.perf_counter(); import scenario; print(time.perf_counter() - t)"
    return min(float(_fresh(code)) for _ in range(runs))


PEAK_CODE = """
import json, resource, sys
import scenario
try:
    import scenario.rules
except ImportError:
    pass
def rss():
    # The high-water mark of this process. Linux's ru_maxrss survives exec (it would
    # count the parent's memory at fork): read VmHWM, which starts anew with exec.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
if {traced}:
    import tracemalloc
    tracemalloc.start()
before = rss()
s = scenario.load({path!r})
if hasattr(scenario, "validate"):
    scenario.validate(s)
scenario.graph(s)
after_check = rss()
scenario.dumps(s)
result = {{"before": before, "load_validate_graph": after_check, "with_dump": rss()}}
if {traced}:
    result["python_peak"] = tracemalloc.get_traced_memory()[1]
print(json.dumps(result))
"""


def peak_memory(size: int) -> dict[str, float]:
    """Peak memory (max RSS) of a fresh interpreter that imports scenario, loads a
    file of ``size`` phases, checks it, builds its graph, then dumps it; in bytes.

    A second run with tracemalloc gives the peak of Python objects alone.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder, "big.yaml"))
        Path(path).write_text(dump_yaml(make_document(size)), encoding="utf-8")
        result: dict[str, float] = json.loads(_fresh(PEAK_CODE.format(path=path, traced=False)))
        traced = json.loads(_fresh(PEAK_CODE.format(path=path, traced=True)))
    result["python_peak"] = traced["python_peak"]
    return result


def folder_run(files: int, phases: int) -> dict[str, float]:
    """``scenario validate`` over a folder: one process, then every core."""
    with tempfile.TemporaryDirectory() as folder:
        for index in range(files):
            document = make_document(phases)
            document["title"] = f"Cours {index}"
            Path(folder, f"s{index:04d}.yaml").write_text(dump_yaml(document), encoding="utf-8")
        timings = {}
        for label, jobs in (("one_process", "1"), ("all_cores", "")):
            env = {**os.environ, "SCENARIO_JOBS": jobs}
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "scenario", "validate", folder],
                capture_output=True,
                env=env,
                check=False,
            )
            timings[label] = time.perf_counter() - start
    return timings


# -- printing ------------------------------------------------------------------------

COLUMNS = [
    ("phases", "phases", "{:,.0f}"),
    ("yaml_kb", "YAML KiB", "{:,.0f}"),
    ("load_yaml", "load YAML", "ms"),
    ("load_json", "load JSON", "ms"),
    ("validate", "validate", "ms"),
    ("graph", "graph", "ms"),
    ("dump_yaml", "dump YAML", "ms"),
    ("dump_json", "dump JSON", "ms"),
    ("dot", "DOT", "ms"),
    ("svg", "SVG", "ms"),
    ("jsonschema", "jsonschema", "ms"),
    ("jsonschema_rs", "jsonschema-rs", "ms"),
]


def _cell(value: Any, style: str) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, str):
        return value
    if style == "ms":
        return f"{value * 1000:,.1f}" if value < 1 else f"{value * 1000:,.0f}"
    return style.format(value)


def print_table(rows: list[dict[str, Any]]) -> None:
    print("| " + " | ".join(title for _, title, _ in COLUMNS) + " |")
    print("|" + "|".join("---:" for _ in COLUMNS) + "|")
    for row in rows:
        print("| " + " | ".join(_cell(row.get(key), style) for key, _, style in COLUMNS) + " |")
    print("\nTimes in milliseconds, best of several runs. load = parse + normalise + schema")
    print("check + model; validate = the coherence rules on the loaded scenario.")


def verdicts(rows: list[dict[str, Any]], extra: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(target, measured, ok?) for each target that was measured."""
    found: list[tuple[str, str, str]] = []
    by_size = {row["phases"]: row for row in rows}
    big = by_size.get(10_000)

    def mark(ok: bool) -> str:
        return "yes" if ok else "NO"

    if big and isinstance(big.get("validate"), float):
        total = big["load_yaml"] + big["validate"]
        found.append(
            ("load+validate 10,000 phases (YAML)", f"{total * 1000:,.0f} ms", mark(total < 1))
        )
        total_json = big["load_json"] + big["validate"]
        found.append(
            (
                "load+validate 10,000 phases (JSON)",
                f"{total_json * 1000:,.0f} ms",
                mark(total_json < 1),
            )
        )
        for name, reference in (("jsonschema", "jsonschema"), ("jsonschema-rs", "jsonschema_rs")):
            if isinstance(big.get(reference), float):
                ratio = total_json / big[reference]
                found.append(
                    (
                        f"JSON load+validate / bare {name}",
                        f"{ratio:,.2f}x",
                        mark(ratio <= 3) if name == "jsonschema" else "(for scale)",
                    )
                )
    small = by_size.get(1_000)
    if big and small and isinstance(big.get("validate"), float):
        growth = big["validate"] / small["validate"]
        found.append(("validation growth 1,000 -> 10,000", f"{growth:.1f}x", mark(growth <= 12)))
        growth_load = big["load_yaml"] / small["load_yaml"]
        found.append(
            ("YAML load growth 1,000 -> 10,000", f"{growth_load:.1f}x", mark(growth_load <= 12))
        )
    if "import" in extra:
        found.append(
            ("import scenario", f"{extra['import'] * 1000:.0f} ms", mark(extra["import"] < 0.15))
        )
    if "memory" in extra:
        memory = {key: value / 2**20 for key, value in extra["memory"].items()}
        peak = memory["load_validate_graph"]
        found.append(
            ("peak memory, 10,000 phases: load+validate+graph", f"{peak:.0f} MB", mark(peak < 200))
        )
        found.append(("  then dump YAML too", f"{memory['with_dump']:.0f} MB", ""))
        found.append(("  after `import scenario` alone", f"{memory['before']:.0f} MB", ""))
        found.append(("  Python objects at the peak", f"{memory['python_peak']:.0f} MB", ""))
    if "folder" in extra:
        folder = extra["folder"]
        found.append(
            (
                "validate 1,000 files: one process / all cores",
                f"{folder['one_process']:.1f} s / {folder['all_cores']:.1f} s",
                f"{folder['one_process'] / folder['all_cores']:.1f}x faster",
            )
        )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="up to 1,000 phases, fewer runs")
    parser.add_argument("--sizes", type=int, nargs="+", help="phase counts to measure")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    sizes = args.sizes or (SIZES[:3] if args.quick else SIZES)

    print(
        f"scenario {scenario.__version__}, Python {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load average "
        + (" ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?")
        + "\n"
    )
    rows = []
    for size in sizes:
        print(f"measuring {size:,} phases...", file=sys.stderr)
        rows.append(measure_size(size, args.quick))
    extra: dict[str, Any] = {"import": import_time(5 if args.quick else 10)}
    if not args.quick:
        print("measuring peak memory...", file=sys.stderr)
        extra["memory"] = peak_memory(10_000)
        print("measuring a folder of 1,000 scenarios...", file=sys.stderr)
        extra["folder"] = folder_run(1_000, 20)
    print_table(rows)
    print()
    print("| target | measured | met |")
    print("|---|---:|---|")
    for name, measured, ok in verdicts(rows, extra):
        print(f"| {name} | {measured} | {ok} |")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, **extra}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
