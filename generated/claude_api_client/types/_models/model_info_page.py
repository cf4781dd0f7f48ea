# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .model_info import ModelInfo


class ModelInfoPage(APIModel):
    """One page of models, newest first, with the cursors for the neighbouring pages."""

    data: list[ModelInfo]
    """The models on this page."""
    has_more: bool
    """True when more models follow in the direction you paged."""
    first_id: str | None = None
    """ID of the first model on the page; pass it as `before_id` for the previous page."""
    last_id: str | None = None
    """ID of the last model on the page; pass it as `after_id` for the next page."""
