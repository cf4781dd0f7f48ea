# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.credential_page`: the official path of these types."""

from __future__ import annotations

from ._models.credential_page import CredentialPage as CredentialPage

__all__ = [
    "CredentialPage",
]
