# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.model_info_page`: the official path of these types."""

from __future__ import annotations

from ._models.model_info_page import ModelInfoPage as ModelInfoPage

__all__ = [
    "ModelInfoPage",
]
