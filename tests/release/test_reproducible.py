"""Two builds of the same commit, from two separate checkouts, are byte-identical."""

from __future__ import annotations

import time
from pathlib import Path

from _release import artifacts, gitutil


def test_build_is_reproducible(repo_clone: Path, tmp_path: Path) -> None:
    epoch = gitutil.commit_time(repo_clone, "HEAD")
    builds = []
    for n in (1, 2):
        source = tmp_path / f"checkout{n}"
        gitutil.export(repo_clone, "HEAD", source)  # fresh files, fresh mtimes each time
        builds.append(artifacts.build(source, tmp_path / f"out{n}", epoch))
        time.sleep(1.1)  # so that anything stamped with the wall clock would differ
    (sdist1, wheel1), (sdist2, wheel2) = builds
    assert wheel1.name == wheel2.name
    assert wheel1.read_bytes() == wheel2.read_bytes()
    assert sdist1.read_bytes() == sdist2.read_bytes()
