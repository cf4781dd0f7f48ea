# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_bedrock_model_config_params import (
    ManagedAgentsBedrockModelConfigParams,
)

ManagedAgentsBedrockModelParams: TypeAlias = str | ManagedAgentsBedrockModelConfigParams
"""
Bedrock: the model of an agent, an inference profile ID (such as `us.anthropic.claude-sonnet-5-5`) or the same as `id` of an object. A plain `anyOf`: one member is a string.
"""
