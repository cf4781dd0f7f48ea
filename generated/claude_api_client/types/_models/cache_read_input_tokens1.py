# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

CacheReadInputTokens = TypeAliasType("CacheReadInputTokens", Annotated[int, Field(ge=0)])
