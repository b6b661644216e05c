"""The catalog's filter form: GET parameters a resident can bookmark, working without JavaScript."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .catalog import QUERY_MAX_LENGTH, CatalogFilters, Sort, published_experiments
from .choices import Status
from .models.taxonomy import StrategyGoal, Theme
from .models.think_tanks import ThinkTankPage


def is_plain_number(text):
    return text.isascii() and text.isdigit() and len(text) <= 18


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keep the valid choices of a bookmarked address and drop the rest, rather than ignoring the whole group."""

    def clean(self, value):
        return super().clean([item for item in value or () if self.valid_value(item)])


class LenientModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    def _check_values(self, value):
        # isdigit() alone also takes "²" and "①", which the database cannot read as a number; past 18 digits a
        # number outgrows the 64-bit column.
        return self.queryset.filter(pk__in=[item for item in value if is_plain_number(str(item))])


CHECKBOXES = forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"})
SELECT = {"class": "form-select"}


class ExperimentFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Words to look for"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "maxlength": QUERY_MAX_LENGTH, "class": "form-control"}),
    )
    status = LenientMultipleChoiceField(label=_("Status"), choices=Status.choices, widget=CHECKBOXES, required=False)
    theme = LenientModelMultipleChoiceField(
        label=_("Theme"), queryset=Theme.objects.none(), widget=CHECKBOXES, required=False
    )
    goal = LenientModelMultipleChoiceField(
        label=_("City-strategy goal"),
        queryset=StrategyGoal.objects.none(),
        widget=CHECKBOXES,
        required=False,
    )
    year = forms.TypedChoiceField(
        label=_("Year started"), coerce=int, empty_value=None, required=False, widget=forms.Select(attrs=SELECT)
    )
    think_tank = forms.ModelChoiceField(
        label=_("Think tank"),
        queryset=ThinkTankPage.objects.none(),
        empty_label=_("All think tanks"),
        required=False,
        widget=forms.Select(attrs=SELECT),
    )
    easy_language = forms.BooleanField(
        label=_("Only experiments with a summary in easy language"),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
    )
    sort = forms.ChoiceField(label=_("Order"), choices=Sort.choices, required=False, widget=forms.Select(attrs=SELECT))

    def __init__(self, data, *, locale, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(locale=locale)
        self.fields["goal"].queryset = StrategyGoal.objects.filter(locale=locale)
        self.fields["think_tank"].queryset = (
            ThinkTankPage.objects.live().public().filter(locale=locale).order_by("title")
        )
        years = published_experiments(locale).filter(starts_on__isnull=False).dates("starts_on", "year", order="DESC")
        self.fields["year"].choices = [("", _("All years")), *((day.year, day.year) for day in years)]

    def clean_q(self):
        # A long query is cut rather than refused, so a pasted sentence still finds something.
        return self.cleaned_data["q"].strip()[:QUERY_MAX_LENGTH]

    def filters(self):
        """Return the filters from the valid parameters; an outdated bookmark drops only what no longer exists."""
        self.is_valid()
        data = self.cleaned_data
        return CatalogFilters(
            query=data.get("q", ""),
            statuses=tuple(data.get("status") or ()),
            themes=tuple(data.get("theme") or ()),
            goals=tuple(data.get("goal") or ()),
            year=data.get("year"),
            think_tank=data.get("think_tank"),
            easy_language=bool(data.get("easy_language")),
            sort=data.get("sort") or Sort.NEWEST,
        )
