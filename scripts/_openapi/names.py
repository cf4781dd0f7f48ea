"""The SDK's names for what the document holds: argument names of parameters, and the headers
the runtime owns (no argument)."""

from __future__ import annotations

import keyword
import re
from typing import Any

# Headers the runtime owns; `anthropic-beta` becomes the `betas` argument of beta methods.
RUNTIME_HEADERS = {"anthropic-version", "anthropic-beta"}


class SDKNameError(ValueError):
    """An `x-sdk-name` that is no Python name."""


def py_name(name: str) -> str:
    """A wire name made an identifier: `ids[]` → `ids`, `created_at[gte]` → `created_at_gte`,
    `Anthropic-Worker-ID` → `anthropic_worker_id`."""
    py = re.sub(r"\W+", "_", name).strip("_").lower()
    return f"{py}_" if keyword.iskeyword(py) else py


def param_py_name(param: dict[str, Any]) -> str:
    """The SDK argument of a parameter: `x-sdk-name` when the document gives one (a header
    `anthropic-workspace-id` is `workspace_id`), else its wire name made an identifier."""
    name = param.get("x-sdk-name")
    if name is None:
        return py_name(param["name"])
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
        raise SDKNameError(f"parameter {param['name']}: x-sdk-name {name!r} is not a Python name")
    return name
