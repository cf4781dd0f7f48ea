# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing_extensions import TypeAliasType

from .known_model import KnownModel

Model = TypeAliasType("Model", str | KnownModel)
