# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .model_info import ModelInfo


class ModelInfoPage(APIModel):
    """One page of models, newest first, with the cursors for the neighbouring pages."""

    data: list[ModelInfo]
    has_more: bool
    first_id: str | None = None
    last_id: str | None = None
