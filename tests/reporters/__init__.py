"""Tests of the report formats (a package, so their module names stay apart from tests/)."""
