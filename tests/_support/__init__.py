"""What the test suites share: a fake clock, a request recorder, an SSE encoder and parser, and
local servers (a byte-level one here, the shipped simulator through its pytest plugin)."""
