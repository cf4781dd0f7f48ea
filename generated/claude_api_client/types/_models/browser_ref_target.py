# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class BrowserRefTarget(APIModel):
    """A page element, by the reference a `read_page` or `find` result gave it (valid in that tab until the page changes much)."""

    ref: str
    """The element reference (`ref_7`)."""
    type: Literal["ref"]
    """Always `ref`."""
