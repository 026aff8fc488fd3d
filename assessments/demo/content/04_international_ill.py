"""Final quiz of "International interlibrary loan and document delivery": routes, requests,
copyright and licences, costs and time, e-mails to partners, supplying documents abroad."""

from decimal import Decimal as D

from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

ILL = "intl-ill"
RIGHT, WRONG = D(1), D(0)
BEST, ACCEPTABLE, POOR = D(1), D("0.5"), D(0)
QUARTER, MINUS_HALF = D("0.25"), D("-0.5")

ZH = [
    Q(
        QType.ORDERING,
        name="选择渠道的顺序",
        category="国际馆际互借/渠道选择",
        competency=ILL,
        level=2,
        text="<p>读者递来一条引文。请按本课推荐的顺序排列下面的检查步骤。</p>",
        options=[
            O("查本馆馆藏，包括电子版、过刊、密集书库和其他校区"),
            O("查有没有合法的开放获取版本"),
            O("通过国内网络请求：CALIS、CASHL、NSTL或国家图书馆"),
            O("查找持有该文献、并提供国际借阅或复制的国外图书馆"),
            O("直接写信给持有馆，或建议读者荐购"),
        ],
        general_feedback="先查本馆馆藏和开放获取，再走国内网络，然后才是国际网络；都不行时再直接向持有馆请求。按顺序逐层检查，通常更快、更省，也最不容易出版权问题。",
    ),
    Q(
        QType.SINGLE,
        name="外文工程类文章找谁",
        category="国际馆际互借/渠道选择",
        competency=ILL,
        level=2,
        text="<p>读者需要一篇2019年发表在某外文工程类期刊上的文章。本馆没有订购，也没有开放获取版本。哪个国内服务以这类文献为重点？</p>",
        options=[
            O("NSTL", RIGHT, "正确：NSTL以理、工、农、医外文文献为重点。"),
            O("CASHL", WRONG, "CASHL重点保障外文人文社会科学文献。"),
            O("NACSIS-ILL", WRONG, "这是日本高校的馆际互借系统，由NII运营。"),
            O(
                "Library Hub Discover",
                WRONG,
                "这是英国的联合目录，可用来查英国的馆藏，不是国内的文献供应服务。",
            ),
        ],
        general_feedback="国内渠道优先于国际渠道：外文人文社科找CASHL，理工农医找NSTL，高校联合目录和馆际互借用CALIS。报价之前，先查各平台当前的收费标准和服务范围。",
    ),
    Q(
        QType.MATCHING,
        name="国内外文献传递服务",
        category="国际馆际互借/渠道选择",
        competency=ILL,
        level=2,
        text="<p>请为每个服务或系统配上对应的说明。</p>",
        options=[
            O("CALIS", match_text="1998年开始建设的全国高校文献保障体系，有联合目录和馆际互借平台"),
            O("CASHL", match_text="外文人文社科期刊和图书；全国中心设在北京大学和复旦大学"),
            O(
                "OCLC WorldShare ILL",
                match_text="以WorldCat馆藏为基础的全球馆际互借系统，使用借出馆序列",
            ),
            O("NACSIS-ILL", match_text="日本高校的馆际互借系统，由NII运营"),
            O("Subito", match_text="德语国家的文献传递服务"),
            O("", match_text="德国期刊联合目录"),
        ],
        general_feedback="了解合作馆所在国家的体系，有助于判断对方会怎样处理你的请求、需要你提供哪些信息。",
    ),
    Q(
        QType.MULTI,
        name="完整请求的内容",
        category="国际馆际互借/提交请求",
        competency=ILL,
        level=3,
        text="<p>你要向国外合作馆发送一个复制请求。请求中应当包括哪些内容？（多选）</p>",
        options=[
            O(
                "核对过的完整引文，以及查到的所有标识符（DOI、ISSN、OCLC号）",
                QUARTER,
                "正确：标识符能锁定文献和版本。",
            ),
            O(
                "所需服务（借原件还是复制件），复制件要写明页码范围",
                QUARTER,
                "正确：页码范围确定了复制的范围。",
            ),
            O(
                "“此日期后不再需要”的日期，月份用英文单词写出",
                QUARTER,
                "正确：06/07 在美国和英国是不同的日期。",
            ),
            O("最高可支付金额、币种和支付方式", QUARTER, "正确：对方不必再来问，也避免意外账单。"),
            O(
                "读者的护照号码和手机号码",
                MINUS_HALF,
                "只提供对方需要的信息：请求方是图书馆，不需要读者的个人信息。",
            ),
            O(
                "只写读者引用时用的期刊缩写名",
                MINUS_HALF,
                "要查出期刊全称和ISSN；缩写常常导致请求无法满足。",
            ),
        ],
        general_feedback="好的请求不留任何需要猜的地方：标识符锁定文献和版本，页码锁定范围，截止日期和费用上限锁定条件。个人信息只提供必要的部分。",
    ),
    Q(
        QType.SINGLE,
        name="许可协议禁止馆际互借的电子书",
        category="国际馆际互借/版权与许可",
        competency=ILL,
        level=3,
        text="<p>一所美国大学的图书馆请求复制我馆购买的一本英文电子书中的三章。我馆只有电子版，而该平台的许可协议不允许馆际互借。你怎么处理？</p>",
        options=[
            O(
                "礼貌地回复：我馆的许可协议不允许从这本电子书提供馆际互借；建议对方在WorldCat中查找持有印本的图书馆，并记录你所依据的条款。",
                RIGHT,
                "正确：说明原因，指出其他合法来源，并留下记录。",
            ),
            O(
                "把三章导出成PDF发过去——反正是学生做研究用。",
                WRONG,
                "这违反了我馆签署的合同；用于研究并不改变许可条款。",
            ),
            O(
                "先发一章，下个月再发另外两章，让每次请求都不多。",
                WRONG,
                "拆开提供并不能让它变得合规：许可协议根本不允许馆际互借。",
            ),
            O(
                "不理会这个请求，对方总能在别处找到。",
                WRONG,
                "不答复会损害合作关系；简短说明原因并指个方向，对方就能尽快另找途径。",
            ),
        ],
        general_feedback="对电子资源来说，许可协议往往比法律更严格，而且是我馆签署的。提供之前先查许可记录；无法提供时说明原因，指出其他合法来源，并记录所依据的条款。",
    ),
    Q(
        QType.TRUEFALSE,
        name="CONTU的记录保存期限",
        category="国际馆际互借/版权与许可",
        competency=ILL,
        level=2,
        shuffle=False,
        text="<p>按美国的CONTU指南，请求馆应将馆际互借请求记录保存三年。</p>",
        options=[
            O("true", RIGHT, "正确。同一指南还规定了“五篇规则”，美国请求单上的CCG标注就来源于此。"),
            O("false", WRONG, "不对：CONTU要求保存三年——这是一个有用的参照，具体以本馆政策为准。"),
        ],
        general_feedback="CONTU的“五篇规则”：同一种期刊最近五年内发表的文章，请求馆一年内通过馆际互借获取的不超过五篇；请求记录保存三年。美国请求单上的CCG／CCL标注由此而来。",
    ),
    Q(
        QType.NUMERIC,
        name="读者的内部还书日期",
        category="国际馆际互借/费用与时间",
        competency=ILL,
        level=3,
        text="<p>一本从英国借来的书4月22日到馆，借出馆规定借期为收到后四周。为了留出寄还的时间，你给读者定的内部还书日期比借出馆的早一周。读者应在5月几日还书？请只填日期数字。</p>",
        options=[
            O("13", RIGHT, "正确：4月22日加四周是5月20日（借出馆的到期日），提前一周是5月13日。")
        ],
        general_feedback="4月有30天，所以4月22日之后四周（28天）是5月20日，即借出馆的到期日。读者的内部还书日期提前一周，定在5月13日，留出用可追踪的方式寄还的时间。",
    ),
    Q(
        QType.NUMERIC,
        name="IFLA代金券的价值",
        category="国际馆际互借/费用与时间",
        competency=ILL,
        level=2,
        text="<p>一家合作馆对一次借阅收取两张IFLA整券。按IFLA公布的整券价格，这两张代金券价值多少欧元（不含手续费）？</p>",
        options=[O("16", RIGHT, "正确：整券8欧元（半券4欧元），两张就是16欧元。")],
        general_feedback="IFLA代金券可重复使用，专为国际馆际互借设计：整券8欧元，半券4欧元，购买和兑换时要付手续费。供应馆可以自定收费标准，具体以IFLA当前公布为准。",
    ),
    Q(
        QType.SHORT,
        name="OCLC的费用结算服务",
        category="国际馆际互借/费用与时间",
        competency=ILL,
        level=2,
        text="<p>OCLC的哪项服务（三个字母的缩写）把馆际互借费用记在双方的OCLC账单上，不必另外跨境付款？请输入缩写。</p>",
        options=[O("IFM", RIGHT, "正确。"), O("OCLC IFM", RIGHT, "正确。")],
        general_feedback="OCLC馆际互借费用管理（IFM）：费用在双方的OCLC账单上结算，借入馆扣款、借出馆入账。它和IFLA代金券、互惠协议、预付账户一样，都能避免小额跨境转账。",
    ),
    Q(
        QType.SJT,
        name="“已寄出”十二天还没到",
        category="国际馆际互借/费用与时间",
        competency=ILL,
        level=3,
        text="<p>来自巴西的访问学者 Mariana Costa Silva 四周前请求了一本葡萄牙出版的书。系统显示借出馆十二天前已标记“已寄出”，但书还没到。她下个月就要回国，很着急。你怎么做？</p>",
        options=[
            O(
                "先查本馆这边（收发室、分馆），再查运单号，或礼貌地写邮件向借出馆索取；告诉 Mariana 你做了什么、什么时候再联系她，并提出先请求关键章节的扫描件作为备用。",
                BEST,
                "最佳：先排除本馆的问题，再追踪包裹，让读者随时了解进展，也保住了她的时间。",
            ),
            O(
                "写邮件向借出馆要运单号，告诉 Mariana 有消息再通知她。",
                ACCEPTABLE,
                "合理，但包裹可能已经到了本馆收发室；而且她快要回国，需要一个备用方案。",
            ),
            O(
                "让她放心——周五之前一定到。",
                POOR,
                "这是你无法兑现的承诺。给出时间范围，并随时告知进展。",
            ),
            O(
                "认定书已丢失，不告诉借出馆，直接向另一家图书馆重新请求。",
                POOR,
                "如果包裹随后到了，你就同时借了两本，合作馆也会一头雾水；先追踪，并和借出馆沟通。",
            ),
        ],
        general_feedback="每笔请求都记录状态和日期；催问之前先查本馆；礼貌地跟进并写明编号；对读者给出时间范围和进展，而不是承诺。读者有期限时，章节扫描件是很好的备用方案。",
    ),
    Q(
        QType.CLOZE,
        name="续借邮件",
        category="国际馆际互借/英文通信",
        competency=ILL,
        level=3,
        text="<p>补全王莉写给合作馆的续借邮件。</p><p>Subject: [[1]] – your ref. 48817 – due 20 May</p><p>Dear Sarah,<br>Our reader has asked whether the loan could [[2]] be renewed until 20 June. If a renewal is not possible, we will of course return it [[3]] 20 May.<br>Kind regards,<br>Wang Li</p>",
        options=[
            O(
                "Renewal request",
                RIGHT,
                "正确：主题行写明邮件类型、编号和到期日，对方不用打开就知道是哪笔请求。",
                blank=1,
            ),
            O("URGENT!!!", WRONG, "大写和一串感叹号读起来像在吼叫，而且没说明是什么事。", blank=1),
            O("Hello", WRONG, "什么也没说明，很容易被忽略。", blank=1),
            O("possibly", RIGHT, "正确：possibly 让请求更委婉。", blank=2),
            O(
                "please kindly",
                WRONG,
                "please kindly 语义重复，母语者读来别扭；而且放在这里不合语法。",
                blank=2,
            ),
            O("must", WRONG, "must 是要求，不是请求。", blank=2),
            O("by", RIGHT, "正确：by 表示“不晚于”某个期限。", blank=3),
            O("until", WRONG, "until 表示持续到某时，不能表示期限。", blank=3),
            O("after", WRONG, "意思正好相反：书应当在到期日之前寄还。", blank=3),
        ],
        general_feedback="主题行写明邮件类型和双方编号；possibly 让请求更委婉（“Please kindly…” 语义重复）；期限用 by。续借请求要在到期日之前发出。",
    ),
    Q(
        QType.SINGLE,
        name="只有罗马化书名的请求",
        category="国际馆际互借/向国外提供文献",
        competency=ILL,
        level=3,
        text="<p>一家德国合作馆请求扫描 “Suzhou fu zhi, Qing dynasty edition” 的卷十二，只给了罗马化书名，没有汉字，也没有ISBN。你怎么做？</p>",
        options=[
            O(
                "认出书名是《苏州府志》，查我馆持有哪个版本，扫描之前请对方确认这是读者需要的版本。",
                RIGHT,
                "正确：国外请求只有罗马化书名很常见；扫描前先核对版本，能为双方节省时间。",
            ),
            O(
                "拒绝：没有汉字和ISBN，请求不完整。",
                WRONG,
                "只有罗马化书名的请求很正常；自己识别书名，有疑问再请对方补充信息。",
            ),
            O(
                "直接扫描我馆的版本发过去，不作说明。",
                WRONG,
                "版本不同，页码可能对不上；先确认版本，至少也要加一页封面写明所用版本的信息。",
            ),
            O(
                "回复说读者应该亲自来中国查阅。",
                WRONG,
                "扫描一卷是正常的复制请求；除此之外什么都不提供，会失去对方的好感。",
            ),
        ],
        general_feedback="作为供应方：识别罗马化书名（ALA-LC拼音的书名按音节分写），核对馆藏和版本，确认权利，并及时答复——提供、附条件提供，或说明原因后婉拒。",
    ),
]

