"""BetaRefusalFallbackMiddleware against the official package's: the same calls
(tests/_support/fallback_calls.py) made with `anthropic` (in its own interpreter, found by
tests/_support/official.py) and with this package, one after the other, against one simulator
answering with the scripted model of tests/_support/fallback_script.py. Each call must give the same result (the final
message, or every stream event, as dicts) and send the same requests (path, `anthropic-beta`,
`x-stainless-helper`, body). Skipped where the official package is not installed."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

import claude_api_client
from _support.interpreters import run_python
from _support.official import official_python_importing
from claude_api_client.testing import LocalAPIServer, local_api

SUPPORT = Path(__file__).resolve().parents[1] / "_support"

sys.path.insert(0, str(SUPPORT))
import fallback_calls  # noqa: E402
import fallback_script  # noqa: E402


def _sent_per_call(api: LocalAPIServer) -> dict[str, list[Any]]:
    """The requests of each call (method, path, the two headers, body), split at the marks."""
    calls: dict[str, list[Any]] = {}
    current: list[Any] = []
    for r in api.requests:
        if r.path.startswith(fallback_calls.MARK):
            current = calls.setdefault(r.path[len(fallback_calls.MARK) :], [])
            continue
        beta, helper = r.headers.get("anthropic-beta"), r.headers.get("x-stainless-helper")
        current.append([r.method, r.path, beta, helper, r.json()])
    return calls


@pytest.fixture(scope="module")
def compared() -> Any:
    """Both packages' results and requests, per call."""
    official_python = official_python_importing("anthropic.lib.middleware")
    if official_python is None:
        pytest.skip("the official package is not installed")
    calls = list(fallback_calls.CALLS)
    with local_api() as api:
        fallback_script.install(api)
        probe_script = str(SUPPORT / "official_fallback_probe.py")
        probe = run_python(
            probe_script, api.base_url, api.api_key, *calls, python=official_python, timeout=300
        )
        theirs = dict(zip(calls, json.loads(probe.stdout), strict=True))
        theirs_sent = _sent_per_call(api)
        api.reset()
        results = fallback_calls.run_all(claude_api_client, api.base_url, api.api_key, calls)
        ours = dict(zip(calls, json.loads(json.dumps(results)), strict=True))
        ours_sent = _sent_per_call(api)
    return theirs, theirs_sent, ours, ours_sent


@pytest.mark.parametrize("call", fallback_calls.CALLS)
def test_same_results_and_requests_as_the_official(compared: Any, call: str) -> None:
    theirs, theirs_sent, ours, ours_sent = compared
    assert theirs_sent[call], "the official package sent nothing"
    assert ours_sent[call] == theirs_sent[call]
    assert ours[call] == theirs[call]
