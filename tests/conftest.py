"""Shared test fixtures: where the project and ../shared are, a simulator per test (`api`), an
in-memory span exporter (`exporter`, for `_support.spans.recording_provider`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:  # imported by the tests that use them only (a test may look at sys.modules)
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    from claude_api_client.testing import LocalAPIServer

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


@pytest.fixture
def api() -> Iterator[LocalAPIServer]:
    """The shipped simulator on a free port, for the test."""
    from claude_api_client.testing import local_api

    with local_api() as server:
        yield server


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    """Where the spans of a `recording_provider(exporter)` end up."""
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    return InMemorySpanExporter()
