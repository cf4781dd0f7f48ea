"""Real recorded streams (../shared/cassettes) replayed through the helper.

The final message must equal the one the test's own accumulator builds from the same events.
Skipped cleanly where ../shared is absent (a fresh clone).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pydantic
import pytest

from claude_api_client._core._streaming import Stream
from claude_api_client.lib._message_stream import MessageStream

from ._support import (
    CASSETTES,
    Chunks,
    Recorded,
    accumulate,
    async_client,
    async_manager,
    handler,
    manager,
    parse_body,
    pieces,
    recorded_streams,
    sync_client,
)
from .test_message_stream import SYNTHETIC

STREAMS = recorded_streams()
NAMED = [
    "pydantic-ai/test_anthropic_model_thinking_part_stream.yaml#0",
    "pydantic-ai/test_anthropic_model_web_search_tool_stream.yaml#0",
    "pydantic-ai/test_anthropic_code_execution_tool_stream.yaml#0",
    "pydantic-ai/test_anthropic_compaction_usage_with_cache_streaming.yaml#0",
    "pydantic-ai/test_anthropic_mcp_servers_stream.yaml#0",
    "llm-anthropic/test_prompt.yaml#0",
    "dd-trace-py/anthropic_completion_tools_stream_helper.yaml#0",
]
# Streams our generated models cannot decode yet; each is a bug outside this helper (reported).
# strict: the test fails once the bug is fixed, so the entry gets removed.
# Recordings our models once failed on, kept empty: a bug found here is fixed in openapi/ and
# its recording then passes (see openapi/README.md, "Corrections from recorded traffic").
KNOWN_MODEL_BUGS: dict[str, str] = {}


def params(*, strict_models: bool = True) -> list[Any]:
    if not STREAMS:
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/cassettes is absent"))]
    out = []
    for recorded in STREAMS:
        marks = []
        if strict_models and recorded.name in KNOWN_MODEL_BUGS:
            marks.append(pytest.mark.xfail(reason=KNOWN_MODEL_BUGS[recorded.name], strict=True))
        out.append(pytest.param(recorded, id=recorded.name, marks=marks))
    return out


def test_the_named_recordings_are_found() -> None:
    if not CASSETTES.is_dir():
        pytest.skip("../shared/cassettes is absent")
    names = {r.name for r in STREAMS}
    assert set(NAMED) <= names
    assert any(r.gzipped for r in STREAMS)


def expected(recorded: Recorded) -> tuple[dict[str, Any], list[str], str]:
    events = [payload for _name, payload in parse_body(recorded.body)]
    texts = [
        e["delta"]["text"]
        for e in events
        if e["type"] == "content_block_delta" and e["delta"]["type"] == "text_delta"
    ]
    # A stream skips `ping` keep-alives, as the official one does.
    types = [e["type"] for e in events if e["type"] != "ping"]
    return accumulate(events), types, "".join(texts)


@pytest.mark.parametrize("recorded", params())
def test_recorded_stream(recorded: Recorded) -> None:
    message, types, text = expected(recorded)
    client = sync_client(handler(recorded.raw, size=97, gzipped=recorded.gzipped))
    with manager(client) as stream:
        seen = [event.type for event in stream if event.type not in SYNTHETIC]
        final = stream.get_final_message()
    assert seen == types
    assert final.to_dict(mode="json") == message
    assert "Unknown" not in "".join(type(b).__name__ for b in final.content)
    if any(b["type"] == "text" for b in message["content"]):
        assert stream.get_final_text() == text


@pytest.mark.parametrize("recorded", params())
def test_recorded_stream_async(recorded: Recorded) -> None:
    message, _, text = expected(recorded)

    async def run() -> tuple[list[str], dict[str, Any], list[str]]:
        client = async_client(handler(recorded.raw, size=4096, gzipped=recorded.gzipped))
        async with async_manager(client) as stream:
            texts = [t async for t in stream.text_stream]
            final = await stream.get_final_message()
        return [], final.to_dict(mode="json"), texts

    _, final, texts = asyncio.run(run())
    assert final == message
    assert "".join(texts) == text


@pytest.mark.parametrize("recorded", params())
def test_recorded_snapshots_never_fail(recorded: Recorded) -> None:
    """A snapshot after every event builds (partial tool inputs included) and ends as the final."""
    message, _, _ = expected(recorded)
    client = sync_client(handler(recorded.raw, gzipped=recorded.gzipped))
    with manager(client) as stream:
        for _event in stream:
            snapshot = stream.current_message_snapshot
        assert snapshot.to_dict(mode="json") == message


class Loose(pydantic.BaseModel):
    """A message model that accepts anything: isolates the accumulation from model bugs."""

    model_config = pydantic.ConfigDict(extra="allow")


def loose(data: Any) -> Any:
    """Plain JSON as `Loose` models all the way down: events with attributes, no schema."""
    if isinstance(data, dict):
        return Loose(**{key: loose(value) for key, value in data.items()})
    if isinstance(data, list):
        return [loose(item) for item in data]
    return data


@pytest.mark.parametrize("recorded", params(strict_models=False))
def test_recorded_stream_accumulation_is_model_agnostic(recorded: Recorded) -> None:
    """Every recording, with plain events and a permissive model (no generated model involved)."""
    message, _, _ = expected(recorded)
    response = httpx.Response(
        200,
        headers={"content-encoding": "gzip"} if recorded.gzipped else {},
        stream=Chunks(pieces(recorded.raw, 61)),
        request=httpx.Request("POST", "https://api.anthropic.com/v1/messages"),
    )
    events: Stream[Loose] = Stream(response, lambda _name, data: loose(json.loads(data)))
    with MessageStream(events, lambda: Loose) as stream:
        final = stream.get_final_message()
    assert final.model_dump(exclude_unset=True) == message
