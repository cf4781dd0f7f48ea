#!/usr/bin/env python3
"""One measurement in a fresh process; prints its result as one JSON line.

``run_all.py`` starts this script with the interpreter of the implementation measured: this
project's venv for ``ours`` and ``plain`` (httpx + json, no SDK), the official package's venv for
``official``. It imports only the standard library and ``_payloads`` before the measured code.

    python benchmarks/_worker.py calls --impl ours --base-url http://127.0.0.1:PORT --n 500
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

import _payloads

API_KEY = "sk-ant-local-test-key"  # the local server's test key
API_VERSION = "2023-06-01"


def _rss_kb() -> int:
    """Current resident set size in KB (Linux)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() // 1024


def _peak_rss_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# --- the three implementations ------------------------------------------------------------------


def make_sdk(impl: str, base_url: str) -> Any:
    if impl == "ours":
        import claude_api_client

        return claude_api_client.Anthropic(api_key=API_KEY, base_url=base_url)
    import anthropic

    # The local server knows the API version this project targets; the official package sends a
    # newer one by default.
    return anthropic.Anthropic(
        api_key=API_KEY, base_url=base_url, default_headers={"anthropic-version": API_VERSION}
    )


class Plain:
    """What a caller would write with httpx and json alone: the floor for a Python client."""

    def __init__(self, base_url: str) -> None:
        import httpx

        self.http = httpx.Client(base_url=base_url, timeout=600)
        self.headers = {
            "x-api-key": API_KEY,
            "anthropic-version": API_VERSION,
            "content-type": "application/json",
        }

    def create(self, kwargs: dict[str, Any]) -> object:
        response = self.http.post("/v1/messages", content=json.dumps(kwargs), headers=self.headers)
        response.raise_for_status()
        return json.loads(response.content)

    def stream(self, kwargs: dict[str, Any]) -> int:
        n = 0
        loads = json.loads
        with self.http.stream(
            "POST", "/v1/messages", content=json.dumps(kwargs), headers=self.headers
        ) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if line.startswith("data: "):
                    loads(line[6:])
                    n += 1
        return n


def _caller(impl: str, base_url: str) -> Callable[[], object]:
    kwargs = _payloads.request_kwargs()
    if impl == "plain":
        plain = Plain(base_url)
        return lambda: plain.create(kwargs)
    client = make_sdk(impl, base_url)
    create = client.messages.create
    return lambda: create(**kwargs)


def _streamer(impl: str, base_url: str, mode: str) -> Callable[[], int]:
    if impl == "plain":
        plain = Plain(base_url)
        stream_kwargs = _payloads.request_kwargs(stream=True)
        return lambda: plain.stream(stream_kwargs)
    client = make_sdk(impl, base_url)
    if mode == "raw":
        stream_kwargs = _payloads.request_kwargs(stream=True)

        def raw() -> int:
            n = 0
            for _ in client.messages.create(**stream_kwargs):
                n += 1
            return n

        return raw
    helper_kwargs = _payloads.request_kwargs()

    def helper() -> int:
        n = 0
        with client.messages.stream(**helper_kwargs) as stream:
            for _ in stream:
                n += 1
            final = stream.get_final_message()
        assert final.content[0].text, "empty final message"
        return n

    return helper


# --- cases ----------------------------------------------------------------------------------------


def case_first_call(args: argparse.Namespace) -> dict[str, Any]:
    """Import + client + first messages.create + its first text, in this fresh process."""
    start, cpu = time.perf_counter(), time.process_time()
    call = _caller(args.impl, args.base_url)
    message: Any = call()
    text = message["content"][0]["text"] if args.impl == "plain" else message.content[0].text
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert isinstance(text, str) and text, "no text in the first message"
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss_kb": _peak_rss_kb()}


def case_first_stream(args: argparse.Namespace) -> dict[str, Any]:
    """Import + client + the first `messages.stream()` read to its final text, in this fresh
    process (the plain floor reads the SSE lines and joins the text deltas itself)."""
    start, cpu = time.perf_counter(), time.process_time()
    kwargs = _payloads.request_kwargs()
    if args.impl == "plain":
        plain = Plain(args.base_url)
        parts: list[str] = []
        with plain.http.stream(
            "POST",
            "/v1/messages",
            content=json.dumps({**kwargs, "stream": True}),
            headers=plain.headers,
        ) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                if line.startswith("data: "):
                    event = json.loads(line[6:])
                    if event["type"] == "content_block_delta":
                        parts.append(event["delta"]["text"])
        text = "".join(parts)
    else:
        client = make_sdk(args.impl, args.base_url)
        with client.messages.stream(**kwargs) as stream:
            for _ in stream:
                pass
            text = stream.get_final_message().content[0].text
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert isinstance(text, str) and text, "no text in the first stream"
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_rss_kb": _peak_rss_kb()}


