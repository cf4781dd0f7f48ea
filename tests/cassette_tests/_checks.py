"""Assertions on what a replayed call returned, against the cassette it was replayed from."""

from __future__ import annotations

from typing import Any

import httpx

from ._accumulate import accumulate
from ._replay import Recorded
from ._wire import API_VERSION, Scenario


def check_sent(scenario: Scenario, sent: list[httpx.Request], rec: list[Recorded]) -> None:
    """The request headers the SDK sent (bodies, paths and queries vcrpy matched already)."""
    assert len(sent) == len(rec), f"sent {len(sent)} requests, cassette has {len(rec)}"
    for request, recorded in zip(sent, rec, strict=True):
        assert request.method == recorded.method
        assert request.headers["anthropic-version"] == API_VERSION
        assert request.headers.get("x-api-key"), "no x-api-key sent"
        assert "authorization" not in request.headers
        assert request.url.params.get("beta") is None, "beta calls send a header, not ?beta=true"
        expected = recorded.request_headers.get("anthropic-beta")
        got = request.headers.get("anthropic-beta")
        assert got == expected, f"anthropic-beta: sent {got!r}, recorded {expected!r}"
        if scenario.betas:
            assert got == ",".join(scenario.betas)
        if recorded.request_body is not None and scenario.parts is None:
            assert request.headers["content-type"] == "application/json"


def check_model(scenario: Scenario, result: Any, rec: Recorded) -> None:
    assert type(result).__name__ == scenario.model, type(result)
    assert result.to_dict(mode="json") == rec.json()
    assert result.request_id == rec.headers["request-id"]
    assert result.request_id.startswith("req_")


def check_page(scenario: Scenario, page: Any, rec: Recorded) -> None:
    body = rec.json()
    assert [type(item).__name__ for item in page.data] == [scenario.model] * len(body["data"])
    assert [item.to_dict(mode="json") for item in page.data] == body["data"]
    assert page.request_id == rec.headers["request-id"]
    assert page.has_more == body.get("has_more")
    assert page.first_id == body.get("first_id")
    assert page.last_id == body.get("last_id")
    assert page.next_page == body.get("next_page")
    if body.get("has_more") or body.get("next_page"):
        assert page.has_next_page()
        following = page.next_page_params()
        if "next_page" in body:
            assert following == {"page": body["next_page"]}
        else:
            assert following == {"after_id": body["last_id"]}
    else:
        assert not page.has_next_page()


def check_events(scenario: Scenario, events: list[Any], rec: Recorded) -> None:
    recorded = rec.sse()
    # Plain iteration skips pings, as the official client does; every other event is kept whole.
    assert all(e.type != "ping" for e in events)
    assert [e.type for e in events] == [name for name, _ in recorded if name != "ping"]
    assert [e.to_dict(mode="json") for e in events] == [
        data for name, data in recorded if name != "ping"
    ]
    if not any(name == "message_start" for name, _ in recorded):
        return  # not a Messages stream (legacy completions): nothing to accumulate
    built = accumulate(recorded)
    assert accumulate([e.to_dict(mode="json") for e in events]) == built
    if scenario.final is not None and rec.headers["request-id"] == scenario.request_id:
        assert built == scenario.final  # the hand-built cassette describes this message


def check_open_stream(events: list[Any], rec: Recorded) -> None:
    """An open event stream (session events): every event, in order, with every field; an
    unknown type comes out as the union's `Unknown…` member, not as an error."""
    recorded = rec.sse()
    assert [e.type for e in events] == [name for name, _ in recorded]
    assert [e.to_dict(mode="json") for e in events] == [data for _, data in recorded]
    for event in events:
        unknown = type(event).__name__.startswith("Unknown")
        assert unknown == (event.type == "session.future_status"), type(event)


def check_jsonl(scenario: Scenario, items: list[Any], rec: Recorded) -> None:
    lines = rec.jsonl()
    assert [type(item).__name__ for item in items] == [scenario.model] * len(lines)
    assert [item.to_dict(mode="json") for item in items] == lines


def check_error(scenario: Scenario, error: Any, rec: Recorded) -> None:
    body = rec.json() if scenario.kind == "error" else dict(rec.sse())["error"]
    assert type(error).__name__ == scenario.error
    assert error.type == body["error"]["type"]
    assert error.error_message == body["error"]["message"]
    assert error.request_id == body["request_id"]
    assert error.body == body
    if scenario.kind == "error":
        assert error.status_code == rec.status
        assert rec.headers["request-id"] == error.request_id
    if "retry-after" in rec.headers:
        assert error.rate_limit.retry_after == float(rec.headers["retry-after"])
        assert error.rate_limit.requests_remaining == int(
            rec.headers["anthropic-ratelimit-requests-remaining"]
        )
