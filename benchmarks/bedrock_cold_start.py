#!/usr/bin/env python3
"""Cold first request of `AnthropicBedrock` in a fresh process: ours vs the official package.

What AWS Lambda pays on a cold start: a new interpreter imports the SDK, builds a Bedrock client
from the credentials Lambda puts in the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
AWS_SESSION_TOKEN, AWS_REGION), and sends its first request — signed with SigV4 — to the local
simulator (its Bedrock routes; the stream comes back as the AWS binary event-stream).

    .venv/bin/python benchmarks/bedrock_cold_start.py [--reps 7] [--official-python PATH]

Each repetition runs every case in its own fresh process, interleaved; the table shows medians of
the time inside the process (imports + client + first call) and of the whole process (interpreter
start included), the CPU time of the process (less sensitive to a busy machine than wall
time), and which cloud SDK modules got imported. The official needs `boto3` beside
`anthropic` in its venv (default: /work/official-venv, or $BENCH_OFFICIAL_PYTHON).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from _venvs import compile_sources

ROOT = Path(__file__).resolve().parents[1]

SNIPPET = """
import json, sys, time
t0 = time.perf_counter()
from {package} import AnthropicBedrock
client = AnthropicBedrock(base_url={url!r})
t1 = time.perf_counter()
messages = [{{"role": "user", "content": "Hello"}}]
if {stream}:
    with client.messages.stream(model="claude-x", max_tokens=16, messages=messages) as s:
        text = s.get_final_text()
else:
    text = client.messages.create(model="claude-x", max_tokens=16, messages=messages).content[0].text
t2 = time.perf_counter()
assert text == "echo: Hello", text
cloud = sorted({{m.split(".")[0] for m in sys.modules if m.split(".")[0] in ("botocore", "boto3")}})
print(json.dumps({{"client_ms": (t1 - t0) * 1e3, "total_ms": (t2 - t0) * 1e3,
                  "cpu_ms": time.process_time() * 1e3, "cloud": cloud}}))
"""

LAMBDA_ENV = {
    "AWS_ACCESS_KEY_ID": "AKIDLAMBDA",
    "AWS_SECRET_ACCESS_KEY": "lambda-secret",
    "AWS_SESSION_TOKEN": "lambda-session-token",
    "AWS_REGION": "us-east-1",
}


def _run(python: str, package: str, url: str, stream: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "ANTHROPIC_"))}
    env.update(LAMBDA_ENV)
    env["NO_PROXY"] = "127.0.0.1"
    code = SNIPPET.format(package=package, url=url, stream=stream)
    start = time.perf_counter()
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, env=env, check=False)
    elapsed = (time.perf_counter() - start) * 1e3
    if out.returncode != 0:
        raise RuntimeError(f"{package} failed:\n{out.stderr[-2000:]}")
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    result["process_ms"] = elapsed
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument(
        "--official-python",
        default=os.environ.get("BENCH_OFFICIAL_PYTHON", "/work/official-venv/bin/python"),
    )
    args = parser.parse_args(argv)

    from claude_api_client.testing import _server, local_api

    # The official sends its own (newer) anthropic_version in Bedrock bodies; let it through.
    _server.API_VERSIONS = _server.API_VERSIONS | {"2026-10-21"}

    compile_sources(Path(sys.executable))  # as an installed wheel would have them
    cases = [("ours", sys.executable, "claude_api_client")]
    if Path(args.official_python).exists():
        cases.append(("official", args.official_python, "anthropic"))
    else:
        print(f"(no official python at {args.official_python}: official rows skipped)")
    samples: dict[tuple[str, bool], list[dict[str, object]]] = {}
    with local_api() as api:
        for rep in range(args.reps):
            order = cases[rep % len(cases) :] + cases[: rep % len(cases)]
            for name, python, package in order:
                for stream in (False, True):
                    samples.setdefault((name, stream), []).append(
                        _run(python, package, api.base_url, stream)
                    )

    print(f"\nCold first request of AnthropicBedrock (median of {args.reps} fresh processes)\n")
    print(
        "| case | import + client | + first request | whole process | process CPU "
        "| cloud SDK imported |"
    )
    print("|---|---:|---:|---:|---:|---|")
    for (name, stream), runs in samples.items():
        client_ms = statistics.median(float(str(r["client_ms"])) for r in runs)
        total_ms = statistics.median(float(str(r["total_ms"])) for r in runs)
        process_ms = statistics.median(float(str(r["process_ms"])) for r in runs)
        cpu_ms = statistics.median(float(str(r["cpu_ms"])) for r in runs)
        cloud = ", ".join(runs[0]["cloud"]) or "none"  # type: ignore[arg-type]
        kind = "messages.stream()" if stream else "messages.create()"
        print(
            f"| {name}, {kind} | {client_ms:.0f} ms | {total_ms:.0f} ms "
            f"| {process_ms:.0f} ms | {cpu_ms:.0f} ms | {cloud} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
