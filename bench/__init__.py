"""Benchmarks and the synthetic corpus they run on (not shipped with the package)."""
