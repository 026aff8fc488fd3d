"""The framework as a CASE-style JSON document (the shape of a 1EdTech CASE 1.0 CFPackage).

- `CFDocument`: the framework.
- `CFItems`: one item per area (CFItemType "Area", humanCodingScheme = the area's code), per
  competency ("Competency", humanCodingScheme = its code) and per level descriptor ("Level",
  humanCodingScheme = "<competency code>.<level>", listEnumeration = the level as a number,
  abbreviatedStatement = its label, A1-C2 or 1-5). `fullStatement` is in English (`language`
  "en"); the Chinese text is a language-tagged alternative in
  `extensions.fullStatementTranslations` ([{"language": "zh-Hans", "fullStatement": ...}]).
  A competency's description is its `notes`; its scale ("cefr" or "five") and, for a CEFR
  competency, the ISO code of the language it measures are in `extensions.meridian`.
- `CFAssociations`: "isChildOf" from each area to the document, from each competency to its area
  and from each level descriptor to its competency.

Identifiers are UUID5s derived from the codes, so exporting the same framework twice gives the
same identifiers, and another system can follow an item from one export to the next. Importing
matches competencies by their code (humanCodingScheme) and follows the associations by the
identifiers inside the document.

Errors name the line of the file where the object in question starts.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..levels import Scale, level_label, max_level
from ..models import Area, Competency
from .base import (
    MAX_ROWS,
    TEXT_LIMIT,
    CompetencySpec,
    DescriptorSpec,
    FrameworkError,
    FrameworkImportError,
    decode,
    one_of,
    show,
    text_problem,
)
from .csv_format import CODE_LIMIT, NAME_LIMIT

# All identifiers are UUID5s in this namespace, from what the item is and its code.
NAMESPACE = uuid.UUID("6f1c1a3e-5d0b-5c1e-9a57-2f5d4e0c8b71")

AREA = "Area"
COMPETENCY = "Competency"
LEVEL = "Level"
ITEM_TYPES = (AREA, COMPETENCY, LEVEL)
IS_CHILD_OF = "isChildOf"
CHINESE = "zh-Hans"


def identifier(kind: str, *parts: str | int) -> str:
    """The stable identifier of a document ("document"), an item type ("type", name), an area
    ("area", code), a competency ("competency", code) or a level ("level", code, level)."""
    return str(uuid.uuid5(NAMESPACE, ":".join([kind, *(str(part) for part in parts)])))


def _uri(ident: str) -> str:
    return f"urn:uuid:{ident}"


def _link(title: str, ident: str) -> dict:
    return {"title": title, "identifier": ident, "uri": _uri(ident)}


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- writing ----------------------------------------------------------------------------------


def export_case(competencies: Iterable[Competency], *, now: datetime | None = None) -> bytes:
    """The framework (competencies with `language` and `descriptors` prefetched) as CASE JSON."""
    stamp = _stamp(now or timezone.now())
    document_id = identifier("document")
    library = settings.MERIDIAN_LIBRARY_NAME
    with translation.override("en"):
        title = _("Competency framework")
    with translation.override("zh-hans"):
        title_zh = _("Competency framework")
    document = {
        "identifier": document_id,
        "uri": _uri(document_id),
        "creator": library.get("en") or library.get("zh-hans", ""),
        "title": title,
        "lastChangeDateTime": stamp,
        "language": "en",
        "adoptionStatus": "Adopted",
        "CFPackageURI": _link(title, document_id),
        "extensions": {"titleTranslations": [{"language": CHINESE, "title": title_zh}]},
    }
    document_link = _link(title, document_id)
    type_links = {name: _link(name, identifier("type", name)) for name in ITEM_TYPES}

    items: list[dict] = []
    associations: list[dict] = []

    def item(ident, code, item_type, statement_en, statement_zh, **extra) -> dict:
        found = {
            "identifier": ident,
            "uri": _uri(ident),
            "CFDocumentURI": document_link,
            "humanCodingScheme": code,
            "fullStatement": statement_en,
            "language": "en",
            "CFItemType": item_type,
            "CFItemTypeURI": type_links[item_type],
            "lastChangeDateTime": stamp,
            **extra,
        }
        found.setdefault("extensions", {})["fullStatementTranslations"] = [
            {"language": CHINESE, "fullStatement": statement_zh}
        ]
        items.append(found)
        return found

    def child_of(child: dict, parent: dict, sequence: int) -> None:
        ident = identifier("association", child["identifier"], parent["identifier"])
        associations.append(
            {
                "identifier": ident,
                "uri": _uri(ident),
                "CFDocumentURI": document_link,
                "associationType": IS_CHILD_OF,
                "sequenceNumber": sequence,
                "originNodeURI": _link(child["humanCodingScheme"], child["identifier"]),
                "destinationNodeURI": _link(
                    parent.get("humanCodingScheme") or parent["title"], parent["identifier"]
                ),
                "lastChangeDateTime": stamp,
            }
        )

    by_area: dict[str, list[Competency]] = {area: [] for area in Area.values}
    for competency in competencies:
        by_area[competency.area].append(competency)

    for area_number, area in enumerate(Area, start=1):
        with translation.override("en"):
            area_en = str(area.label)
        with translation.override("zh-hans"):
            area_zh = str(area.label)
        area_item = item(identifier("area", area.value), area.value, AREA, area_en, area_zh)
        child_of(area_item, document, area_number)
        for competency_number, competency in enumerate(by_area[area.value], start=1):
            meridian = {"scale": competency.scale}
            if competency.language_id:
                meridian["language"] = competency.language.code
            competency_item = item(
                identifier("competency", competency.code),
                competency.code,
                COMPETENCY,
                competency.name_en,
                competency.name_zh,
                notes=competency.description,
                extensions={"meridian": meridian},
            )
            child_of(competency_item, area_item, competency_number)
            for descriptor in sorted(competency.descriptors.all(), key=lambda d: d.level):
                label = level_label(competency.scale, descriptor.level)
                level_item = item(
                    identifier("level", competency.code, descriptor.level),
                    f"{competency.code}.{label}",
                    LEVEL,
                    descriptor.text_en,
                    descriptor.text_zh,
                    listEnumeration=str(descriptor.level),
                    abbreviatedStatement=label,
                )
                child_of(level_item, competency_item, descriptor.level)

    package = {
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": associations,
        "CFDefinitions": {
            "CFItemTypes": [
                {
                    "identifier": type_links[name]["identifier"],
                    "uri": type_links[name]["uri"],
                    "title": name,
                    "typeCode": name,
                    "hierarchyCode": str(depth),
                    "description": description,
                    "lastChangeDateTime": stamp,
                }
                for depth, (name, description) in enumerate(
                    [
                        (AREA, "An area of the framework."),
                        (COMPETENCY, "A competency, measured on a scale of levels."),
                        (LEVEL, "What one level of a competency means."),
                    ],
                    start=1,
                )
            ]
        },
    }
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# --- parsing JSON with the line of each object ------------------------------------------------


class _Object(dict):
    """A JSON object that knows the line it starts on."""

    line: int | None = None


class _DuplicateKey(ValueError):
    def __init__(self, line: int, key: str):
        super().__init__(key)
        self.line = line
        self.key = key


def _loads(text: str):
    """json.loads, with every object an `_Object` carrying its line; duplicate keys refused."""
    newlines = [match.start() for match in re.finditer("\n", text)]

    def line_at(position: int) -> int:
        return bisect.bisect_left(newlines, position) + 1

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        _s, end = s_and_end
        pairs, new_end = json.decoder.JSONObject(s_and_end, strict, scan_once, None, list, memo)
        found = _Object()
        found.line = line_at(end - 1)
        for key, value in pairs:
            if key in found:
                raise _DuplicateKey(found.line, key)
            found[key] = value
        return found, new_end

    decoder = json.JSONDecoder()
    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


def _parse(data: bytes):
    text = decode(data, what="JSON")
    try:
        return _loads(text)
    except _DuplicateKey as error:
        raise FrameworkImportError(
            [
                (
                    error.line,
                    _("The key %(key)s appears twice in one object.") % {"key": show(error.key)},
                )
            ]
        ) from None
    except json.JSONDecodeError as error:
        raise FrameworkImportError(
            [
                (
                    error.lineno,
                    _("This is not valid JSON (%(problem)s, column %(column)d).")
                    % {"problem": error.msg, "column": error.colno},
                )
            ]
        ) from None
    except RecursionError:
        raise FrameworkImportError(
            [(None, _("The JSON is nested too deeply to be a competency framework."))]
        ) from None


# --- reading ----------------------------------------------------------------------------------


class _Reader:
    def __init__(self):
        self.errors: list[FrameworkError] = []

    def error(self, where, message: str) -> None:
        line = getattr(where, "line", None)
        self.errors.append(FrameworkError(line, message))

    def string(
        self, obj: dict, key: str, where: str, *, required=True, limit=TEXT_LIMIT, multiline=False
    ) -> str:
        value = obj.get(key)
        if value is None or value == "":
            if required:
                self.error(
                    obj,
                    _("%(where)s: %(key)s is missing; it is required.")
                    % {"where": where, "key": key},
                )
            return ""
        if not isinstance(value, str):
            self.error(
                obj, _("%(where)s: %(key)s must be a string.") % {"where": where, "key": key}
            )
            return ""
        value = value.strip()
        if not value and required:
            self.error(
                obj,
                _("%(where)s: %(key)s is empty; it is required.") % {"where": where, "key": key},
            )
            return ""
        problem = text_problem(value, column=key, limit=limit, multiline=multiline)
        if problem:
            self.error(obj, f"{where}: {problem}")
            return ""
        return value

    def translation(self, obj: dict, where: str, *, limit: int, multiline=False) -> str:
        """The Chinese alternative of an item's fullStatement."""
        extensions = obj.get("extensions")
        translations = (
            extensions.get("fullStatementTranslations") if isinstance(extensions, dict) else None
        )
        if isinstance(translations, list):
            for entry in translations:
                if (
                    isinstance(entry, dict)
                    and isinstance(entry.get("language"), str)
                    and entry["language"].lower().startswith("zh")
                ):
                    return self.string(
                        entry, "fullStatement", f"{where} (zh)", limit=limit, multiline=multiline
                    )
        self.error(
            obj,
            _(
                "%(where)s: the Chinese text is missing (extensions.fullStatementTranslations "
                "with language %(language)s)."
            )
            % {"where": where, "language": CHINESE},
        )
        return ""


