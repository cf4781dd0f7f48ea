# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsURLImageSource(APIModel):
    """Urlimage source."""

    type: Literal["url"]
    url: Annotated[str, Field(min_length=1)]
