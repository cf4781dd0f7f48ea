# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypedDict

from typing_extensions import NotRequired


class PackagesParams(TypedDict):
    """
    Request shape of packages.
    """

    apt: NotRequired[Sequence[str] | None]
    """
    Debian packages (apt).
    """
    cargo: NotRequired[Sequence[str] | None]
    """
    Rust crates (cargo).
    """
    gem: NotRequired[Sequence[str] | None]
    """
    Ruby gems.
    """
    go: NotRequired[Sequence[str] | None]
    """
    Go modules.
    """
    npm: NotRequired[Sequence[str] | None]
    """
    Node packages (npm).
    """
    pip: NotRequired[Sequence[str] | None]
    """
    Python packages (pip).
    """
    type: NotRequired[Literal["packages"]]
    """
    Always `packages`.
    """
