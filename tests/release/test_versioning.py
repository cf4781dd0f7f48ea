"""Version proposals (with the pre-1.0 policy) and the CHANGELOG entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from packaging.version import Version

from _release import changelog, versioning
from _release.apidiff import Change

from .conftest import ROOT

BREAKING = Change("removed", "field", "Thing.status", "field removed", True, "response")
ADDITION = Change("added", "field", "Thing.extra", "new field", False, "response")


@pytest.mark.parametrize(
    ("last", "changes", "commits", "expected"),
    [
        ("1.4.2", [BREAKING, ADDITION], True, "2.0.0"),
        ("1.4.2", [ADDITION], True, "1.5.0"),
        ("1.4.2", [], True, "1.4.3"),
        ("0.3.1", [BREAKING], True, "0.4.0"),  # pre-1.0: breaking → minor
        ("0.3.1", [ADDITION], True, "0.3.2"),  # pre-1.0: everything else → patch
        ("0.3.1", [], True, "0.3.2"),
        ("0.4.0rc1", [ADDITION], True, "0.4.0"),  # a release candidate becomes the release
        ("0.3.1", [], False, None),  # nothing to release
    ],
)
def test_propose(last: str, changes: list[Change], commits: bool, expected: str | None) -> None:
    proposed, _why = versioning.propose(Version(last), changes, commits, Version("9.9.9"))
    assert (str(proposed) if proposed else None) == expected


def test_initial_release_uses_the_version_file() -> None:
    proposed, why = versioning.propose(None, [ADDITION], True, Version("0.1.0"))
    assert proposed == Version("0.1.0") and "initial" in why


def test_semver_prerelease_normalises() -> None:
    assert str(versioning.parse("0.0.1-rc.1")) == "0.0.1rc1"
    with pytest.raises(versioning.VersionError):
        versioning.parse("one.two")


def test_write_version(tmp_path: Path) -> None:
    f = tmp_path / "_version.py"
    f.write_text('__title__ = "x"\n__version__ = "0.1.0"\n', encoding="utf-8")
    assert versioning.write_version(f, Version("0.2.0"))
    assert not versioning.write_version(f, Version("0.2.0"))
    assert versioning.read_version(f) == Version("0.2.0")
    assert f.read_text(encoding="utf-8") == '__title__ = "x"\n__version__ = "0.2.0"\n'


def test_changelog_entry_moves_unreleased_notes() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in text
    notes = "\n".join(
        [
            "# Changelog",
            "",
            "## [Unreleased]",
            "",
            "### Fixed",
            "",
            "- A hand-written note.",
            "",
            "## [0.3.1] - 2026-01-01",
            "",
            "- older",
            "",
            "[Unreleased]: https://github.com/o/r/compare/v0.3.1...HEAD",
            "[0.3.1]: https://github.com/o/r/releases/tag/v0.3.1",
        ]
    )
    out = changelog.insert(
        notes,
        "0.4.0",
        "2026-02-02",
        [
            changelog.api_items([BREAKING, ADDITION], initial=False),
            changelog.commit_items(["Fix the retry loop", "Add a helper", "Release 0.3.1"]),
        ],
        "API: 2 changes since 0.3.1, 1 of them breaking.",
        "https://github.com/o/r",
        "0.3.1",
    )
    head, _, rest = out.partition("## [0.4.0] - 2026-02-02")
    assert head.strip().endswith("## [Unreleased]")
    entry = rest.split("## [0.3.1]")[0]
    assert "API: 2 changes since 0.3.1, 1 of them breaking." in entry
    assert "### Added\n\n- `Thing.extra` (response): new field" in entry
    assert "### Changed\n\n- Add a helper" in entry
    assert "### Removed\n\n- **Breaking:** `Thing.status` (response): field removed" in entry
    assert "### Fixed\n\n- A hand-written note.\n- Fix the retry loop" in entry
    assert "Release 0.3.1" not in entry
    assert "[Unreleased]: https://github.com/o/r/compare/v0.4.0...HEAD" in out
    assert "[0.4.0]: https://github.com/o/r/compare/v0.3.1...v0.4.0" in out
    assert changelog.has_version(out, "0.4.0") and not changelog.has_version(notes, "0.4.0")
