"""The "Moderators" group: works through what residents send, sees their personal data, edits no pages.

Wagtail's initial data creates a group of the same name for page publishers. The portal gives the name to the
people who moderate residents' proposals and must not edit pages, so Wagtail's group is renamed "Publishers"
(keeping every permission it had: nobody loses a right) and a new "Moderators" group is made.

Defined in code and ensured after every `migrate` (a post_migrate handler), rather than in a data migration, so it
survives migrations being squashed or regenerated and picks up the permissions each feature (proposals, workshop
sign-ups, personal data requests) adds to `MODERATOR_PERMISSIONS`. Permissions are only ever added: one an
administrator removes in the admin comes back at the next migrate, so change this list, not the group, to take
one away.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

MODERATORS_GROUP = "Moderators"
PUBLISHERS_GROUP = "Publishers"

# (app label, codename). No page permissions: moderators cannot edit pages.
MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("participation", "view_proposal"),
    ("participation", "change_proposal"),
    ("participation", "view_personal_data"),
    ("participation", "add_personaldatarequest"),
    ("participation", "view_personaldatarequest"),
    ("participation", "view_workshopsignup"),
    ("participation", "change_workshopsignup"),
    ("participation", "view_subscription"),
]


def _rename_wagtails_page_moderators(Group, GroupPagePermission, using):
    """Rename Wagtail's default "Moderators" group (page publishers) to "Publishers", once."""
    group = Group.objects.using(using).filter(name=MODERATORS_GROUP).first()
    if group is None or group.permissions.filter(content_type__app_label="participation").exists():
        return
    if not GroupPagePermission.objects.using(using).filter(group=group).exists():
        return
    name = PUBLISHERS_GROUP
    if Group.objects.using(using).filter(name=name).exists():
        name = f"{PUBLISHERS_GROUP} ({group.pk})"
    group.name = name
    group.save(update_fields=["name"])


def ensure_moderators_group(using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """Create the Moderators group if missing and give it every permission in MODERATOR_PERMISSIONS."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    # This app's permissions are created by contrib.auth's own post_migrate handler, which may run after this one.
    for label in {label for label, _codename in MODERATOR_PERMISSIONS}:
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using, apps=apps)
    _rename_wagtails_page_moderators(Group, GroupPagePermission, using)
    group, _created = Group.objects.using(using).get_or_create(name=MODERATORS_GROUP)
    wanted = [
        Permission.objects.using(using).filter(content_type__app_label=label, codename=codename).first()
        for label, codename in MODERATOR_PERMISSIONS
    ]
    group.permissions.add(*[permission for permission in wanted if permission is not None])
    _let_page_staff_request_translations(Group, Permission, using, apps)
    return group


# Communications staff write in Finnish and order the Swedish and English versions (wagtail-localize's Translate
# action), which only makes drafts; Wagtail's initial groups do not have that permission.
TRANSLATION_REQUESTERS = ("Editors", PUBLISHERS_GROUP)


def _let_page_staff_request_translations(Group, Permission, using, apps):
    if not global_apps.is_installed("wagtail_localize"):
        return
    create_permissions(global_apps.get_app_config("wagtail_localize"), verbosity=0, using=using, apps=apps)
    permission = (
        Permission.objects.using(using)
        .filter(content_type__app_label="wagtail_localize", codename="submit_translation")
        .first()
    )
    if permission is None:
        return
    for group in Group.objects.using(using).filter(name__in=TRANSLATION_REQUESTERS):
        group.permissions.add(permission)
