"""Final quiz of "Serving international students and visiting scholars": the first weeks,
orientation, visiting scholars and licences, academic integrity, referral and privacy."""

from decimal import Decimal as D

from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

VS = "visiting-scholar"
RIGHT, WRONG = D(1), D(0)
BEST, ACCEPTABLE, POOR = D(1), D("0.5"), D(0)
QUARTER, MINUS_HALF = D("0.25"), D("-0.5")

ZH = [
    Q(
        QType.CLOZE,
        name="校外访问数据库",
        category="国际读者服务/最初几周",
        competency=VS,
        level=2,
        text="<p>一位学生想在校外住处使用图书馆的数据库。补全下面的说明。</p><p>“数据库通过校园网的[[1]]范围识别本校用户。在校外，请先连接[[2]]，或者在出版商网站上选择“通过您的机构访问”，再通过[[3]]登录。商业VPN应用[[4]]访问我们的数据库。”</p>",
        options=[
            O("IP地址", RIGHT, "正确：数据库一般按校园网IP地址识别用户。", blank=1),
            O("无线网络密码", WRONG, "数据库看的是访问来源的IP地址，而不是无线网络密码。", blank=1),
            O("手机号码", WRONG, "手机号用于接收登录验证码，数据库并不靠它识别本校用户。", blank=1),
            O(
                "学校的VPN",
                RIGHT,
                "正确：学校的VPN（或WebVPN、代理）让你看起来像在校园网内。",
                blank=2,
            ),
            O("商业VPN", WRONG, "商业VPN给出的是校外IP，出版商不会把你识别为本校用户。", blank=2),
            O("图书馆微信公众号", WRONG, "公众号可以发通知，但不是访问数据库的途径。", blank=2),
            O("CARSI", RIGHT, "正确：CARSI 是基于 Shibboleth 的教育科研网联合认证。", blank=3),
            O(
                "CALIS",
                WRONG,
                "CALIS 是高校文献保障系统（联合目录、馆际互借），不是登录途径。",
                blank=3,
            ),
            O(
                "eduroam",
                WRONG,
                "eduroam 用于在参与机构的校园里连接无线网络，在校外住处帮不上忙。",
                blank=3,
            ),
            O("不能", RIGHT, "正确：商业VPN不能代替学校的VPN。", blank=4),
            O("可以", WRONG, "商业VPN给出的是校外地址，数据库不会识别为本校用户。", blank=4),
        ],
        general_feedback="数据库通常按校园网IP地址识别用户。在校外，要通过学校提供的途径访问——VPN（或WebVPN、代理），或者通过 CARSI 进行机构登录。商业VPN给出的是校外地址，出版商不会把用户识别为本校读者。",
    ),
    Q(
        QType.MULTI,
        name="有效的入馆培训",
        category="国际读者服务/入馆培训",
        competency=VS,
        level=2,
        text="<p>你在筹划下学期面向新来的国际学生的入馆培训。下面哪些做法能让培训真正有效？（多选）</p>",
        options=[
            O(
                "第一次培训20–30分钟，只讲头两周一定要会的事",
                QUARTER,
                "正确：短，而且只讲眼下用得上的。",
            ),
            O(
                "离开前，每个人用自己的手机或电脑预约一个座位、找到一本书",
                QUARTER,
                "正确：做过一次，比听十次都管用。",
            ),
            O(
                "一页以简明英语为基础的讲义，并根据今年的生源提供其他语言的版本",
                QUARTER,
                "正确：多语种，而且针对实际来的学生。",
            ),
            O(
                "安排多个场次（包括傍晚场），避开集中注册和体检的日子",
                QUARTER,
                "正确：时间合适，大家才来得了。",
            ),
            O(
                "开学第一周安排一场90分钟讲座，介绍图书馆的所有服务",
                MINUS_HALF,
                "时间太长、内容太多，而且正赶上新生最忙的时候，大部分内容会被忘掉。",
            ),
            O(
                "只在图书馆微信公众号上用中文发通知",
                MINUS_HALF,
                "很多新生还没有关注公众号，或者看不懂中文通知。",
            ),
        ],
        general_feedback="有效的入馆培训要短、要动手、要多语种、时间要合适，并且分层进行：第1–2周是“生存培训”，第4–8周是研究技能工作坊，开题和写论文之前再讲引用规范和论文提交。",
    ),
    Q(
        QType.SINGLE,
        name="被登记为校外读者",
        category="国际读者服务/访问学者",
        competency=VS,
        level=2,
        text="<p>来访一年的田中教授发现，自己的账户被登记成了“校外读者”（到馆用户）。按常见的许可条款，在问题纠正之前，他通常<strong>不能</strong>做什么？</p>",
        options=[
            O("在图书馆的电脑上检索数据库", WRONG, "到馆用户一般可以在馆内使用已订购的资源。"),
            O("在馆内阅读印本图书", WRONG, "到馆用户经许可进入图书馆，可以使用馆藏。"),
            O(
                "在校外住处通过学校VPN使用已订购的数据库",
                RIGHT,
                "正确：远程访问一般只面向授权用户。",
            ),
            O("请馆员帮忙检索", WRONG, "任何来馆的人都可以求助，这和许可条款无关。"),
        ],
        general_feedback="授权用户和到馆用户的区分决定了能否远程访问。请接待单位把他的登记更正为访问学者类别——不要由图书馆自行修改读者类型；在此之前，告诉他可以在馆内和校园网内使用资源。",
    ),
    Q(
        QType.SJT,
        name="访问学者想共享账号",
        category="国际读者服务/访问学者",
        competency=VS,
        level=3,
        text="<p>来自德国、来访三个月的 Katrin Vogel 博士问：“我在德国的博士生也需要这些数据库。我能把我的VPN用户名和密码给她吗？只是做研究，不做商业用途。”你怎么回答？</p>",
        options=[
            O(
                "明确而友善地拒绝，并说明原因——许可协议只允许授权用户本人使用，共享账号可能导致她的账户、甚至全校的访问被停用；然后提供其他途径：学生所在学校的图书馆、通过那里的馆际互借、开放获取版本，或者直接写信给作者。",
                BEST,
                "最佳：答复明确，理由对方能够接受，还提供了可行的替代办法。她并无恶意，很多研究人员并不了解许可条款。",
            ),
            O(
                "告诉她共享密码违反许可条款，所以不行。",
                ACCEPTABLE,
                "正确而明确，但只停留在“不行”。再提供替代办法（学生自己学校的图书馆、馆际互借、开放获取），拒绝就变成了帮助。",
            ),
            O(
                "告诉她只要是非商业研究就没问题。",
                POOR,
                "非商业用途并不会让人成为授权用户；几乎所有许可协议都禁止共享账号。",
            ),
            O(
                "建议她自己下载文章，再把PDF发给学生。",
                POOR,
                "把授权全文转发给非授权用户，同样违反许可协议；批量下载还可能导致全校的访问被封。",
            ),
        ],
        general_feedback="许可协议只允许授权用户使用，不得共享账号，不得系统性下载。明确而友善地说“不”，把重点放在能做什么上。",
    ),
    Q(
        QType.NUMERIC,
        name="离校提醒的时间",
        category="国际读者服务/访问学者",
        competency=VS,
        level=1,
        text="<p>访问学者的临时账户在来访结束时到期。按本课的建议，图书馆应在到期前几周提醒对方归还图书、结清费用？请填写周数。</p>",
        options=[O("3", RIGHT, "正确：到期前两到四周发提醒。", tolerance=D(1))],
        general_feedback="在账户到期前两到四周发提醒：归还图书、结清费用，如有需要导出文献管理软件中的数据——机构访问权限会随图书馆账户一起终止。",
    ),
    Q(
        QType.TRUEFALSE,
        name="相似度报告不是结论",
        category="国际读者服务/学术规范",
        competency=VS,
        level=1,
        shuffle=False,
        text="<p>相似度检测报告显示的是与其他来源重合的文字，它本身并不判定学生是否抄袭。</p>",
        options=[
            O(
                "true",
                RIGHT,
                "正确：规范引用的原文、专业术语和参考文献列表都会计入重合比例。是否构成学术不端，由导师和学校认定。",
            ),
            O(
                "false",
                WRONG,
                "不对：报告只显示重合的文字。是否有问题，由导师、院系和学校按规定认定。",
            ),
        ],
        general_feedback="相似度报告是检查引用的工具，不是判决书。馆员帮助学生读懂报告、学会改写和引用；检测阈值由学校或院系规定。",
    ),
    Q(
        QType.MATCHING,
        name="引用格式",
        category="国际读者服务/学术规范",
        competency=VS,
        level=2,
        text="<p>请为每种引用格式配上对应的说明。</p>",
        options=[
            O("APA", match_text="著者-出版年制；心理学、教育学和社会科学常用"),
            O("MLA", match_text="著者-页码制；语言、文学和人文学科常用"),
            O("Chicago", match_text="注释-书目制或著者-出版年制；历史学多用前者"),
            O("IEEE", match_text="按引用顺序编号；工程和计算机领域常用"),
            O("GB/T 7714", match_text="中国国家标准，有[J]、[M]等文献类型标识"),
        ],
        general_feedback="用哪种格式、哪个版本，以导师、院系或期刊的要求为准。文献管理软件可以自动生成引文，但结果仍需人工核对。",
    ),
    Q(
        QType.SHORT,
        name="GB/T 7714 的期刊标识",
        category="国际读者服务/学术规范",
        competency=VS,
        level=2,
        text="<p>在按 GB/T 7714 著录的参考文献中，期刊文章用什么文献类型标识？请输入标识，例如 [X]。</p>",
        options=[O("[J]", RIGHT, "正确。"), O("J", RIGHT, "正确。")],
        general_feedback="GB/T 7714 用文献类型标识区分文献：[M] 专著，[J] 期刊文章，[D] 学位论文，[C] 会议录，[EB/OL] 电子公告（网上）。",
    ),
    Q(
        QType.MATCHING,
        name="转介到哪个部门",
        category="国际读者服务/转介与隐私",
        competency=VS,
        level=2,
        text="<p>读者在服务台提出了下面这些问题。请为每个问题配上应转介的部门。</p>",
        options=[
            O("“我的居留许可下周到期。”", match_text="国际学生办公室"),
            O("“我登录不了，验证码发到了我以前的手机号上。”", match_text="信息化部门"),
            O("“我很想家，晚上睡不着。”", match_text="心理咨询中心"),
            O("“我想上汉语课，考HSK。”", match_text="语言中心"),
            O("“我的学位论文有什么格式要求？什么时候截止？”", match_text="研究生院"),
            O("", match_text="保卫处"),
        ],
        general_feedback="要知道该把人送到哪里，并做“温暖转介”：说明原因，给出书面信息，征得同意后提前联系，事后回头确认。不要猜测自己职责以外的答案，尤其是签证和居留问题。",
    ),
    Q(
        QType.ORDERING,
        name="温暖转介的步骤",
        category="国际读者服务/转介与隐私",
        competency=VS,
        level=2,
        text="<p>Rafael 的居留许可下周到期。请把“温暖转介”到国际学生办公室的步骤按顺序排列。</p>",
        options=[
            O("说明原因：“居留许可由国际学生办公室办理，他们能给您准确的答复。”"),
            O("把办公室的地点、办公时间和联系方式写下来交给他。"),
            O("征得他同意后，一起给办公室打电话或发邮件，让他不必从头再讲一遍。"),
            O("下次见到他时问一句：“问题解决了吗？”"),
        ],
        general_feedback="温暖转介四步：说明为什么转介，给出书面信息，征得同意后提前联系，回头确认。如果转介总是走不通，就更新转介清单。",
    ),
    Q(
        QType.SINGLE,
        name="自称大使馆的来电",
        category="国际读者服务/转介与隐私",
        competency=VS,
        level=2,
        text="<p>一位来电者自称是某学生所在国大使馆的工作人员，询问这名学生本周有没有来过图书馆。你怎么处理？</p>",
        options=[
            O(
                "回答“抱歉，我不能提供任何关于图书馆读者的信息”；正式的请求交给主管，按学校的程序处理。",
                RIGHT,
                "正确：无论谁问，都既不确认也不否认；正式请求按学校程序处理。",
            ),
            O(
                "既然大使馆是官方机构，就查一下门禁记录告诉他。",
                WRONG,
                "你无法核实来电者的身份，门禁记录也是个人信息。正式请求要通过主管、按学校程序处理，而不是打个电话到服务台。",
            ),
            O(
                "只告诉他这名学生是不是图书馆的注册读者，不说细节。",
                WRONG,
                "连确认某人是不是读者，也是在透露个人信息。",
            ),
            O(
                "从系统里查出学生的电话号码给他，让他们直接联系。",
                WRONG,
                "联系方式是个人信息，绝不能提供给第三方。",
            ),
        ],
        general_feedback="无论对方自称父母、朋友、老师还是“大使馆”，都不要确认读者是否在馆、借了什么。有关部门的正式请求交给主管，按学校的程序处理。",
    ),
]

