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
    Apt.
    """
    cargo: NotRequired[list[str] | None]
    """
    Cargo.
    """
    gem: NotRequired[list[str] | None]
    """
    Gem.
    """
    go: NotRequired[list[str] | None]
    """
    Go.
    """
    npm: NotRequired[list[str] | None]
    """
    Npm.
    """
    pip: NotRequired[list[str] | None]
    """
    Pip.
    """
    type: NotRequired[Literal["packages"]]
    """
    Object type tag.
    """
