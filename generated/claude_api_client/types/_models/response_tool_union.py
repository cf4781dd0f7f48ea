# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field
from typing_extensions import TypeAliasType

from .tool import Tool
from .versioned_tool_union import VersionedToolUnion

ResponseToolUnion = TypeAliasType(
    "ResponseToolUnion",
    Annotated[Tool | VersionedToolUnion | dict[str, Any], Field(union_mode="left_to_right")],
)
