# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class CannotInviteEmailsWithUnverifiedDomainsErrorDetails(APIModel):
    """Emails of domains the organization has not verified cannot be invited."""

    error_code: Literal["cannot_invite_emails_with_unverified_domains"]
    """Always `cannot_invite_emails_with_unverified_domains`."""
