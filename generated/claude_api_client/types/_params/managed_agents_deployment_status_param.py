# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsDeploymentStatusParam: TypeAlias = Literal["active", "paused"]
"""
Values of deployment status.
"""
