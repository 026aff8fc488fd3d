"""Final quiz of "Searching international databases": transliteration, author names across
scripts, controlled vocabularies, search strategy, exporting and the full text."""

from decimal import Decimal as D

from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

DB = "intl-databases"
RIGHT, WRONG = D(1), D(0)
QUARTER, MINUS_HALF = D("0.25"), D("-0.5")

WADE_GILES = [
    ("Hsü", "Xu"),
    ("Tung", "Dong"),
    ("jen", "ren"),
    ("Ch’ing-hua", "Qinghua"),
    ("Pei-p’ing", "Beiping"),
    ("", "Beijing"),
]

SEARCH = 'TITLE-ABS-KEY(("water governance" [[1]] "water management") [[2]] (city OR cities OR urban) [[3]] brazil*)'


def boolean_options(language: str) -> list[O]:
    """The drop-downs of the Scopus search: OR inside the group of synonyms, AND between."""
    feedback = {
        "zh": {
            "synonym-or": "正确：同义词用OR连接，两个短语出现任何一个即可。",
            "synonym-and": "同义词之间用AND，要求一条记录同时包含两个短语，会漏掉大量结果。",
            "synonym-not": "NOT 会把所有提到 water management 的记录排除掉。",
            "concept-and": "正确：不同概念用AND连接，每条结果都必须包含全部概念。",
            "concept-or": "概念之间用OR，会把所有关于城市或巴西的文献都找出来，不管主题是什么。",
            "concept-not": "NOT 会把你需要的概念排除掉。",
        },
        "en": {
            "synonym-or": "Right: synonyms are joined with OR, so either phrase will do.",
            "synonym-and": "AND between synonyms demands both phrases in one record, so you lose many results.",
            "synonym-not": "NOT would exclude every record that mentions water management.",
            "concept-and": "Right: different concepts are joined with AND, so every result contains all of them.",
            "concept-or": "OR between concepts brings in everything about cities or about Brazil, whatever the topic.",
            "concept-not": "NOT would exclude the very concept you need.",
        },
    }[language]
    options = [
        O("OR", RIGHT, feedback["synonym-or"], blank=1),
        O("AND", WRONG, feedback["synonym-and"], blank=1),
        O("NOT", WRONG, feedback["synonym-not"], blank=1),
    ]
    for blank in (2, 3):
        options += [
            O("AND", RIGHT, feedback["concept-and"], blank=blank),
            O("OR", WRONG, feedback["concept-or"], blank=blank),
            O("NOT", WRONG, feedback["concept-not"], blank=blank),
        ]
    return options


