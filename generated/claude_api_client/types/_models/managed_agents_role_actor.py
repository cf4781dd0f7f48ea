# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsRoleActor(APIModel):
    """Bedrock: an AWS IAM role."""

    arn: str
    """ARN of the role."""
    role_id: str
    """Unique ID AWS gives the role."""
    type: Literal["role_actor"]
    """Always `role_actor`."""
