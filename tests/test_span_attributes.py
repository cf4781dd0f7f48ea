"""The spans of the same calls, made with this package and with the official one (its own
interpreter, /work/official-venv, running tests/_support/official_span_probe.py) against one
simulator: the same names, the same attribute keys with values of the same types, the same values
but for what differs per response (ids) or per run (timings). Skipped where the official package
or its `opentelemetry-api` is not installed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from claude_api_client.testing import local_api

SUPPORT = Path(__file__).resolve().parent / "_support"
OFFICIAL_PYTHON = Path("/work/official-venv/bin/python")
# Different per response or per run, compared by type only.
PER_CALL = {
    "anthropic.request.id",
    "gen_ai.response.id",
    "gen_ai.response.time_to_first_chunk",
    "anthropic.message.batch.id",
    "anthropic.environment.id",
    "anthropic.session.environment.id",
    "anthropic.session.id",
    "gen_ai.agent.id",
}

sys.path.insert(0, str(SUPPORT))
import span_calls  # noqa: E402


def _official_ready() -> bool:
    if not OFFICIAL_PYTHON.exists():
        return False
    check = [str(OFFICIAL_PYTHON), "-c", "import anthropic, opentelemetry.trace"]
    return subprocess.run(check, capture_output=True).returncode == 0


def _plain(attributes: Any) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in dict(attributes).items()}


@pytest.mark.skipif(not _official_ready(), reason="official package with opentelemetry-api absent")
def test_spans_match_the_official_package() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with local_api() as api:
        probe = subprocess.run(
            [
                str(OFFICIAL_PYTHON),
                str(SUPPORT / "official_span_probe.py"),
                str(api.base_url),
                *span_calls.CALLS,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "ANTHROPIC_API_KEY": api.api_key},
        )
        assert probe.returncode == 0, probe.stderr[-2000:]
        client = api.client(open_telemetry={"tracer_provider": provider})
        for call in span_calls.CALLS:
            getattr(span_calls, call)(client)
    official = [json.loads(line) for line in probe.stdout.splitlines()]
    ours = [
        {"name": s.name, "attributes": _plain(s.attributes or {})}
        for s in exporter.get_finished_spans()
    ]
    assert [s["name"] for s in ours] == [s["name"] for s in official]
    for mine, theirs in zip(ours, official, strict=False):
        a, b = mine["attributes"], theirs["attributes"]
        assert sorted(a) == sorted(b), mine["name"]
        for key in a:
            assert type(a[key]) is type(b[key]), (mine["name"], key)
            if key not in PER_CALL:
                assert a[key] == b[key], (mine["name"], key)
    create = ours[0]["attributes"]
    assert create["anthropic.thinking.budget_tokens"] == 1024
    assert ours[1]["attributes"]["anthropic.beta"] == ["b-1", "b-2"]
    listed = ours[span_calls.CALLS.index("models_list")]["attributes"]
    assert listed["url.query"] == "limit=5"
    refused = ours[span_calls.CALLS.index("refused")]["attributes"]
    assert refused["error.type"] == "invalid_request_error"
    missing = ours[span_calls.CALLS.index("missing_batch")]["attributes"]
    assert missing["anthropic.message.batch.id"] == "msgbatch_missing"
    assert missing["error.type"] == "not_found_error"
    batch = ours[span_calls.CALLS.index("create_batch")]["attributes"]
    assert batch["anthropic.message.batch.id"].startswith("msgbatch_")
    assert batch["anthropic.message.batch.request_count"] == 2
    assert ours[span_calls.CALLS.index("json_create")]["attributes"]["gen_ai.output.type"] == "json"
    session = ours[-1]["attributes"]
    assert session["gen_ai.agent.name"] == "a"
    assert session["gen_ai.agent.id"] == ours[-2]["attributes"]["gen_ai.agent.id"]
