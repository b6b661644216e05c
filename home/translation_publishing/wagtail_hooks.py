"""Admin entry points to publishing: each refuses untranslated text, and a Finnish page whose Swedish translation is
not ready, with a message the editor can act on."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from django.utils.translation import gettext, gettext_lazy
from wagtail import hooks
from wagtail.admin.action_menu import PublishMenuItem
from wagtail.log_actions import LogFormatter
from wagtail_localize.models import Translation

from .services import UntranslatedTextError, check_fully_translated, check_translation_complete
from .swedish_ready import (
    PUBLISHING_REFUSALS,
    WAIVED_LOG_ACTION,
    SwedishNotReadyError,
    check_may_go_live,
    check_swedish_ready,
    is_exempt,
    log_published_before_swedish,
    may_publish_before_swedish,
    publish_swedish_with,
    rule_applies,
    swedish_readiness,
    swedish_ready_waived,
)
from .views import SyncTranslationsView

# The value of the "Publish" button that asks to publish in Finnish before the Swedish translation is ready.
URGENT_PUBLISH = "urgent-finnish-first"


# Before wagtail-localize's own routes, so that its "update_translations" address reaches this view.
@hooks.register("register_admin_urls", order=-1)
def register_sync_translations_view():
    urls = [path("update/<int:translation_source_id>/", SyncTranslationsView.as_view(), name="update_translations")]
    return [path("localize/", include((urls, "wagtail_localize_publishing"), namespace="wagtail_localize_publishing"))]


# Before wagtail-localize's hook, which takes over the edit view of a translation and publishes it.
@hooks.register("before_edit_page", order=-1)
def refuse_publishing_an_unfinished_translation(request, page):
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "source__locale", "target_locale")
        .first()
    )
    if translation is None:
        return None
    try:
        check_translation_complete(translation)
    except UntranslatedTextError as refusal:
        messages.error(request, refusal.message_text)
        return redirect(request.path)
    return None


# Before wagtail-localize's hook too. The page editor's "Approve" buttons save the form as a revision and then
# approve it, which publishes it when it is the last task; the form's content is what would go live.
@hooks.register("before_edit_page", order=-1)
def refuse_approving_untranslated_text_in_the_editor(request, page):
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if request.POST.get("workflow-action-name") != "approve":
        return None
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(
        request.POST,
        request.FILES,
        instance=page.get_latest_revision_as_object(),
        parent_page=page.get_parent(),
        for_user=request.user,
    )
    if not form.is_valid():
        # The editor shows the errors and approves nothing.
        return None
    try:
        check_may_go_live(form.save(commit=False))
    except PUBLISHING_REFUSALS as refusal:
        messages.error(request, refusal.message_text)
        # The edit view then saves the form as a draft, as it does for a refused "Publish": the publisher keeps
        # what they typed, and the task stays in progress.
        request.POST = request.POST.copy()
        del request.POST["action-workflow-action"]
    return None


@hooks.register("before_publish_page")
def refuse_publishing_untranslated_text(request, page):
    try:
        check_fully_translated(page)
    except UntranslatedTextError as refusal:
        messages.error(request, refusal.message_text)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_untranslated_text(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return None
    pages = list(objects)
    if action_class_instance.cleaned_form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages.extend(page.get_descendants().not_live().specific())
    refusals = []
    for page in pages:
        revision = page.get_latest_revision()
        try:
            check_may_go_live(revision.as_object() if revision else page.specific)
        except PUBLISHING_REFUSALS as refusal:
            refusals.append(refusal)
    for refusal in refusals:
        messages.error(request, refusal.message_text)
    return redirect(action_class_instance.next_url) if refusals else None


@hooks.register("before_publish_page")
def require_swedish_ready_before_publishing(request, page):
    if not rule_applies(page):
        return None
    try:
        check_swedish_ready(page)
    except SwedishNotReadyError as refusal:
        urgent = request.POST.get("action-publish") == URGENT_PUBLISH and may_publish_before_swedish(request.user)
        if not urgent:
            messages.error(request, refusal.message_text)
            return redirect("wagtailadmin_pages:edit", page.pk)
        return publish_before_swedish(request, page)
    return None


@hooks.register("after_publish_page")
def publish_swedish_with_finnish(request, page):
    # The page editor publishes through Wagtail's publish action, not Page.publish, so the Swedish page follows here.
    if not rule_applies(page):
        return None
    readiness = swedish_readiness(page)
    swedish = readiness.swedish_page
    # Page.publish (the create view's way) has already published it.
    published_with_it = swedish is not None and swedish.live and swedish.last_published_at >= page.last_published_at
    if readiness.ready and not published_with_it:
        publish_swedish_with(page, readiness, user=request.user)
    return None


def publish_before_swedish(request, page):
    """Publish an urgent Finnish page now, its Swedish translation to follow, and write so in its history."""
    log_published_before_swedish(page, request.user)
    with swedish_ready_waived():
        page.get_latest_revision().publish(user=request.user)
    messages.warning(
        request,
        gettext(
            "“%(page)s” was published in Finnish only, as an urgent notice. Publish its Swedish translation as "
            "soon as it is ready; the page's history records that it went live without it."
        )
        % {"page": page.title},
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


class PublishBeforeSwedishMenuItem(PublishMenuItem):
    """The button "Publish in Finnish first (urgent)", for people allowed to, on pages the Swedish-ready rule covers."""

    label = gettext_lazy("Publish in Finnish first (urgent)")
    template_name = "home/translation_publishing/publish_before_swedish_button.html"
    icon_name = "warning"

    def is_shown(self, context):
        if not settings.SWEDISH_READY_BEFORE_PUBLISHING or not super().is_shown(context):
            return False
        if not may_publish_before_swedish(context["request"].user):
            return False
        page = context.get("page")
        if page is None:
            return context["parent_page"].locale.language_code == settings.LANGUAGE_CODE
        return page.locale.language_code == settings.LANGUAGE_CODE and not is_exempt(type(page.specific_deferred))

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["urgent_value"] = URGENT_PUBLISH
        return context


@hooks.register("register_page_action_menu_item")
def register_publish_before_swedish_menu_item():
    return PublishBeforeSwedishMenuItem(order=15)


@hooks.register("register_log_actions")
def register_publish_before_swedish_log_action(actions):
    @actions.register_action(WAIVED_LOG_ACTION)
    class PublishedBeforeSwedishFormatter(LogFormatter):
        label = gettext_lazy("Published before the Swedish translation")

        def format_message(self, log_entry):
            return gettext("Published in Finnish as an urgent notice before the Swedish translation was ready")
