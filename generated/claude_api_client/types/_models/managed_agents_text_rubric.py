# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsTextRubric(APIModel):
    """Text rubric."""

    type: Literal["text"]
    """Always `text`."""
    content: str
    """Content of the text rubric, as content blocks."""
