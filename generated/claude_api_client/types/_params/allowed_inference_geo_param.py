# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AllowedInferenceGeoParam: TypeAlias = Literal["global", "us"]
"""
A place where inference may run.
"""
