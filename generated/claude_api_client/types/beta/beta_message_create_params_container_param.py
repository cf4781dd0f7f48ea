# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_message_create_params_container_param`: the official path of these types."""

from __future__ import annotations

from .._params.container_param import ContainerParam as BetaMessageCreateParamsContainerParam

__all__ = [
    "BetaMessageCreateParamsContainerParam",
]
