# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_citations_config_param_param`: the official path of these types."""

from __future__ import annotations

from .._params.citations_config_param import CitationsConfigParam as BetaCitationsConfigParamParam

__all__ = [
    "BetaCitationsConfigParamParam",
]
