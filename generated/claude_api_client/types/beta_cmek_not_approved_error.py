# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta_cmek_not_approved_error`: the official path of these types."""

from __future__ import annotations

from .._error_classes import BetaCMEKNotApprovedError as BetaCMEKNotApprovedError

__all__ = [
    "BetaCMEKNotApprovedError",
]
