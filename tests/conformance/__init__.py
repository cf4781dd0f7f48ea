"""Conformance over real traffic recorded by other projects (../shared/cassettes/)."""

import pytest

pytest.register_assert_rewrite(f"{__name__}._sources")
