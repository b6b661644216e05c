"""The fixed vocabularies of the programme. They are facts, so they are the same in every language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    IDEA = "idea", _("Idea")
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")
    DISCONTINUED = "discontinued", _("Discontinued")


# An experiment in one of these states has ended, so it has an end date and, usually, a result.
ENDED_STATUSES = (Status.COMPLETED, Status.DISCONTINUED)


class Decision(models.TextChoices):
    UNDECIDED = "undecided", _("Undecided")
    SCALE_UP = "scale_up", _("Scale up")
    ITERATE = "iterate", _("Iterate")
    STOP = "stop", _("Stop")


class PartnerType(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    CITY_UNIT = "city_unit", _("City unit")
    OTHER = "other", _("Other")


class StakeholderGroup(models.TextChoices):
    """Who takes part in the programme: the same groups for a think tank's members and a workshop's sign-ups.

    The label names one member ("I take part as: Resident"); `group_name` names the whole group ("Who takes
    part: Residents, students").
    """

    RESIDENT = "resident", _("Resident")
    STUDENT = "student", _("Student")
    ASSOCIATION = "association", _("Association")
    COMPANY = "company", _("Company")
    UNIVERSITY = "university", _("University")
    CITY_STAFF = "city_staff", _("City staff")
    COUNCILLOR = "councillor", _("Councillor")

    @property
    def group_name(self):
        return STAKEHOLDER_GROUP_NAMES[self]


STAKEHOLDER_GROUP_NAMES = {
    StakeholderGroup.RESIDENT: _("Residents"),
    StakeholderGroup.STUDENT: _("Students"),
    StakeholderGroup.ASSOCIATION: _("Associations"),
    StakeholderGroup.COMPANY: _("Companies"),
    StakeholderGroup.UNIVERSITY: _("Universities"),
    StakeholderGroup.CITY_STAFF: _("City staff"),
    StakeholderGroup.COUNCILLOR: _("Councillors"),
}


class MeetingFrequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every other week")
    MONTHLY = "monthly", _("Every month")
    QUARTERLY = "quarterly", _("A few times a year")
    AS_NEEDED = "as_needed", _("When there is a need")
