"""Read queries behind the page contexts; each runs a fixed number of SQL queries,
however large the site grows."""


def breadcrumb_pages(page):
    """Ancestors below the tree root, the site's home page first."""
    return list(page.get_ancestors().filter(depth__gt=1))


def organisation_of(page, ancestors):
    """The organisation a page belongs to: the page itself or its nearest organisation
    ancestor, as its specific class (at most one query)."""
    if getattr(type(page), "is_organisation", False):
        return page
    for ancestor in reversed(ancestors):
        if getattr(ancestor.specific_class, "is_organisation", False):
            return ancestor.specific
    return None


def public_children(page, *types):
    """Live, public children of a page as their specific classes, in tree order."""
    children = page.get_children().live().public()
    if types:
        children = children.type(*types)
    return list(children.specific())


def organisation_menu(organisation):
    """The organisation's documents shown in its navigation."""
    if organisation is None:
        return []
    return list(organisation.get_children().live().public().in_menu())