ZH = [
    Q(
        QType.MATCHING,
        name="威妥玛拼音与汉语拼音",
        category="国际数据库检索/转写系统",
        competency=DB,
        level=2,
        text="<p>请为每个威妥玛拼音配上对应的汉语拼音。</p>",
        options=[O(wade_giles, match_text=pinyin) for wade_giles, pinyin in WADE_GILES],
        general_feedback="主要对应关系：hs = x，-ung = -ong，j = r，ch’ 在 i 前对应 q，p’ = p，p = b。较早的英文文献和目录记录大量使用威妥玛拼音，两种拼法都要检索。北平（Beiping）是1928年至1949年间北京的名称。",
    ),
    Q(
        QType.CLOZE,
        name="布尔逻辑检索式",
        category="国际数据库检索/检索策略",
        competency=DB,
        level=2,
        text=f"<p>来自巴西的访问学者研究巴西城市的水资源治理。请补全她在 Scopus 中的检索式。</p><p>{SEARCH}</p>",
        options=boolean_options("zh"),
        general_feedback="OR 连接同义词（扩大范围），AND 连接不同概念（缩小范围），NOT 用于排除（慎用）。括号把每组同义词放在一起；brazil* 可以同时找到 Brazil 和 Brazilian。",
    ),
    Q(
        QType.TRUEFALSE,
        name="韩文的两种罗马字",
        category="国际数据库检索/转写系统",
        competency=DB,
        level=2,
        shuffle=False,
        text="<p>韩国自2000年起使用的官方罗马字方案——文化观光部式（Revised Romanization）——使用短音符号和撇号，例如 <em>Han’guk</em>、<em>Chosŏn</em>。</p>",
        options=[
            O(
                "true",
                WRONG,
                "不对：那是1939年发表的马科恩-赖肖尔式（McCune-Reischauer）。文化观光部式不使用附加符号：Hanguk、Busan、Daegu。",
            ),
            O(
                "false",
                RIGHT,
                "正确：文化观光部式不使用附加符号（Hanguk、Busan）；短音符号和撇号属于马科恩-赖肖尔式（Han’guk、Pusan）。",
            ),
        ],
        general_feedback="2000年以前的英文文献几乎都用马科恩-赖肖尔式，美国国会图书馆的韩文罗马字也以它为基础。两种都要检索：Busan OR Pusan，Hanguk OR Han’guk。",
    ),
    Q(
        QType.SHORT,
        name="黑本式罗马字",
        category="国际数据库检索/转写系统",
        competency=DB,
        level=2,
        text="<p>日本姓氏“清水”用训令式罗马字写作 <em>Simizu</em>。用黑本式（Hepburn）怎么写？</p>",
        options=[O("Shimizu", RIGHT, "正确。")],
        general_feedback="黑本式（护照和大多数英文出版物使用）把し、ち、つ、ふ、じ写作 shi、chi、tsu、fu、ji；训令式写作 si、ti、tu、hu、zi。两种写法都要检索。",
    ),
    Q(
        QType.MULTI,
        name="韩国姓氏“이”的拼法",
        category="国际数据库检索/作者姓名",
        competency=DB,
        level=2,
        text="<p>你要查一位韩国作者的论文，他的姓是“이”（李）。检索式应当包括哪些拼法？（多选）</p>",
        options=[
            O("Lee", QUARTER, "正确：最常见的拼法。"),
            O("Yi", QUARTER, "正确。"),
            O("Rhee", QUARTER, "正确。"),
            O("I", QUARTER, "正确：严格按罗马字方案的拼法。"),
            O("Park", MINUS_HALF, "Park 是另一个姓“박”（朴）的拼法。"),
            O("Choi", MINUS_HALF, "Choi 是另一个姓“최”（崔）的拼法。"),
        ],
        general_feedback="韩国人名的拼法常常不遵循任何方案：이 可能是 Lee、Yi、Rhee 或 I；박 是 Park、Pak 或 Bak；최 是 Choi 或 Choe。用 OR 组合各种拼法，再用名字、机构和 ORCID 确认。",
    ),
    Q(
        QType.SINGLE,
        name="按作者标识符检索",
        category="国际数据库检索/作者姓名",
        competency=DB,
        level=2,
        text="<p>学生在一位教授的院系主页上找到了他的 ORCID。在 Web of Science 中，用哪个字段代码按作者标识符（ORCID 或 ResearcherID）检索？</p>",
        options=[
            O("AI=", RIGHT, "正确：AI= 检索作者标识符。"),
            O("AU=", WRONG, "AU= 检索作者姓名，同名的人太多。"),
            O("OG=", WRONG, "OG= 检索规范化的机构名称。"),
            O("TS=", WRONG, "TS= 检索主题（题名、摘要、关键词）。"),
        ],
        general_feedback="先用 AI= 检索标识符，再用 AU= 加姓名的各种拼法、用 OG= 加机构，找出尚未关联到 ORCID 的论文，并核对合著者以排除同名作者。",
    ),
    Q(
        QType.NUMERIC,
        name="ORCID 的位数",
        category="国际数据库检索/作者姓名",
        competency=DB,
        level=1,
        text="<p>不算连字符，一个 ORCID 标识符有多少位字符？（例如 0000-0002-1825-0097）</p>",
        options=[O("16", RIGHT, "正确：16位，最后一位可能是 X。")],
        general_feedback="ORCID 是研究人员自己免费注册、终身使用的16位标识符，最后一位是校验位，可能是 X。越来越多的期刊和资助机构要求提供 ORCID。",
    ),
    Q(
        QType.SINGLE,
        name="“心脏病发作”的 MeSH 主题词",
        category="国际数据库检索/受控词表",
        competency=DB,
        level=2,
        text="<p>一位护理专业的学生想在 PubMed 中检索“心脏病发作”（heart attack）。她应该用哪个 MeSH 主题词？</p>",
        options=[
            O("Myocardial Infarction", RIGHT, "正确：Heart Attack 是入口词，会指向这个主题词。"),
            O("Heart Attack", WRONG, "这是入口词，不是主题词。"),
            O("Neoplasms", WRONG, "这是癌症和肿瘤的主题词。"),
            O("Aged", WRONG, "这是表示65岁及以上人群的年龄主题词。"),
        ],
        general_feedback="受控词表把同一个概念统一标引在一个主题词下，不管作者怎么表述。用 MeSH Browser 查找主题词，并用题名和摘要中的关键词补充检索最新的、可能尚未标引的文献。",
    ),
    Q(
        QType.MATCHING,
        name="学科叙词表",
        category="国际数据库检索/受控词表",
        competency=DB,
        level=2,
        text="<p>请为每种叙词表配上它服务的学科领域。</p>",
        options=[
            O("ERIC Thesaurus", match_text="教育"),
            O("APA Thesaurus（PsycInfo）", match_text="心理学"),
            O("INSPEC 叙词表", match_text="物理与工程"),
            O("AGROVOC", match_text="农业与食品（联合国粮农组织，多语种）"),
            O("Getty AAT", match_text="艺术与建筑"),
            O("MeSH", match_text="医学与生物医学"),
            O("", match_text="法律"),
        ],
        general_feedback="数据库里通常有 “Thesaurus” 或 “Subject terms” 入口。用本学科的词表检索，不管作者怎么表述都能找到；新概念往往还没有主题词，要和自由词结合使用。",
    ),
    Q(
        QType.ORDERING,
        name="构建检索式的步骤",
        category="国际数据库检索/检索策略",
        competency=DB,
        level=2,
        text="<p>参照本课 Scopus 对话中的做法，把和读者一起构建检索式的步骤按顺序排列。</p>",
        options=[
            O("把题目拆成两三个主要概念"),
            O("列出作者对每个概念使用的其他说法"),
            O("用 OR 把每个概念的同义词连起来，放在括号里"),
            O("用 AND 连接各组概念"),
            O("保存检索式并设置提醒"),
        ],
        general_feedback="先拆概念，再找同义词；同义词用 OR、概念之间用 AND；满意之后保存检索式并设置提醒，有新文献时会收到邮件。让读者自己试下一步，比问 “Do you understand?” 更能确认理解。",
    ),
    Q(
        QType.SINGLE,
        name="英式拼写查不到书",
        category="国际数据库检索/受控词表",
        competency=DB,
        level=3,
        text="<p>来自尼日利亚的学生 Chinedu 在本馆目录里用 “urbanisation Africa” 检索外文图书，只找到两本。最可能的原因是什么？</p>",
        options=[
            O(
                "外文图书的记录使用美式拼写的 LCSH 主题词，例如 Urbanization--Africa。",
                RIGHT,
                "正确：LCSH 使用美式拼写，他的英式拼写没有错，只是系统用的是另一种。",
            ),
            O(
                "本馆几乎没有关于非洲的英文图书。",
                WRONG,
                "理论上可能，但先检查检索本身：拼写是更可能的原因。",
            ),
            O("他应该给词组加上引号。", WRONG, "加引号做短语检索，只会找到更少的记录。"),
            O("目录不支持英文检索。", WRONG, "支持英文检索；问题出在主题词的拼写上。"),
        ],
        general_feedback="LCSH 使用美式拼写。两种拼写都检索，或用截词（urbani*ation）；打开一条好记录，点击它的主题词；再按中图法类号浏览。不必“纠正”读者的英式拼写——它本来就是对的。",
    ),
    Q(
        QType.SINGLE,
        name="RIS 记录的结束标记",
        category="国际数据库检索/导出与全文",
        competency=DB,
        level=2,
        text="<p>在从数据库导出的 RIS 文件中，哪个两字母标记表示一条记录结束？</p>",
        options=[
            O("ER", RIGHT, "正确：ER 结束每一条记录。"),
            O("TY", WRONG, "TY（文献类型）是一条记录的开头。"),
            O("EP", WRONG, "EP 是结束页码。"),
            O("DO", WRONG, "DO 是 DOI。"),
        ],
        general_feedback="RIS 是几乎所有文献管理软件都能导入的纯文本格式：每行一个两字母标记——TY、AU、TI、T2、PY、VL、IS、SP／EP、DO——每条记录以 ER 结束。导入后检查字符编码和作者姓名。",
    ),
]

