"""The demo library: its org tree, job roles and forty staff, five of them demo accounts.

Staff numbers follow the order in which people joined the library. Names are written as in a
Chinese passport: surname in capitals, then the given name in pinyin without tone marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from training.people.roles import EDITORS, HR


@dataclass(frozen=True)
class Unit:
    code: str
    kind: str
    name_zh: str
    name_en: str
    parent: str | None = None


@dataclass(frozen=True)
class Role:
    code: str
    name_zh: str
    name_en: str
    description: str


@dataclass(frozen=True)
class Person:
    number: str
    name_zh: str
    name_latin: str
    unit: str
    role: str
    start: date
    languages: tuple[str, ...]
    manages: tuple[str, ...] = ()
    active: bool = True
    # Demo accounts only: a memorable username, extra groups, and what the account is for.
    username: str | None = None
    groups: tuple[str, ...] = ()
    superuser: bool = False
    account_role: str = ""

    @property
    def login(self) -> str:
        """The username: the demo account's name, otherwise the staff number in lower case."""
        return (self.username or self.number).lower()

    @property
    def email(self) -> str:
        surname, _, given = self.name_latin.partition(" ")
        return f"{given.lower()}.{surname.lower()}@library.example.edu"


LIBRARY = "library"

UNITS: tuple[Unit, ...] = (
    Unit(LIBRARY, "library", "滨江大学图书馆", "Binjiang University Library"),
    Unit("circ", "department", "流通服务部", "Circulation", LIBRARY),
    Unit("circ-desk", "team", "总服务台", "Front Desk", "circ"),
    Unit("circ-stacks", "team", "书库与排架组", "Stacks & Shelving", "circ"),
    Unit("ref", "department", "参考咨询与学科服务部", "Reference & Research Support", LIBRARY),
    Unit(
        "isss",
        "department",
        "国际学生学者服务部",
        "International Student & Scholar Services",
        LIBRARY,
    ),
    Unit("isss-outreach", "team", "入馆教育与推广组", "Orientation & Outreach", "isss"),
    Unit("isss-visiting", "team", "访问学者服务组", "Visiting Scholar Support", "isss"),
    Unit("acq", "department", "采访与馆际互借部", "Acquisitions & Interlibrary Loan", LIBRARY),
    Unit("acq-idd", "team", "国际文献传递组", "International Document Delivery", "acq"),
    Unit("digital", "department", "数字服务部", "Digital Services", LIBRARY),
    Unit("special", "department", "特藏部", "Special Collections", LIBRARY),
)

