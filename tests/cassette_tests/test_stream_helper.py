"""The message-stream helper over the stream cassettes: its final message must equal the one the
tests' own accumulator builds from the recorded events."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ._accumulate import accumulate
from ._replay import Run, async_client, recorded, replay, sync_client, target
from ._wire import SCENARIOS, Scenario

# The accumulating helper exists for Messages streams only (legacy completions have none).
STREAMS = [
    pytest.param(s, id=s.name) for s in SCENARIOS if s.kind == "stream" and s.call[0] == "messages"
]


def _helper(client: Any, scenario: Scenario) -> Any:
    messages = client.beta.messages if scenario.beta else client.messages
    if not hasattr(messages, "stream"):
        pytest.skip("client.messages.stream is not there yet")
    kwargs = {k: v for k, v in scenario.args.items() if k != "stream"}
    if scenario.betas:
        kwargs["betas"] = list(scenario.betas)
    return messages.stream(**kwargs)


@pytest.mark.parametrize("scenario", STREAMS)
def test_final_message(scenario: Scenario) -> None:
    run = Run()
    client = sync_client(run)
    with replay(scenario, run), _helper(client, scenario) as stream:
        events = list(stream)
        final = stream.get_final_message()
    rec = recorded(scenario)[0]
    assert final.to_dict() == accumulate(rec.sse())
    assert type(final).__name__ == "ParsedMessage"  # as the official stream's
    assert {"message_start", "message_stop"} <= {e.type for e in events}


@pytest.mark.parametrize("scenario", STREAMS)
def test_final_message_async(scenario: Scenario) -> None:
    async def go() -> Any:
        run = Run()
        client = async_client(run)
        with replay(scenario, run):
            async with _helper(client, scenario) as stream:
                async for _ in stream:
                    pass
                return await stream.get_final_message()

    final = asyncio.run(go())
    assert final.to_dict() == accumulate(recorded(scenario)[0].sse())


def test_target_is_public() -> None:
    """The replay goes through public attributes only (no underscore on the way)."""
    for s in SCENARIOS:
        assert not any(part.startswith("_") for part in s.call)
    assert callable(target(sync_client(Run()), SCENARIOS[0]))
