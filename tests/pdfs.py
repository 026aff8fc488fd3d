"""Reading a PDF's fonts back: which are embedded, and whether a character has a real glyph."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

import pypdf
from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont


@dataclass
class EmbeddedFont:
    name: str
    program: bytes | None
    cids: dict[str, int] = field(default_factory=dict)  # character -> CID (= glyph id)

    def glyph_has_outline(self, char: str) -> bool:
        """The glyph the PDF uses for `char` is the one the embedded font maps it to, and has
        an outline (not an empty or .notdef glyph)."""
        font = TTFont(io.BytesIO(self.program))
        cid = self.cids[char]
        glyph_name = font.getGlyphOrder()[cid]
        if font.getBestCmap().get(ord(char)) != glyph_name:
            return False
        pen = BoundsPen(font.getGlyphSet())
        font.getGlyphSet()[glyph_name].draw(pen)
        return pen.bounds is not None


def _to_unicode(cmap: str) -> dict[str, int]:
    """Parse the bfchar and bfrange entries of a ToUnicode CMap into character -> CID."""
    result = {}

    def text(hex_string: str) -> str:
        return bytes.fromhex(hex_string).decode("utf-16-be")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for cid, uni in re.findall(r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            result[text(uni)] = int(cid, 16)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, uni in re.findall(
            r"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block
        ):
            first = ord(text(uni))
            for offset in range(int(end, 16) - int(start, 16) + 1):
                result[chr(first + offset)] = int(start, 16) + offset
    return result


def embedded_fonts(pdf: bytes) -> list[EmbeddedFont]:
    page = pypdf.PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = []
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descriptor_owner = font
        if font.get("/Subtype") == "/Type0":
            descriptor_owner = font["/DescendantFonts"][0].get_object()
        descriptor = descriptor_owner["/FontDescriptor"].get_object()
        stream = next(
            (
                descriptor[key]
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
                if key in descriptor
            ),
            None,
        )
        program = stream.get_object().get_data() if stream is not None else None
        cids = {}
        if "/ToUnicode" in font:
            cids = _to_unicode(font["/ToUnicode"].get_object().get_data().decode("latin-1"))
        fonts.append(EmbeddedFont(str(font["/BaseFont"]), program, cids))
    return fonts
