"""Admin entry points to publishing: each refuses untranslated text with a message the editor can act on."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path
from wagtail import hooks
from wagtail_localize.models import Translation

from .services import UntranslatedTextError, check_fully_translated, check_translation_complete
from .views import SyncTranslationsView


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
        check_fully_translated(form.save(commit=False))
    except UntranslatedTextError as refusal:
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
            check_fully_translated(revision.as_object() if revision else page.specific)
        except UntranslatedTextError as refusal:
            refusals.append(refusal)
    for refusal in refusals:
        messages.error(request, refusal.message_text)
    return redirect(action_class_instance.next_url) if refusals else None
