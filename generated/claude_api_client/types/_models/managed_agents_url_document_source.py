# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsURLDocumentSource(APIModel):
    """Urldocument source."""

    type: Literal["url"]
    url: Annotated[str, Field(min_length=1)]
