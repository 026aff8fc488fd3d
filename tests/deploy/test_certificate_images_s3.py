"""A certificate template's logo and signature, stored in an S3 bucket (moto), are printed on
the PDF: the renderer reads them through the storage, not through the storage's signed URL on
another host (which its fetcher refuses, and which left the images out before)."""

from __future__ import annotations

import io
import re

import pypdf
import pytest
from django.core.cache import caches
from django.test import override_settings
from django.utils import translation
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from tests.deploy.test_health import s3_storages
from tests.factories import make_staff, make_unit
from tests.training.progress.conftest import Courses
from training.certificates import render
from training.certificates.models import Certificate, CertificateTemplate
from training.progress.services import lesson_complete

pytestmark = pytest.mark.django_db


def test_logo_and_signature_from_the_bucket(
    s3_endpoint, bucket, django_capture_on_commit_callbacks
):
    with (
        override_settings(STORAGES=s3_storages(s3_endpoint, bucket)),
        translation.override("zh-hans"),
    ):
        # Wagtail caches renditions by image id: ids repeat between tests, and an earlier
        # test's renditions (in its in-memory storage) are not in this bucket.
        for alias in caches:
            caches[alias].clear()
        images = get_image_model()
        template = CertificateTemplate.objects.create(
            name="Library default",
            is_default=True,
            issuer_zh="滨江大学图书馆",
            logo=images.objects.create(title="Logo", file=get_test_image_file()),
            signature=images.objects.create(
                title="Signature", file=get_test_image_file(filename="signature.png")
            ),
        )
        assert template.logo.file.storage.__class__.__name__ == "S3Storage"
        library = make_unit("lib", "library", name_en="University Library")
        learner = make_staff(library, name_zh="孙玥", name_latin="SUN Yue")
        course = Courses().course("desk", lessons=("one",), title_zh="服务台", translate=False)
        with django_capture_on_commit_callbacks(execute=True):
            for lesson in course.lessons.values():
                lesson_complete(staff=learner, lesson=lesson)
        certificate = Certificate.objects.get(staff=learner)
        html = render.certificate_html(certificate)
        assert re.search(r'class="logo" src="/media/images/[^"?]+\.png"', html)
        page = pypdf.PdfReader(io.BytesIO(render.certificate_pdf(certificate))).pages[0]
    printed = [
        xobject
        for xobject in page["/Resources"]["/XObject"].values()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert len(printed) == 2
