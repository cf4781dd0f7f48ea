# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileAccessTypeParam: TypeAlias = Literal["application", "passthrough"]
"""
How the platform uses the API for this profile: `application` or `passthrough`.
"""
