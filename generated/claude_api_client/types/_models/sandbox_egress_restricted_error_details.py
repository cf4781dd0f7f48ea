# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SandboxEgressRestrictedErrorDetails(APIModel):
    """The sandbox's outbound network access is restricted."""

    error_code: Literal["sandbox_egress_restricted"]
    """Always `sandbox_egress_restricted`."""
