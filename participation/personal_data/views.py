"""Admin views that answer a person's request about their data: export it, or erase it.

Both cover every provider in `participation.personal_data`, so workshop sign-ups join by registering one.
Handling a request needs the `participation.add_personaldatarequest` permission (the Moderators group has it);
each handled request is logged without the address it was about.
"""

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, npgettext
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import registry
from .models import PersonalDataRequest

HANDLE_PERMISSION = "participation.add_personaldatarequest"


class PersonalDataRequestForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address"),
        help_text=gettext_lazy("The address the person used. Letter case does not matter."),
    )


def can_handle_requests(user):
    return user.has_perm(HANDLE_PERMISSION)


class PersonalDataRequestView(WagtailAdminTemplateMixin, FormView):
    """Find what is held about an e-mail address; download it as JSON, or erase it after a confirmation."""

    form_class = PersonalDataRequestForm
    template_name = "participation/personal_data/request.html"
    page_title = gettext_lazy("Personal data requests")
    header_icon = "user"

    def dispatch(self, request, *args, **kwargs):
        if not can_handle_requests(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["providers"] = registry.providers()
        context["recent_requests"] = PersonalDataRequest.objects.select_related("handled_by")[:10]
        return context

    def form_valid(self, form):
        email = form.cleaned_data["email"]
        action = self.request.POST.get("action")
        if action == "export":
            return self.export(email)
        if action == "erase" and self.request.POST.get("confirmed") == "yes":
            return self.erase(email)
        if action == "erase":
            return self.render_to_response(
                self.get_context_data(
                    form=form,
                    confirm_erase=True,
                    counts=self.counts_by_provider(email),
                )
            )
        return self.form_invalid(form)

    @staticmethod
    def counts_by_provider(email):
        counts = registry.count_personal_data(email)
        return [{"label": provider.label, "count": counts[provider.name]} for provider in registry.providers()]

    def log(self, action, records):
        PersonalDataRequest.objects.create(action=action, handled_by=self.request.user, records=records)

    def export(self, email):
        data = registry.export_personal_data(email)
        self.log(
            PersonalDataRequest.Action.EXPORT,
            {name: len(records) for name, records in data["records"].items()},
        )
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        # The file name is ours: nothing the person typed reaches a header.
        filename = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "no-store"
        return response

    def erase(self, email):
        counts = registry.erase_personal_data(email)
        self.log(PersonalDataRequest.Action.ERASE, counts)
        total = sum(counts.values())
        messages.success(
            self.request,
            npgettext(
                "records erased for a personal data request",
                "Personal data erased from %(count)d record.",
                "Personal data erased from %(count)d records.",
                total,
            )
            % {"count": total}
            if total
            else _("Nothing was held about that address."),
        )
        return redirect(reverse("participation_personal_data"))
