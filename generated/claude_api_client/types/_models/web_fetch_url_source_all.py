# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebFetchURLSourceAll(APIModel):
    """The source contributes every URL it holds (all results of the filtered tools, or all user input)."""

    type: Literal["all"]
    """Always `all`."""
