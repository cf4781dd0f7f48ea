# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class OutputTokensDetails(APIModel):
    """Output tokens split by category."""

    thinking_tokens: Annotated[int | None, Field(ge=0)] = None
    """Output tokens spent on internal reasoning."""
