# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .fallback_hop_info import FallbackHopInfo
from .fallback_refusal_trigger import FallbackRefusalTrigger


class FallbackBlock(APIModel):
    """Marks where a fallback model took over from a model that declined."""

    from_: Annotated[FallbackHopInfo, Field(alias="from")]
    """The model that declined at this hop."""
    to: FallbackHopInfo
    """The model that takes over after this hop."""
    trigger: FallbackRefusalTrigger
    """What made the model hand over."""
    type: Literal["fallback"]
    """Always `fallback`."""
