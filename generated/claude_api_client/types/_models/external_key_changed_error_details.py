# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ExternalKeyChangedErrorDetails(APIModel):
    """The encryption key configuration changed while the request ran."""

    error_code: Literal["external_key_changed"]
    """Always `external_key_changed`."""
