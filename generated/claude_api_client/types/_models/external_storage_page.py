# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .external_storage import ExternalStorage


class ExternalStoragePage(APIModel):
    """One page of external storage registrations."""

    data: list[ExternalStorage]
    """The items of this page."""
    next_page: str | None = None
    """Send as the page token to get the next page; null on the last page."""
