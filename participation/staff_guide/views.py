from django.utils.translation import get_language, gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .rendering import render_guide


class StaffGuideView(WagtailAdminTemplateMixin, TemplateView):
    """Show the guide in the staff member's admin language, which Wagtail has already switched to."""

    template_name = "participation/staff_guide/guide.html"
    page_title = gettext_lazy("Guide for editors and moderators")
    header_icon = "help"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return super().get_context_data(guide=render_guide(get_language()), **kwargs)
