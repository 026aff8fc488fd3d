"""The home page of the demo site, in Chinese (the default locale) and in English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HomeContent:
    title: str
    tagline: str
    intro: str  # rich text, in Wagtail's database format (the HomePage.intro features only)


HOME_ZH = HomeContent(
    title="Meridian 馆员培训",
    tagline="外语服务、跨文化意识与国际化服务能力培训",
    intro=(
        "<p>Meridian 是滨江大学图书馆的馆员培训平台，帮助每一位馆员更好地服务来自世界各地的"
        "留学生和访问学者：用外语办理借还和参考咨询，理解不同文化背景读者的期望，"
        "把入馆教育、馆际互借和科研支持做得更国际化。</p>"
        "<ul>"
        "<li><b>自主学习课程</b>：外语服务用语、跨文化沟通、国际学生入馆教育、"
        "国际文献传递等，随时开始，按自己的节奏学习。</li>"
        "<li><b>测验与证书</b>：每门课程配有测验，通过后获得可在线验证的结业证书。</li>"
        "<li><b>团队能力概览</b>：部门主任可以查看本部门馆员的学习进度和能力达标情况，"
        "并为团队布置培训。</li>"
        "<li><b>人事导出</b>：人事部门可以导出培训记录，用于年度考核和继续教育学时认定。</li>"
        "</ul>"
        "<p>请使用图书馆员工账号登录。课程或账号方面的问题，请联系培训主管。</p>"
    ),
)

HOME_EN = HomeContent(
    title="Meridian Staff Training",
    tagline="Foreign-language service, cross-cultural awareness and international service skills",
    intro=(
        "<p>Meridian is the staff training platform of Binjiang University Library. It helps "
        "every member of staff serve international students and visiting scholars well: "
        "handling loans and reference questions in a foreign language, understanding what "
        "readers from other cultures expect, and making orientation, interlibrary loan and "
        "research support work for an international campus.</p>"
        "<ul>"
        "<li><b>Self-paced courses</b>: service English and other languages, cross-cultural "
        "communication, orientation for international students, international document "
        "delivery and more. Start any time and learn at your own pace.</li>"
        "<li><b>Quizzes and certificates</b>: every course ends with a quiz; pass it to earn a "
        "certificate that anyone can verify online.</li>"
        "<li><b>Team competency overview</b>: department heads see their staff's progress and "
        "competencies at a glance and assign training to their team.</li>"
        "<li><b>HR exports</b>: HR exports training records for annual appraisals and "
        "continuing-education hours.</li>"
        "</ul>"
        "<p>Sign in with your library staff account. For questions about courses or accounts, "
        "contact the training coordinator.</p>"
    ),
)