EN = [
    Q(
        QType.MATCHING,
        name="Wade-Giles and Pinyin",
        category="International databases/Transliteration",
        competency=DB,
        level=2,
        text="<p>Match each Wade-Giles spelling with its Hanyu Pinyin form.</p>",
        options=[O(wade_giles, match_text=pinyin) for wade_giles, pinyin in WADE_GILES],
        general_feedback="Key correspondences: hs = x, -ung = -ong, j = r, ch’ before i = q, p’ = p, p = b. Older English literature and catalogue records use Wade-Giles heavily, so search both forms. Beiping was the city's name from 1928 to 1949.",
    ),
    Q(
        QType.CLOZE,
        name="A Boolean search",
        category="International databases/Search strategy",
        competency=DB,
        level=2,
        text=f"<p>A visiting scholar from Brazil studies water governance in Brazilian cities. Complete her Scopus search.</p><p>{SEARCH}</p>",
        options=boolean_options("en"),
        general_feedback="OR joins synonyms (broadens), AND joins different concepts (narrows), NOT excludes (use with care). Brackets keep each group of synonyms together; brazil* finds Brazil and Brazilian.",
    ),
    Q(
        QType.TRUEFALSE,
        name="Two romanisations of Korean",
        category="International databases/Transliteration",
        competency=DB,
        level=2,
        shuffle=False,
        text="<p>Revised Romanization, South Korea's official system since 2000, uses breves and apostrophes, as in <em>Han’guk</em> and <em>Chosŏn</em>.</p>",
        options=[
            O(
                "true",
                WRONG,
                "No: that is McCune-Reischauer, published in 1939. Revised Romanization has no diacritics: Hanguk, Busan, Daegu.",
            ),
            O(
                "false",
                RIGHT,
                "Right: Revised Romanization has no diacritics (Hanguk, Busan); breves and apostrophes belong to McCune-Reischauer (Han’guk, Pusan).",
            ),
        ],
        general_feedback="English literature before 2000 almost always uses McCune-Reischauer, and the Library of Congress romanisation of Korean is based on it. Search both: Busan OR Pusan, Hanguk OR Han’guk.",
    ),
    Q(
        QType.SHORT,
        name="Hepburn romanisation",
        category="International databases/Transliteration",
        competency=DB,
        level=2,
        text="<p>The Japanese surname 清水 is written <em>Simizu</em> in Kunrei-shiki. How is it written in Hepburn romanisation?</p>",
        options=[O("Shimizu", RIGHT, "Right.")],
        general_feedback="Hepburn (used in passports and most English publications) writes し, ち, つ, ふ, じ as shi, chi, tsu, fu, ji; Kunrei-shiki writes si, ti, tu, hu, zi. Search both forms.",
    ),
    Q(
        QType.MULTI,
        name="Spellings of the surname 이",
        category="International databases/Author names",
        competency=DB,
        level=2,
        text="<p>You are looking for papers by a Korean author whose family name is 이. Which spellings should your search include? Choose all that apply.</p>",
        options=[
            O("Lee", QUARTER, "Right: the commonest spelling."),
            O("Yi", QUARTER, "Right."),
            O("Rhee", QUARTER, "Right."),
            O("I", QUARTER, "Right: the spelling a strict romanisation gives."),
            O("Park", MINUS_HALF, "Park spells a different surname, 박."),
            O("Choi", MINUS_HALF, "Choi spells a different surname, 최."),
        ],
        general_feedback="Korean personal names often follow no system: 이 may be Lee, Yi, Rhee or I; 박 Park, Pak or Bak; 최 Choi or Choe. Combine the variants with OR, and confirm by given name, affiliation and ORCID.",
    ),
    Q(
        QType.SINGLE,
        name="Searching by author identifier",
        category="International databases/Author names",
        competency=DB,
        level=2,
        text="<p>A student has found a professor's ORCID on his department page. Which Web of Science field tag searches by author identifier (ORCID or ResearcherID)?</p>",
        options=[
            O("AI=", RIGHT, "Right: AI= searches author identifiers."),
            O("AU=", WRONG, "AU= searches author names, which many people share."),
            O("OG=", WRONG, "OG= searches the unified organisation name."),
            O("TS=", WRONG, "TS= searches the topic (title, abstract, keywords)."),
        ],
        general_feedback="Search the identifier with AI=, then add name variants with AU= and the institution with OG= to catch papers not yet linked to the ORCID, and check co-authors to weed out namesakes.",
    ),
    Q(
        QType.NUMERIC,
        name="The length of an ORCID",
        category="International databases/Author names",
        competency=DB,
        level=1,
        text="<p>How many characters does an ORCID identifier have, not counting the hyphens? (For example, 0000-0002-1825-0097.)</p>",
        options=[O("16", RIGHT, "Right: 16 characters, and the last may be X.")],
        general_feedback="ORCID is a free, lifelong 16-character identifier that researchers register themselves; the last character is a check character and may be X. More and more journals and funders require it.",
    ),
    Q(
        QType.SINGLE,
        name="The MeSH heading for a heart attack",
        category="International databases/Controlled vocabularies",
        competency=DB,
        level=2,
        text="<p>A nursing student wants to search PubMed for “heart attack”. Which MeSH heading should she use?</p>",
        options=[
            O(
                "Myocardial Infarction",
                RIGHT,
                "Right: “Heart Attack” is an entry term that leads to this heading.",
            ),
            O("Heart Attack", WRONG, "An entry term, not the heading."),
            O("Neoplasms", WRONG, "The heading for cancer and tumours."),
            O("Aged", WRONG, "The age-group heading for people aged 65 and over."),
        ],
        general_feedback="A controlled vocabulary indexes a concept under one heading however authors phrase it. Look terms up in the MeSH Browser, and add title and abstract keywords to catch the newest papers, which may not be indexed yet.",
    ),
    Q(
        QType.MATCHING,
        name="Subject thesauri",
        category="International databases/Controlled vocabularies",
        competency=DB,
        level=2,
        text="<p>Match each thesaurus with the field it serves.</p>",
        options=[
            O("ERIC Thesaurus", match_text="Education"),
            O("APA Thesaurus (PsycInfo)", match_text="Psychology"),
            O("INSPEC thesaurus", match_text="Physics and engineering"),
            O("AGROVOC", match_text="Agriculture and food (FAO, multilingual)"),
            O("Getty AAT", match_text="Art and architecture"),
            O("MeSH", match_text="Medicine and biomedicine"),
            O("", match_text="Law"),
        ],
        general_feedback="Databases usually offer a “Thesaurus” or “Subject terms” link. Searching the field's own vocabulary finds papers however authors phrase a concept; new concepts often have no heading yet, so combine it with free-text keywords.",
    ),
    Q(
        QType.ORDERING,
        name="Building a search",
        category="International databases/Search strategy",
        competency=DB,
        level=2,
        text="<p>Put the steps of building a search with a reader in order, as in the lesson's Scopus dialogue.</p>",
        options=[
            O("Break the topic into two or three main concepts"),
            O("List the other words authors use for each concept"),
            O("Join the words for each concept with OR, in brackets"),
            O("Join the concept groups with AND"),
            O("Save the search and set an alert"),
        ],
        general_feedback="Concepts first, then synonyms; OR within a concept, AND between concepts; once the results look right, save the search and set an alert for new papers. Inviting the reader to try the next step checks understanding better than “Do you understand?”.",
    ),
    Q(
        QType.SINGLE,
        name="British spelling finds nothing",
        category="International databases/Controlled vocabularies",
        competency=DB,
        level=3,
        text="<p>Chinedu, a student from Nigeria, searches our catalogue for foreign-language books with “urbanisation Africa” and finds only two. What is the most likely reason?</p>",
        options=[
            O(
                "Records for foreign books carry LCSH headings with American spelling, such as Urbanization--Africa.",
                RIGHT,
                "Right: LCSH uses American spelling. His British spelling isn't wrong; the system simply uses the other one.",
            ),
            O(
                "The library has hardly any English-language books on Africa.",
                WRONG,
                "Possible in principle, but check the search first: the spelling is the likelier cause.",
            ),
            O(
                "He should have put the words in quotation marks.",
                WRONG,
                "A phrase search would find fewer records, not more.",
            ),
            O(
                "The catalogue doesn't accept searches in English.",
                WRONG,
                "It does; the problem is the spelling of the subject heading.",
            ),
        ],
        general_feedback="LCSH uses American spelling. Search both spellings or truncate (urbani*ation), open a good record and follow its subject heading, and browse the CLC class. There's no need to “correct” a British spelling — it is perfectly right.",
    ),
    Q(
        QType.SINGLE,
        name="The end of a RIS record",
        category="International databases/Exporting and full text",
        competency=DB,
        level=2,
        text="<p>In a RIS file exported from a database, which two-character tag ends each record?</p>",
        options=[
            O("ER", RIGHT, "Right: ER ends every record."),
            O("TY", WRONG, "TY (item type) starts a record."),
            O("EP", WRONG, "EP is the end page."),
            O("DO", WRONG, "DO is the DOI."),
        ],
        general_feedback="RIS is the plain-text format almost every reference manager imports: one two-character tag per line — TY, AU, TI, T2, PY, VL, IS, SP / EP, DO — with ER ending each record. After importing, check the character encoding and the author names.",
    ),
]

QUIZ = {
    "course": "searching-international-databases",
    "slug": "final-quiz",
    "after_lesson": None,
    "pass_mark": 70,
    "attempts_allowed": 3,
    "time_limit_minutes": 25,
    "required": True,
    "bank": {"zh": "国际数据库检索 题库", "en": "International database searching question bank"},
    "zh": {
        "title": "国际数据库检索：结业测验",
        "intro": "<p>本测验共12题，覆盖转写系统、跨文字的作者姓名、受控词表、检索策略以及导出与获取全文。限时25分钟，正确率达到70%即为通过，最多可作答3次。</p>",
    },
    "en": {
        "title": "Searching international databases: final quiz",
        "intro": "<p>Twelve questions on transliteration, author names across scripts, controlled vocabularies, search strategy, and exporting and getting the full text. You have 25 minutes and up to three attempts; 70% is a pass.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
