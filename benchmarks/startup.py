"""Start-up cost of the SDK as the document grows: import, client construction, first call.

Each sample runs in a fresh interpreter; the table shows medians. `--tree` measures another
checkout of the repository (for example the commit before a change, made with
`git worktree add /tmp/before <commit>`) with this venv's interpreter, so that a change that adds
resources can be compared with the code before it:

    .venv/bin/python benchmarks/startup.py                      # this checkout
    .venv/bin/python benchmarks/startup.py --tree /tmp/before   # another one

Measured: `import claude_api_client` (wall time, modules loaded), `Anthropic()` after the import,
and `client.messages.create(...)` (the first call, against the checkout's own simulator running
in another process), plus the number of generated model modules and resource modules.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _venvs import compile_sources  # noqa: E402

PROBE = r"""
import json, sys, time
t0 = time.perf_counter()
import claude_api_client
t1 = time.perf_counter()
after_import = len(sys.modules)
client = claude_api_client.Anthropic(api_key="sk-ant-local-test-key", base_url=sys.argv[1] or None)
t2 = time.perf_counter()
after_client = len(sys.modules)
first = None
if sys.argv[1]:
    client.messages.create(
        model="claude-sonnet-4-5", max_tokens=16, messages=[{"role": "user", "content": "hi"}]
    )
    first = time.perf_counter() - t2
print(json.dumps({"import": t1 - t0, "client": t2 - t1, "first_call": first,
                  "modules_import": after_import, "modules_client": after_client}))
"""

SERVER = r"""
import sys, time
from claude_api_client.testing import local_api
with local_api() as api:
    print(api.base_url, flush=True)
    sys.stdin.read()
"""


def _env(tree: Path) -> dict[str, str]:
    paths = [str(tree / "overlay"), str(tree / "generated")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}


def _counts(tree: Path) -> dict[str, int]:
    package = tree / "generated" / "claude_api_client"
    return {
        "model_modules": len(list((package / "types" / "_models").glob("*.py"))) - 1,
        "resource_modules": len(list((package / "resources").glob("*.py"))) - 1,
    }


def measure(tree: Path, samples: int) -> dict[str, float]:
    compile_sources(Path(sys.executable), tree)  # as an installed wheel would have them
    env = _env(tree)
    server = subprocess.Popen(
        [sys.executable, "-c", SERVER],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        runs = []
        for _ in range(samples):
            out = subprocess.run(
                [sys.executable, "-c", PROBE, base_url],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(json.loads(out.stdout))
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)
    result: dict[str, float] = {
        key: statistics.median(r[key] for r in runs)
        for key in ("import", "client", "first_call", "modules_import", "modules_client")
    }
    result.update(_counts(tree))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="benchmarks/startup.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--tree", type=Path, default=ROOT, help="checkout to measure")
    parser.add_argument("--samples", type=int, default=15, help="fresh processes per figure")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    result = measure(args.tree.resolve(), args.samples)
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"| {args.tree} | median of {args.samples} |")
    print("|---|---|")
    print(f"| `import claude_api_client` | {result['import'] * 1000:.1f} ms |")
    print(f"| `Anthropic()` | {result['client'] * 1000:.2f} ms |")
    print(f"| first `messages.create` | {result['first_call'] * 1000:.1f} ms |")
    print(
        f"| modules after import / after client | {result['modules_import']:.0f} / "
        f"{result['modules_client']:.0f} |"
    )
    print(
        f"| generated model / resource modules | {result['model_modules']} / "
        f"{result['resource_modules']} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
