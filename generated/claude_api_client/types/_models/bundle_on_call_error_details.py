# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class BundleOnCallErrorDetails(APIModel):
    """The bundle is in use by a call and cannot be changed now."""

    error_code: Literal["bundle_on_call"]
    """Always `bundle_on_call`."""
