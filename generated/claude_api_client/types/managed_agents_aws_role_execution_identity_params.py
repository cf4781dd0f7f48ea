# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.managed_agents_aws_role_execution_identity_params`: the official path of these types."""

from __future__ import annotations

from ._params.managed_agents_aws_role_execution_identity_params import (
    ManagedAgentsAWSRoleExecutionIdentityParams as ManagedAgentsAWSRoleExecutionIdentityParams,
)

__all__ = [
    "ManagedAgentsAWSRoleExecutionIdentityParams",
]