ROLES: tuple[Role, ...] = (
    Role(
        "circ-assistant",
        "流通台馆员",
        "Circulation Desk Assistant",
        "在总服务台办理借还、读者证和一线咨询，常常是留学生遇到的第一位馆员。\n"
        "Lends and returns items, issues library cards and answers first questions at the "
        "front desk; often the first librarian an international student meets.",
    ),
    Role(
        "stacks-assistant",
        "书库管理员",
        "Stacks Assistant",
        "负责图书上架、排架和书库巡查，帮助读者在书库中找书。\n"
        "Shelves and reshelves books, keeps the stacks in order and helps readers find items "
        "on the shelves.",
    ),
    Role(
        "reference-librarian",
        "参考咨询馆员",
        "Reference Librarian",
        "解答到馆、电话和在线参考咨询，开展文献检索课和数据库培训。\n"
        "Answers reference questions in person, by phone and online, and teaches literature "
        "searching and database classes.",
    ),
    Role(
        "subject-liaison",
        "学科馆员",
        "Subject Liaison Librarian",
        "对接院系，为师生和访问学者提供学科文献、科研数据和投稿支持。\n"
        "Works with faculties to support students, researchers and visiting scholars with "
        "subject resources, research data and publishing.",
    ),
    Role(
        "isss-librarian",
        "国际学生服务馆员",
        "International Student Services Librarian",
        "为留学生和访问学者提供入馆教育、外语咨询和一对一帮助。\n"
        "Runs library orientation, foreign-language help and one-to-one support for "
        "international students and visiting scholars.",
    ),
    Role(
        "acquisitions-librarian",
        "采访馆员",
        "Acquisitions Librarian",
        "选购中外文图书、期刊和数据库，处理读者荐购。\n"
        "Selects and orders Chinese and foreign-language books, journals and databases, and "
        "handles purchase requests.",
    ),
    Role(
        "ill-specialist",
        "馆际互借专员",
        "Interlibrary Loan Specialist",
        "办理馆际互借与国际文献传递，与国内外图书馆沟通。\n"
        "Handles interlibrary loans and international document delivery, corresponding with "
        "libraries in China and abroad.",
    ),
    Role(
        "systems-librarian",
        "系统馆员",
        "Systems Librarian",
        "维护图书馆管理系统、发现系统和统一认证等业务系统。\n"
        "Runs the library management system, discovery service, single sign-on and the other "
        "library systems.",
    ),
    Role(
        "digital-librarian",
        "数字资源馆员",
        "Digital Resources Librarian",
        "管理电子资源的开通、访问与使用统计，解答远程访问问题。\n"
        "Manages access to e-resources and their usage statistics, and solves remote-access "
        "problems.",
    ),
    Role(
        "special-collections",
        "特藏馆员",
        "Special Collections Librarian",
        "整理和揭示古籍、地方文献与特藏，接待国内外研究者查阅。\n"
        "Catalogues and presents rare books, local history and special collections, and "
        "receives researchers from China and abroad.",
    ),
    Role(
        "conservator",
        "古籍修复师",
        "Conservator",
        "修复和保护古籍与珍贵文献。\nRepairs and preserves rare books and fragile documents.",
    ),
    Role(
        "dept-head",
        "部门主任",
        "Department Head",
        "负责部门业务与人员管理，安排本部门的培训并跟进完成情况。\n"
        "Leads a department and its staff, and assigns and follows up the team's training.",
    ),
    Role(
        "training-coordinator",
        "培训主管",
        "Training Coordinator",
        "规划全馆培训，编写和维护 Meridian 课程、测验与证书。\n"
        "Plans training across the library and writes the courses, quizzes and certificates "
        "in Meridian.",
    ),
    Role(
        "hr-officer",
        "人事专员",
        "HR Officer",
        "管理人员档案、年度考核和继续教育学时，导出培训记录。\n"
        "Keeps staff records, annual appraisals and continuing-education hours, and exports "
        "training records.",
    ),
)


def _d(text: str) -> date:
    return date.fromisoformat(text)


