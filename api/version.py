from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("kg-researchers")
except PackageNotFoundError:  # running from a checkout without install
    VERSION = "0.0.0"
