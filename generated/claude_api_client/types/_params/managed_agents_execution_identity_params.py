# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_aws_role_execution_identity_params import (
    ManagedAgentsAWSRoleExecutionIdentityParams,
)
from .managed_agents_service_account_execution_identity_params import (
    ManagedAgentsServiceAccountExecutionIdentityParams,
)

ManagedAgentsExecutionIdentityParams: TypeAlias = (
    ManagedAgentsServiceAccountExecutionIdentityParams | ManagedAgentsAWSRoleExecutionIdentityParams
)
"""
Request shape of an execution identity, told apart by `type`.
"""
