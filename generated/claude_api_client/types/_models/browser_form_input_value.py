# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypeAliasType

BrowserFormInputValue = TypeAliasType("BrowserFormInputValue", str | float | bool)
