"""Error statuses and the `event: error` stream, replayed through the public clients."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ._checks import check_error, check_sent
from ._replay import Run, acall, async_client, call, recorded, replay, sync_client
from ._vcr import recording
from ._wire import SCENARIOS, Scenario

ERRORS = [s for s in SCENARIOS if s.kind in ("error", "stream_error")]
STATUSES = {400, 401, 403, 404, 413, 429, 500, 529}


def _skip_unrecordable(scenario: Scenario) -> None:
    if recording() and not scenario.live:
        pytest.skip("synthetic scenario: kept as built, not re-recorded")


def test_every_documented_status_has_a_cassette() -> None:
    assert {s.status for s in ERRORS if s.kind == "error"} == STATUSES
    assert any(s.kind == "stream_error" for s in ERRORS)


@pytest.mark.parametrize("scenario", [pytest.param(s, id=s.name) for s in ERRORS])
def test_sync(scenario: Scenario) -> None:
    import claude_api_client

    _skip_unrecordable(scenario)
    run = Run()
    client = sync_client(run)
    before: list[Any] = []
    expected = getattr(claude_api_client, scenario.error)  # type: ignore[arg-type]
    with replay(scenario, run), pytest.raises(expected) as info:
        result = call(client, scenario)
        for event in result:
            before.append(event)
    rec = recorded(scenario)
    check_sent(scenario, run.sent, rec)
    check_error(scenario, info.value, rec[0])
    assert isinstance(info.value, claude_api_client.APIStatusError)
    if scenario.kind == "stream_error":
        recorded_before = [d for name, d in rec[0].sse() if name != "error"]
        assert [e.to_dict() for e in before] == recorded_before
        assert info.value.status_code == 529
    if scenario.status == 429:
        assert isinstance(info.value, claude_api_client.RateLimitError)
        assert info.value.organization_id == rec[0].headers["anthropic-organization-id"]
    if scenario.status == 413:
        assert isinstance(info.value, claude_api_client.ContentTooLargeError)
    if scenario.status >= 500:
        assert isinstance(info.value, claude_api_client.InternalServerError)


async def _async(scenario: Scenario, run: Run) -> tuple[BaseException, list[Any]]:
    client = async_client(run)
    before: list[Any] = []
    with replay(scenario, run):
        try:
            result = await acall(client, scenario)
            async for event in result:
                before.append(event)
        except Exception as error:
            return error, before
    raise AssertionError("no exception raised")


@pytest.mark.parametrize("scenario", [pytest.param(s, id=s.name) for s in ERRORS])
def test_async(scenario: Scenario) -> None:
    if recording():
        pytest.skip("recording goes through the sync client only")
    run = Run()
    error, _ = asyncio.run(_async(scenario, run))
    rec = recorded(scenario)
    check_sent(scenario, run.sent, rec)
    check_error(scenario, error, rec[0])
