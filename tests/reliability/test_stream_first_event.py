"""A stream that breaks before its first event is retried like any request; after it, never."""

from __future__ import annotations

import asyncio

import pytest

from claude_api_client import APIConnectionError
from claude_api_client.testing import Fault, LocalAPIServer

from ._support import MODEL, Recorder, user


def test_a_reset_before_the_first_event_is_retried(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(Fault.reset_mid_body(after_events=0))
    with claude_api.client(retry_policy=recorder.policy()) as client:
        names = [
            e.type
            for e in client.messages.create(
                model=MODEL, max_tokens=20, messages=user("a b"), stream=True
            )
        ]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    assert len(claude_api.requests) == 2
    assert recorder.delays == [0.5]


def test_a_break_after_the_first_event_is_not_retried(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(Fault.reset_mid_body(after_events=2))
    with claude_api.client(retry_policy=recorder.policy()) as client:
        stream = client.messages.create(
            model=MODEL, max_tokens=20, messages=user("a b"), stream=True
        )
        with pytest.raises(APIConnectionError) as caught:
            list(stream)
    assert len(claude_api.requests) == 1  # events were already handed out: no silent replay
    assert recorder.delays == []
    assert caught.value.request_id == claude_api.requests[0].request_id


def test_retries_before_the_first_event_end_with_a_typed_error(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(*[Fault.reset_mid_body(after_events=0)] * 3)
    with (
        claude_api.client(retry_policy=recorder.policy(), max_retries=2) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        client.messages.create(model=MODEL, max_tokens=20, messages=user("a"), stream=True)
    assert len(claude_api.requests) == 3
    assert caught.value.request_id == claude_api.requests[-1].request_id


def test_async_reset_before_the_first_event_is_retried(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(Fault.reset_mid_body(after_events=0))

    async def main() -> list[str]:
        async with claude_api.async_client(retry_policy=recorder.policy()) as client:
            stream = await client.messages.create(
                model=MODEL, max_tokens=20, messages=user("hi"), stream=True
            )
            return [e.type async for e in stream]

    names = asyncio.run(main())
    assert names[-1] == "message_stop"
    assert len(claude_api.requests) == 2
