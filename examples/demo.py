"""The main job: one real Messages call through the SDK, plain and streamed.

With ANTHROPIC_API_KEY set it calls the Claude API; without one it starts the project's local
server (claude_api_client.testing) and calls that instead, so it runs anywhere.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator

from claude_api_client import Anthropic, APIError
from claude_api_client.testing import local_api
from claude_api_client.types import RawContentBlockDeltaEvent, TextBlock, TextDelta


@contextlib.contextmanager
def make_client() -> Iterator[tuple[Anthropic, str]]:
    if os.environ.get("ANTHROPIC_API_KEY"):
        with Anthropic() as client:
            yield client, "the Claude API"
        return
    with local_api() as server, server.client() as client:
        yield client, f"the local API server at {server.base_url} (no ANTHROPIC_API_KEY set)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("CLAUDE_MODEL", "claude-sonnet-4-5"))
    parser.add_argument("--prompt", default="Say hello in five words.")
    args = parser.parse_args()

    with make_client() as (client, where):
        print(f"calling {where} with model {args.model}")
        try:
            message = client.messages.create(
                model=args.model,
                max_tokens=256,
                messages=[{"role": "user", "content": args.prompt}],
            )
        except APIError as exc:
            print(f"the call failed: {exc}", file=sys.stderr)
            return 1
        text = "".join(b.text for b in message.content if isinstance(b, TextBlock))
        print(
            f"reply ({message.stop_reason}, {message.usage.output_tokens} tokens, "
            f"request {message.request_id}): {text}"
        )
        print("streamed: ", end="", flush=True)
        with client.messages.create(
            model=args.model,
            max_tokens=256,
            stream=True,
            messages=[{"role": "user", "content": args.prompt}],
        ) as stream:
            for event in stream:
                if isinstance(event, RawContentBlockDeltaEvent) and isinstance(
                    event.delta, TextDelta
                ):
                    print(event.delta.text, end="", flush=True)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