EN = [
    Q(
        QType.ORDERING,
        name="The order of routes",
        category="International ILL/Routes",
        competency=ILL,
        level=2,
        text="<p>A reader hands you a citation. Put the checks in the order the lesson recommends.</p>",
        options=[
            O(
                "Check our own holdings, including e-versions, back runs, compact storage and other campuses"
            ),
            O("Look for a legal open-access version"),
            O(
                "Request it through a domestic network: CALIS, CASHL, NSTL or the National Library of China"
            ),
            O("Find libraries abroad that hold it and lend or copy internationally"),
            O(
                "Write directly to a holding library, or suggest the reader recommends it for purchase"
            ),
        ],
        general_feedback="Own holdings and open access first, then domestic networks, then international ones; a direct request when nothing else works. Working down the layers in order is usually quicker, cheaper and cleaner on copyright.",
    ),
    Q(
        QType.SINGLE,
        name="A foreign engineering article",
        category="International ILL/Routes",
        competency=ILL,
        level=2,
        text="<p>A reader needs a 2019 article from a foreign-language engineering journal. We don't subscribe, and there is no open-access version. Which domestic service focuses on this kind of literature?</p>",
        options=[
            O(
                "NSTL",
                RIGHT,
                "Right: NSTL focuses on foreign literature in science, engineering, agriculture and medicine.",
            ),
            O("CASHL", WRONG, "CASHL secures foreign humanities and social-science literature."),
            O("NACSIS-ILL", WRONG, "That is the ILL system of Japanese universities, run by NII."),
            O(
                "Library Hub Discover",
                WRONG,
                "A UK union catalogue: useful for finding holdings in Britain, not a domestic supply service.",
            ),
        ],
        general_feedback="Domestic routes come before international ones: CASHL for foreign humanities and social sciences, NSTL for science, engineering, agriculture and medicine, CALIS for the academic libraries' union catalogue and ILL. Check each platform's current fees and scope before quoting a price.",
    ),
    Q(
        QType.MATCHING,
        name="Document supply services",
        category="International ILL/Routes",
        competency=ILL,
        level=2,
        text="<p>Match each service or system with what it is.</p>",
        options=[
            O(
                "CALIS",
                match_text="China's national academic library system, built from 1998, with a union catalogue and ILL platform",
            ),
            O(
                "CASHL",
                match_text="Foreign humanities and social-science journals and books; national centres at Peking and Fudan universities",
            ),
            O(
                "OCLC WorldShare ILL",
                match_text="Worldwide ILL built on WorldCat holdings, using a lender string",
            ),
            O("NACSIS-ILL", match_text="The ILL system of Japanese universities, run by NII"),
            O("Subito", match_text="A document delivery service in the German-speaking countries"),
            O("", match_text="The German union catalogue of serials"),
        ],
        general_feedback="Knowing a partner's national system helps you predict how your request will be handled and what information they will need from you.",
    ),
    Q(
        QType.MULTI,
        name="What a complete request contains",
        category="International ILL/Requests",
        competency=ILL,
        level=3,
        text="<p>You are sending a copy request to a partner library abroad. Which of these should the request include? Choose all that apply.</p>",
        options=[
            O(
                "The verified citation with every identifier you found (DOI, ISSN, OCLC number)",
                QUARTER,
                "Right: identifiers pin down the item and edition.",
            ),
            O(
                "The service wanted (loan or copy) and, for a copy, the page range",
                QUARTER,
                "Right: the page range fixes the scope.",
            ),
            O(
                "A “not needed after” date, with the month in words",
                QUARTER,
                "Right: 06/07 is a different date in the US and the UK.",
            ),
            O(
                "The maximum cost you will pay, with the currency and how you pay",
                QUARTER,
                "Right: the partner need not ask, and there are no surprise bills.",
            ),
            O(
                "The reader's passport number and mobile number",
                MINUS_HALF,
                "Send only what the partner needs: the requester is the library, so the reader's personal data isn't needed.",
            ),
            O(
                "Only the abbreviated journal title, as the reader cited it",
                MINUS_HALF,
                "Find the full title and the ISSN; abbreviations lead to unfilled requests.",
            ),
        ],
        general_feedback="A good request leaves nothing to guess: identifiers fix the item and edition, the page range fixes the scope, the deadline and cost cap fix the conditions. Personal data: only what is needed.",
    ),
    Q(
        QType.SINGLE,
        name="An e-book whose licence forbids ILL",
        category="International ILL/Copyright and licences",
        competency=ILL,
        level=3,
        text="<p>A US university library asks for three chapters of an English-language e-book that we license. We hold the book only electronically, and the platform's licence does not permit interlibrary loan. What do you do?</p>",
        options=[
            O(
                "Reply politely that our licence does not permit interlibrary loan from this e-book, suggest they look in WorldCat for libraries holding the print book, and record the clause you relied on.",
                RIGHT,
                "Right: give the reason, point to other lawful sources, and keep a record.",
            ),
            O(
                "Export the three chapters as a PDF — it's for a student's research.",
                WRONG,
                "That breaches a contract our library signed; research use doesn't change the licence.",
            ),
            O(
                "Send one chapter now and the other two next month, so that each request stays small.",
                WRONG,
                "Splitting the supply doesn't make it permitted: the licence allows no interlibrary loan at all.",
            ),
            O(
                "Ignore the request; they will find it elsewhere.",
                WRONG,
                "Silence harms the relationship; a short reason and a pointer let the partner move on quickly.",
            ),
        ],
        general_feedback="For e-resources the licence is often stricter than the law, and our library signed it. Check the licence record before you supply; when you decline, say why, point to other lawful sources, and record the clause.",
    ),
    Q(
        QType.TRUEFALSE,
        name="How long CONTU records are kept",
        category="International ILL/Copyright and licences",
        competency=ILL,
        level=2,
        shuffle=False,
        text="<p>Under the US CONTU guidelines, a borrowing library should keep its ILL request records for three years.</p>",
        options=[
            O(
                "true",
                RIGHT,
                "Right. The same guidelines contain the “rule of five” behind the CCG note on US requests.",
            ),
            O(
                "false",
                WRONG,
                "No: CONTU asks for three years — a useful benchmark, though your library's own policy decides.",
            ),
        ],
        general_feedback="CONTU's “rule of five”: in one year, no more than five articles through ILL from the last five years of any one journal; request records kept for three years. This is where the CCG / CCL notes on US requests come from.",
    ),
    Q(
        QType.NUMERIC,
        name="The reader's internal due date",
        category="International ILL/Costs and time",
        competency=ILL,
        level=3,
        text="<p>A book from a UK library arrives on 22 April. The lender's loan period is four weeks from receipt. To leave time for return shipping, you give the reader an internal due date one week earlier than the lender's. On which day of May must the reader return it? Give the day as a number.</p>",
        options=[
            O(
                "13",
                RIGHT,
                "Right: 22 April plus four weeks is 20 May (the lender's due date); a week earlier is 13 May.",
            )
        ],
        general_feedback="April has 30 days, so four weeks (28 days) after 22 April is 20 May — the lender's due date. The reader's internal due date a week earlier, 13 May, leaves time to post the book back by a tracked service.",
    ),
    Q(
        QType.NUMERIC,
        name="The value of IFLA vouchers",
        category="International ILL/Costs and time",
        competency=ILL,
        level=2,
        text="<p>A partner library charges two full IFLA vouchers for a loan. At the price IFLA gives for a full voucher, how many euros are the two vouchers worth, before handling fees?</p>",
        options=[
            O(
                "16",
                RIGHT,
                "Right: a full voucher is EUR 8 (a half voucher EUR 4), so two are EUR 16.",
            )
        ],
        general_feedback="IFLA vouchers are reusable and designed for international ILL: EUR 8 for a full voucher, EUR 4 for a half, with a handling fee on purchase and redemption. Suppliers set their own rates; check IFLA's current terms.",
    ),
    Q(
        QType.SHORT,
        name="OCLC's fee settlement service",
        category="International ILL/Costs and time",
        competency=ILL,
        level=2,
        text="<p>Which OCLC service, known by a three-letter abbreviation, settles ILL charges on both libraries' OCLC invoices, with no separate international payment? Type the abbreviation.</p>",
        options=[O("IFM", RIGHT, "Right."), O("OCLC IFM", RIGHT, "Right.")],
        general_feedback="OCLC Interlibrary Loan Fee Management (IFM): the charge is debited to the borrower and credited to the lender on their OCLC invoices. Like IFLA vouchers, reciprocal agreements and deposit accounts, it avoids small international bank transfers.",
    ),
    Q(
        QType.SJT,
        name="“Shipped” twelve days ago",
        category="International ILL/Costs and time",
        competency=ILL,
        level=3,
        text="<p>Mariana Costa Silva, a visiting scholar from Brazil, requested a book published in Portugal four weeks ago. The lender marked it “shipped” twelve days ago, but it hasn't arrived. She goes home next month and is worried. What do you do?</p>",
        options=[
            O(
                "Check our side first (post room, branch libraries), then the tracking number — or write politely to the lender for it; tell Mariana what you have done and when you'll update her, and offer to request scans of her key chapters as a back-up.",
                BEST,
                "Best: you rule out our own side, trace the parcel, keep her informed and protect her deadline.",
            ),
            O(
                "E-mail the lender for the tracking number and tell Mariana you'll let her know when you hear back.",
                ACCEPTABLE,
                "Reasonable, but the parcel may already be in our post room, and with her departure date a back-up plan matters.",
            ),
            O(
                "Tell her not to worry — it will certainly be here by Friday.",
                POOR,
                "A promise you can't keep. Give a range and keep her updated.",
            ),
            O(
                "Assume the book is lost and place a new request with another library, without telling the lender.",
                POOR,
                "If the parcel turns up you have two loans and a confused partner; trace it and talk to the lender first.",
            ),
        ],
        general_feedback="Log the status and date of every request, check our side before chasing, follow up politely with the reference numbers, and give readers ranges and updates, not promises. When a reader has a deadline, a chapter scan is a useful back-up.",
    ),
    Q(
        QType.CLOZE,
        name="A renewal e-mail",
        category="International ILL/Writing to partners",
        competency=ILL,
        level=3,
        text="<p>Complete Wang Li's renewal e-mail to a partner library.</p><p>Subject: [[1]] – your ref. 48817 – due 20 May</p><p>Dear Sarah,<br>Our reader has asked whether the loan could [[2]] be renewed until 20 June. If a renewal is not possible, we will of course return it [[3]] 20 May.<br>Kind regards,<br>Wang Li</p>",
        options=[
            O(
                "Renewal request",
                RIGHT,
                "Right: the message type, reference and due date tell the partner which record to open before reading.",
                blank=1,
            ),
            O(
                "URGENT!!!",
                WRONG,
                "Capitals and exclamation marks read as shouting, and it doesn't say what the matter is.",
                blank=1,
            ),
            O(
                "Hello",
                WRONG,
                "It says nothing about the matter and is easily overlooked.",
                blank=1,
            ),
            O("possibly", RIGHT, "Right: “possibly” softens the request.", blank=2),
            O(
                "please kindly",
                WRONG,
                "“Please kindly” sounds doubled to native speakers, and it doesn't fit the sentence.",
                blank=2,
            ),
            O("must", WRONG, "“Must” makes a demand, not a request.", blank=2),
            O("by", RIGHT, "Right: “by” means no later than.", blank=3),
            O(
                "until",
                WRONG,
                "“Until” means continuing up to a time; a deadline takes “by”.",
                blank=3,
            ),
            O(
                "after",
                WRONG,
                "The opposite of what you mean: the book must go back before the due date.",
                blank=3,
            ),
        ],
        general_feedback="A subject line with the message type and both reference numbers; “possibly” softens a request (“Please kindly…” sounds doubled); a deadline takes “by”. Send renewal requests before the due date.",
    ),
    Q(
        QType.SINGLE,
        name="A request in romanised form only",
        category="International ILL/Supplying documents abroad",
        competency=ILL,
        level=3,
        text="<p>A German partner library asks for a scan of juan 12 of “Suzhou fu zhi, Qing dynasty edition”, cited only in romanised form, with no Chinese characters or ISBN. What do you do?</p>",
        options=[
            O(
                "Identify the title as 苏州府志, check which edition we hold, and ask the partner to confirm it is the edition the reader needs before you scan.",
                RIGHT,
                "Right: romanised titles are normal in requests from abroad, and matching the edition before scanning saves both sides time.",
            ),
            O(
                "Decline: without characters or an ISBN the request is incomplete.",
                WRONG,
                "Romanised-only requests are normal; identify the title yourself, and ask for details if in doubt.",
            ),
            O(
                "Scan the edition we hold and send it without comment.",
                WRONG,
                "If the editions differ the pages may not match; confirm first, or at least add a cover page with your edition's details.",
            ),
            O(
                "Reply that the reader should come to China to consult it.",
                WRONG,
                "A scan of one juan is a normal copy request; offering nothing else loses the partner's goodwill.",
            ),
        ],
        general_feedback="As a supplier: identify romanised titles (ALA-LC pinyin writes title words syllable by syllable), check holdings and edition, check the rights, and answer promptly — supply, supply with conditions, or decline with a reason.",
    ),
]

QUIZ = {
    "course": "international-ill",
    "slug": "final-quiz",
    "after_lesson": None,
    "pass_mark": 70,
    "attempts_allowed": 3,
    "time_limit_minutes": 30,
    "required": True,
    "bank": {"zh": "国际馆际互借 题库", "en": "International ILL question bank"},
    "zh": {
        "title": "国际馆际互借与文献传递：结业测验",
        "intro": "<p>本测验共12题，覆盖渠道选择、提交请求、版权与许可、费用与时间、英文通信以及向国外提供文献。有两道计算题，可以准备好日历。限时30分钟，正确率达到70%即为通过，最多可作答3次。</p>",
    },
    "en": {
        "title": "International interlibrary loan and document delivery: final quiz",
        "intro": "<p>Twelve questions on routes, requests, copyright and licences, costs and time, e-mails to partners and supplying documents abroad. Two of them ask you to work out a figure, so keep a calendar handy. You have 30 minutes and up to three attempts; 70% is a pass.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
