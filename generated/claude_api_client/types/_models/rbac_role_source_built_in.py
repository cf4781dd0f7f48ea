# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACRoleSourceBuiltIn(APIModel):
    """A role that comes with the organization."""

    type: Literal["built_in"]
    """Always `built_in`."""
