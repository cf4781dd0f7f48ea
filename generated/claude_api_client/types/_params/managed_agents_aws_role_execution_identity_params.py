# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsAWSRoleExecutionIdentityParams(TypedDict):
    """
    Assume this AWS IAM role.
    """

    type: Literal["aws_role"]
    """
    Always `aws_role`.
    """
    role_arn: str
    """
    ARN of the IAM role to assume.
    """
