# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

ToolsetName: TypeAlias = str
"""
Toolset that the called tool belongs to, for tools that are members of a toolset.
"""
