"""The demo competency framework: the competencies the demo courses give evidence for, and the
rest of a university library's international-service framework.

The themes follow the study of international services in Chinese university libraries (see the
project background): foreign languages at the service desk, cross-cultural service, international
services (interlibrary loan and document delivery, visiting scholars, international databases,
orientation), information technology for multilingual service, resource management and
teamwork. Languages are on the CEFR scale (measured in five skills); everything else on five
levels, each with a descriptor of what someone at that level actually does, in Chinese and
English.

The codes `lang-en`, `lang-ja`, `cross-cultural`, `intl-ill`, `visiting-scholar` and
`intl-databases` are referenced by the demo courses' outcomes and quiz questions: keep them.
"""

from __future__ import annotations

from typing import NamedTuple

from training.competencies.models import Competency, LevelDescriptor
from training.competencies.services import competency_save
from training.people.models import Language


class Spec(NamedTuple):
    """One competency, in the order of the demo's original tuples (tests unpack them)."""

    code: str
    area: str
    scale: str  # "cefr" for a language, "five" otherwise
    language: str | None  # a CEFR competency's language code
    name_zh: str
    name_en: str
    description: str  # Chinese, then English on the next line (like the demo job roles)


def _spec(code: str, area: str, name_zh: str, name_en: str, description: str) -> Spec:
    return Spec(code, area, "five", None, name_zh, name_en, description)


def _language(code: str, language: str, name_zh: str, name_en: str, abroad: bool = False) -> Spec:
    users_zh = "读者、访问学者和境外合作馆" if abroad else "读者和访问学者"
    users_en = (
        "library users, visiting scholars and partner libraries abroad"
        if abroad
        else "library users and visiting scholars"
    )
    return Spec(
        code,
        "languages",
        "cefr",
        language,
        f"{name_zh}服务能力",
        f"{name_en} for service",
        f"用{name_zh}服务{users_zh}：听、读、口语互动、口语表达和写作，按欧洲语言共同参考框架"
        f"（CEFR）A1-C2 评级。\nServing {users_en} in {name_en}: listening, reading, spoken "
        "interaction, spoken production and writing, rated on the CEFR scale A1-C2.",
    )


# One CEFR competency for every foreign language the demo staff speak (Cantonese, which one of
# them speaks, is a Chinese language and not a foreign-language service competency).
LANGUAGES: list[Spec] = [
    _language("lang-en", "en", "英语", "English", abroad=True),
    _language("lang-ja", "ja", "日语", "Japanese"),
    _language("lang-ko", "ko", "韩语", "Korean"),
    _language("lang-ru", "ru", "俄语", "Russian"),
    _language("lang-fr", "fr", "法语", "French"),
    _language("lang-de", "de", "德语", "German"),
    _language("lang-es", "es", "西班牙语", "Spanish"),
    _language("lang-ar", "ar", "阿拉伯语", "Arabic"),
    _language("lang-th", "th", "泰语", "Thai"),
    _language("lang-vi", "vi", "越南语", "Vietnamese"),
]

