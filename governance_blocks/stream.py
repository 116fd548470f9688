"""The StreamBlocks that page types use."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from .base import ItemListBlock
from .competence import CompetenceCriteriaBlock, NominationProcessBlock
from .composition import CompositionBlock
from .lists import AssignmentBlock, ChecklistBlock, ResponsibilitiesBlock
from .mandate import MandateBlock
from .paragraphs import NumberedParagraphsBlock
from .references import (
    GoverningDocumentsBlock,
    LegalReferencesBlock,
    RelatedRoutinesBlock,
)
from .sections import (
    CommunicationBlock,
    FollowUpBlock,
    ParagraphBlock,
    SectionBlock,
    StandardSectionBlock,
)
from .tables import GlossaryTermBlock, RepresentativeWorksheetBlock, SituationTableBlock
from .working_forms import WorkingFormsBlock


def headings(stream_value):
    """[(anchor, heading)] of the blocks in a stream that have a heading, in order."""
    entries = []
    for child in stream_value:
        value = child.value
        if hasattr(value, "anchor") and value.heading_text():
            entries.append((value.anchor(), value.heading_text()))
    return entries


#: Anchors every page template uses for its own parts.
COMMON_RESERVED_ANCHORS = frozenset({"main", "innehall", "andringslogg", "versioner"})


class AnchoredStreamBlock(blocks.StreamBlock):
    """A StreamBlock whose sections must have anchors that are unique on the page,
    and differ from the anchors of the parts the page template adds itself."""

    class Meta:
        reserved_anchors = ()

    def clean(self, value):
        value = super().clean(value)
        reserved = COMMON_RESERVED_ANCHORS | set(self.meta.reserved_anchors)
        seen = dict.fromkeys(reserved, None)
        errors = {}
        for index, child in enumerate(value):
            if not hasattr(child.value, "anchor"):
                continue
            anchor = child.value.anchor()
            if not anchor:
                continue
            if anchor in seen:
                field = "term" if "term" in child.value else "anchor"
                errors[index] = StructBlockValidationError(
                    block_errors={
                        field: ValidationError(
                            _(
                                "The anchor '%(anchor)s' is already used on this "
                                "page; give this section its own anchor."
                            )
                            % {"anchor": anchor}
                        )
                    }
                )
            seen.setdefault(anchor, index)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


class BodyStreamBlock(AnchoredStreamBlock):
    assignment = AssignmentBlock()
    responsibilities = ResponsibilitiesBlock()
    mandate = MandateBlock()
    composition = CompositionBlock()
    competence_criteria = CompetenceCriteriaBlock()
    nomination_process = NominationProcessBlock()
    working_forms = WorkingFormsBlock()
    communication = CommunicationBlock()
    follow_up = FollowUpBlock()
    numbered_paragraphs = NumberedParagraphsBlock()
    legal_references = LegalReferencesBlock()
    governing_documents = GoverningDocumentsBlock()
    section = SectionBlock()
    item_list = ItemListBlock()
    paragraph = ParagraphBlock()

    class Meta:
        reserved_anchors = ("om-organet", "organ", "underordnade-organ", "ledamoter")


class RoutineStreamBlock(AnchoredStreamBlock):
    standard_section = StandardSectionBlock()
    section = SectionBlock()
    paragraph = ParagraphBlock()
    item_list = ItemListBlock()
    checklist = ChecklistBlock()
    numbered_paragraphs = NumberedParagraphsBlock()
    legal_references = LegalReferencesBlock()
    related_routines = RelatedRoutinesBlock()
    governing_documents = GoverningDocumentsBlock()

    class Meta:
        reserved_anchors = (
            "syfte",
            "galler-for",
            "andrat-sedan-foregaende-version",
            "organ",
        )


class SpecificationStreamBlock(AnchoredStreamBlock):
    section = SectionBlock()
    paragraph = ParagraphBlock()
    item_list = ItemListBlock()
    numbered_paragraphs = NumberedParagraphsBlock()
    legal_references = LegalReferencesBlock()
    governing_documents = GoverningDocumentsBlock()

    class Meta:
        reserved_anchors = ("organ", "ovriga-dokument")


class GuidanceStreamBlock(AnchoredStreamBlock):
    section = SectionBlock()
    paragraph = ParagraphBlock()
    item_list = ItemListBlock()
    checklist = ChecklistBlock()
    situation_table = SituationTableBlock()
    representative_worksheet = RepresentativeWorksheetBlock()
    legal_references = LegalReferencesBlock()
    glossary_term = GlossaryTermBlock()


class GlossaryStreamBlock(AnchoredStreamBlock):
    glossary_term = GlossaryTermBlock()
