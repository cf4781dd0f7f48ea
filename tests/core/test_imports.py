"""The core's light modules import without httpx or pydantic (the layers: tests/test_layers.py)."""

from __future__ import annotations

from _support.interpreters import run_python


def test_exceptions_and_types_import_without_httpx() -> None:
    code = (
        "import sys; import claude_api_client._core._exceptions, claude_api_client._core._types, "
        "claude_api_client._core._options; "
        "assert 'httpx' not in sys.modules, 'httpx imported'; "
        "assert 'pydantic' not in sys.modules, 'pydantic imported'"
    )
    run_python("-c", code)
