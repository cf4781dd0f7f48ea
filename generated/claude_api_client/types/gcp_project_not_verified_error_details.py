# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.gcp_project_not_verified_error_details`: the official path of these types."""

from __future__ import annotations

from ._models.gcp_project_not_verified_error_details import (
    GCPProjectNotVerifiedErrorDetails as GCPProjectNotVerifiedErrorDetails,
)

__all__ = [
    "GCPProjectNotVerifiedErrorDetails",
]
