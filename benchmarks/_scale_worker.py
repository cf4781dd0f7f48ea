#!/usr/bin/env python3
"""One scaling measurement in a fresh process; prints one JSON line.

Run by ``scaling.py`` with the interpreter of the implementation measured (``ours`` or
``official``). It imports only the standard library before the SDK under test.

    python benchmarks/_scale_worker.py jsonl 10000 --impl ours --base-url http://127.0.0.1:PORT

Prints ``{"seconds": …, "rss_before_kb": …, "peak_rss_kb": …, "check": …}``: the wall time of the
task alone (client already built and warmed by one small call), the resident set size just before
it, and the peak over the whole process (``ru_maxrss``), so that peak - before is what the task
added at its worst. ``check`` is a count the orchestrator compares between implementations.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from pathlib import Path
from typing import Any

API_KEY = "sk-ant-bench"
MODEL = "claude-sonnet-4-5"
USER = [{"role": "user", "content": "Hello"}]


def rss_kb() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() // 1024


def sdk(impl: str, base_url: str, *, asynchronous: bool = False) -> Any:
    if impl == "ours":
        import claude_api_client as module
    else:
        import anthropic as module  # type: ignore[no-redef]
    cls = module.AsyncAnthropic if asynchronous else module.Anthropic
    return cls(api_key=API_KEY, base_url=base_url, max_retries=0)


def task(kind: str, size: int, impl: str, base_url: str, scratch: Path) -> tuple[Any, Any]:
    """Build the client, warm it, and return (the measured callable, its client)."""
    client = sdk(impl, base_url)
    client.messages.create(model=MODEL, max_tokens=16, messages=USER)  # warm: imports, pool

    if kind == "jsonl":
        return lambda: sum(
            1 for _ in client.messages.batches.results(f"msgbatch_jsonl_{size}")
        ), client
    if kind == "download":
        target = scratch / f"download-{impl}.bin"

        def download() -> int:
            client.files.download(f"file_{size}").write_to_file(target)
            written = target.stat().st_size
            target.unlink()
            return written

        return download, client
    if kind == "upload":
        source = scratch / f"upload-{size}.bin"
        return lambda: client.files.upload(file=source).size_bytes, client
    if kind == "pages":
        headers = {"x-bench-total": str(size * 20)}
        return lambda: sum(1 for _ in client.models.list(limit=20, extra_headers=headers)), client
    if kind == "blocks":
        headers = {"x-bench-blocks": str(size)}
        return (
            lambda: len(
                client.messages.create(
                    model=MODEL, max_tokens=1024, messages=USER, extra_headers=headers
                ).content
            ),
            client,
        )
    if kind == "tool_stream":
        headers = {"x-bench-tool-bytes": str(size)}

        def stream() -> int:
            with client.messages.stream(
                model=MODEL, max_tokens=1024, messages=USER, extra_headers=headers
            ) as events:
                for _ in events:
                    pass
                final = events.get_final_message()
            return len(final.content[0].input["items"])

        return stream, client
    raise SystemExit(f"unknown task {kind}")


async def concurrent(size: int, impl: str, base_url: str) -> tuple[float, int, int]:
    client = sdk(impl, base_url, asynchronous=True)
    await client.messages.create(model=MODEL, max_tokens=16, messages=USER)
    headers = {"x-bench-sleep": "0.5"}
    before = rss_kb()
    start = time.perf_counter()
    results = await asyncio.gather(
        *(
            client.messages.create(model=MODEL, max_tokens=16, messages=USER, extra_headers=headers)
            for _ in range(size)
        ),
        return_exceptions=True,
    )
    seconds = time.perf_counter() - start
    await client.close()
    ok = sum(1 for r in results if not isinstance(r, BaseException))
    return seconds, before, ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind")
    parser.add_argument("size", type=int)
    parser.add_argument("--impl", choices=["ours", "official"], required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--scratch", type=Path, required=True)
    args = parser.parse_args()

    if args.kind == "concurrent":
        seconds, before, check = asyncio.run(concurrent(args.size, args.impl, args.base_url))
    else:
        run, _client = task(args.kind, args.size, args.impl, args.base_url, args.scratch)
        before = rss_kb()
        start = time.perf_counter()
        check = run()
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {"seconds": seconds, "rss_before_kb": before, "peak_rss_kb": peak, "check": check}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
