# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class GCPExternalKeyConfig(APIModel):
    """A key in Google Cloud KMS."""

    key_name: str
    """Resource name of the Cloud KMS key."""
    type: Literal["gcp"]
    """Always `gcp`."""
