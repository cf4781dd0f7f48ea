"""Faults a request asks for itself with the simulator's `x-simulator-fault` header: what a
client in another process (the compat suite's programs) uses instead of `server.inject`."""

from __future__ import annotations

import pytest

from claude_api_client import APITimeoutError, BadRequestError, OverloadedError, RateLimitError
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing._fault_header import fault_from_header

from ._support import MODEL, user


def _ask(value: str) -> dict[str, dict[str, str]]:
    return {"extra_headers": {"x-simulator-fault": value}}


def test_reading_a_header_value() -> None:
    fault, times = fault_from_header("429 x2 retry-after=0 #tag")
    assert (fault.kind, fault.status, dict(fault.headers), times) == (
        "status",
        429,
        {"retry-after": "0"},
        2,
    )
    assert fault.resolved_error_type == "rate_limit_error"
    fault, times = fault_from_header("stream_error api_error")
    assert (fault.kind, fault.error_type, times) == ("stream_error", "api_error", None)
    fault, times = fault_from_header("slow after=1.5 x1")
    assert (fault.kind, fault.latency, times) == ("slow", 1.5, 1)
    for bad in ("", "200", "slowly"):
        with pytest.raises(ValueError):
            fault_from_header(bad)


def test_the_first_n_requests_with_a_value_fail_then_it_answers(claude_api: LocalAPIServer) -> None:
    with claude_api.client(max_retries=2) as client:
        # two 529s, then the third attempt (the second retry) is answered
        reply = client.messages.create(
            model=MODEL, max_tokens=5, messages=user("hi"), **_ask("529 x2 retry-after=0 #a")
        )
        assert reply.content[0].type == "text"
        assert [r.operation_id for r in claude_api.requests] == ["messages_create"] * 3
        # another value counts apart; without `xN` every request fails
        with pytest.raises(RateLimitError) as raised:
            client.with_options(max_retries=0).models.list(**_ask("429 retry-after=0 #b"))
        assert raised.value.response.headers["retry-after"] == "0"
        with pytest.raises(OverloadedError):
            client.with_options(max_retries=1).models.list(**_ask("529 retry-after=0"))
        with pytest.raises(BadRequestError, match="x-simulator-fault"):
            client.models.list(**_ask("teapot"))
    claude_api.reset()  # forgets the counts
    with claude_api.client(max_retries=0) as client, pytest.raises(OverloadedError):
        client.models.list(**_ask("529 x2 retry-after=0 #a"))


def test_a_stream_error_asked_for(claude_api: LocalAPIServer) -> None:
    with claude_api.client(max_retries=0) as client:
        stream = client.messages.create(
            model=MODEL, max_tokens=5, messages=user("hi"), stream=True, **_ask("stream_error")
        )
        seen: list[str] = []
        with pytest.raises(OverloadedError):
            for event in stream:
                seen.append(event.type)
        assert seen and seen[0] == "message_start"


def test_a_slow_answer_asked_for(claude_api: LocalAPIServer) -> None:
    with claude_api.client(max_retries=0, timeout=0.2) as client:
        with pytest.raises(APITimeoutError):
            client.models.list(**_ask("slow after=5 x1"))
        assert len(client.models.list(**_ask("slow after=5 x1")).data) > 0  # used up
