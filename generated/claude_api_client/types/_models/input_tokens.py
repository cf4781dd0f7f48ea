# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

InputTokens = TypeAliasType("InputTokens", Annotated[int, Field(ge=0)])
