# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_list_order`: the official path of these types."""

from __future__ import annotations

from .._params.managed_agents_list_order_param import (
    ManagedAgentsListOrderParam as BetaManagedAgentsListOrder,
)

__all__ = [
    "BetaManagedAgentsListOrder",
]
