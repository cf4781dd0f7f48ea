# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .known_model_param import KnownModelParam

ModelParam: TypeAlias = str | KnownModelParam
"""
Id of a Claude model; any string is accepted, the enum lists known ids.
"""
