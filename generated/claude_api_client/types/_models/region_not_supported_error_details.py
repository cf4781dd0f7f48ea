# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RegionNotSupportedErrorDetails(APIModel):
    """The organization may not use the region code given for this control (the message names the field)."""

    error_code: Literal["region_not_supported"]
    """Always `region_not_supported`."""
