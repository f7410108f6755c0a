"""What the benchmark measures beside its table: fresh interpreters, pictures, many files.

- :func:`startup`: ``scenario --help`` and ``import scenario``, each in a
  fresh interpreter;
- :func:`fresh_load_validate`: a file loaded and checked in a fresh
  interpreter, as a user's program would, with the peak memory of the process;
- :func:`mind_map_svg`: the mind map drawn by Graphviz for small scenarios;
- :func:`folder_run`: ``scenario validate`` over a folder of many files.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generate import make_document

import scenario
from scenario.io._yaml_dump import dump_yaml

HERE = Path(__file__).resolve().parent


def _fresh(argv: list[str], runs: int) -> float:
    """The best wall time of ``runs`` runs of a command, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True, cwd=HERE)
        best = min(best, time.perf_counter() - start)
    return best


def startup(runs: int) -> dict[str, float]:
    """``scenario --help`` (the installed command) and ``import scenario``, fresh each time."""
    command = shutil.which("scenario", path=str(Path(sys.executable).parent)) or "scenario"
    code = "import time; t = time.perf_counter(); import scenario; print(time.perf_counter() - t)"
    imports = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=HERE
        )
        imports.append(float(done.stdout))
    return {
        "help": _fresh([command, "--help"], runs),
        "python": _fresh([sys.executable, "-c", "pass"], runs),
        "import": min(imports),
    }


def mind_map_svg(
    best_of: Callable[..., dict[str, Any]], sizes: tuple[int, ...] = (50, 200)
) -> dict[int, float]:
    """The SVG of the mind map, drawn by Graphviz, for small scenarios: wall seconds."""
    times = {}
    for size in sizes:
        s = scenario.loads(json.dumps(make_document(size)), "json")
        times[size] = best_of(lambda s=s: s.mindmap().pipe(format="svg"), 3, 60.0)["wall"]
    return times


FRESH_CODE = """
import json, sys, time
start = time.perf_counter(), time.process_time()
import scenario
from scenario.rules import validate
validate(scenario.load({path!r}, limits=scenario.Limits.trusted()))
wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
peak = None
try:  # the high-water mark of this process: VmHWM starts anew with exec, ru_maxrss may not
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM:"))
except OSError:
    pass
print(json.dumps({{"wall": wall, "cpu": cpu, "peak": peak}}))
"""


def fresh_load_validate(sizes: list[int]) -> dict[str, dict[str, float]]:
    """Load and check a file of each size, YAML then JSON, each in a fresh interpreter
    (imports included): the time and the peak memory (bytes, Linux only) of the process."""
    found = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            document = make_document(size)
            for format, text in (("yaml", dump_yaml(document)), ("json", json.dumps(document))):
                path = Path(folder, f"big.{format}")
                path.write_text(text, encoding="utf-8")
                code = FRESH_CODE.format(path=str(path))
                runs = [
                    json.loads(
                        subprocess.run(
                            [sys.executable, "-c", code], capture_output=True, text=True, check=True
                        ).stdout
                    )
                    for _ in range(1 if size >= 100_000 else 3)
                ]
                best = min(runs, key=lambda run: run["cpu"])
                found[f"{size} {format}"] = best
    return found


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
