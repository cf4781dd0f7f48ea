# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsMountModeParam: TypeAlias = Literal["read_write", "read_only"]
"""
Values of mount mode.
"""