def case_calls(args: argparse.Namespace) -> dict[str, Any]:
    """Mean wall and CPU time per non-streaming call, after a warm-up."""
    call = _caller(args.impl, args.base_url)
    for _ in range(args.warmup):
        call()
    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for _ in range(args.n):
        call()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {"wall_us": wall / args.n * 1e6, "cpu_us": cpu / args.n * 1e6}


def case_stream(args: argparse.Namespace) -> dict[str, Any]:
    """Events per second (wall and client CPU) over `--n` whole streams, after one warm-up."""
    run = _streamer(args.impl, args.base_url, args.mode)
    # Rates count events on the wire: the official raw iterator drops pings and its helper
    # yields extra derived events, so what an iterator yields is not comparable.
    wire = _payloads.stream_event_count(args.deltas)
    got = run()
    assert got >= args.deltas, f"{got} events, expected at least {args.deltas}"
    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    events = 0
    for _ in range(args.n):
        run()
        events += wire
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {"events_per_s": events / wall, "cpu_events_per_s": events / cpu}


def case_parse(args: argparse.Namespace) -> dict[str, Any]:
    """Median time of one parse of a 2 KB and of a 200 KB Message body."""
    if args.impl == "ours":
        from claude_api_client.types import Message

        parse: Callable[[bytes], object] = Message.model_validate_json
    elif args.impl == "official":
        from anthropic.types import Message as OfficialMessage

        parse = OfficialMessage.model_validate_json
    else:
        parse = json.loads
    out: dict[str, Any] = {}
    for label, size, inner in (("small", 2_000, 200), ("large", 200_000, 3)):
        body = _payloads.message(size)
        parse(body)  # warm-up (and schema build)
        samples = []
        for _ in range(args.n):
            t0 = time.perf_counter()
            for _ in range(inner):
                parse(body)
            samples.append((time.perf_counter() - t0) / inner)
        samples.sort()
        out[f"{label}_us"] = samples[len(samples) // 2] * 1e6
        # The fastest sample: on a shared machine the median catches batches the scheduler
        # interrupted (timeit's advice for micro-benchmarks); both are reported.
        out[f"{label}_min_us"] = samples[0] * 1e6
        out[f"{label}_bytes"] = len(body)
    return out


def case_memory(args: argparse.Namespace) -> dict[str, Any]:
    """tracemalloc peak and RSS growth over `--n` calls, then over one helper stream."""
    import tracemalloc

    call = _caller(args.impl, args.base_url)
    stream = _streamer(args.impl, args.base_url, "helper" if args.impl != "plain" else "raw")
    for _ in range(3):
        call()
    stream()  # warm: the first stream loads the event models, which is not per-stream memory
    gc.collect()
    rss0 = _rss_kb()
    tracemalloc.start()
    for _ in range(args.n):
        call()
    gc.collect()
    calls_current, calls_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss1 = _rss_kb()
    gc.collect()
    tracemalloc.start()
    stream()
    _, stream_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()
    return {
        "calls_peak_kb": calls_peak / 1024,
        "calls_retained_kb": calls_current / 1024,
        "calls_rss_growth_kb": rss1 - rss0,
        "stream_peak_kb": stream_peak / 1024,
        "peak_rss_kb": _peak_rss_kb(),
    }


CASES: dict[str, Callable[[argparse.Namespace], dict[str, Any]]] = {
    "first_call": case_first_call,
    "first_stream": case_first_stream,
    "calls": case_calls,
    "stream": case_stream,
    "parse": case_parse,
    "memory": case_memory,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("case", choices=sorted(CASES))
    parser.add_argument("--impl", choices=["ours", "official", "plain"], required=True)
    parser.add_argument("--base-url", default="")
    parser.add_argument("--n", type=int, default=200, help="repetitions inside the process")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up calls (calls case)")
    parser.add_argument("--mode", choices=["raw", "helper"], default="raw", help="stream case")
    parser.add_argument("--deltas", type=int, default=20_000, help="deltas the server streams")
    args = parser.parse_args(argv)
    result = CASES[args.case](args)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
