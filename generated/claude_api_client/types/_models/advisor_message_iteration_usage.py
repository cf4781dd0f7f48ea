# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .cache_creation import CacheCreation
from .model import Model


class AdvisorMessageIterationUsage(APIModel):
    """Token usage of one advisor iteration."""

    cache_creation: CacheCreation | None = None
    """Tokens written to the prompt cache, split by cache lifetime."""
    cache_creation_input_tokens: Annotated[int | None, Field(ge=0)] = None
    """Input tokens written to the prompt cache."""
    cache_read_input_tokens: Annotated[int | None, Field(ge=0)] = None
    """Input tokens read from the prompt cache."""
    input_tokens: Annotated[int, Field(ge=0)]
    """Input tokens processed."""
    model: Model
    """Model that ran this iteration."""
    output_tokens: Annotated[int, Field(ge=0)]
    """Output tokens generated."""
    type: Literal["advisor_message"]
    """Always `advisor_message`."""
