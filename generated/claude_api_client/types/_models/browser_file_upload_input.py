# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .browser_ref_target import BrowserRefTarget


class BrowserFileUploadInput(APIModel):
    """Arguments of the browser toolset's `file_upload` action: put files into a file input (by `paths`, `document_ids` or both)."""

    document_ids: list[str] | None = None
    """Files the caller's harness has staged, by id."""
    paths: list[str] | None = None
    """Files on the filesystem of the machine that runs the browser."""
    tab_id: str | None = None
    """The tab to act on; the active tab when absent."""
    target: BrowserRefTarget
    """The file input, by element reference."""
