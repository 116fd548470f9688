"""The register of representatives as readers see it: seats filled in a body, where a
member organisation is represented, and the open-data exports of bodies, seats and
mandates. Read at request time from the register (pages.models.representatives),
never from a page revision."""
