# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

ManagedAgentsWebFetchURLSourceShorthandParam: TypeAlias = Literal["all", "none"]
"""
The string form of a URL source without fields besides its type: `all` is `{type: all}`, `none` is `{type: none}`.
"""
