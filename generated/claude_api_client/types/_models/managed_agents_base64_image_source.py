# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsBase64ImageSource(APIModel):
    """Base64 image source."""

    type: Literal["base64"]
    media_type: Annotated[str, Field(min_length=1)]
    data: Annotated[str, Field(min_length=1)]
