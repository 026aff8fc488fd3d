"""Importing and exporting the framework: compare a parsed file with the database, then write it
through the framework's services, all or nothing.

`framework_import` is the one way in for the admin's upload form and the `import_framework`
command: every row is checked (its form, then against the database) before anything is written;
any problem raises FrameworkImportError listing every problem with its line, and nothing is
written. A valid file is written in one transaction through `competency_save` /
`role_requirement_save` (each with its own audit entry) and the import gets one more audit entry
with who imported what, and the counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from training.people import policies
from training.people.models import JobRole, Language
from training.people.services import audit_log

from .. import selectors, services
from ..levels import CEFR_ORDER, Scale, level_label, max_level
from ..models import Competency, Evidence, LevelDescriptor, RoleRequirement
from . import case, csv_format
from .base import (
    CASE_JSON,
    COMPETENCIES_CSV,
    CREATE,
    KINDS,
    REQUIREMENTS_CSV,
    UNCHANGED,
    UPDATE,
    Change,
    CompetencySpec,
    FrameworkError,
    FrameworkImportError,
    ImportResult,
    RequirementSpec,
    one_of,
    show,
)

# kind -> (file name, content type) of an export.
EXPORT_FILES = {
    COMPETENCIES_CSV: ("competencies.csv", "text/csv; charset=utf-8"),
    CASE_JSON: ("competency-framework.json", "application/json; charset=utf-8"),
    REQUIREMENTS_CSV: ("role-requirements.csv", "text/csv; charset=utf-8"),
}


def _message(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
            for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)


def _prefix(where: str, message: str) -> str:
    return f"{where}: {message}" if where else message


# --- competencies -----------------------------------------------------------------------------


@dataclass
class _CompetencyPlan:
    specs: list[CompetencySpec]
    changes: list[Change]
    existing: dict[str, Competency]
    languages: dict[str, Language]


def _descriptor_changes(spec: CompetencySpec, current: dict[int, LevelDescriptor]) -> list[int]:
    """The levels whose descriptor the file changes."""
    changed = []
    for level, wanted in spec.descriptors.items():
        have = current.get(level)
        if wanted is None:
            if have is not None:
                changed.append(level)
        elif have is None or (have.text_zh, have.text_en) != (wanted.text_zh, wanted.text_en):
            changed.append(level)
    if spec.descriptors_complete:
        changed += [level for level in current if level not in spec.descriptors]
    return sorted(set(changed))


def _final_levels(spec: CompetencySpec, current: dict[int, LevelDescriptor]) -> set[int]:
    levels = set() if spec.descriptors_complete else set(current)
    for level, wanted in spec.descriptors.items():
        if wanted is None:
            levels.discard(level)
        else:
            levels.add(level)
    return levels


def plan_competencies(specs: list[CompetencySpec], errors: list[FrameworkError]) -> _CompetencyPlan:
    """What importing `specs` would change; raises FrameworkImportError with every problem."""
    errors = list(errors)
    # The framework and the language list are small: read them whole, in three queries.
    existing = {c.code: c for c in selectors.framework()}
    languages = {language.code.lower(): language for language in Language.objects.all()}
    first_line: dict[str, int | None] = {}
    changes = []
    in_use: dict[int, int] = {}

    def levels_in_use() -> dict[int, int]:
        """{competency id: the highest level required or shown}; read when a scale changes."""
        if not in_use:
            in_use[0] = 0
            for model in (RoleRequirement, Evidence):
                for row in model.objects.values("competency_id").annotate(top=Max("level")):
                    pk = row["competency_id"]
                    in_use[pk] = max(in_use.get(pk, 0), row["top"])
        return in_use

    # Rows with a problem of form already have their message; the model's checks would repeat it.
    lines_with_problems = {error.line for error in errors}

    for spec in specs:
        row_errors: list[str] = []

        def error(message: str, spec=spec, row_errors=row_errors) -> None:
            row_errors.append(_prefix(spec.where, message))

        if spec.code:
            if spec.code in first_line:
                error(
                    _("code %(code)s appears twice in the file (first on line %(first)s).")
                    % {"code": show(spec.code), "first": first_line[spec.code]}
                )
            else:
                first_line[spec.code] = spec.line
        competency = existing.get(spec.code)
        current = {d.level: d for d in competency.descriptors.all()} if competency else {}

        # The language: given by the file, or kept.
        language: Language | None = None
        if spec.language:
            language = languages.get(spec.language)
            if language is None:
                error(
                    _("language %(value)s is not a known language; the known codes are: %(codes)s.")
                    % {"value": show(spec.language), "codes": one_of(sorted(languages))}
                )
        elif spec.language is None and competency is not None:
            language = competency.language
        if spec.scale == Scale.CEFR and not spec.language and language is None:
            error(
                _(
                    "language is empty; a competency on the CEFR scale needs the ISO code of the "
                    "language it measures."
                )
            )
        elif spec.scale and spec.scale != Scale.CEFR and language is not None:
            error(
                _(
                    "language %(value)s: only a competency on the CEFR scale measures a language; "
                    "on the scale %(scale)s leave language empty."
                )
                % {"value": show(language.code), "scale": spec.scale}
            )
        if spec.scale:
            top = max_level(spec.scale)
            beyond = sorted(level for level in _final_levels(spec, current) if level > top)
            if beyond:
                error(
                    _(
                        "the scale %(scale)s has %(top)d levels, but %(code)s would keep a "
                        "descriptor of level %(level)d; give its descriptor cells empty."
                    )
                    % {"scale": spec.scale, "top": top, "code": show(spec.code), "level": beyond[0]}
                )
            if competency is not None and spec.scale != competency.scale:
                used = levels_in_use().get(competency.pk, 0)
                if used > top:
                    error(
                        _(
                            "scale %(scale)s: %(code)s has role requirements or evidence at "
                            "level %(level)d, which that scale does not have."
                        )
                        % {"scale": spec.scale, "code": show(spec.code), "level": used}
                    )

        if not row_errors and spec.line not in lines_with_problems and spec.area and spec.scale:
            # The model's own checks (the code's form, the lengths), without a query per row.
            candidate = Competency(
                pk=competency.pk if competency else None,
                code=spec.code,
                area=spec.area,
                scale=spec.scale,
                name_zh=spec.name_zh,
                name_en=spec.name_en,
                description=spec.description or "",
                language=language,
            )
            try:
                candidate.full_clean(
                    exclude=["language"], validate_unique=False, validate_constraints=False
                )
            except ValidationError as invalid:
                error(_message(invalid))

        for message in row_errors:
            errors.append(FrameworkError(spec.line, message))
        if row_errors:
            continue

        if competency is None:
            changes.append(Change(spec.line, spec.code, CREATE))
            continue
        fields = [
            name
            for name in ("area", "scale", "name_zh", "name_en")
            if getattr(competency, name) != getattr(spec, name)
        ]
        if spec.language is not None and competency.language_id != (
            language.pk if language else None
        ):
            fields.append("language")
        if spec.description is not None and competency.description != spec.description:
            fields.append("description")
        fields += [f"descriptor_{level}" for level in _descriptor_changes(spec, current)]
        changes.append(Change(spec.line, spec.code, UPDATE if fields else UNCHANGED, tuple(fields)))

    if errors:
        raise FrameworkImportError(errors)
    return _CompetencyPlan(specs=specs, changes=changes, existing=existing, languages=languages)


def _apply_competencies(plan: _CompetencyPlan, actor: User | None) -> None:
    for spec, change in zip(plan.specs, plan.changes, strict=True):
        if change.action == UNCHANGED:
            continue
        competency = plan.existing.get(spec.code) or Competency(code=spec.code)
        competency.area = spec.area
        competency.scale = spec.scale
        competency.name_zh = spec.name_zh
        competency.name_en = spec.name_en
        if spec.language is not None:
            competency.language = plan.languages[spec.language] if spec.language else None
        if spec.description is not None:
            competency.description = spec.description
        if spec.descriptors or spec.descriptors_complete:
            current = {d.level: d for d in competency.descriptors.all()}
            if spec.descriptors_complete:
                current = {level: d for level, d in current.items() if level in spec.descriptors}
            for level, wanted in spec.descriptors.items():
                if wanted is None:
                    current.pop(level, None)
                    continue
                descriptor = current.get(level) or LevelDescriptor(level=level)
                descriptor.text_zh = wanted.text_zh
                descriptor.text_en = wanted.text_en
                current[level] = descriptor
            # Saved with the competency (a ClusterableModel saves its child relations).
            competency.descriptors = [current[level] for level in sorted(current)]
        try:
            services.competency_save(competency=competency, actor=actor)
        except ValidationError as invalid:
            raise FrameworkImportError(
                [(spec.line, _prefix(spec.where, _message(invalid)))]
            ) from None


# --- role requirements ------------------------------------------------------------------------


@dataclass
class _RequirementPlan:
    changes: list[Change]
    requirements: list[RoleRequirement]  # unsaved or changed instances, one per change


def _parse_level(spec: RequirementSpec, competency: Competency) -> int | None:
    value = spec.level.strip().upper()
    if competency.scale == Scale.CEFR:
        if value in CEFR_ORDER:
            return CEFR_ORDER.index(value) + 1
        return None
    if value.isdigit() and 1 <= int(value) <= max_level(competency.scale):
        return int(value)
    return None


def plan_requirements(
    specs: list[RequirementSpec], errors: list[FrameworkError]
) -> _RequirementPlan:
    errors = list(errors)
    roles = {role.code: role for role in JobRole.objects.all()}
    competencies = {c.code: c for c in Competency.objects.all()}
    existing = {(r.job_role_id, r.competency_id, r.skill): r for r in RoleRequirement.objects.all()}
    first_line: dict[tuple, int | None] = {}
    changes: list[Change] = []
    requirements: list[RoleRequirement] = []
    for spec in specs:
        row_errors = []
        role = roles.get(spec.role_code) if spec.role_code else None
        if spec.role_code and role is None:
            row_errors.append(
                _(
                    "role_code %(value)s is not a known job role; add the job role in the staff "
                    "directory first."
                )
                % {"value": show(spec.role_code)}
            )
        competency = competencies.get(spec.competency_code) if spec.competency_code else None
        if spec.competency_code and competency is None:
            row_errors.append(
                _("competency_code %(value)s is not in the competency framework.")
                % {"value": show(spec.competency_code)}
            )
        level = None
        if competency is not None:
            if spec.skill and not competency.is_language:
                row_errors.append(
                    _(
                        "skill %(skill)s: only a language competency has skills; leave skill "
                        "empty for %(code)s."
                    )
                    % {"skill": show(spec.skill), "code": show(competency.code)}
                )
            if spec.level:
                level = _parse_level(spec, competency)
                if level is None:
                    scale_levels = [
                        level_label(competency.scale, n)
                        for n in range(1, max_level(competency.scale) + 1)
                    ]
                    row_errors.append(
                        _("level %(value)s is not a level of %(code)s (%(levels)s).")
                        % {
                            "value": show(spec.level),
                            "code": show(competency.code),
                            "levels": one_of(scale_levels),
                        }
                    )
        key = (spec.role_code, spec.competency_code, spec.skill)
        if role is not None and competency is not None:
            if key in first_line:
                row_errors.append(
                    _(
                        "the requirement of %(role)s for %(code)s (skill: %(skill)s) appears "
                        "twice in the file (first on line %(first)s)."
                    )
                    % {
                        "role": show(role.code),
                        "code": show(competency.code),
                        "skill": spec.skill or _("all"),
                        "first": first_line[key],
                    }
                )
            else:
                first_line[key] = spec.line
        if row_errors or role is None or competency is None or level is None:
            errors += [FrameworkError(spec.line, message) for message in row_errors]
            continue
        label = f"{role.code}/{competency.code}/{spec.skill or '*'}"
        requirement = existing.get((role.pk, competency.pk, spec.skill))
        if requirement is None:
            requirement = RoleRequirement(
                job_role=role, competency=competency, skill=spec.skill, level=level
            )
            changes.append(Change(spec.line, label, CREATE))
        elif requirement.level != level:
            requirement.level = level
            changes.append(Change(spec.line, label, UPDATE, ("level",)))
        else:
            changes.append(Change(spec.line, label, UNCHANGED))
        requirements.append(requirement)
    if errors:
        raise FrameworkImportError(errors)
    return _RequirementPlan(changes=changes, requirements=requirements)


def _apply_requirements(plan: _RequirementPlan, actor: User | None) -> None:
    for change, requirement in zip(plan.changes, plan.requirements, strict=True):
        if change.action == UNCHANGED:
            continue
        try:
            services.role_requirement_save(requirement=requirement, actor=actor)
        except ValidationError as invalid:
            raise FrameworkImportError([(change.line, _message(invalid))]) from None


# --- the service ------------------------------------------------------------------------------


def may_import(user: User | None, kind: str) -> bool:
    """Competencies: editors (and admins). Role requirements: editors and HR."""
    if user is None:
        return True  # the system (a management command)
    if kind == REQUIREMENTS_CSV:
        return policies.is_editor(user) or policies.is_hr(user)
    return policies.is_editor(user)


def _read(kind: str, data: bytes):
    if kind == COMPETENCIES_CSV:
        return csv_format.read_competencies(data)
    if kind == CASE_JSON:
        return case.read_case(data)
    return csv_format.read_requirements(data)


def _plan(kind: str, specs, errors):
    if kind == REQUIREMENTS_CSV:
        return plan_requirements(specs, errors)
    return plan_competencies(specs, errors)


def framework_import(
    *, data: bytes, kind: str, actor: User | None = None, dry_run: bool = False
) -> ImportResult:
    """Import the competency framework (`kind` "csv" or "case") or role requirements
    ("requirements-csv") from the bytes of a file; see csv_format.py and case.py for the formats.

    Guarantees: all or nothing. Every problem in the file is reported together, each with its
    line (FrameworkImportError), and then nothing is written; a write that fails midway rolls
    the whole import back. Existing codes (requirements: job role, competency and skill) are
    updated, new ones created, and rows that already match are counted as unchanged and not
    saved. Nothing is deleted. Only editors (role requirements: editors and HR) may import
    (PermissionDenied); `actor=None` is the system. With `dry_run=True` nothing is written, not
    even the audit entry, and the result says what an import would do.
    """
    if kind not in KINDS:
        raise ValueError(f"Unknown framework format {kind!r}; use one of {', '.join(KINDS)}.")
    if not may_import(actor, kind):
        raise PermissionDenied("You may not import this part of the competency framework.")
    specs, errors = _read(kind, data)
    if dry_run:
        return ImportResult(
            kind=kind, dry_run=True, changes=tuple(_plan(kind, specs, errors).changes)
        )
    try:
        with transaction.atomic():
            plan = _plan(kind, specs, errors)
            if kind == REQUIREMENTS_CSV:
                _apply_requirements(plan, actor)
            else:
                _apply_competencies(plan, actor)
            result = ImportResult(kind=kind, dry_run=False, changes=tuple(plan.changes))
            audit_log(
                actor=actor,
                action="competency_framework.import",
                summary=(
                    f"Framework import ({kind}): {result.rows} rows, {result.created} created, "
                    f"{result.updated} updated, {result.unchanged} unchanged"
                ),
                data={
                    "kind": kind,
                    **result.counts(),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "created": [c.key for c in result.changes if c.action == CREATE],
                    "updated": [c.key for c in result.changes if c.action == UPDATE],
                },
            )
    except IntegrityError:
        raise FrameworkImportError(
            [
                (
                    None,
                    _(
                        "The framework was changed by someone else while the file was being "
                        "imported; nothing was imported. Please try again."
                    ),
                )
            ]
        ) from None
    return result


def framework_export(*, kind: str) -> bytes:
    """The framework (`kind` "csv" or "case") or the role requirements ("requirements-csv") as
    the bytes of a file that `framework_import` reads back to the same framework."""
    if kind == COMPETENCIES_CSV:
        return csv_format.export_competencies(selectors.framework())
    if kind == CASE_JSON:
        return case.export_case(selectors.framework())
    if kind == REQUIREMENTS_CSV:
        return csv_format.export_requirements(
            RoleRequirement.objects.select_related("job_role", "competency").order_by(
                "job_role__code", "competency__area", "competency__code", "skill"
            )
        )
    raise ValueError(f"Unknown framework format {kind!r}; use one of {', '.join(KINDS)}.")
