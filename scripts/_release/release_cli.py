"""scripts/release: from a clean tree to a published, tagged release (docs/releasing.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from packaging.version import Version

from . import apidiff, artifacts, changelog, documents, gitutil, versioning

ROOT = documents.ROOT
VERSION_FILE = Path("overlay/claude_api_client/_version.py")
CHANGELOG = Path("CHANGELOG.md")
PYPI = "https://upload.pypi.org/legacy/"
PYPI_HOSTS = ("https://upload.pypi.org/", "https://test.pypi.org/")
DIST_NAME = "claude-api-client"

EPILOG = """\
steps: check the tree is clean → scripts/generate --check → API diff since the last v* tag →
propose the version → write the CHANGELOG entry and _version.py → (commit, tag) → build the
sdist and wheel twice from the commit with SOURCE_DATE_EPOCH = commit time and compare the
bytes → twine check → check contents and metadata → copy them and the bundled document to dist/
→ twine upload.

--dry-run does all of it in a temporary copy of HEAD: the working tree, the index and the tags
stay as they were; only dist/ (ignored by git) receives the artifacts.

credentials: twine reads TWINE_USERNAME / TWINE_PASSWORD (for PyPI: __token__ and an API token)
from the environment, or the keyring; nothing is stored in the repository.
"""


class ReleaseError(Exception):
    pass


def step(message: str) -> None:
    print(f"==> {message}", flush=True)


def note(message: str) -> None:
    print(f"    {message}", flush=True)


def release_tags(root: Path) -> dict[Version, str]:
    """v* tags reachable from HEAD whose names are versions."""
    out: dict[Version, str] = {}
    for tag in gitutil.git(root, "tag", "--list", "v*", "--merged", "HEAD").splitlines():
        try:
            out[Version(tag[1:])] = tag
        except ValueError:
            continue
    return out


def repo_url(root: Path) -> str | None:
    if sys.version_info < (3, 11):  # no tomllib: no links; the entry itself is still written
        return None
    import tomllib  # type: ignore[import-not-found, unused-ignore]

    with (root / "pyproject.toml").open("rb") as f:
        urls = tomllib.load(f).get("project", {}).get("urls", {})
    url = urls.get("Source") or urls.get("Homepage")
    return url if isinstance(url, str) and "github.com" in url else None


def copy_worktree(root: Path, dest: Path) -> None:
    for rel in gitutil.worktree_files(root):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / rel, target)


def run(cmd: Sequence[str], cwd: Path | None = None) -> int:
    note("$ " + " ".join(str(c) for c in cmd))
    return subprocess.run(list(cmd), cwd=cwd).returncode


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="scripts/release",
        description="Version, changelog, build, check and upload a release of claude-api-client.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", help="release this version instead of the proposed one")
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="do everything except upload, in a temporary copy (tree untouched)",
    )
    parser.add_argument("--repository-url", default=PYPI, help=f"upload endpoint (default: {PYPI})")
    parser.add_argument(
        "--commit",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="commit the version bump and CHANGELOG (default: yes)",
    )
    parser.add_argument(
        "--tag",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="tag the release commit vX.Y.Z (default: when committing)",
    )
    parser.add_argument(
        "--dist-dir", type=Path, default=None, help="where the artifacts go (default: dist/)"
    )
    parser.add_argument("--date", help="release date in the CHANGELOG (default: today, UTC)")
    parser.add_argument(
        "--allow-dirty",
        action="store_true",
        help="with --dry-run only: release the working tree as it is",
    )
    args = parser.parse_args(argv)
    if args.allow_dirty and not args.dry_run:
        parser.error("--allow-dirty is only allowed with --dry-run")
    if args.tag is None:
        args.tag = args.commit
    if args.tag and not args.commit and not args.dry_run:
        parser.error("--tag needs --commit (a tag names the release commit)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    try:
        return Release(args, ROOT).run()
    except (
        ReleaseError,
        gitutil.GitError,
        documents.DocumentError,
        versioning.VersionError,
        changelog.ChangelogError,
        artifacts.BuildError,
    ) as exc:
        print(f"scripts/release: {exc}", file=sys.stderr)
        return 1


class Release:
    def __init__(self, args: argparse.Namespace, root: Path) -> None:
        self.args = args
        self.root = root
        self.dist = (args.dist_dir or root / "dist").resolve()
        self.date = args.date or dt.datetime.now(dt.timezone.utc).date().isoformat()

    def run(self) -> int:
        args, root = self.args, self.root
        mode = "dry run (no upload; working tree left as it is)" if args.dry_run else "release"
        step(f"claude-api-client {mode} from {root}")

        step("checking the working tree is clean (git status)")
        dirty = gitutil.status(root)
        if dirty and not args.allow_dirty:
            raise ReleaseError(
                "the working tree has changes; commit or stash them first:\n  "
                + "\n  ".join(dirty[:20])
            )
        note(
            f"{len(dirty)} uncommitted changes, released as they are (--allow-dirty)"
            if dirty
            else "clean"
        )

        step("checking generated/ is up to date (scripts/generate --check)")
        if run([sys.executable, str(root / "scripts" / "generate"), "--check"], cwd=root) != 0:
            raise ReleaseError("generated/ is out of date: run scripts/generate and commit")

        step("finding the last release tag (v*)")
        tags = release_tags(root)
        head = gitutil.resolve(root, "HEAD")
        at_head = [v for v, t in tags.items() if gitutil.resolve(root, t) == head]
        resume: Version | None = None
        if at_head and not args.dry_run:
            resume = max(at_head)
            if args.version and versioning.parse(args.version) != resume:
                raise ReleaseError(f"HEAD is already tagged v{resume}; commit something first")
            note(f"HEAD is already tagged v{resume}: resuming that release (build and upload)")
            del tags[resume]
        previous = max(tags) if tags else None
        since = tags[previous] if previous else None
        note(f"last release: {since}" if since else "no release tag: this is the initial release")

        step(f"comparing the API: {since or 'nothing'} → {'working tree' if dirty else 'HEAD'}")
        old = documents.load_ref(root, since) if since else documents.load("empty")[1]
        new = documents.load(".", root)[1] if dirty else documents.load_ref(root, "HEAD")
        changes = apidiff.diff(old, new)
        n_break = sum(c.breaking for c in changes)
        note(f"{n_break} breaking, {len(changes) - n_break} non-breaking changes")
        if since:
            for c in changes[:40]:
                note(f"{'!' if c.breaking else '+'} {c.line()}")
            if len(changes) > 40:
                note(f"... and {len(changes) - 40} more (scripts/diff-api {since} HEAD)")

        step("collecting commit subjects since the last release")
        subjects = [
            s for s in gitutil.subjects(root, since) if not changelog.RELEASE_COMMIT.match(s)
        ]
        note(f"{len(subjects)} commits")

        step("choosing the version")
        current = versioning.read_version(root / VERSION_FILE)
        if resume is not None:
            version = resume
        else:
            proposed, why = versioning.propose(previous, changes, bool(subjects), current)
            note(f"proposed: {proposed or '(none)'}: {why}")
            if args.version:
                version = versioning.parse(args.version)
                note(f"--version {args.version}: releasing {version}")
            elif proposed is None:
                raise ReleaseError(f"nothing to release since {since}; pass --version to force")
            else:
                version = proposed
            if previous is not None and version <= previous:
                raise ReleaseError(f"{version} is not newer than the last release {previous}")
            existing = gitutil.resolve(root, f"refs/tags/v{version}")
            if existing and existing != head:
                raise ReleaseError(f"tag v{version} already exists on another commit")
        print(f"    release: {version}", flush=True)

        with tempfile.TemporaryDirectory(prefix="release-") as tmp_name:
            tmp = Path(tmp_name)
            source = self.prepare(version, previous, changes, subjects, tmp, resume, bool(dirty))
            epoch = gitutil.commit_time(root, "HEAD")
            files = self.build(source, version, epoch, tmp)
            self.upload(files, version)
        return 0

    # -- the version bump and CHANGELOG ---------------------------------------------------------

    def edit(
        self,
        tree: Path,
        version: Version,
        previous: Version | None,
        changes: list[apidiff.Change],
        subjects: list[str],
    ) -> list[Path]:
        """Write _version.py and the CHANGELOG entry in `tree`; return the files changed."""
        changed = []
        if versioning.write_version(tree / VERSION_FILE, version):
            note(f"{VERSION_FILE}: __version__ = {version!s}")
            changed.append(VERSION_FILE)
        else:
            note(f"{VERSION_FILE}: already {version}")
        text = (tree / CHANGELOG).read_text(encoding="utf-8")
        if changelog.has_version(text, str(version)):
            note(f"{CHANGELOG}: already has {version}")
        else:
            initial = previous is None
            summary = None
            if not initial:
                n_break = sum(c.breaking for c in changes)
                summary = (
                    f"API: {len(changes)} changes since {previous}"
                    f"{f', {n_break} of them breaking' if n_break else ''}."
                    if changes
                    else "No API changes."
                )
            new_text = changelog.insert(
                text,
                str(version),
                self.date,
                # The first entry says what the project is; its whole history would be noise.
                [
                    changelog.api_items(changes, initial),
                    {} if initial else changelog.commit_items(subjects),
                ],
                summary,
                repo_url(tree),
                str(previous) if previous else None,
            )
            (tree / CHANGELOG).write_text(new_text, encoding="utf-8")
            changed.append(CHANGELOG)
            start = new_text.index(f"## [{version}]")
            end = new_text.find("\n## [", start + 1)
            entry = new_text[start : end if end > 0 else None].strip()
            lines = entry.splitlines()
            note(f"{CHANGELOG}: new entry ({len(lines)} lines):")
            for line in lines[:60]:
                print(f"      | {line}")
            if len(lines) > 60:
                print(f"      | ... ({len(lines) - 60} more lines)")
        return changed

    def prepare(
        self,
        version: Version,
        previous: Version | None,
        changes: list[apidiff.Change],
        subjects: list[str],
        tmp: Path,
        resume: Version | None,
        dirty: bool,
    ) -> Path:
        """Return the folder to build from, holding exactly the released files."""
        root, args = self.root, self.args
        source = tmp / "source"
        if args.dry_run:
            step("writing the version and CHANGELOG entry in a temporary copy (dry run)")
            if dirty:
                copy_worktree(root, source)
            else:
                gitutil.export(root, "HEAD", source)
            self.edit(source, version, previous, changes, subjects)
            return source
        if resume is None:
            step("writing the version and CHANGELOG entry")
            changed = self.edit(root, version, previous, changes, subjects)
            if args.commit:
                step(f"committing the release (Release {version})")
                if changed or gitutil.git(
                    root, "status", "--porcelain", "--", str(VERSION_FILE), str(CHANGELOG)
                ):
                    gitutil.git(root, "add", "--", str(VERSION_FILE), str(CHANGELOG))
                    gitutil.git(
                        root,
                        "commit",
                        "--quiet",
                        "-m",
                        f"Release {version}",
                        "--",
                        str(VERSION_FILE),
                        str(CHANGELOG),
                    )
                    note(f"committed {gitutil.resolve(root, 'HEAD')}")
                else:
                    note("nothing to commit (already bumped)")
            if args.tag:
                step(f"tagging v{version}")
                if gitutil.resolve(root, f"refs/tags/v{version}"):
                    note(f"v{version} already exists at HEAD")
                else:
                    gitutil.git(
                        root, "tag", "-a", f"v{version}", "-m", f"claude-api-client {version}"
                    )
                    note(f"tagged v{version}")
        if args.commit or resume is not None:
            gitutil.export(root, "HEAD", source)
        else:
            note("--no-commit: building the working tree as edited (commit it yourself)")
            copy_worktree(root, source)
        return source

    # -- build and check ------------------------------------------------------------------------

    def build(self, source: Path, version: Version, epoch: int, tmp: Path) -> list[Path]:
        stamp = dt.datetime.fromtimestamp(epoch, dt.timezone.utc).isoformat()
        step(f"building sdist and wheel (python -m build, SOURCE_DATE_EPOCH={epoch} = {stamp})")
        sdist, wheel = artifacts.build(source, tmp / "out", epoch)
        note(f"{sdist.name}  {artifacts.sha256(sdist)}")
        note(f"{wheel.name}  {artifacts.sha256(wheel)}")

        step("rebuilding to check the build is reproducible")
        sdist2, wheel2 = artifacts.build(source, tmp / "again", epoch)
        for a, b in ((sdist, sdist2), (wheel, wheel2)):
            if a.read_bytes() != b.read_bytes():
                raise ReleaseError(f"{a.name} differs between two builds: not reproducible")
        note("byte-identical")

        step("twine check --strict")
        if run([sys.executable, "-m", "twine", "check", "--strict", str(sdist), str(wheel)]) != 0:
            raise ReleaseError("twine check failed")

        step("checking the contents and metadata of the wheel and sdist")
        problems = artifacts.check_wheel(wheel, str(version)) + artifacts.check_sdist(sdist)
        if problems:
            raise ReleaseError("the artifacts are not fit to publish:\n  " + "\n  ".join(problems))
        note(
            "wheel: only claude_api_client/ and its dist-info; py.typed, openapi.json, metadata ok"
        )

        step("writing the bundled OpenAPI document")
        from _openapi.bundle import BundleError, bundle

        try:
            text = documents.dumps(bundle(source / "openapi" / "openapi.yaml"))
        except BundleError as exc:
            raise ReleaseError(f"openapi/: {exc}") from None
        if text.encode("utf-8") != artifacts.wheel_document(wheel):
            raise ReleaseError("the bundled document differs from the one inside the wheel")
        doc = tmp / "out" / f"{DIST_NAME}-{version}-openapi.json"
        doc.write_text(text, encoding="utf-8")
        note(f"{doc.name} (identical to claude_api_client/openapi.json in the wheel)")

        step(f"copying the artifacts to {self.dist}")
        self.dist.mkdir(parents=True, exist_ok=True)
        out = []
        for path in (sdist, wheel, doc):
            target = self.dist / path.name
            shutil.copyfile(path, target)
            out.append(target)
            note(f"{target}")
        return out

    def upload(self, files: list[Path], version: Version) -> None:
        packages = [f for f in files if f.suffix in (".whl", ".gz")]
        url = self.args.repository_url
        # twine's --skip-existing works with PyPI and TestPyPI only; elsewhere a rerun uploads
        # one file at a time and treats "already exists" (HTTP 409, or 400 "already exist") as done.
        on_pypi = url.startswith(PYPI_HOSTS)
        base = [sys.executable, "-m", "twine", "upload", "--repository-url", url]
        if not sys.stdin.isatty():
            base.append("--non-interactive")
        if self.args.dry_run:
            step(f"dry run: not uploading to {url}; would run:")
            note(
                " ".join(
                    [*base, *(["--skip-existing"] if on_pypi else []), *(str(f) for f in packages)]
                )
            )
            return
        step(f"uploading to {url}")
        if os.environ.get("TWINE_PASSWORD"):
            note("credentials: TWINE_USERNAME / TWINE_PASSWORD from the environment")
        else:
            note("credentials: none in the environment; twine asks the keyring (or prompts)")
        batches = (
            [[*base, "--skip-existing", *map(str, packages)]]
            if on_pypi
            else [[*base, str(f)] for f in packages]
        )
        for cmd in batches:
            note("$ " + " ".join(cmd))
            result = subprocess.run(cmd, capture_output=True, text=True)
            sys.stdout.write(result.stdout)
            sys.stderr.write(result.stderr)
            if result.returncode == 0:
                continue
            output = (result.stdout + result.stderr).lower()
            if not on_pypi and ("409" in output or "already exist" in output):
                note(f"{Path(cmd[-1]).name} is already in the repository: skipped")
                continue
            raise ReleaseError(
                "upload failed; fix the cause and rerun scripts/release "
                "(it resumes: the tag and the artifacts are reused)"
            )
        step(f"released {version}")
        if self.args.commit:
            note(f"publish the commit and tag: git push origin HEAD v{version}")
