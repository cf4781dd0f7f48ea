# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class WebFetchURLSourceNone(APIModel):
    """The source contributes no URL."""

    type: Literal["none"]
    """Always `none`."""