def read_case(data: bytes) -> tuple[list[CompetencySpec], list[FrameworkError]]:
    """The competencies of a CASE JSON document and the problems found in it."""
    package = _parse(data)
    if not isinstance(package, dict):
        raise FrameworkImportError(
            [
                (
                    1,
                    _(
                        "The document must be a JSON object with CFDocument, CFItems and "
                        "CFAssociations."
                    ),
                )
            ]
        )
    missing = [
        key
        for key, kind in (("CFDocument", dict), ("CFItems", list), ("CFAssociations", list))
        if not isinstance(package.get(key), kind)
    ]
    if missing:
        raise FrameworkImportError(
            [
                (
                    package.line,
                    _("This is not a CASE package: %(keys)s missing or not of the right kind.")
                    % {"keys": one_of(missing)},
                )
            ]
        )
    if len(package["CFItems"]) > 7 * MAX_ROWS:
        raise FrameworkImportError(
            [
                (
                    package.line,
                    _("The document has more than %(limit)d items; split it into smaller files.")
                    % {"limit": 7 * MAX_ROWS},
                )
            ]
        )
    document = package["CFDocument"]
    read = _Reader()

    # The items, by identifier.
    items: dict[str, tuple[str, dict, str]] = {}  # identifier -> (type, item, where)
    for index, item in enumerate(package["CFItems"]):
        where = f"CFItems[{index}]"
        if not isinstance(item, dict):
            read.errors.append(
                FrameworkError(package.line, _("%(where)s is not an object.") % {"where": where})
            )
            continue
        code = item.get("humanCodingScheme")
        if isinstance(code, str) and code:
            where = f"{where} {show(code)}"
        ident = read.string(item, "identifier", where, limit=200)
        item_type = item.get("CFItemType")
        normalised = next(
            (
                name
                for name in ITEM_TYPES
                if isinstance(item_type, str) and item_type.lower() == name.lower()
            ),
            None,
        )
        if normalised is None:
            read.error(
                item,
                _("%(where)s: CFItemType %(value)s is not one of %(types)s.")
                % {"where": where, "value": show(str(item_type)), "types": one_of(ITEM_TYPES)},
            )
            continue
        if not ident:
            continue
        if ident in items or ident == document.get("identifier"):
            read.error(
                item,
                _("%(where)s: the identifier %(value)s is used twice.")
                % {"where": where, "value": show(ident)},
            )
            continue
        items[ident] = (normalised, item, where)

    # Who is whose child.
    parents: dict[str, str] = {}
    for index, association in enumerate(package["CFAssociations"]):
        where = f"CFAssociations[{index}]"
        if not isinstance(association, dict):
            read.errors.append(
                FrameworkError(package.line, _("%(where)s is not an object.") % {"where": where})
            )
            continue
        if association.get("associationType") != IS_CHILD_OF:
            continue  # other kinds of association say nothing about the framework's tree
        ends = []
        for key in ("originNodeURI", "destinationNodeURI"):
            node = association.get(key)
            ident = node.get("identifier") if isinstance(node, dict) else None
            if not isinstance(ident, str) or not ident:
                read.error(
                    association,
                    _("%(where)s: %(key)s has no identifier.") % {"where": where, "key": key},
                )
                break
            if ident not in items and ident != document.get("identifier"):
                read.error(
                    association,
                    _("%(where)s: %(key)s %(value)s is not an item of this document.")
                    % {"where": where, "key": key, "value": show(ident)},
                )
                break
            ends.append(ident)
        if len(ends) != 2:
            continue
        child, parent = ends
        if child in parents and parents[child] != parent:
            read.error(
                association,
                _("%(where)s: %(item)s is already the child of another item.")
                % {"where": where, "item": items[child][2] if child in items else show(child)},
            )
            continue
        parents[child] = parent

    def parent_of(ident: str, wanted: str, where: str, item: dict) -> tuple[str, dict] | None:
        parent = parents.get(ident)
        if parent is None or parent not in items or items[parent][0] != wanted:
            read.error(
                item,
                _("%(where)s must be the child (isChildOf) of an item of type %(type)s.")
                % {"where": where, "type": wanted},
            )
            return None
        return parent, items[parent][1]

    # Areas, competencies, levels.
    specs: dict[str, CompetencySpec] = {}  # competency identifier -> spec
    for ident, (item_type, item, where) in items.items():
        if item_type == AREA:
            code = read.string(item, "humanCodingScheme", where, limit=40)
            if code and code not in Area.values:
                read.error(
                    item,
                    _("%(where)s: area %(value)s is not one of %(areas)s.")
                    % {"where": where, "value": show(code), "areas": one_of(Area.values)},
                )
        elif item_type == COMPETENCY:
            code = read.string(item, "humanCodingScheme", where, limit=CODE_LIMIT)
            name_en = read.string(item, "fullStatement", where, limit=NAME_LIMIT)
            name_zh = read.translation(item, where, limit=NAME_LIMIT)
            description = read.string(item, "notes", where, required=False, multiline=True)
            extensions = item.get("extensions")
            meridian = extensions.get("meridian") if isinstance(extensions, dict) else None
            if not isinstance(meridian, dict):
                read.error(
                    item,
                    _("%(where)s: extensions.meridian (the scale) is missing.") % {"where": where},
                )
                meridian = {}
            scale = (
                read.string(meridian, "scale", f"{where} extensions.meridian", limit=20)
                if meridian
                else ""
            )
            if scale and scale not in Scale.values:
                read.error(
                    item,
                    _("%(where)s: scale %(value)s is not one of %(scales)s.")
                    % {"where": where, "value": show(scale), "scales": one_of(Scale.values)},
                )
                scale = ""
            language = read.string(
                meridian, "language", f"{where} extensions.meridian", required=False, limit=10
            )
            area = ""
            found = parent_of(ident, AREA, where, item)
            if found:
                area_code = found[1].get("humanCodingScheme")
                area = area_code if area_code in Area.values else ""
            specs[ident] = CompetencySpec(
                line=item.line,
                code=code,
                area=area,
                scale=scale,
                name_zh=name_zh,
                name_en=name_en,
                language=language.lower(),
                description=description,
                descriptors_complete=True,
                where=where,
            )
    for ident, (item_type, item, where) in items.items():
        if item_type != LEVEL:
            continue
        text_en = read.string(item, "fullStatement", where, multiline=True)
        text_zh = read.translation(item, where, limit=TEXT_LIMIT, multiline=True)
        number = item.get("listEnumeration")
        try:
            level = int(number)
        except (TypeError, ValueError):
            read.error(
                item,
                _("%(where)s: listEnumeration %(value)s is not a level number.")
                % {"where": where, "value": show(str(number))},
            )
            continue
        found = parent_of(ident, COMPETENCY, where, item)
        if not found or found[0] not in specs:
            continue
        spec = specs[found[0]]
        if spec.scale and not 1 <= level <= max_level(spec.scale):
            read.error(
                item,
                _("%(where)s: level %(level)d is not on the scale %(scale)s of %(code)s.")
                % {"where": where, "level": level, "scale": spec.scale, "code": show(spec.code)},
            )
            continue
        if level in spec.descriptors:
            read.error(
                item,
                _("%(where)s: %(code)s has a second descriptor of level %(level)d.")
                % {"where": where, "code": show(spec.code), "level": level},
            )
            continue
        if text_en and text_zh:
            spec.descriptors[level] = DescriptorSpec(level, text_zh, text_en)
    return list(specs.values()), read.errors
