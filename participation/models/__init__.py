"""The participation app's models, one module per area; re-exported here for Django and for imports."""

from .personal_data import PersonalDataRequest
from .proposals import (
    DECIDED_STATUSES,
    PUBLIC_STATUSES,
    WAITING_STATUSES,
    Proposal,
    ProposalBoardPage,
    ProposalFormPage,
    ProposalStatus,
    ProposalTheme,
)
from .workshops import (
    NeedChoice,
    SignupState,
    StakeholderGroup,
    WorkshopIndexPage,
    WorkshopPage,
    WorkshopSignup,
)

__all__ = [
    "DECIDED_STATUSES",
    "PUBLIC_STATUSES",
    "WAITING_STATUSES",
    "NeedChoice",
    "PersonalDataRequest",
    "Proposal",
    "ProposalBoardPage",
    "ProposalFormPage",
    "ProposalStatus",
    "ProposalTheme",
    "SignupState",
    "StakeholderGroup",
    "WorkshopIndexPage",
    "WorkshopPage",
    "WorkshopSignup",
]