STAFF: tuple[Person, ...] = (
    # Library office, at the library itself
    Person(
        "BJL0017",
        "周晓岚",
        "ZHOU Xiaolan",
        LIBRARY,
        "hr-officer",
        _d("2015-03-02"),
        ("zh", "en"),
        username="hr",
        groups=(HR,),
        account_role="HR: every staff record, exports",
    ),
    Person(
        "BJL0021",
        "吴桐",
        "WU Tong",
        LIBRARY,
        "training-coordinator",
        _d("2016-09-01"),
        ("zh", "en", "ja"),
        username="editor",
        groups=(EDITORS,),
        account_role="Editor: writes courses in the admin",
    ),
    # Circulation
    Person(
        "BJL0001",
        "王建国",
        "WANG Jianguo",
        "circ",
        "dept-head",
        _d("2008-07-01"),
        ("zh", "en"),
        manages=("circ",),
    ),
    Person(
        "BJL0009", "刘婷", "LIU Ting", "circ-desk", "circ-assistant", _d("2012-03-01"), ("zh", "en")
    ),
    Person(
        "BJL0023", "赵堃", "ZHAO Kun", "circ-desk", "circ-assistant", _d("2017-09-01"), ("zh", "en")
    ),
    Person(
        "BJL0032",
        "孙佳琪",
        "SUN Jiaqi",
        "circ-desk",
        "circ-assistant",
        _d("2022-07-11"),
        ("zh", "en", "ko"),
    ),
    Person(
        "BJL0039", "胡昇", "HU Sheng", "circ-desk", "circ-assistant", _d("2025-02-17"), ("zh", "en")
    ),
    Person(
        "BJL0003",
        "杨德明",
        "YANG Deming",
        "circ-stacks",
        "stacks-assistant",
        _d("2009-04-01"),
        ("zh",),
    ),
    Person(
        "BJL0006",
        "郭秀兰",
        "GUO Xiulan",
        "circ-stacks",
        "stacks-assistant",
        _d("2010-05-04"),
        ("zh",),
        active=False,  # retired in 2024
    ),
    Person(
        "BJL0029",
        "何犇",
        "HE Ben",
        "circ-stacks",
        "stacks-assistant",
        _d("2020-10-12"),
        ("zh", "en"),
    ),
    Person(
        "BJL0036",
        "罗浩然",
        "LUO Haoran",
        "circ-stacks",
        "stacks-assistant",
        _d("2023-09-01"),
        ("zh", "yue", "en"),
    ),
    # Reference & Research Support
    Person(
        "BJL0007",
        "欧阳静",
        "OUYANG Jing",
        "ref",
        "dept-head",
        _d("2010-09-01"),
        ("zh", "en", "de"),
        manages=("ref",),
    ),
    Person(
        "BJL0013",
        "高明哲",
        "GAO Mingzhe",
        "ref",
        "subject-liaison",
        _d("2013-09-01"),
        ("zh", "en", "ja"),
    ),
    Person(
        "BJL0018", "徐祎", "XU Yi", "ref", "subject-liaison", _d("2015-07-01"), ("zh", "en", "fr")
    ),
    Person(
        "BJL0026",
        "梁晨",
        "LIANG Chen",
        "ref",
        "reference-librarian",
        _d("2019-03-18"),
        ("zh", "en", "vi"),
    ),
    Person(
        "BJL0033",
        "宋雨桐",
        "SONG Yutong",
        "ref",
        "subject-liaison",
        _d("2022-09-01"),
        ("zh", "en", "es"),
    ),
    # International Student & Scholar Services
    Person(
        "BJL0008",
        "张喆",
        "ZHANG Zhe",
        "isss",
        "dept-head",
        _d("2011-09-01"),
        ("zh", "en", "fr"),
        manages=("isss",),
        username="manager",
        account_role="Manager: head of ISSS, sees the team",
    ),
    Person(
        "BJL0015",
        "邓欣怡",
        "DENG Xinyi",
        "isss",
        "isss-librarian",
        _d("2014-09-01"),
        ("zh", "en", "th"),
    ),
    Person(
        "BJL0027",
        "林玥",
        "LIN Yue",
        "isss-outreach",
        "isss-librarian",
        _d("2019-07-15"),
        ("zh", "en", "ko"),
    ),
    Person(
        "BJL0031",
        "黄子琤",
        "HUANG Zicheng",
        "isss-outreach",
        "isss-librarian",
        _d("2021-09-01"),
        ("zh", "en", "es"),
    ),
    Person(
        "BJL0035",
        "马思远",
        "MA Siyuan",
        "isss-outreach",
        "isss-librarian",
        _d("2023-03-01"),
        ("zh", "en", "ar"),
    ),
    Person(
        "BJL0025",
        "李赟",
        "LI Yun",
        "isss-visiting",
        "isss-librarian",
        _d("2018-09-03"),
        ("zh", "en", "ja"),
        username="learner",
        account_role="Learner: ISSS, Visiting Scholar Support",
    ),
    Person(
        "BJL0019",
        "陈珺",
        "CHEN Jun",
        "isss-visiting",
        "isss-librarian",
        _d("2016-03-01"),
        ("zh", "en", "ru"),
    ),
    Person(
        "BJL0038",
        "郑雅文",
        "ZHENG Yawen",
        "isss-visiting",
        "isss-librarian",
        _d("2024-07-01"),
        ("zh", "en", "de"),
    ),
    # Acquisitions & Interlibrary Loan
    Person(
        "BJL0004",
        "韩立群",
        "HAN Liqun",
        "acq",
        "dept-head",
        _d("2009-09-01"),
        ("zh", "en", "ru"),
        manages=("acq",),
    ),
    Person(
        "BJL0011",
        "唐雪梅",
        "TANG Xuemei",
        "acq",
        "acquisitions-librarian",
        _d("2012-11-01"),
        ("zh", "en"),
    ),
    Person(
        "BJL0014",
        "冯佳",
        "FENG Jia",
        "acq",
        "acquisitions-librarian",
        _d("2014-04-14"),
        ("zh", "en", "ja"),
    ),
    Person(
        "BJL0020",
        "曹颖",
        "CAO Ying",
        "acq-idd",
        "ill-specialist",
        _d("2016-09-01"),
        ("zh", "en", "fr"),
    ),
    Person(
        "BJL0028",
        "彭博",
        "PENG Bo",
        "acq-idd",
        "ill-specialist",
        _d("2020-06-01"),
        ("zh", "en", "de"),
    ),
    Person(
        "BJL0037",
        "谢安琪",
        "XIE Anqi",
        "acq-idd",
        "ill-specialist",
        _d("2024-03-04"),
        ("zh", "en", "ko"),
    ),
    # Digital Services
    Person(
        "BJL0010",
        "沈一鸣",
        "SHEN Yiming",
        "digital",
        "dept-head",
        _d("2012-07-01"),
        ("zh", "en"),
        manages=("digital",),
    ),
    Person(
        "BJL0012",
        "蒋志远",
        "JIANG Zhiyuan",
        "digital",
        "systems-librarian",
        _d("2013-03-01"),
        ("zh", "en"),
        username="admin",
        superuser=True,
        account_role="Administrator: superuser",
    ),
    Person(
        "BJL0022",
        "叶子涵",
        "YE Zihan",
        "digital",
        "digital-librarian",
        _d("2017-05-02"),
        ("zh", "en"),
        active=False,  # left the library in 2022
    ),
    Person(
        "BJL0024",
        "姚思琪",
        "YAO Siqi",
        "digital",
        "digital-librarian",
        _d("2018-07-01"),
        ("zh", "en"),
    ),
    Person(
        "BJL0030",
        "程昊",
        "CHENG Hao",
        "digital",
        "systems-librarian",
        _d("2021-07-05"),
        ("zh", "en", "ja"),
    ),
    # Special Collections
    Person(
        "BJL0002",
        "钟文博",
        "ZHONG Wenbo",
        "special",
        "dept-head",
        _d("2008-09-01"),
        ("zh", "en", "ja"),
        manages=("special",),
    ),
    Person("BJL0005", "潘志刚", "PAN Zhigang", "special", "conservator", _d("2010-03-01"), ("zh",)),
    Person(
        "BJL0016",
        "陆静怡",
        "LU Jingyi",
        "special",
        "special-collections",
        _d("2014-09-01"),
        ("zh", "en", "fr"),
    ),
    Person(
        "BJL0034",
        "田心悦",
        "TIAN Xinyue",
        "special",
        "special-collections",
        _d("2022-09-01"),
        ("zh", "en"),
    ),
    Person("BJL0040", "白雪", "BAI Xue", "special", "conservator", _d("2025-07-01"), ("zh", "en")),
)

# The accounts `make run` shows, in the order they are listed.
DEMO_ACCOUNTS: tuple[str, ...] = ("learner", "manager", "hr", "editor", "admin")
