# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.service_account_page`: the official path of these types."""

from __future__ import annotations

from ._models.service_account_page import ServiceAccountPage as ServiceAccountPage

__all__ = [
    "ServiceAccountPage",
]
