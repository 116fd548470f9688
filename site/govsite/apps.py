from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovsiteConfig(AppConfig):
    name = "govsite"
    verbose_name = _("Governance site")
