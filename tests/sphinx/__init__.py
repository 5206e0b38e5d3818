"""Tests of sphinx."""
