# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsSessionStatusParam: TypeAlias = Literal[
    "rescheduling", "running", "idle", "terminated"
]
"""
Values of session status.
"""
