"""ANTHROPIC_LOG turns on logging from the environment, as with the official package: one line
per response at info, request headers (redacted) at debug, never the key or a body."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claude_api_client.testing import local_api

PROGRAM = """
import claude_api_client
client = claude_api_client.Anthropic()
client.messages.create(model="claude-sonnet-4-5", max_tokens=16,
                       messages=[{"role": "user", "content": "a secret prompt"}])
"""


def _run(level: str | None) -> str:
    with local_api() as api:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
        env.update(ANTHROPIC_BASE_URL=api.base_url, ANTHROPIC_API_KEY=api.api_key)
        if level is not None:
            env["ANTHROPIC_LOG"] = level
        done = subprocess.run(
            [sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert api.api_key not in done.stderr
        return done.stderr


def test_info_logs_one_line_per_response() -> None:
    err = _run("info")
    lines = [line for line in err.splitlines() if "/v1/messages -> 200" in line]
    assert len(lines) == 1, err
    assert "POST http://127.0.0.1:" in lines[0] and "request_id=req_" in lines[0]
    assert "retries=0" in lines[0]
    assert "x-api-key" not in err  # headers only at debug
    assert "a secret prompt" not in err  # bodies never


@pytest.mark.parametrize("level", ["debug", "DEBUG"])
def test_debug_adds_redacted_headers(level: str) -> None:
    err = _run(level)
    assert "x-api-key" in err and "<redacted>" in err
    assert "a secret prompt" not in err


def test_nothing_without_the_variable() -> None:
    assert _run(None).strip() == ""
