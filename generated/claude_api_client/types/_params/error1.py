# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

Error: TypeAlias = None
"""
Why the download failed or was cancelled, when known.
"""
