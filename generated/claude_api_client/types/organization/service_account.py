# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.service_account`: the official path of these types."""

from __future__ import annotations

from .._models.service_account import ServiceAccount as ServiceAccount

__all__ = [
    "ServiceAccount",
]