FIVE_LEVEL: list[Spec] = [
    # Cross-cultural communication
    _spec(
        "cross-cultural",
        "cultural",
        "跨文化沟通",
        "Cross-cultural communication",
        "了解不同文化在称呼、姓名、距离感、直接程度和期待上的差异，据此接待和服务读者。\n"
        "Serving users from other cultures with awareness of context, names, directness and "
        "expectations.",
    ),
    _spec(
        "cultural-adjustment",
        "cultural",
        "文化适应与学术规范引导",
        "Guiding newcomers through library norms and academic integrity",
        "帮助新到校的留学生和访问学者理解本馆规则和本校的学术规范，不加指责、讲清原因。\n"
        "Helping newly arrived international students and scholars understand library rules "
        "and local academic practice, explaining the reasons without blame.",
    ),
    _spec(
        "cultural-events",
        "cultural",
        "多元文化活动与展览",
        "Multicultural events and exhibitions",
        "策划和举办国际文化节、外语角、主题书展等活动，促进不同文化背景读者之间的交流。\n"
        "Planning and running cultural festivals, language corners and book displays that "
        "bring users of different cultures together.",
    ),
    # International services
    _spec(
        "intl-ill",
        "international",
        "国际馆际互借与文献传递",
        "International interlibrary loan and document delivery",
        "与境内外图书馆互借文献和传递全文：系统、版权、费用与递送。\n"
        "Requesting and supplying documents across borders: systems, copyright, costs, "
        "delivery.",
    ),
    _spec(
        "visiting-scholar",
        "international",
        "访问学者与国际学生支持",
        "Visiting-scholar and international-student support",
        "为留学生和访问学者办理账户与权限，解决常见问题，并转介校内相关部门。\n"
        "Accounts, access, everyday problems and referral for international students and "
        "scholars.",
    ),
    _spec(
        "intl-databases",
        "international",
        "国际数据库检索",
        "Searching international databases",
        "在国际数据库中检索：转写、多种文字的作者姓名、受控词表。\n"
        "Transliteration, author names across scripts and controlled vocabularies.",
    ),
    _spec(
        "intl-orientation",
        "international",
        "国际读者入馆教育与信息素养培训",
        "Orientation and information-literacy teaching for international users",
        "用外语为留学生和访问学者开展入馆教育、数据库讲座和信息素养课程。\n"
        "Library orientation, database workshops and information-literacy teaching for "
        "international students and scholars, in a foreign language.",
    ),
    # Information technology for multilingual service
    _spec(
        "multilingual-discovery",
        "technology",
        "多语种元数据与检索系统",
        "Multilingual metadata and discovery",
        "在目录和发现系统中正确处理多种文字、转写标准和 Unicode，让读者能用自己的语言找到资源。\n"
        "Handling scripts, transliteration standards and Unicode in the catalogue and the "
        "discovery system, so that users find resources in their own language.",
    ),
    _spec(
        "remote-access",
        "technology",
        "远程访问与电子资源故障排查",
        "Remote access and e-resource troubleshooting",
        "帮助读者（包括访问学者和校外用户）通过 VPN、CARSI 等方式访问电子资源，并排查故障。\n"
        "Getting users, visiting scholars and off-campus users included, into e-resources "
        "through VPN, CARSI and the like, and troubleshooting access.",
    ),
    _spec(
        "virtual-reference",
        "technology",
        "多语种在线咨询",
        "Multilingual online reference",
        "通过在线咨询、邮件和微信用多种语言解答读者问题，审慎使用机器翻译。\n"
        "Answering users in several languages through chat, e-mail and WeChat, using machine "
        "translation with care.",
    ),
    # Resource management
    _spec(
        "foreign-collection",
        "resources",
        "外文文献资源建设",
        "Foreign-language collection development",
        "选择、订购和评估外文图书、期刊，兼顾留学生与访问学者的需求和经费限制。\n"
        "Selecting, ordering and evaluating foreign-language books and journals within the "
        "budget, with international users' needs in view.",
    ),
    _spec(
        "eresource-licensing",
        "resources",
        "国际电子资源采购与许可",
        "Licensing international e-resources",
        "国际数据库和电子期刊的试用、续订、许可条款、使用统计与谈判。\n"
        "Trials, renewals, licence terms, usage statistics and negotiation for international "
        "databases and e-journals.",
    ),
    # Teamwork
    _spec(
        "cross-team-collab",
        "teamwork",
        "跨部门协作",
        "Working across teams and with campus partners",
        "与馆内其他团队以及国际交流处、接待院系、信息中心等校内伙伴协作完成服务。\n"
        "Working with other library teams and with campus partners such as the international "
        "office, host departments and the IT centre.",
    ),
    _spec(
        "peer-coaching",
        "teamwork",
        "带教与经验分享",
        "Coaching colleagues and sharing practice",
        "带教新同事、分享经验、组织培训，帮助团队提升国际化服务能力。\n"
        "Coaching new colleagues, sharing practice and running training so the team's "
        "international service improves.",
    ),
]

DEMO_COMPETENCIES: list[Spec] = LANGUAGES + FIVE_LEVEL

