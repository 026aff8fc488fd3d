"""A certificate as an Open Badges 3.0 credential (`OpenBadgeCredential`), for the holder to keep
in a badge wallet or share.

The credential follows the W3C Verifiable Credentials data model v2 as Open Badges 3.0 uses it:
the two contexts, the types `VerifiableCredential` and `OpenBadgeCredential`, an issuer
`Profile`, `validFrom` / `validUntil`, and a `credentialSubject` of type `AchievementSubject`
holding the `Achievement` (the course) and the results (levels, score).

How it is verified. The credential is NOT signed (it has no `proof`): Meridian keeps no signing
keys. Its `id` is the certificate's public verify page, and `credentialStatus` points at the
same facts as JSON (`?format=json`), so a verifier checks a badge by opening its `id`: the page
shows the holder, the course, the dates and whether the certificate is valid, expired, revoked
or superseded today. The status type, `MeridianVerifyPage`, is Meridian's own (not a status list);
in the VC v2 context an undefined term is issuer-dependent, which is what it is.

Choices:

- The holder is identified by name (`identifier` entries of `identityType` "name", not hashed):
  the learner expects to see their name on the badge, and the same names are public on the verify
  page. No staff number or e-mail address is put in the badge.
- The achievement's `id` is `urn:uuid:<course key>`: one achievement per course, in every
  language and every round of it.
- Texts (the credential's name, descriptions) are in the language the course was completed in,
  unless another language is asked for; the course title is the one of that language when the
  course has it.
- `validUntil` is the first moment after the last valid day (`expires_on`), in the site's time
  zone; times are in UTC (`Z`).
- Competency levels, the course's CEFR level and the quiz score are `result` entries, each
  described by a `ResultDescription` of the achievement (ids derived from the course key, so they
  are the same on every badge of the course).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from training.competencies.levels import CEFR_ORDER, Scale, level_label, max_level

from .links import site_url, verify_url
from .models import Certificate
from .verification import hours_text

CONTEXT = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
]
CREDENTIAL_TYPE = ["VerifiableCredential", "OpenBadgeCredential"]
SCHEMA = {
    "id": "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json",
    "type": "1EdTechJsonSchemaValidator2019",
}
STATUS_TYPE = "MeridianVerifyPage"
ACHIEVEMENT_TYPE = "Certificate"


def _timestamp(moment: dt.datetime) -> str:
    """'2025-03-01T06:30:00Z': UTC, whole seconds (an XML Schema dateTimeStamp)."""
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _end_of_validity(last_day: dt.date) -> dt.datetime:
    """The first moment after `last_day`, in the site's time zone."""
    following = last_day + dt.timedelta(days=1)
    return dt.datetime.combine(following, dt.time.min, tzinfo=timezone.get_current_timezone())


def _chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def _course_title(certificate: Certificate, language: str) -> str:
    localised = certificate.course_title_zh if _chinese(language) else certificate.course_title_en
    return localised or certificate.course_title


def _design_text(certificate: Certificate, name: str, language: str) -> str:
    design = certificate.design or {}
    zh, en = design.get(f"{name}_zh", ""), design.get(f"{name}_en", "")
    return (zh or en) if _chinese(language) else (en or zh)


def _derived_id(certificate: Certificate, name: str) -> str:
    """A stable URN for something of the course's achievement (a result description)."""
    return f"urn:uuid:{uuid.uuid5(certificate.course_key, name)}"


def _results(certificate: Certificate, language: str) -> tuple[list[dict], list[dict]]:
    """(the achievement's result descriptions, the subject's results)."""
    descriptions: list[dict] = []
    results: list[dict] = []

    def add(key: str, name: str, result_type: str, value: str, **extra) -> None:
        description_id = _derived_id(certificate, key)
        descriptions.append(
            {
                "id": description_id,
                "type": ["ResultDescription"],
                "name": name,
                "resultType": result_type,
                **extra,
            }
        )
        results.append({"type": ["Result"], "resultDescription": description_id, "value": value})

    if certificate.level in CEFR_ORDER:
        add(
            "level",
            _("Course level (CEFR)"),
            "PerformanceLevel",
            certificate.level,
            allowedValue=list(CEFR_ORDER),
        )
    for entry in certificate.competencies or []:
        if not isinstance(entry, dict):
            continue
        try:
            scale = str(entry.get("scale", ""))
            level = int(entry.get("level"))
            value = level_label(scale, level)
            allowed = [level_label(scale, step) for step in range(1, max_level(scale) + 1)]
        except (TypeError, ValueError, IndexError):
            continue
        zh, en = str(entry.get("name_zh", "")), str(entry.get("name_en", ""))
        name = (zh or en) if _chinese(language) else (en or zh)
        scale_name = _("CEFR") if scale == Scale.CEFR else _("levels 1-5")
        add(
            f"competency:{entry.get('code', '')}",
            _("%(competency)s (%(scale)s)") % {"competency": name, "scale": scale_name},
            "PerformanceLevel",
            value,
            allowedValue=allowed,
        )
    if certificate.score is not None:
        add(
            "score",
            _("Quiz score (%)"),
            "Percent",
            str(certificate.score),
            valueMin="0",
            valueMax="100",
        )
    return descriptions, results


