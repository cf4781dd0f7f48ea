"""Memory stores, vaults, tunnels, dreams, user profiles, compliance review and legacy
completions: every operation of these domains in the document has a cassette, and beta-only ones
send their default beta."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from _support.clients import mock_client
from _support.recorder import Recorder

from ._wire import SCENARIOS  # first: it loads the scenario modules in order
from ._wire_workspace_resources import scenarios

ROOT = Path(__file__).resolve().parents[2]
DOMAINS = {
    "completions",
    "memory_stores",
    "vaults",
    "tunnels",
    "dreams",
    "user_profiles",
    "compliance",
}


def _sdk_paths() -> dict[tuple[str, ...], list[str]]:
    """SDK call path -> the betas its beta form sends by default (fixed or default flags), for
    every operation of DOMAINS."""
    doc = json.loads((ROOT / "generated/claude_api_client/openapi.json").read_text())
    out: dict[tuple[str, ...], list[str]] = {}
    for item in doc["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or not set(op.get("tags", [])) & DOMAINS:
                continue
            op_id = op["operationId"]
            method = op.get("x-sdk-method") or op_id.rsplit("_", 1)[-1]
            namespace = op.get("x-sdk-namespace") or op_id[: -len(method) - 1].replace("_", ".")
            out[(*namespace.split("."), method)] = op.get("x-beta") or op.get("x-default-flags", [])
    return out


def test_every_operation_of_these_domains_has_a_cassette() -> None:
    covered = {s.call for s in scenarios()}
    assert covered <= {s.call for s in SCENARIOS}
    expected = _sdk_paths()
    assert len(expected) == 57
    assert set(expected) == covered


def test_beta_only_operations_send_their_default_beta() -> None:
    recorder = Recorder([httpx.Response(200, json={"data": [], "next_page": None})])
    sent = recorder.requests
    client = mock_client(recorder)
    calls = {
        ("memory_stores", "list"): lambda: client.beta.memory_stores.list(),
        ("vaults", "list"): lambda: client.beta.vaults.list(),
        ("tunnels", "list"): lambda: client.beta.tunnels.list(),
        ("dreams", "list"): lambda: client.beta.dreams.list(),
        ("user_profiles", "list"): lambda: client.beta.user_profiles.list(workspace_id="wrkspc_1"),
    }
    betas = _sdk_paths()
    for path, call in calls.items():
        call()
        assert sent[-1].headers["anthropic-beta"] == ",".join(betas[path])
    assert sent[-1].headers["anthropic-workspace-id"] == "wrkspc_1"
    assert not hasattr(client, "memory_stores"), "beta-only resources live under client.beta"
