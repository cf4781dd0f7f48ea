#!/usr/bin/env python3
"""Micro benchmark of the SSE decoder (the hot path of streaming).

Builds a realistic Messages stream (message_start, content_block_start, ping, N text deltas,
content_block_stop, message_delta, message_stop), cuts it into fixed-size chunks and reports
events per second for:

- ours, decoder only (``SSEDecoder.feed``), and decoder + ``json.loads`` of each event;
- ours end to end: ``Stream`` over an ``httpx.Response`` with ``decode = json.loads``;
- a plain loop: ``httpx.Response.iter_lines()`` + ``json.loads`` of every ``data:`` line
  (the floor: no SSE semantics at all);
- the official ``anthropic`` package's SSE decoder, when it is importable;
- whole clients over an in-memory transport (no server, no network: the client's own CPU per
  event): the raw iterator (``messages.create(stream=True)``) and the ``messages.stream()``
  helper (which also yields its ``text`` events) read to the final message, for this package and,
  when importable, for the official one. Rates count events on the wire, so the helper's extra
  events are not counted; each client row also shows its ratio to the floor row.

Each figure is the best of ``--repeat`` runs. Run it with this project's venv, and with the
official package's to compare (rows of a package that is not importable are skipped):

    .venv/bin/python benchmarks/sse_decode.py --deltas 20000 --chunk-size 8192
    /work/official-venv/bin/python benchmarks/sse_decode.py --deltas 20000
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "overlay"))

try:
    import httpx
except ImportError:  # the official package 2.16 ships httpx as `httpx2`
    import httpx2 as httpx  # type: ignore[no-redef]
from _payloads import request_kwargs, sse_stream  # the same stream run_all.py serves


def chunked(body: bytes, size: int) -> list[bytes]:
    return [body[i : i + size] for i in range(0, len(body), size)]


def ours_decode_only(chunks: list[bytes]) -> int | None:
    try:
        from claude_api_client._core._sse import SSEDecoder
    except ImportError:
        return None
    feed = SSEDecoder().feed
    n = 0
    for chunk in chunks:
        n += len(feed(chunk))
    return n


def ours_decode_json(chunks: list[bytes]) -> int | None:
    try:
        from claude_api_client._core._sse import SSEDecoder
    except ImportError:
        return None
    feed = SSEDecoder().feed
    loads = json.loads
    n = 0
    for chunk in chunks:
        for sse in feed(chunk):
            loads(sse.data)
            n += 1
    return n


def _response(chunks: list[bytes]) -> httpx.Response:
    request = httpx.Request("POST", "https://api.anthropic.com/v1/messages")
    return httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        stream=httpx.ByteStream(b"") if not chunks else _Chunks(chunks),
        request=request,
    )


class _Chunks(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    def __iter__(self) -> Iterator[bytes]:
        return iter(self._chunks)


def ours_stream(chunks: list[bytes]) -> int | None:
    try:
        from claude_api_client._core._streaming import Stream
    except ImportError:
        return None
    n = 0
    with Stream(_response(chunks), lambda _name, data: json.loads(data)) as stream:
        for _ in stream:
            n += 1
    return n


def plain_iter_lines(chunks: list[bytes]) -> int:
    loads = json.loads
    n = 0
    response = _response(chunks)
    for line in response.iter_lines():
        if line.startswith("data: "):
            loads(line[6:])
            n += 1
    response.close()
    return n


def official_decode(chunks: list[bytes]) -> int | None:
    try:
        from anthropic._streaming import SSEDecoder as OfficialDecoder  # type: ignore[import-not-found]
    except ImportError:
        return None
    n = 0
    for _ in OfficialDecoder().iter_bytes(iter(chunks)):
        n += 1
    return n


def official_decode_json(chunks: list[bytes]) -> int | None:
    try:
        from anthropic._streaming import SSEDecoder as OfficialDecoder
    except ImportError:
        return None
    n = 0
    for sse in OfficialDecoder().iter_bytes(iter(chunks)):
        sse.json()
        n += 1
    return n


# --- whole clients over an in-memory transport ---------------------------------------------------

_clients: dict[tuple[str, int], Any] = {}


def _client(package: str, chunks: list[bytes]) -> Any:
    """A client of `package` whose every request gets `chunks` as an SSE body (cached)."""
    key = (package, id(chunks))
    if key not in _clients:
        module = importlib.import_module(package)

        def handle(request: httpx.Request) -> httpx.Response:
            return httpx.Response(
                200,
                headers={"content-type": "text/event-stream", "request-id": "req_bench"},
                stream=_Chunks(chunks),
                request=request,
            )

        http = httpx.Client(transport=httpx.MockTransport(handle))
        _clients[key] = module.Anthropic(api_key="sk-ant-bench", http_client=http, max_retries=0)
    return _clients[key]


_wire: dict[int, int] = {}


def _wire_events(chunks: list[bytes]) -> int:
    if id(chunks) not in _wire:
        _wire[id(chunks)] = b"".join(chunks).count(b"\ndata: ")
    return _wire[id(chunks)]


def client_raw(package: str) -> Callable[[list[bytes]], int | None]:
    def run(chunks: list[bytes]) -> int | None:
        try:
            client = _client(package, chunks)
        except ImportError:
            return None
        for _ in client.messages.create(**request_kwargs(stream=True)):
            pass
        return _wire_events(chunks)

    return run


def client_helper(package: str) -> Callable[[list[bytes]], int | None]:
    def run(chunks: list[bytes]) -> int | None:
        try:
            client = _client(package, chunks)
        except ImportError:
            return None
        with client.messages.stream(**request_kwargs()) as stream:
            for _ in stream:
                pass
            final = stream.get_final_message()
        assert final.content[0].text
        return _wire_events(chunks)

    return run


def best_rates(
    cases: list[Callable[[list[bytes]], int | None]],
    chunks: list[bytes],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float | None]:
    """Events per second of each case, the best of `repeat` rounds; the rounds interleave the
    cases, so that a change of machine load falls on all of them alike."""
    best: list[float | None] = [float("inf")] * len(cases)
    events = [0] * len(cases)
    for _ in range(repeat):
        for i, fn in enumerate(cases):
            if best[i] is None:
                continue
            start = clock()
            result = fn(chunks)
            elapsed = clock() - start
            if result is None:
                best[i] = None
                continue
            events[i] = result
            best[i] = min(best[i] or elapsed, elapsed)
    return [None if b is None else events[i] / b for i, b in enumerate(best)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--deltas", type=int, default=20_000, help="content_block_delta events (default 20000)"
    )
    parser.add_argument(
        "--chunk-size", type=int, default=8192, help="bytes per chunk (default 8192)"
    )
    parser.add_argument(
        "--repeat", type=int, default=7, help="runs per case, best kept (default 7)"
    )
    parser.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="wall time, or this process's CPU time (steadier on a loaded machine)",
    )
    args = parser.parse_args(argv)
    clock = time.perf_counter if args.clock == "wall" else time.process_time

    body = sse_stream(args.deltas)
    chunks = chunked(body, args.chunk_size)
    print(
        f"stream: {len(body):,} bytes, {args.deltas + 6:,} events, {len(chunks):,} chunks of {args.chunk_size} B"
    )
    cases: list[tuple[str, Callable[[list[bytes]], int | None]]] = [
        ("ours: decoder only", ours_decode_only),
        ("official anthropic: decoder only", official_decode),
        ("ours: decoder + json.loads", ours_decode_json),
        ("official anthropic: decoder + json", official_decode_json),
        ("ours: Stream over httpx + json.loads", ours_stream),
        ("plain httpx iter_lines + json.loads", plain_iter_lines),
        ("ours: client, raw iterator", client_raw("claude_api_client")),
        ("ours: client, messages.stream() helper", client_helper("claude_api_client")),
        ("official: client, raw iterator", client_raw("anthropic")),
        ("official: client, messages.stream() helper", client_helper("anthropic")),
    ]
    floor: float | None = None
    rates = best_rates([fn for _, fn in cases], chunks, args.repeat, clock)
    for (label, fn), rate in zip(cases, rates, strict=True):
        shown = "skipped (not importable)" if rate is None else f"{rate:>14,.0f} events/s"
        if rate is not None and fn is plain_iter_lines:
            floor = rate
        elif rate is not None and floor is not None and "client" in label:
            shown += f"  {rate / floor:.2f}x the floor"
        print(f"{label:<44} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