def _identifiers(certificate: Certificate) -> list[dict]:
    names = [certificate.holder_name_zh, certificate.holder_name_latin]
    return [
        {"type": "IdentityObject", "identityType": "name", "hashed": False, "identityHash": name}
        for name in names
        if name
    ]


def open_badge_credential(certificate: Certificate, *, language: str | None = None) -> dict:
    """The certificate as an unsigned Open Badges 3.0 `OpenBadgeCredential` (a JSON-ready dict).

    `language` chooses the language of the texts; by default the one the course was completed
    in. Pure: reads only the certificate's own fields (no queries).
    """
    language = language or certificate.locale or settings.LANGUAGE_CODE
    with translation.override(language):
        url = verify_url(certificate.formatted_code)
        library = settings.MERIDIAN_LIBRARY_NAME
        issuer_name = _design_text(certificate, "issuer", language) or (
            library["zh-hans"] if _chinese(language) else library["en"]
        )
        certificate_title = _design_text(certificate, "title", language) or _("Certificate")
        course = _course_title(certificate, language)
        hours = hours_text(certificate.hours)
        descriptions, results = _results(certificate, language)
        achievement = {
            "id": f"urn:uuid:{certificate.course_key}",
            "type": ["Achievement"],
            "achievementType": ACHIEVEMENT_TYPE,
            "name": course,
            "description": _(
                "Completion of the staff training course “%(course)s”, offered by %(issuer)s "
                "(study time in hours: %(hours)s)."
            )
            % {"course": course, "hours": hours, "issuer": issuer_name},
            "criteria": {
                "narrative": _(
                    "Complete every required lesson and quiz of the course “%(course)s”."
                )
                % {"course": course}
            },
        }
        if descriptions:
            achievement["resultDescription"] = descriptions
        subject = {
            "type": ["AchievementSubject"],
            "identifier": _identifiers(certificate),
            "activityEndDate": _timestamp(certificate.completed_at),
            "achievement": achievement,
        }
        if results:
            subject["result"] = results
        credential = {
            "@context": list(CONTEXT),
            "id": url,
            "type": list(CREDENTIAL_TYPE),
            "name": _("%(certificate)s: %(course)s")
            % {"certificate": certificate_title, "course": course},
            "description": _("%(certificate)s %(code)s, issued by %(issuer)s. Check it at %(url)s.")
            % {
                "certificate": certificate_title,
                "code": certificate.formatted_code,
                "issuer": issuer_name,
                "url": url,
            },
            "issuer": {"id": site_url(), "type": ["Profile"], "name": issuer_name},
            "validFrom": _timestamp(certificate.issued_at),
        }
        if certificate.expires_on is not None:
            credential["validUntil"] = _timestamp(_end_of_validity(certificate.expires_on))
        credential["credentialSubject"] = subject
        credential["credentialSchema"] = [dict(SCHEMA)]
        credential["credentialStatus"] = {"id": f"{url}?format=json", "type": STATUS_TYPE}
    return credential


def open_badge_json(certificate: Certificate, *, language: str | None = None) -> str:
    """The credential as the text of a `.json` file (UTF-8, readable)."""
    return json.dumps(
        open_badge_credential(certificate, language=language), ensure_ascii=False, indent=2
    )


def open_badge_filename(certificate: Certificate) -> str:
    """'open-badge-ABCD-2345-EFGH-6789.json': ASCII only, the same in every language."""
    return f"open-badge-{certificate.formatted_code}.json"
