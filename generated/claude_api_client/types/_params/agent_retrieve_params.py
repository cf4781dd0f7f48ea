# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class AgentRetrieveParams(TypedDict, total=False):
    """The parameters of `client.beta.agents.retrieve(...)`, as one dict (`client.beta.agents.retrieve(**params)`)."""

    version: int
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
