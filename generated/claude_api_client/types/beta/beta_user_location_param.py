# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_user_location_param`: the official path of these types."""

from __future__ import annotations

from .._params.user_location_param import UserLocationParam as BetaUserLocationParam

__all__ = [
    "BetaUserLocationParam",
]
