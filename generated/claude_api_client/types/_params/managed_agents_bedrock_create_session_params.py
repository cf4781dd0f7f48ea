# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam
from .managed_agents_aws_role_execution_identity_params import (
    ManagedAgentsAWSRoleExecutionIdentityParams,
)
from .managed_agents_bedrock_create_session_agent_params import (
    ManagedAgentsBedrockCreateSessionAgentParams,
)
from .managed_agents_bedrock_session_resource_params import (
    ManagedAgentsBedrockSessionResourceParams,
)
from .managed_agents_bedrock_user_message_event_params import (
    ManagedAgentsBedrockUserMessageEventParams,
)
from .managed_agents_budget_param import ManagedAgentsBudgetParam


class ManagedAgentsBedrockCreateSessionParams(TypedDict):
    """
    Bedrock: request body that starts a session.
    """

    agent: ManagedAgentsBedrockCreateSessionAgentParams
    """
    The agent the session runs: its ID, the ID with a pinned version, or an agent with overrides.
    """
    environment_id: str
    """
    ID of the environment.
    """
    title: NotRequired[str | None]
    """
    Title of the session; null when none.
    """
    metadata: NotRequired[Mapping[str, str]]
    """
    Your own key-value labels on the session.
    """
    resources: NotRequired[Sequence[ManagedAgentsBedrockSessionResourceParams] | None]
    """
    Resources the session starts with.
    """
    execution_identity: NotRequired[ManagedAgentsAWSRoleExecutionIdentityParams]
    """
    The IAM role in your account that the session runs as (`role_arn` is its older name; give one of them).
    """
    role_arn: NotRequired[str]
    """
    Bedrock: the older name of `execution_identity`, as a bare role ARN (up to 2048 characters).
    """
    working_directory: NotRequired[str | None]
    """
    Bedrock: absolute path in the sandbox where the built-in tools start (default `/mnt/workspace`, which null also selects).
    """
    initial_events: NotRequired[Sequence[ManagedAgentsBedrockUserMessageEventParams] | None]
    """
    Events sent when the session starts.
    """
    budget: NotRequired[ManagedAgentsBudgetParam]
    """
    Spending limits of the session.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
