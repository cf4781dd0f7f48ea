"""Every operation, GA and beta, replayed from its cassette through the public clients."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ._checks import (
    check_events,
    check_jsonl,
    check_model,
    check_open_stream,
    check_page,
    check_sent,
)
from ._replay import (
    Run,
    aas_list,
    acall,
    aread_bytes,
    as_list,
    async_client,
    call,
    read_bytes,
    recorded,
    replay,
    sync_client,
)
from ._vcr import recording
from ._wire import SCENARIOS, Scenario
from ._wire_managed_agents import BETA as MA_BETA
from ._wire_workspace_resources import scenarios as _workspace_resources

WORKSPACE_RESOURCES = {s.name for s in _workspace_resources()}

# Scenarios the SDK gets wrong today: name -> the bug. Each runs as xfail(strict=True), so the
# fix flips it to a failure that says "remove me from KNOWN_BUGS".
KNOWN_BUGS: dict[str, str] = {}


def params(scenarios: list[Scenario]) -> list[Any]:
    out = []
    for s in scenarios:
        marks = []
        if s.name in KNOWN_BUGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[s.name]))
        out.append(pytest.param(s, id=s.name, marks=marks))
    return out


OK = [s for s in SCENARIOS if s.kind not in ("error", "stream_error")]


def _skip_unrecordable(scenario: Scenario) -> None:
    if recording() and not scenario.live:
        pytest.skip("synthetic scenario: kept as built, not re-recorded")


def _check(scenario: Scenario, result: Any, run: Run) -> None:
    rec = recorded(scenario)
    check_sent(scenario, run.sent, rec)
    kind = scenario.kind
    if kind == "model":
        check_model(scenario, result, rec[0])
    elif kind == "page":
        check_page(scenario, result, rec[0])
    elif kind == "stream":
        events, request_id = result
        assert request_id == rec[0].headers["request-id"]
        check_events(scenario, events, rec[0])
    elif kind == "events":
        events, request_id = result
        assert request_id == rec[0].headers["request-id"]
        check_open_stream(events, rec[0])
    elif kind == "jsonl":
        check_jsonl(scenario, result, rec[0])
    elif kind == "bytes":
        assert result == rec[0].body
    else:  # pragma: no cover
        raise AssertionError(kind)


@pytest.mark.parametrize("scenario", params(OK))
def test_sync(scenario: Scenario) -> None:
    _skip_unrecordable(scenario)
    run = Run()
    client = sync_client(run)
    with replay(scenario, run):
        result = call(client, scenario)
        if scenario.kind in ("stream", "events"):
            with result as stream:
                result = (list(stream), stream.request_id)
        elif scenario.kind == "jsonl":
            result = as_list(result)
        elif scenario.kind == "bytes":
            result = read_bytes(result)
    _check(scenario, result, run)


async def _async_replay(scenario: Scenario, run: Run) -> Any:
    client = async_client(run)
    with replay(scenario, run):
        result = await acall(client, scenario)
        if scenario.kind in ("stream", "events"):
            async with result as stream:
                return ([event async for event in stream], stream.request_id)
        if scenario.kind == "jsonl":
            return await aas_list(result)
        if scenario.kind == "bytes":
            return await aread_bytes(result)
        return result


@pytest.mark.parametrize("scenario", params(OK))
def test_async(scenario: Scenario) -> None:
    if recording():
        pytest.skip("recording goes through the sync client only")
    run = Run()
    result = asyncio.run(_async_replay(scenario, run))
    _check(scenario, result, run)


def test_every_operation_has_a_ga_and_a_beta_cassette() -> None:
    ours = [s for s in OK if s.name not in WORKSPACE_RESOURCES]
    ga = {s.call for s in ours if not s.beta}
    beta = {s.call for s in ours if s.beta}
    managed_agents = {s.call for s in ours if s.name.startswith("beta/") and s.betas == MA_BETA}
    assert len(ga) == 23 and len(beta) == 24 + len(managed_agents), (len(ga), len(beta))
    assert len(managed_agents) == 49
    assert beta - ga == {("skills", "versions", "download")} | managed_agents
    streams = [s for s in OK if s.kind == "stream"]
    assert {s.beta for s in streams} == {False, True}
