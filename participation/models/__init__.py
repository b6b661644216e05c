"""The participation app's models, one module per feature; import them from here."""

from .workshops import (
    NeedChoice,
    SignupState,
    StakeholderGroup,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopSignup,
)

__all__ = [
    "NeedChoice",
    "SignupState",
    "StakeholderGroup",
    "WorkshopIndexPage",
    "WorkshopPage",
    "WorkshopSignup",
]
