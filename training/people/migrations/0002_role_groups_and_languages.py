from django.db import migrations

from training.people.roles import sync_role_groups

# The languages most often needed at a Chinese university library's service desk.
LANGUAGES = [
    ("zh", "中文", "Chinese"),
    ("en", "英语", "English"),
    ("ja", "日语", "Japanese"),
    ("ko", "韩语", "Korean"),
    ("ru", "俄语", "Russian"),
    ("fr", "法语", "French"),
    ("de", "德语", "German"),
    ("es", "西班牙语", "Spanish"),
    ("pt", "葡萄牙语", "Portuguese"),
    ("ar", "阿拉伯语", "Arabic"),
    ("it", "意大利语", "Italian"),
    ("th", "泰语", "Thai"),
    ("vi", "越南语", "Vietnamese"),
    ("id", "印度尼西亚语", "Indonesian"),
    ("ms", "马来语", "Malay"),
    ("kk", "哈萨克语", "Kazakh"),
    ("ur", "乌尔都语", "Urdu"),
    ("hi", "印地语", "Hindi"),
    ("mn", "蒙古语", "Mongolian"),
    ("sw", "斯瓦希里语", "Swahili"),
    ("yue", "粤语", "Cantonese"),
]


def seed(apps, schema_editor):
    Language = apps.get_model("people", "Language")
    for code, name_zh, name_en in LANGUAGES:
        Language.objects.update_or_create(code=code, defaults={"name_zh": name_zh, "name_en": name_en})
    sync_role_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
    ]
