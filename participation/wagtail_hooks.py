"""Wagtail looks for admin hooks only at the app's top: each feature registers its own in its folder."""

from .figures import wagtail_hooks as figure_hooks  # noqa: F401
from .personal_data import wagtail_hooks as personal_data_hooks  # noqa: F401
from .proposals import wagtail_hooks as proposal_hooks  # noqa: F401
from .staff_guide import wagtail_hooks as staff_guide_hooks  # noqa: F401
from .subscriptions import wagtail_hooks as subscription_hooks  # noqa: F401
from .workshops import wagtail_hooks as workshop_hooks  # noqa: F401
