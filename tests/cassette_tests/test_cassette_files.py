"""The cassette files themselves: in step with their scenarios, all used, and free of secrets."""

from __future__ import annotations

import re

import yaml

from ._vcr import SECRET_HEADERS
from ._wire import CASSETTES, HEADER, SCENARIOS, build, path_of


def test_built_cassettes_are_up_to_date() -> None:
    stale = build(check=True)
    assert not stale, f"run scripts/record --build: {[str(p) for p in stale]}"


def test_every_cassette_belongs_to_a_scenario() -> None:
    on_disk = set(CASSETTES.rglob("*.yaml"))
    assert on_disk == {path_of(s) for s in SCENARIOS}


def test_cassettes_are_vcrpy_v1_and_hold_no_secret() -> None:
    for path in CASSETTES.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        assert data["version"] == 1 and data["interactions"], path
        for item in data["interactions"]:
            names = {k.lower() for k in item["request"]["headers"]}
            assert not names & set(SECRET_HEADERS), path
            assert item["request"]["uri"].startswith("https://api.anthropic.com/v1/"), path
            assert "beta=true" not in item["request"]["uri"], path
        assert not re.search(r"sk-ant-[A-Za-z0-9]", text), path
        if text.startswith(HEADER):
            assert "test-key" not in text, path
