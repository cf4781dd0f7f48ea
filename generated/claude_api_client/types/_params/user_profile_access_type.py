# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

UserProfileAccessType: TypeAlias = Literal["application", "passthrough"]
"""
How the platform uses the API for this profile: `application` or `passthrough`.
"""
