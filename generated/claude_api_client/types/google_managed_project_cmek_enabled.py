# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.google_managed_project_cmek_enabled`: the official path of these types."""

from __future__ import annotations

from ._models.google_managed_project_cmek_enabled import (
    GoogleManagedProjectCMEKEnabled as GoogleManagedProjectCMEKEnabled,
)

__all__ = [
    "GoogleManagedProjectCMEKEnabled",
]
