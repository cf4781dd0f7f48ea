"""Release tooling: API diff, version proposal, changelog, reproducible builds, upload.

Used by scripts/diff-api, scripts/release and scripts/bundle; see docs/releasing.md.
"""
