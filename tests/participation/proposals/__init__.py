"""Tests of resident proposals (issue #4): what residents, moderators and editors do."""