# What each level of a five-level competency looks like in practice: (Chinese, English) for
# levels 1 to 5. 1: with guidance; 2: routine cases; 3: independent in everyday work at the desk;
# 4: difficult cases, colleagues ask for advice; 5: shapes the library's practice, trains others.
DESCRIPTORS: dict[str, list[tuple[str, str]]] = {
    "cross-cultural": [
        (
            "知道姓名顺序、目光接触、距离感和表达的直接程度因文化而异；能礼貌接待国际读者，"
            "拿不准时会请同事协助。",
            "Knows that name order, eye contact, personal space and directness differ between "
            "cultures; greets international users politely and asks a colleague when unsure.",
        ),
        (
            "在日常借还和办证中放慢语速、使用简明语言，用开放式问题确认读者是否理解（而不只是问"
            "“明白了吗？”）；会询问读者姓名的写法和读法，并按正确顺序登记。",
            "In routine lending and registration speaks slowly in plain language and checks "
            'understanding with open questions rather than "OK?"; asks how a user\'s name is '
            "written and pronounced and records it in the right order.",
        ),
        (
            "能独立处理各种文化背景读者的日常咨询：留意沉默、点头或反复说“是”背后可能的困惑；"
            "解释规则（罚款、静音区、查验证件）时说明原因而不只是说“不允许”；能根据读者对正式"
            "程度或直接程度的期待调整语气。",
            "Handles everyday enquiries from users of any background on their own: notices when "
            'silence, nodding or a repeated "yes" hides confusion; explains rules (fines, quiet '
            'floors, ID checks) with the reason, not just "not allowed"; adjusts their tone to '
            "users who expect more formality or more directness.",
        ),
        (
            "能在紧张或敏感的跨文化情境中（投诉，涉及性别、宗教或等级观念的误解，读者感到丢"
            "面子）化解矛盾而不激化，修复关系，并书面总结图书馆可改进之处；同事遇到类似情况会"
            "向其请教。",
            "Defuses tense or sensitive situations across cultures (a complaint, a "
            "misunderstanding about gender, religion or hierarchy, a user who has lost face) "
            "without escalating, repairs the relationship and writes up what the library could "
            "change; colleagues come to them for advice.",
        ),
        (
            "引领全馆的跨文化服务实践：分析事件和读者反馈，为一线编写服务指引和情景案例，主持"
            "工作坊、带教同事，并与国际交流处合作完善涉及国际读者的制度。",
            "Shapes the library's cross-cultural practice: analyses incidents and user feedback, "
            "writes guidance and scenarios for desk staff, runs workshops, coaches colleagues and "
            "works with the international office on rules that affect international users.",
        ),
    ],
    "cultural-adjustment": [
        (
            "能为国际读者找到本馆规则、借阅须知和学术诚信的多语种纸质或在线指南。",
            "Points international users to the printed or online guide to library rules, "
            "borrowing and academic integrity in their language.",
        ),
        (
            "能用简单的话向新来的读者解释常见规则（座位预约、静音楼层、逾期罚款、饮食、入馆"
            "验证），读者无意违规时不加指责。",
            "Explains the rules newcomers meet first (seat booking, quiet floors, overdue fines, "
            "food, ID at the gate) in simple words, without blame when a rule was broken "
            "unknowingly.",
        ),
        (
            "能讲清新生常忽视的学术规范差异——什么算抄袭、引文格式和文献管理软件怎么用、馆际"
            "互借申请、不同读者类别的借阅额度——并在需要时转介写作中心或国际交流处。",
            "Explains the differences in academic practice newcomers often miss (what counts as "
            "plagiarism, citation styles and reference managers, interlibrary requests, loan "
            "limits per user category) and refers users to the writing centre or international "
            "office when needed.",
        ),
        (
            "能冷静、公正地处理读者原有学术文化与本校规定冲突的个案（收到抄袭警告、账户被冻结、"
            "签证相关的证明材料需求），讲清可选办法和期限；能为特定群体改编宣传材料。",
            "Handles cases where a user's earlier academic culture collides with local rules (a "
            "plagiarism warning, a blocked account, a document needed for a visa) calmly and "
            "fairly, explaining options and deadlines; adapts handouts for particular groups.",
        ),
        (
            "与国际交流处和院系共同设计图书馆的迎新与适应支持：多语种新生指南、同伴导师计划、"
            "按学期安排的学术诚信讲座，并评估成效。",
            "Designs the library's welcome and adjustment support with the international office "
            "and faculties: a newcomer guide in several languages, peer mentors, "
            "academic-integrity sessions timed to the semester, and their evaluation.",
        ),
    ],
    "cultural-events": [
        (
            "按安排协助布置和举办多元文化活动或主题书展（标识、迎宾、统计人数）。",
            "Helps set up and run a multicultural event or book display when asked (signs, "
            "welcoming guests, counting attendance).",
        ),
        (
            "按既定方案组织常规活动，如外语角、电影之夜、国际读书会，负责场地预约、在图书馆"
            "微信公众号上宣传，并撰写简短总结。",
            "Runs a recurring activity to an agreed plan (a language corner, a film evening, an "
            "international reading club): books the room, promotes it on the library's WeChat "
            "account and writes a short report.",
        ),
        (
            "与留学生社团或文化机构合作策划并举办活动或展览：从馆藏中选展品，撰写双语说明并请"
            "母语者审校，避免刻板印象。",
            "Plans and runs an event or exhibition with an international students' association "
            "or a cultural institute: chooses items from the collection, writes bilingual labels, "
            "has them checked by native speakers and avoids stereotypes.",
        ),
        (
            "统筹全年活动项目（如“国际文化节”），兼顾各文化的呈现，管理志愿者和经费，并根据"
            "反馈和参与数据改进。",
            "Runs a programme across the year (such as the International Culture Festival), "
            "balancing the cultures represented, managing volunteers and budget, and improving it "
            "from feedback and attendance.",
        ),
        (
            "与校内外伙伴共同制定图书馆文化活动战略，争取经费和合作（使领馆、文化机构、友好"
            "图书馆），并在专业会议上交流成果。",
            "Sets the library's strategy for cultural programmes with partners on and off "
            "campus, wins funding and partners (embassies, cultural institutes, sister "
            "libraries) and presents the work at professional meetings.",
        ),
    ],
    "intl-ill": [
        (
            "能正确受理馆际互借或文献传递申请（完整题录、读者类别、需要日期、费用上限），并转交"
            "馆际互借组。",
            "Takes an interlibrary loan or document delivery request correctly (full citation, "
            "user category, date needed, cost limit) and passes it to the ILL team.",
        ),
        (
            "申请前查核本馆馆藏、CALIS/CASHL 和开放获取版本；向国内合作馆提交常规请求，并如实"
            "告知读者到馆时间和费用。",
            "Checks local holdings, CALIS/CASHL and open-access copies before requesting; "
            "places routine requests with libraries in China and gives users realistic delivery "
            "times and costs.",
        ),
        (
            "能向境外图书馆提交并跟踪请求（如通过 OCLC WorldShare 或大英图书馆文献传递服务），"
            "按版权和许可协议判断可复制与传递的范围，处理付费和海关相关问题。",
            "Places and follows up requests with libraries abroad (through OCLC WorldShare or "
            "the British Library's On Demand service, for example), applies copyright and licence "
            "limits to what may be copied and sent, and deals with payment and customs.",
        ),
        (
            "能解决疑难请求——非拉丁文字题录、稀见或灰色文献、特藏外借、丢失或账单纠纷——并能"
            "用英文与合作馆顺畅沟通。",
            "Solves difficult requests (citations in non-Latin scripts, rare or grey literature, "
            "loans of special-collections items, disputes over lost items or invoices) and "
            "corresponds with partner libraries in English with ease.",
        ),
        (
            "建立和评估本馆国际资源共享协议与流程，监测周转时间和费用统计，并培训其他部门和"
            "兄弟馆的同事。",
            "Builds and reviews the library's international resource-sharing agreements and "
            "workflows, monitors turnaround and cost, and trains colleagues in other departments "
            "and libraries.",
        ),
    ],
    "visiting-scholar": [
        (
            "了解留学生和访问学者属于哪类读者，知道办理读者证应到哪里。",
            "Knows which user categories international students and visiting scholars belong to "
            "and where they get a library card.",
        ),
        (
            "按流程为留学生和访问学者办理读者证和校园账户，核对所需材料（护照、录取通知、接待"
            "单位证明），并讲清借阅权限。",
            "Issues library cards and campus accounts to international students and visiting "
            "scholars by the procedure, checks the documents (passport, admission letter, host "
            "department's confirmation) and explains borrowing rights.",
        ),
        (
            "能独立解决常见问题：读者类别错误、护照姓名与系统不一致、访客账户到期、校外访问；"
            "需要更正记录时联系接待院系或国际交流处。",
            "Solves the usual problems on their own (an account in the wrong category, a "
            "passport name that does not match the system, an expired visitor account, "
            "off-campus access) and contacts the host department or international office when a "
            "record must be corrected.",
        ),
        (
            "为访问学者提供从到校到离校的一对一科研支持——资源咨询、对接学科馆员、投稿与数据"
            "问题——并与国际交流处协同处理例外情况。",
            "Supports visiting scholars' research one to one from arrival to departure "
            "(resource consultations, introductions to subject librarians, publishing and data "
            "questions) and settles exceptions with the international office.",
        ),
        (
            "与国际交流处、研究生院共同设计面向留学生和访问学者的图书馆服务——流程、服务标准、"
            "满意度调查——并报告其使用和质量情况。",
            "Designs the library's service for international students and visiting scholars "
            "with the international office and graduate school (procedures, service standards, "
            "satisfaction surveys) and reports on its use and quality.",
        ),
    ],
    "intl-databases": [
        (
            "能在主要国际数据库（Web of Science、Scopus、JSTOR）中做简单关键词检索，并通过"
            "图书馆权限获取全文。",
            "Runs simple keyword searches in the main international databases (Web of Science, "
            "Scopus, JSTOR) and reaches the full text through the library's access.",
        ),
        (
            "会用字段、筛选和布尔运算，能查到姓名有多种拼写的作者，并向读者演示导出参考文献。",
            "Uses fields, filters and Boolean operators, finds an author whose name is spelt in "
            "several romanisations, and shows users how to export references.",
        ),
        (
            "能用受控词表（MeSH、叙词表）构建检索策略，能分别用转写和原文字检索非拉丁文字"
            "文献，并教会读者自行重复检索。",
            "Builds search strategies with controlled vocabularies (MeSH, thesauri), searches "
            "non-Latin-script literature both in transliteration and in the original script, "
            "and teaches users to repeat the search themselves.",
        ),
        (
            "能为科研人员完成系统检索和跨语种检索，比较不同国家数据库（如 CiNii、KCI、"
            "eLibrary.ru）的收录范围，并记录检索过程以便复现。",
            "Carries out systematic and cross-language searches for researchers, compares the "
            "coverage of national databases (CiNii, KCI, eLibrary.ru) and documents searches so "
            "they can be reproduced.",
        ),
        (
            "为国际数据库的续订与增订提供建议，为馆员和研究生设计检索培训，并参与发现系统的配置。",
            "Advises on which international databases to keep or add, designs search training "
            "for staff and graduate students, and helps configure the discovery system.",
        ),
    ],
    "intl-orientation": [
        (
            "能按准备好的讲解词带领留学生参观图书馆。",
            "Leads international students on the standard library tour from the prepared script.",
        ),
        (
            "能用英语（或其他外语）使用现成课件讲授标准入馆教育课，并解答课后的常见问题。",
            "Gives the standard orientation session in English (or another language) from the "
            "prepared slides and answers the usual questions afterwards.",
        ),
        (
            "能根据对象（本科生、博士生、短期交换生）调整入馆教育和数据库讲座，设计上机练习，"
            "并检验学习效果。",
            "Adapts orientation and database workshops to the audience (undergraduates, "
            "doctoral students, short-term exchange students) with hands-on exercises, and checks "
            "what participants learned.",
        ),
        (
            "与院系合作为国际项目设计系列课程（如中英文论文写作、面向外国研究者的中文资源），并"
            "制作双语在线指南和视频。",
            "Designs a series of sessions with faculties for international programmes (thesis "
            "writing in Chinese or English, Chinese-language resources for foreign researchers) "
            "and produces bilingual online guides and videos.",
        ),
        (
            "主导面向国际读者的信息素养教育项目，开展评估，培训授课同事，并与其他图书馆分享经验。",
            "Leads the library's information-literacy programme for international users, "
            "evaluates it, trains the colleagues who teach it and shares it with other "
            "libraries.",
        ),
    ],
    "multilingual-discovery": [
        (
            "能发现题名或姓名显示错误（乱码、字体错误），并附截图和记录号报告。",
            "Notices when a title or name is displayed wrongly (garbled characters, the wrong "
            "script) and reports it with a screenshot and the record number.",
        ),
        (
            "能用其他文字检索目录和发现系统，会切换日文、韩文、俄文等输入法，了解系统如何处理"
            "变音符号和罗马化拼写。",
            "Searches the catalogue and discovery system in other scripts, switches input "
            "methods for Japanese, Korean, Russian and others, and knows how the system treats "
            "diacritics and romanisation.",
        ),
        (
            "能编辑含原文字与罗马化平行字段（MARC 880）的记录，采用正确的转写标准（汉语拼音、"
            "平文式罗马字、ALA-LC），并在 OPAC 中核对显示效果。",
            "Edits records with parallel fields in the original script and in romanisation (MARC "
            "880), applies the right transliteration standard (Hanyu Pinyin, Hepburn, ALA-LC) "
            "and checks how they display in the OPAC.",
        ),
        (
            "能配置发现系统的语种分面、界面翻译和检索索引；能与厂商一起诊断 Unicode 规范化和"
            "索引问题。",
            "Configures the discovery system's language facets, interface translations and "
            "search indexes; diagnoses Unicode normalisation and indexing problems with the "
            "vendor.",
        ),
        (
            "制定本馆多语种元数据与界面的政策，规划系统迁移和对厂商的需求，代表本馆参加联盟"
            "工作组。",
            "Sets the library's policy for multilingual metadata and interfaces, plans "
            "migrations and requirements for vendors, and represents the library in consortium "
            "working groups.",
        ),
    ],
    "remote-access": [
        (
            "能按图书馆帮助页面告诉读者如何在校外访问电子资源（VPN、CARSI 登录）。",
            "Tells users how to reach e-resources off campus (VPN, CARSI login) from the "
            "library's help page.",
        ),
        (
            "能一步步指导读者完成 VPN 和 CARSI/Shibboleth 登录（包括手机端），识别常见错误"
            "（账户类型不对、密码过期、浏览器拦截弹窗）。",
            "Walks a user through VPN and CARSI/Shibboleth login step by step, on a phone too, "
            "and recognises the common errors (wrong account type, expired password, the "
            "browser blocking a pop-up).",
        ),
        (
            "能独立诊断访问故障——代理配置、IP 范围、到馆访客和访问学者的许可限制、出版商服务"
            "中断——能解决的当场解决，其余按厂商要求附详细信息报告。",
            "Diagnoses access failures on their own (proxy configuration, IP ranges, licence "
            "limits for walk-in users and visiting scholars, publisher outages), fixes what can "
            "be fixed and reports the rest to the vendor with the details they need.",
        ),
        (
            "维护图书馆资源的代理和认证配置，监测访问问题，编写减少重复咨询的双语帮助页面。",
            "Maintains the proxy and authentication set-up of the library's resources, monitors "
            "access problems and writes bilingual help pages that cut repeat enquiries.",
        ),
        (
            "与学校信息中心共同规划图书馆的访问与认证架构（统一身份认证、身份联盟、隐私保护），"
            "与厂商商定技术条款。",
            "Plans the library's access and authentication architecture with the university's "
            "IT centre (single sign-on, identity federation, privacy) and agrees technical terms "
            "with vendors.",
        ),
    ],
    "virtual-reference": [
        (
            "能用预设答案回复在线咨询和电子邮件中的简单问题，并转交其他语种的问题。",
            "Answers simple chat and e-mail questions with the prepared answers and hands on "
            "questions in other languages.",
        ),
        (
            "能用规范、友好的中英文回复常规在线咨询；对其他语种谨慎使用机器翻译（短句、回译"
            "核对），并告知读者使用了机器翻译。",
            "Answers routine online questions in correct, friendly Chinese and English; uses "
            "machine translation for other languages with care (short sentences, checking the "
            "back-translation) and tells the user it was used.",
        ),
        (
            "能在线上完成完整的参考咨询访谈，在在线咨询、邮件和微信之间切换，同时处理多个会话，"
            "并按服务标准跟进未解决的问题。",
            "Conducts a full reference interview online across chat, e-mail and WeChat, handles "
            "several conversations at once and follows up open questions within the service "
            "standard.",
        ),
        (
            "能用外语在线处理复杂科研咨询，编写和维护多语种常见问题与知识库，并评阅同事的咨询"
            "记录。",
            "Handles complex research questions online in a foreign language, writes and keeps "
            "up the multilingual FAQ and knowledge base, and reviews colleagues' transcripts.",
        ),
        (
            "组织在线咨询服务——排班、服务标准、智能问答的知识库、与他馆合作的非工作时间值守——"
            "并评估服务质量。",
            "Organises the online reference service (rota, service standards, the chatbot's "
            "knowledge base, out-of-hours cover with other libraries) and evaluates its quality.",
        ),
    ],
    "foreign-collection": [
        (
            "能正确登记外文图书荐购，并查核馆藏与在订记录。",
            "Records purchase requests for foreign-language books correctly and checks them "
            "against holdings and open orders.",
        ),
        (
            "通过进口商（如中图公司）办理外文书刊的常规订购，跟踪到货并催缺。",
            "Places routine orders for foreign-language books and journals through the importers "
            "(such as CNPIEC), tracks delivery and claims missing issues.",
        ),
        (
            "能在预算内利用出版社书目和预订计划为负责学科选书，兼顾留学生和访问学者的荐购以及"
            "汇率对价格的影响。",
            "Selects foreign-language material for their subjects within the budget from "
            "publishers' catalogues and approval plans, weighing requests from international "
            "students and scholars and the effect of exchange rates on prices.",
        ),
        (
            "能建设小语种和小市场的馆藏（如中亚、韩国出版社的出版物），组织与合作馆的赠送与"
            "交换，并评估使用情况。",
            "Builds collections in less common languages and from smaller markets (Central Asian "
            "or Korean publishers, for example), arranges gifts and exchanges with partner "
            "libraries and evaluates use.",
        ),
        (
            "制定外文文献馆藏发展政策，与院系商定经费分配，牵头联盟内的协调采购。",
            "Writes the collection policy for foreign-language material, agrees budget shares "
            "with faculties and leads cooperative purchasing in the consortium.",
        ),
    ],
    "eresource-licensing": [
        (
            "知道本馆许可协议存放在哪里，能告诉读者某资源是否已订购。",
            "Knows where the library's licences are kept and can tell a user whether a resource "
            "is subscribed.",
        ),
        (
            "能依据许可摘要回答读者关于使用权限的问题——到馆访客、访问学者、文本与数据挖掘、"
            "电子期刊能否用于馆际互借。",
            "Answers users' questions about what a licence allows (walk-in users, visiting "
            "scholars, text and data mining, interlibrary loan from e-journals) from the licence "
            "summary.",
        ),
        (
            "能组织试用与续订，对照标准许可条款（如 DRAA 条款）审读协议，并整理 COUNTER 使用"
            "统计和单次使用成本供决策。",
            "Runs trials and renewals, reads licence terms against the model terms (such as "
            "DRAA's), and compiles COUNTER usage and cost per use for decisions.",
        ),
        (
            "能用英语与国际供应商和联盟谈判许可条款和价格，包括访问学者和远程用户的访问权，并"
            "处理违约与停机索赔。",
            "Negotiates licence terms and prices with international vendors and consortia in "
            "English, including access for visiting scholars and remote users, and handles "
            "breaches and downtime claims.",
        ),
        (
            "制定本馆电子资源战略（转换协议、开放获取、永久访问），牵头联盟谈判，并向学校报告"
            "资源价值。",
            "Sets the library's e-resource strategy (transformative agreements, open access, "
            "perpetual access), leads consortium negotiations and reports their value to the "
            "university.",
        ),
    ],
    "cross-team-collab": [
        (
            "能把需求和信息转给合适的同事或部门，并附上对方处理所需的细节。",
            "Passes requests and information to the right colleague or department with the "
            "details they need to act.",
        ),
        (
            "可靠地参与与其他团队的共同工作（迎新周、考试周延长开放），及时更新共享排班和记录，"
            "尽早反映问题。",
            "Takes a reliable part in shared work with other teams (orientation week, longer "
            "opening in exam weeks), keeps shared rotas and records up to date and raises "
            "problems early.",
        ),
        (
            "能协调两个及以上团队或校内伙伴（国际交流处、接待院系、信息中心）完成任务，明确"
            "分工和时限，并向读者反馈结果。",
            "Coordinates a task across two or more teams or with a campus partner (the "
            "international office, a host department, the IT centre), agrees who does what by "
            "when, and closes the loop with the user.",
        ),
        (
            "能牵头跨团队项目（如面向访问学者的新服务），建设性地处理分歧，及时向相关方通报"
            "进展；能与不同文化背景的成员良好合作。",
            "Leads a cross-team project (a new service for visiting scholars, say), handles "
            "disagreement constructively and keeps everyone informed; works well in teams whose "
            "members come from different cultures.",
        ),
        (
            "在校内外建立长期合作关系——包括国际交流处、境外友好图书馆以及国际图联和图书馆联盟"
            "的工作组——并建立使合作持续运转的机制。",
            "Builds lasting partnerships inside and outside the university (the international "
            "office, sister libraries abroad, IFLA and consortium working groups) and sets up "
            "what keeps them working.",
        ),
    ],
    "peer-coaching": [
        (
            "在同事询问时分享实用经验、解答与本职工作相关的问题。",
            "Shares useful tips and answers colleagues' questions about their own work when asked.",
        ),
        (
            "能一步步带新同事完成常规工作，并确认对方能独立操作。",
            "Shows a new colleague a routine task step by step and checks they can do it alone.",
        ),
        (
            "能按计划带教试用期新员工，针对观察到的服务过程给出具体反馈，并为团队整理经验做法。",
            "Mentors a new colleague through probation to a plan, gives specific feedback on "
            "desk work they observed and writes up good practice for the team.",
        ),
        (
            "能为同事设计和讲授培训或编写 Meridian 课程模块（包括跨文化情景角色扮演），并根据"
            "测验结果和反馈加以改进。",
            "Designs and teaches training or writes Meridian course modules for colleagues "
            "(role plays of cross-cultural situations included) and improves them from quiz "
            "results and feedback.",
        ),
        (
            "主导部门的专业发展：对照岗位要求找出差距，与培训主管共同规划培训，营造学习与反馈"
            "的氛围。",
            "Leads the department's professional development: finds the gaps against role "
            "requirements, plans training with the training coordinator and builds a habit of "
            "learning and feedback.",
        ),
    ],
}


