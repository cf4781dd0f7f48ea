# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class PackagesParams(TypedDict):
    """
    Request shape of packages.
    """

    apt: NotRequired[list[str] | None]
    """
    Debian packages (apt).
    """
    cargo: NotRequired[list[str] | None]
    """
    Rust crates (cargo).
    """
    gem: NotRequired[list[str] | None]
    """
    Ruby gems.
    """
    go: NotRequired[list[str] | None]
    """
    Go modules.
    """
    npm: NotRequired[list[str] | None]
    """
    Node packages (npm).
    """
    pip: NotRequired[list[str] | None]
    """
    Python packages (pip).
    """
    type: NotRequired[Literal["packages"]]
    """
    Object type tag.
    """
