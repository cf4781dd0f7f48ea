"""Retries against the simulator: attempts counted, delays recorded (never slept)."""

from __future__ import annotations

import asyncio
import email.utils

import pytest

from claude_api_client import (
    APIConnectionError,
    BadRequestError,
    OverloadedError,
    RateLimitError,
)
from claude_api_client.testing import Fault, LocalAPIServer

from ._support import MODEL, NOW, Recorder, user


def _call(server: LocalAPIServer, recorder: Recorder, **client_options: object) -> str:
    with server.client(retry_policy=recorder.policy(), **client_options) as client:
        message = client.messages.create(model=MODEL, max_tokens=20, messages=user("retry me"))
    block = message.content[0]
    return str(getattr(block, "text", ""))


def test_a_529_storm_exhausts_the_retries(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([529] * 10, route="messages_create")
    with pytest.raises(OverloadedError) as caught:
        _call(claude_api, recorder, max_retries=3)
    seen = claude_api.requests_for("messages_create")
    assert len(seen) == 4  # one attempt and three retries
    assert recorder.delays == [0.5, 1.0, 2.0]  # exponential backoff, jitter pinned to zero
    assert caught.value.status_code == 529
    assert caught.value.type == "overloaded_error"
    assert caught.value.request_id == seen[-1].request_id
    assert claude_api.faults.pending() == 6


def test_a_storm_shorter_than_the_retries_succeeds(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.plan("messages_create", [529, 529, None])
    assert _call(claude_api, recorder) == "echo: retry me"
    assert len(claude_api.requests) == 3
    assert recorder.delays == [0.5, 1.0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": email.utils.formatdate(NOW + 7, usegmt=True)}, 7.0),
        ({"retry-after": email.utils.formatdate(NOW - 30, usegmt=True)}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "40", "retry-after": "9"}, 0.04),  # the precise form wins
    ],
    ids=["seconds", "fraction", "http-date", "date-in-the-past", "ms", "ms-over-seconds"],
)
def test_429_honours_each_retry_after_form(
    claude_api: LocalAPIServer, headers: dict[str, str], expected: float
) -> None:
    recorder = Recorder()
    claude_api.fail_next([429], headers=headers)
    assert _call(claude_api, recorder) == "echo: retry me"
    assert recorder.delays == [pytest.approx(expected)]
    assert len(claude_api.requests) == 2


def test_retry_after_beyond_the_cap_falls_back_to_backoff(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([429, 429], headers={"retry-after": "120"})  # cap is 60 s
    assert _call(claude_api, recorder) == "echo: retry me"
    assert recorder.delays == [0.5, 1.0]


def test_the_cap_is_the_policy_s(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([429], headers={"retry-after": "20"})
    with claude_api.client(retry_policy=recorder.policy(max_retry_after=10.0)) as client:
        client.messages.create(model=MODEL, max_tokens=5, messages=user("x"))
    assert recorder.delays == [0.5]


def test_a_wait_past_the_call_s_timeout_is_not_started(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([429], headers={"retry-after": "30"})
    with pytest.raises(RateLimitError) as caught:
        _call(claude_api, recorder, timeout=5.0)
    assert recorder.delays == []
    assert len(claude_api.requests) == 1
    assert caught.value.request_id == claude_api.requests[0].request_id


def test_x_should_retry_false_stops_a_retryable_status(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([529], headers={"x-should-retry": "false"})
    with pytest.raises(OverloadedError):
        _call(claude_api, recorder)
    assert len(claude_api.requests) == 1
    assert recorder.delays == []


def test_x_should_retry_true_retries_a_non_retryable_status(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([400], headers={"x-should-retry": "true"})
    assert _call(claude_api, recorder) == "echo: retry me"
    assert len(claude_api.requests) == 2
    assert recorder.delays == [0.5]


def test_a_plain_400_is_not_retried(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([400])
    with pytest.raises(BadRequestError):
        _call(claude_api, recorder)
    assert len(claude_api.requests) == 1


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 529])
def test_every_retryable_status_is_retried(claude_api: LocalAPIServer, status: int) -> None:
    recorder = Recorder()
    claude_api.fail_next([status])
    assert _call(claude_api, recorder) == "echo: retry me"
    assert len(claude_api.requests) == 2


def test_connection_resets_are_retried_then_reported(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.inject(Fault.reset_before_headers(), Fault.reset_before_headers())
    assert _call(claude_api, recorder) == "echo: retry me"
    assert len(claude_api.requests) == 3
    assert recorder.delays == [0.5, 1.0]
    claude_api.inject(*[Fault.reset_before_headers()] * 3)
    with pytest.raises(APIConnectionError):
        _call(claude_api, Recorder())


def test_a_stream_that_fails_before_its_first_event_is_retried(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.fail_next([529], headers={"retry-after-ms": "10"})
    with claude_api.client(retry_policy=recorder.policy()) as client:
        stream = client.messages.create(
            model=MODEL, max_tokens=20, messages=user("a b"), stream=True
        )
        names = [event.type for event in stream]
    assert names[0] == "message_start" and names[-1] == "message_stop"
    assert recorder.delays == [0.01]
    assert len(claude_api.requests) == 2


def test_async_retries_use_the_async_sleep(claude_api: LocalAPIServer) -> None:
    recorder = Recorder()
    claude_api.plan("messages_create", [529, Fault.error(429, headers={"retry-after": "2"}), None])

    async def main() -> str:
        async with claude_api.async_client(retry_policy=recorder.policy()) as client:
            message = await client.messages.create(model=MODEL, max_tokens=20, messages=user("hi"))
        return str(getattr(message.content[0], "text", ""))

    assert asyncio.run(main()) == "echo: hi"
    assert recorder.delays == [0.5, 2.0]
