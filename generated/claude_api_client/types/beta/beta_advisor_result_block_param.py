# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_advisor_result_block_param`: the official path of these types."""

from __future__ import annotations

from .._params.advisor_result_block_param import (
    AdvisorResultBlockParam as BetaAdvisorResultBlockParam,
)

__all__ = [
    "BetaAdvisorResultBlockParam",
]
