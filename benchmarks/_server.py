#!/usr/bin/env python3
"""The local API server every benchmark talks to, in a process of its own.

It is ``claude_api_client.testing.local_api()`` (the package's simulator: it checks credentials,
headers and each request body against the bundled document) with one route changed:
``messages.create`` with ``"stream": true`` answers with a prebuilt stream of ``--deltas`` text
deltas sent in large writes, so that the server is never what limits a client's events per
second. Non-streaming calls get the simulator's own echo answer.

Running in its own process keeps the server's work off the client's GIL and CPU time.
Prints ``READY <base_url>`` once listening, then serves until stdin closes.

    .venv/bin/python benchmarks/_server.py --deltas 20000
"""

from __future__ import annotations

import argparse
import sys

from _payloads import sse_stream

from claude_api_client.testing import Call, Reply, local_api
from claude_api_client.testing._echo import reply as echo_reply


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--deltas", type=int, default=20_000, help="text deltas per stream")
    args = parser.parse_args(argv)
    stream_body = sse_stream(args.deltas)

    def messages_create(call: Call) -> Reply:
        if call.body.get("stream") is True:
            return Reply(content=stream_body, content_type="text/event-stream; charset=utf-8")
        return Reply(body=echo_reply(call.body, call.state.next_id("msg")))

    with local_api() as api:
        api.route("*", "messages_create", messages_create)
        print("READY", api.base_url, flush=True)
        sys.stdin.read()  # until the parent closes our stdin
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
