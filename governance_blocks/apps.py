from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceBlocksConfig(AppConfig):
    name = "governance_blocks"
    verbose_name = _("Governance blocks")
