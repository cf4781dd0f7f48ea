# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .dream_model_config_params import DreamModelConfigParams

DreamModelParams: TypeAlias = str | DreamModelConfigParams
"""
The model for a dream: a model ID, or an object with options.
"""
