"""Version numbers: parse, compare, propose the next one, rewrite _version.py.

Semantic versioning with a pre-1.0 policy (docs/releasing.md):

| what changed since the last release        | ≥ 1.0 | < 1.0 |
|--------------------------------------------|-------|-------|
| a breaking API change                       | major | minor |
| an API addition (non-breaking)              | minor | patch |
| anything else (fixes, docs, runtime)        | patch | patch |
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from packaging.version import InvalidVersion, Version

from .apidiff import Change

VERSION_LINE = re.compile(r'^(__version__\s*=\s*)(["\'])([^"\']*)\2', re.MULTILINE)
LEVELS = ("major", "minor", "patch")


class VersionError(Exception):
    pass


def parse(text: str) -> Version:
    """A PEP 440 version; a semver pre-release such as 1.2.3-rc.1 normalises to 1.2.3rc1."""
    try:
        return Version(text)
    except InvalidVersion:
        raise VersionError(
            f"{text!r} is not a valid version (PEP 440, e.g. 1.2.3 or 1.2.3rc1)"
        ) from None


def level_for(changes: Iterable[Change], has_commits: bool = True) -> str | None:
    """The semver level the changes call for, before the pre-1.0 policy; None: nothing changed."""
    changes = list(changes)
    if any(c.breaking for c in changes):
        return "major"
    if changes:
        return "minor"
    return "patch" if has_commits else None


def policy_level(level: str, current: Version) -> str:
    """Apply the pre-1.0 policy: below 1.0, breaking → minor and everything else → patch."""
    if current.major >= 1:
        return level
    return "minor" if level == "major" else "patch"


def bump(current: Version, level: str) -> Version:
    major, minor, patch = (*current.release, 0, 0, 0)[:3]
    if current.is_prerelease or current.is_devrelease:
        # 1.3.0rc1 → 1.3.0: the pre-release was a rehearsal of the same number.
        if (
            level == "patch"
            or (level == "minor" and patch == 0)
            or (level == "major" and minor == patch == 0)
        ):
            return Version(f"{major}.{minor}.{patch}")
    if level == "major":
        return Version(f"{major + 1}.0.0")
    if level == "minor":
        return Version(f"{major}.{minor + 1}.0")
    if level == "patch":
        return Version(f"{major}.{minor}.{patch + 1}")
    raise VersionError(f"unknown level {level!r}")


def propose(
    last: Version | None, changes: Iterable[Change], has_commits: bool, initial: Version
) -> tuple[Version | None, str]:
    """(next version, reason); next is None when there is nothing to release."""
    if last is None:
        return initial, "initial release (no v* tag yet): the version in _version.py"
    level = level_for(changes, has_commits)
    if level is None:
        return None, f"nothing changed since v{last}"
    applied = policy_level(level, last)
    note = "" if applied == level else f" (pre-1.0 policy: {level} → {applied})"
    why = {
        "major": "breaking API changes",
        "minor": "API additions",
        "patch": "no API changes, only commits",
    }[level]
    return bump(last, applied), f"{why}: {applied} bump{note}"


def read_version(path: Path) -> Version:
    match = VERSION_LINE.search(path.read_text(encoding="utf-8"))
    if not match:
        raise VersionError(f"{path}: no __version__ line")
    return parse(match.group(3))


def write_version(path: Path, version: Version) -> bool:
    """Rewrite the __version__ line; return whether the file changed."""
    text = path.read_text(encoding="utf-8")
    new = VERSION_LINE.sub(
        lambda m: f"{m.group(1)}{m.group(2)}{version}{m.group(2)}", text, count=1
    )
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True
