"""Pages are approved in the "Communications approval" workflow, by the group that publishes pages.

Wagtail's initial data names its workflow and task after the group that approved pages then, "Moderators". The
portal gave that name to the people who moderate residents' proposals (participation/groups.py renames Wagtail's
group "Publishers"), so a page "awaiting Moderators approval" pointed at the wrong people. The inherited workflow
is renamed rather than replaced by a new one, so pages already in moderation keep their place in it.

The names are in Finnish and Swedish together: a workflow has one name, and the staff read either language.
"""

from django.db import migrations

INHERITED_NAME = "Moderators approval"
WORKFLOW_NAME = "Viestinnän hyväksyntä / Kommunikationens godkännande"
TASK_NAME = "Julkaisijoiden hyväksyntä / Publicerarnas godkännande"
ROOT_PAGE_DEPTH = 1


def page_publishers(Group, GroupPagePermission):
    """The group that may publish from the root page down, under its name before or after the portal renamed it."""
    publishers = GroupPagePermission.objects.filter(permission__codename="publish_page", page__depth=ROOT_PAGE_DEPTH)
    for name in ("Publishers", "Moderators"):
        group = Group.objects.filter(name=name, page_permissions__in=publishers).first()
        if group is not None:
            return group
    return None


def set_up_communications_approval(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")

    root = Page.objects.filter(depth=ROOT_PAGE_DEPTH).first()
    if root is None:
        return
    workflow = Workflow.objects.filter(name__in=[INHERITED_NAME, WORKFLOW_NAME]).order_by("pk").first()
    if workflow is None:
        group = page_publishers(Group, GroupPagePermission)
        if group is None:
            return
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=content_type, active=True)
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save(update_fields=["name", "active"])
    GroupApprovalTask.objects.filter(name=INHERITED_NAME, workflow_tasks__workflow=workflow).update(name=TASK_NAME)
    # The root page's workflow covers every page of every language: translations are approved in the same one.
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def restore_inherited_names(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GroupApprovalTask.objects.filter(name=TASK_NAME).update(name=INHERITED_NAME)
    Workflow.objects.filter(name=WORKFLOW_NAME).update(name=INHERITED_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_key_figures_counted_where_they_match"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(set_up_communications_approval, restore_inherited_names)]
