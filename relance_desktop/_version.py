"""The one version string of Relance, read by pyproject.toml, the app and build.spec."""

__version__ = "0.1.0"