def _descriptors(code: str) -> list[LevelDescriptor]:
    return [
        LevelDescriptor(level=level, text_zh=text_zh, text_en=text_en)
        for level, (text_zh, text_en) in enumerate(DESCRIPTORS[code], start=1)
    ]


def load_competencies() -> int:
    """Create the demo competencies that do not exist yet, and give the five-level ones that have
    no level descriptors (created before there were any) the demo's; returns how many
    competencies were created. Competencies and descriptors that exist are left as edited."""
    existing = {
        competency.code: competency
        for competency in Competency.objects.filter(
            code__in=[spec.code for spec in DEMO_COMPETENCIES]
        ).prefetch_related("descriptors")
    }
    languages = {language.code: language for language in Language.objects.all()}
    created = 0
    for spec in DEMO_COMPETENCIES:
        competency = existing.get(spec.code)
        if competency is None:
            if spec.language and spec.language not in languages:
                continue  # a language deleted from the list: leave its competency out
            competency_save(
                competency=Competency(
                    code=spec.code,
                    area=spec.area,
                    scale=spec.scale,
                    language=languages[spec.language] if spec.language else None,
                    name_zh=spec.name_zh,
                    name_en=spec.name_en,
                    description=spec.description,
                    descriptors=_descriptors(spec.code) if spec.code in DESCRIPTORS else [],
                )
            )
            created += 1
        elif (
            spec.code in DESCRIPTORS
            and not competency.is_language
            and not competency.descriptors.all()
        ):
            competency.descriptors = _descriptors(spec.code)
            competency_save(competency=competency)
    return created
