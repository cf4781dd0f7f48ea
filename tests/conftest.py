"""Shared test fixtures: where the project and ../shared are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(
            "../shared is not beside the project (it is in CI); skipping tests that read it"
        )
    return SHARED


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder named by `ANTHROPIC_CONFIG_DIR`: where credential profiles are read."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("ANTHROPIC_CONFIG_DIR", str(folder))
    return folder
