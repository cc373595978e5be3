"""Outils › Textes: the template editor (:mod:`.editor`), built from the pages of each family
(:mod:`.pages`), the document of one page (:mod:`.document`), the field list (:mod:`.fields`)
and the preview of the whole letter (:mod:`.preview`)."""

from relance_desktop.views.template_editor.editor import TemplateEditor
from relance_desktop.views.template_editor.pages import key_label

__all__ = ["TemplateEditor", "key_label"]
