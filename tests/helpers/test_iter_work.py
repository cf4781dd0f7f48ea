"""`claude_api_client.lib.environments.iter_work`: the sync form of the work poller, the same
loop as `aiter_work` (each item polled with the worker id, acknowledged, yielded, then
force-stopped), run against the simulator's work queue; and its signature against the
official package's."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest

from _support.official import needs_official, run_official
from _support.work import OneWorkItem, queue_sessions
from claude_api_client import Anthropic, NotFoundError
from claude_api_client.lib.environments import _poller, iter_work
from claude_api_client.testing import local_api


def _state(api: Any, env_id: str, work_id: str) -> str:
    return str(api.client().beta.environments.work.retrieve(work_id, environment_id=env_id).state)


def test_iter_work_claims_acks_yields_and_stops_each_item() -> None:
    with local_api() as api:
        env_id = queue_sessions(api, 2)
        work = api.client().beta.environments.work
        seen = []
        for item in iter_work(
            work,
            environment_id=env_id,
            worker_id="w-sync",
            drain=True,
            extra_headers={"x-trace": "t-1"},
        ):
            assert _state(api, env_id, item.id) == "starting"  # acknowledged before handed over
            seen.append(item.id)
        assert len(seen) == 2
        assert all(_state(api, env_id, work_id) == "stopped" for work_id in seen)
        calls = [r for r in api.requests if r.path.startswith(f"/v1/environments/{env_id}/work/")]
        polls = [r for r in calls if r.path.endswith("/poll")]
        assert len(polls) == 3  # two items, then the empty poll that ends a drain
        assert all(r.headers["anthropic-worker-id"] == "w-sync" for r in polls)
        assert all(r.query.get("block_ms") == ["999"] for r in polls)
        acks = [r for r in calls if r.path.endswith("/ack")]
        stops = [r for r in calls if r.path.endswith("/stop")]
        assert len(acks) == len(stops) == 2
        assert [json.loads(r.body) for r in stops] == [{"force": True}] * 2
        assert all(r.headers["x-trace"] == "t-1" for r in polls + acks + stops)


def test_iter_work_without_auto_stop_and_with_a_plain_poll() -> None:
    with local_api() as api:
        env_id = queue_sessions(api, 1)
        work = api.client().beta.environments.work
        items = list(
            iter_work(work, environment_id=env_id, block_ms=None, drain=True, auto_stop=False)
        )
        assert len(items) == 1
        assert _state(api, env_id, items[0].id) == "starting"  # whoever took it stops it
        polls = [r for r in api.requests if r.path.endswith("/work/poll")]
        assert polls and all("block_ms" not in r.query for r in polls)
        assert not [r for r in api.requests if r.path.endswith("/stop")]


def test_leaving_the_loop_stops_the_item_in_hand_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_poller, "EMPTY_POLL_WAIT", (0.0, 0.0))
    with local_api() as api:
        env_id = queue_sessions(api, 2)
        items = iter_work(api.client().beta.environments.work, environment_id=env_id)
        first = next(items)
        items.close()  # as a `break` out of a for loop does
        assert _state(api, env_id, first.id) == "stopped"
        polls = [r for r in api.requests if r.path.endswith("/work/poll")]
        assert len(polls) == 1  # the second item was never claimed

        # A loop body that raises: the item is stopped and the error is the consumer's.
        with pytest.raises(KeyError):
            for item in iter_work(api.client().beta.environments.work, environment_id=env_id):
                second = item
                raise KeyError("consumer failed")
        assert _state(api, env_id, second.id) == "stopped"


def test_iter_work_raises_what_retrying_cannot_fix() -> None:
    with local_api() as api:
        with pytest.raises(NotFoundError):
            for _ in iter_work(
                api.client().beta.environments.work, environment_id="env_missing", drain=True
            ):
                raise AssertionError("no item expected")


def test_the_stop_uses_the_items_own_token_then_the_clients_key() -> None:
    api = OneWorkItem()
    client = Anthropic(
        auth_token="envkey-1",
        base_url="https://api.example",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(api)),
    )
    work_resource = client.beta.environments.work
    items = [i.id for i in iter_work(work_resource, environment_id="env_1", drain=True)]
    assert items == ["work_1"]
    assert api.stops() == [
        ("Bearer sess-tok", {"force": True}),
        ("Bearer envkey-1", {"force": False}),
    ]


def test_iter_work_and_aiter_work_take_the_official_arguments() -> None:
    from claude_api_client.lib.environments import aiter_work

    expected = [
        ("work", inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.empty),
        ("environment_id", inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.empty),
        ("worker_id", inspect.Parameter.KEYWORD_ONLY, None),
        ("block_ms", inspect.Parameter.KEYWORD_ONLY, 999),
        ("reclaim_older_than_ms", inspect.Parameter.KEYWORD_ONLY, None),
        ("drain", inspect.Parameter.KEYWORD_ONLY, False),
        ("auto_stop", inspect.Parameter.KEYWORD_ONLY, True),
        ("extra_headers", inspect.Parameter.KEYWORD_ONLY, None),
        ("_work_span", inspect.Parameter.KEYWORD_ONLY, None),  # private, as the official's
    ]
    for function in (iter_work, aiter_work):
        parameters = inspect.signature(function).parameters.values()
        assert [(p.name, p.kind, p.default) for p in parameters] == expected


@needs_official
def test_the_official_iter_work_has_the_same_public_arguments() -> None:
    code = (
        "import inspect, json\n"
        "from anthropic.lib.environments import iter_work\n"
        "ps = inspect.signature(iter_work).parameters.values()\n"
        "print(json.dumps([[p.name, p.kind.name, None if p.default is p.empty else p.default]"
        " for p in ps]))\n"
    )
    out = run_official("-c", code).stdout
    ours = [
        [p.name, p.kind.name, None if p.default is p.empty else p.default]
        for p in inspect.signature(iter_work).parameters.values()
    ]
    assert json.loads(out) == ours


_OFFICIAL_RUN = """
import json, sys
from anthropic import Anthropic
from anthropic.lib.environments import iter_work
base, key, env = sys.argv[1:4]
work = Anthropic(api_key=key, base_url=base, max_retries=0).beta.environments.work
print(json.dumps([i.id for i in iter_work(work, environment_id=env, worker_id="w", drain=True)]))
"""


def _work_calls(api: Any, env_id: str, since: int) -> list[tuple[str, str, object, str]]:
    calls: list[tuple[str, str, object, str]] = []
    for r in api.requests[since:]:
        if r.path.startswith(f"/v1/environments/{env_id}/work/"):
            step = r.path.rsplit("/", 1)[-1]
            calls.append((r.method, step, dict(r.query), (r.body or b"").decode()))
    return calls


@needs_official
def test_iter_work_makes_the_official_calls_in_the_official_order() -> None:
    with local_api() as api:
        env_id = queue_sessions(api, 2)
        start = len(api.requests)
        out = run_official("-c", _OFFICIAL_RUN, api.base_url, api.api_key, env_id).stdout
        assert len(json.loads(out)) == 2
        official = _work_calls(api, env_id, start)

        env_id = queue_sessions(api, 2)
        start = len(api.requests)
        work = api.client(max_retries=0).beta.environments.work
        assert len(list(iter_work(work, environment_id=env_id, worker_id="w", drain=True))) == 2
        ours = _work_calls(api, env_id, start)
    assert [c[:3] for c in ours] == [c[:3] for c in official]
    assert [c[1] for c in ours] == ["poll", "ack", "stop", "poll", "ack", "stop", "poll"]
    assert [json.loads(c[3]) for c in ours if c[1] == "stop"] == [
        json.loads(c[3]) for c in official if c[1] == "stop"
    ]
