# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsSessionThreadStatusParam: TypeAlias = Literal[
    "running", "idle", "rescheduling", "terminated"
]
"""
Values of session thread status.
"""
