# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ProviderNotAllowedErrorDetails(APIModel):
    """This storage provider is not allowed for the organization."""

    error_code: Literal["provider_not_allowed"]
    """Always `provider_not_allowed`."""
