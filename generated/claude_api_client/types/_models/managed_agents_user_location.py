# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel


class ManagedAgentsUserLocation(APIModel):
    """User location."""

    type: Literal["approximate"]
    city: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    region: Annotated[str | None, Field(max_length=255, min_length=1)] = None
    country: str | None = None
    timezone: Annotated[str | None, Field(max_length=255, min_length=1)] = None
