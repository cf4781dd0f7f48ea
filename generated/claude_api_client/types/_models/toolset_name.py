# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

ToolsetName = TypeAliasType(
    "ToolsetName",
    Annotated[str, Field(max_length=64, min_length=1, pattern="^[a-zA-Z0-9_-]+$")],
)
