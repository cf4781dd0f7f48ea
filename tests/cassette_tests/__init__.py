"""Cassette tests: every operation, GA and beta, replayed from tests/cassettes/ with vcrpy."""

import pytest

pytest.register_assert_rewrite(f"{__name__}._checks")
