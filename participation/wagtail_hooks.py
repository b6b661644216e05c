"""Admin features of the participation app; each feature registers its own in its module."""

from participation.workshops import admin_hooks  # noqa: F401
