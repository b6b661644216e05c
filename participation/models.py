"""What Django loads as the participation app's models. Each feature keeps its own in its folder:

- `proposals/`: ideas residents send (`models.py`) and the form and board pages (`pages.py`);
- `workshops/`: sign-ups (`models.py`) and the workshop listing and pages (`pages.py`);
- `subscriptions/`: addresses that follow a think tank, an experiment or the workshops, and what they are owed;
- `personal_data/`: the log of handled requests about a person's data;
- `figures/`: past sessions without sign-ups, whose head counts the impact figures add up.

Code outside this app may import the classes from here; code inside a feature imports its own modules.
"""

from .figures.models import ParticipationSession
from .personal_data.models import PersonalDataRequest
from .proposals.models import (
    DECIDED_STATUSES,
    OTHER_THEME,
    PUBLIC_STATUSES,
    WAITING_STATUSES,
    Proposal,
    ProposalStatus,
)
from .proposals.pages import ProposalBoardPage, ProposalFormPage
from .subscriptions.models import AuthorInvitation, Delivery, Subscription, SubscriptionEvent
from .workshops.models import NeedChoice, SignupState, StakeholderGroup, WorkshopSignup
from .workshops.pages import WorkshopExperiment, WorkshopIndexPage, WorkshopPage, WorkshopProposal

__all__ = [
    "AuthorInvitation",
    "Delivery",
    "Subscription",
    "SubscriptionEvent",
    "DECIDED_STATUSES",
    "OTHER_THEME",
    "PUBLIC_STATUSES",
    "WAITING_STATUSES",
    "NeedChoice",
    "ParticipationSession",
    "PersonalDataRequest",
    "Proposal",
    "ProposalBoardPage",
    "ProposalFormPage",
    "ProposalStatus",
    "SignupState",
    "StakeholderGroup",
    "WorkshopIndexPage",
    "WorkshopExperiment",
    "WorkshopPage",
    "WorkshopProposal",
    "WorkshopSignup",
]
