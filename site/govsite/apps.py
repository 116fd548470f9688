from django.apps import AppConfig


class GovsiteConfig(AppConfig):
    name = "govsite"
    verbose_name = "Governance site"
