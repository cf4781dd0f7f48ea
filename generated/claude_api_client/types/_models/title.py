# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

Title = TypeAliasType("Title", Annotated[str, Field(max_length=512)])