EN = [
    Q(
        QType.CLOZE,
        name="Databases from off campus",
        category="International users/First weeks",
        competency=VS,
        level=2,
        text="<p>A student wants to use the library's databases from his flat. Complete the advice.</p><p>“Databases recognise our users by the campus [[1]] range. Off campus, please connect to the [[2]] first, or choose ‘Access through your institution’ on the publisher's site and sign in through [[3]]. A commercial VPN app [[4]] work for our databases.”</p>",
        options=[
            O(
                "IP address",
                RIGHT,
                "Right: databases usually recognise users by the campus IP range.",
                blank=1,
            ),
            O(
                "Wi-Fi password",
                WRONG,
                "Databases look at the IP address a request comes from, not at a Wi-Fi password.",
                blank=1,
            ),
            O(
                "mobile number",
                WRONG,
                "A mobile number receives login codes; databases don't recognise our users by it.",
                blank=1,
            ),
            O(
                "university VPN",
                RIGHT,
                "Right: the university VPN (or WebVPN or proxy) makes you look as if you're on campus.",
                blank=2,
            ),
            O(
                "commercial VPN",
                WRONG,
                "A commercial VPN gives an off-campus IP address, so the publisher doesn't recognise you.",
                blank=2,
            ),
            O(
                "library WeChat account",
                WRONG,
                "It can send notices, but it is not a route into the databases.",
                blank=2,
            ),
            O(
                "CARSI",
                RIGHT,
                "Right: CARSI is the research-and-education identity federation, built on Shibboleth.",
                blank=3,
            ),
            O(
                "CALIS",
                WRONG,
                "CALIS is the academic library system for union cataloguing and interlibrary loan, not a login route.",
                blank=3,
            ),
            O(
                "eduroam",
                WRONG,
                "eduroam connects you to Wi-Fi at participating campuses; it does nothing for access from a flat.",
                blank=3,
            ),
            O(
                "won't",
                RIGHT,
                "Right: a commercial VPN is no substitute for the university VPN.",
                blank=4,
            ),
            O(
                "will",
                WRONG,
                "A commercial VPN gives an off-campus address, so the database doesn't recognise the user as ours.",
                blank=4,
            ),
        ],
        general_feedback="Databases usually recognise users by the campus IP range. Off campus, users come in through a route the university provides — the VPN (or WebVPN or proxy), or institutional login through CARSI. A commercial VPN gives an off-campus address, so the publisher doesn't recognise the user as ours.",
    ),
    Q(
        QType.MULTI,
        name="Orientation that works",
        category="International users/Orientation",
        competency=VS,
        level=2,
        text="<p>You are planning next semester's library orientation for new international students. Which of these will make it work? Choose all that apply.</p>",
        options=[
            O(
                "A first session of 20–30 minutes, covering only what people need in their first two weeks",
                QUARTER,
                "Right: short, and limited to what is needed now.",
            ),
            O(
                "Before leaving, everyone books a seat and finds a book on their own phone or laptop",
                QUARTER,
                "Right: doing it once beats hearing it ten times.",
            ),
            O(
                "A one-page handout in plain English, with versions in the languages of this year's intake",
                QUARTER,
                "Right: multilingual, and matched to the students who actually arrive.",
            ),
            O(
                "Several time slots, including early evening, avoiding the days of registration and medical checks",
                QUARTER,
                "Right: well timed, so people can actually come.",
            ),
            O(
                "One 90-minute lecture in week one covering every library service",
                MINUS_HALF,
                "Too long, too much, and at the busiest time for new arrivals: most of it will be forgotten.",
            ),
            O(
                "Announcing the sessions only on the library's WeChat account, in Chinese",
                MINUS_HALF,
                "Many new arrivals don't follow the account yet, or can't read notices in Chinese.",
            ),
        ],
        general_feedback="Orientation that works is short, hands-on, multilingual and well timed, and it is layered: survival sessions in weeks 1–2, research-skills workshops in weeks 4–8, citation and thesis submission before proposals and theses.",
    ),
    Q(
        QType.SINGLE,
        name="Registered as an external reader",
        category="International users/Visiting scholars",
        competency=VS,
        level=2,
        text="<p>Professor Tanaka, visiting for a year, finds that his account is registered as an external reader (a walk-in user). Under typical licence terms, what will he normally <strong>not</strong> be able to do until this is corrected?</p>",
        options=[
            O(
                "Search the databases on a library computer",
                WRONG,
                "Walk-in users can usually use licensed resources on the premises.",
            ),
            O(
                "Read print books in the library",
                WRONG,
                "Walk-in users are allowed into the library to use the collections.",
            ),
            O(
                "Use licensed databases from his flat through the university VPN",
                RIGHT,
                "Right: remote access is normally for authorised users only.",
            ),
            O(
                "Ask a librarian for help with a search",
                WRONG,
                "Anyone in the library can ask for help; that doesn't depend on a licence.",
            ),
        ],
        general_feedback="The authorised-user / walk-in-user distinction decides remote access. Ask the host department to correct his registration to the visiting-scholar category — the library shouldn't change his user type on its own — and meanwhile tell him he can use the resources in the library and on the campus network.",
    ),
    Q(
        QType.SJT,
        name="A visiting scholar wants to share her login",
        category="International users/Visiting scholars",
        competency=VS,
        level=3,
        text="<p>Dr Katrin Vogel, visiting from Germany for three months, asks: “My doctoral student in Germany needs these databases too. Can I give her my VPN username and password? It's only for research, nothing commercial.” What do you say?</p>",
        options=[
            O(
                "Say no, kindly and clearly, with the reason — the licences cover authorised users only, and shared credentials can get her account, or even the whole university, cut off — then offer other routes: the student's own library, interlibrary loan there, open-access versions, or writing to the authors.",
                BEST,
                "Best: a clear answer, a reason she can accept, and practical alternatives. She means no harm; many researchers don't know licence terms.",
            ),
            O(
                "Tell her that sharing passwords breaks the licence terms, so it isn't possible.",
                ACCEPTABLE,
                "Correct and clear, but it stops at no. Alternatives (her student's own library, interlibrary loan, open access) turn a refusal into help.",
            ),
            O(
                "Tell her it's fine as long as it's only for non-commercial research.",
                POOR,
                "Non-commercial use doesn't make someone an authorised user; almost every licence forbids sharing credentials.",
            ),
            O(
                "Suggest she downloads the articles herself and e-mails the PDFs to her student.",
                POOR,
                "Forwarding licensed full texts to someone who isn't an authorised user also breaches the licence — and bulk downloading can get the whole campus blocked.",
            ),
        ],
        general_feedback="Licences allow use by authorised users only, with no sharing of credentials and no systematic downloading. Say no clearly and kindly, and put the emphasis on what can be done.",
    ),
    Q(
        QType.NUMERIC,
        name="When to send the departure reminder",
        category="International users/Visiting scholars",
        competency=VS,
        level=1,
        text="<p>A visiting scholar's temporary account expires at the end of the visit. According to the lesson, how many weeks before that date should the library remind the scholar to return books and settle any charges? Give a number of weeks.</p>",
        options=[O("3", RIGHT, "Right: two to four weeks before expiry.", tolerance=D(1))],
        general_feedback="Send the reminder two to four weeks before the account expires: return books, settle charges, and export reference-manager data if needed — institutional access ends with the library account.",
    ),
    Q(
        QType.TRUEFALSE,
        name="A similarity report is not a verdict",
        category="International users/Academic integrity",
        competency=VS,
        level=1,
        shuffle=False,
        text="<p>A similarity report shows text that matches other sources; by itself it does not decide whether a student has plagiarised.</p>",
        options=[
            O(
                "true",
                RIGHT,
                "Right: correctly cited quotations, standard terms and reference lists all count towards the figure. Supervisors and the university make the decisions.",
            ),
            O(
                "false",
                WRONG,
                "No: the report only shows matching text. Whether anything is wrong is decided by supervisors, departments and the university under its rules.",
            ),
        ],
        general_feedback="A similarity report is a tool for checking citation, not a verdict. Librarians help students read it and learn to paraphrase and cite; thresholds are set by the university or department.",
    ),
    Q(
        QType.MATCHING,
        name="Citation styles",
        category="International users/Academic integrity",
        competency=VS,
        level=2,
        text="<p>Match each citation style with its description.</p>",
        options=[
            O(
                "APA",
                match_text="Author–date; common in psychology, education and the social sciences",
            ),
            O("MLA", match_text="Author–page; common in languages, literature and the humanities"),
            O(
                "Chicago",
                match_text="Notes–bibliography or author–date; history often uses the former",
            ),
            O(
                "IEEE",
                match_text="Numbered in order of citation; common in engineering and computing",
            ),
            O(
                "GB/T 7714",
                match_text="The Chinese national standard, with document-type codes such as [J] and [M]",
            ),
        ],
        general_feedback="The style and edition to use is the one the supervisor, department or journal requires. Reference managers generate citations automatically, but the output still needs checking by hand.",
    ),
    Q(
        QType.SHORT,
        name="The GB/T 7714 code for a journal article",
        category="International users/Academic integrity",
        competency=VS,
        level=2,
        text="<p>In a GB/T 7714 reference list, which document-type code marks a journal article? Type the code, for example [X].</p>",
        options=[O("[J]", RIGHT, "Right."), O("J", RIGHT, "Right.")],
        general_feedback="GB/T 7714 marks document types with codes: [M] monograph, [J] journal article, [D] thesis, [C] conference proceedings, [EB/OL] online electronic bulletin.",
    ),
    Q(
        QType.MATCHING,
        name="Where to refer",
        category="International users/Referral and privacy",
        competency=VS,
        level=2,
        text="<p>Users bring these problems to the desk. Match each one with the office you refer them to.</p>",
        options=[
            O(
                "“My residence permit expires next week.”",
                match_text="International Students Office",
            ),
            O("“I can't log in: the code goes to my old phone number.”", match_text="IT services"),
            O("“I feel very homesick and I can't sleep.”", match_text="Counselling centre"),
            O("“I'd like to take Chinese classes and sit the HSK.”", match_text="Language centre"),
            O(
                "“What format does my thesis need, and when is it due?”",
                match_text="Graduate school",
            ),
            O("", match_text="Campus security"),
        ],
        general_feedback="Know where to send people, and refer warmly: say why, give the details in writing, contact the office ahead with the user's consent, and follow up. Never guess answers outside your area, especially on visas and residence.",
    ),
    Q(
        QType.ORDERING,
        name="The steps of a warm referral",
        category="International users/Referral and privacy",
        competency=VS,
        level=2,
        text="<p>Rafael's residence permit expires next week. Put the steps of a warm referral to the International Students Office in order.</p>",
        options=[
            O(
                "Explain why: “Residence permits are handled by the International Students Office — they can give you an accurate answer.”"
            ),
            O("Give him the office's location, opening hours and contact details in writing."),
            O(
                "With his consent, phone or e-mail the office together, so he doesn't have to tell the story again."
            ),
            O("Next time you see him, ask: “Did that get sorted out?”"),
        ],
        general_feedback="A warm referral: say why you refer, give the details in writing, contact the office ahead with the user's consent, and follow up. If referrals keep failing, update the referral list.",
    ),
    Q(
        QType.SINGLE,
        name="A caller “from the embassy”",
        category="International users/Referral and privacy",
        competency=VS,
        level=2,
        text="<p>A caller says he works at the embassy of a student's home country and asks whether the student has been in the library this week. What do you do?</p>",
        options=[
            O(
                "Say “I'm sorry, I can't give out any information about library users”; formal requests go to your supervisor and are handled under the university's procedure.",
                RIGHT,
                "Right: neither confirm nor deny, whoever is asking; formal requests follow the university's procedure.",
            ),
            O(
                "Check the gate log and tell him, since an embassy is an official body.",
                WRONG,
                "You can't verify who is calling, and gate logs are personal information. An official request goes through your supervisor and the university's procedure, not a phone call to the desk.",
            ),
            O(
                "Tell him only whether the student is a registered library user, without details.",
                WRONG,
                "Even confirming that someone is a user discloses personal information.",
            ),
            O(
                "Look up the student's phone number and give it to him so that they can talk directly.",
                WRONG,
                "Contact details are personal information; never give them to a third party.",
            ),
        ],
        general_feedback="Whoever asks — a parent, a friend, a teacher or “the embassy” — don't confirm whether a user is in the library or what they have borrowed. Formal requests from authorities go to your supervisor and are handled under the university's procedure.",
    ),
]

QUIZ = {
    "course": "serving-international-students",
    "slug": "final-quiz",
    "after_lesson": None,
    "pass_mark": 70,
    "attempts_allowed": 3,
    "time_limit_minutes": 25,
    "required": True,
    "bank": {
        "zh": "国际学生与访问学者服务 题库",
        "en": "Serving international students question bank",
    },
    "zh": {
        "title": "服务国际学生与访问学者：结业测验",
        "intro": "<p>本测验共11题，覆盖账户与校外访问、入馆培训、访问学者、学术规范、转介与隐私保护。限时25分钟，正确率达到70%即为通过，最多可作答3次。</p>",
    },
    "en": {
        "title": "Serving international students and visiting scholars: final quiz",
        "intro": "<p>Eleven questions on accounts and off-campus access, orientation, visiting scholars, academic integrity, referral and privacy. You have 25 minutes and up to three attempts; 70% is a pass.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
