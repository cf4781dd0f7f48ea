# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsAWSRoleExecutionIdentity(APIModel):
    """Runs assume an AWS IAM role."""

    type: Literal["aws_role"]
    """Always `aws_role`."""
    role_arn: str
    """ARN of the IAM role the runs assume."""
