"""The content locales: Swedish (Wagtail's initial locale, from LANGUAGE_CODE) and
English, so a fresh install can translate pages into English right away."""

from django.db import migrations

LANGUAGE_CODES = ("sv", "en")


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):

    dependencies = [
        ("pages", "0003_review_reminders"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_locales, migrations.RunPython.noop, elidable=True),
    ]
