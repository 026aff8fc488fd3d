"""Course: International interlibrary loan and document delivery (国际馆际互借与文献传递)."""

from courses.demo.blocks import callout as _callout
from courses.demo.blocks import check as _check
from courses.demo.blocks import dialogue as _dialogue
from courses.demo.blocks import phrasebook as _phrasebook
from courses.demo.blocks import scenario as _scenario
from courses.demo.blocks import text as _text

# ---------------------------------------------------------------------------
# Lesson 1: the landscape
# ---------------------------------------------------------------------------

LANDSCAPE_ZH = [
    _text(
        "<h3>先看清版图，再动手</h3>"
        "<p>读者——尤其是国际学生和访问学者——递来一条引文时，真正要回答的问题不是“能不能借到”，而是“走哪条路最快、最省、最合规”。文献获取的渠道大致可以分成四层：本馆馆藏与已订购的电子资源 → 国内文献保障网络 → 国际网络与国家级文献供应服务 → 馆对馆直接请求。按顺序逐层检查，通常既快又省，也最不容易出版权问题。</p>"
        "<h3>第一层之后：国内网络</h3>"
        "<ul>"
        "<li><b>CALIS（中国高等教育文献保障系统）</b>：1998年开始建设的全国高校文献保障体系，提供联合目录和馆际互借／文献传递平台，成员馆之间可以互相请求图书和文献复制件。</li>"
        "<li><b>CASHL（中国高校人文社会科学文献中心，“开世览文”）</b>：2004年正式启动，重点保障外文人文社会科学期刊和图书；全国中心设在北京大学和复旦大学，另有若干区域中心和学科中心。许多外文人文社科文章在国内就能拿到，不必出国。</li>"
        "<li><b>NSTL（国家科技图书文献中心）</b>：以理、工、农、医外文文献为重点，提供文献传递服务。</li>"
        "<li><b>国家图书馆</b>：馆藏规模大，提供文献提供服务，并与国外图书馆开展国际互借。</li>"
        "</ul>"
        "<p>各平台的补贴、收费标准和服务范围会随年度政策调整。给读者报价或承诺免费之前，请先查本馆和平台的现行规定。</p>"
        "<h3>国际网络与国家级文献供应服务</h3>"
        "<ul>"
        "<li><b>OCLC WorldShare ILL</b>：以WorldCat馆藏数据为基础的全球馆际互借系统。可以按持有馆生成“借出馆序列”（lender string），请求在序列中依次流转；费用可以通过OCLC的馆际互借费用管理（IFM）在账单中结算。前提是本馆订购了相应服务。</li>"
        "<li><b>国家图书馆和国家级文献供应中心</b>：例如英国国家图书馆的文献供应服务、德国的TIB等，长期面向国外图书馆提供收费服务。这类服务的条款和可用性会变化——英国国家图书馆在2023年遭受网络攻击后，多项服务中断了很长时间——向读者承诺之前，一定要确认当前是否可用。</li>"
        "<li><b>其他国家的网络</b>：日本高校使用NII的NACSIS-ILL，韩国高校有KERIS的服务，德语国家有Subito等文献传递服务。了解合作馆所在国家的体系，有助于判断对方会怎样处理你的请求、需要哪些信息。</li>"
        "</ul>"
        "<h3>馆对馆直接请求</h3>"
        "<p>当目标文献只在某一家没有加入共同系统的图书馆（例如海外大学的特藏、研究所资料室、地方档案馆），可以通过电子邮件直接向对方的馆际互借部门发请求。直接请求更慢，更依赖书面沟通，但有时是唯一的途径。本课程第五课会专门练习这类英文邮件。</p>"
    ),
    _callout(
        "tip",
        "<p><b>先查开放获取。</b>用DOI在出版商页面、Unpaywall等工具、机构知识库或PubMed Central里查一查有没有合法的免费版本（例如作者接受稿）。几分钟的检查，常常能省掉几周的国际请求。</p>",
    ),
    _text(
        "<h3>怎么选：一个实用的决策顺序</h3>"
        "<ol>"
        "<li>本馆有没有？包括电子版、过刊、密集书库和其他校区。</li>"
        "<li>有没有合法的开放获取版本？</li>"
        "<li>国内网络（CALIS、CASHL、NSTL、国家图书馆）能不能提供？</li>"
        "<li>读者需要的是原件（整本书、地图、乐谱），还是复制件（一篇文章、一章）就够？复制件通常快得多。</li>"
        "<li>国际系统里哪些馆持有？其中哪些馆愿意国际出借或国际传递？</li>"
        "<li>以上都不行，再考虑直接写信给持有馆，或者建议读者推荐本馆采购。</li>"
        "</ol>"
        "<p>同时要问清读者的截止日期。国际返还式借阅往往需要数周；如果读者下周就要交论文，应优先找电子复制件或章节扫描。</p>"
    ),
    _callout(
        "culture",
        "<p><b>合作馆的日历和我们不一样。</b>欧美图书馆在圣诞节到新年、暑假期间处理速度会变慢；伊斯兰国家在斋月和开斋节前后作息不同；我们的春节和国庆长假同样会影响对方。长假前给常用合作馆发一封简短的闭馆通知，是很受欢迎的专业礼貌。</p>",
    ),
    _scenario(
        "一位巴基斯坦博士生的三条引文",
        "<p>比拉尔·艾哈迈德（Bilal Ahmed）是来自巴基斯坦的土木工程博士生。他递来三条引文：一篇2019年的英文期刊论文（带DOI）；一本1987年在德国出版的德文会议论文集；一篇发表在巴基斯坦地方期刊上的乌尔都语文章。他希望两周内全部拿到。</p>",
        "每条引文你会先走哪条渠道？你会怎样向比拉尔说明时间预期？",
        "<p><b>期刊论文</b>：先查本馆订购和开放获取，再走CALIS或NSTL，多数情况下几天内可以到手。</p>"
        "<p><b>德文会议论文集</b>：先查国内联合目录；如果只有国外馆持有，用WorldShare看哪些馆有，并问比拉尔是否只需要其中一两篇论文——请求章节复制件比借整本书快得多，也便宜得多。</p>"
        "<p><b>乌尔都语地方期刊</b>：国际系统里可能很难找到。可以请比拉尔提供他知道的持有机构——他母校的图书馆或国内同事往往是最快的来源——再考虑馆对馆直接请求。</p>"
        "<p>沟通时分别给出三条的预计时间，并坦率说明第三条有可能拿不到，而不是笼统地答应“两周内”。</p>",
    ),
    _check(
        "一位读者需要一篇外文人文社科期刊论文。本馆没有订购，也查不到开放获取版本。通常应先尝试哪条渠道？",
        [
            (
                "直接给海外出版社写信，请对方免费提供",
                False,
                "出版社不是馆际互借的对象，而且这样会跳过更快、更合规的渠道。",
            ),
            (
                "国内的CASHL等文献保障网络",
                True,
                "对。CASHL专门保障外文人文社科文献，国内获取通常更快、更便宜，版权条件也更清楚。",
            ),
            (
                "通过OCLC向美国某大学借整本期刊合订本",
                False,
                "期刊合订本一般不外借；国内能解决时也不必先走国际渠道。",
            ),
            ("告诉读者本馆无法提供", False, "还有好几条渠道没有尝试。"),
        ],
        "原则：先本馆和开放获取，再国内，最后国际；能用复制件就不借原件。",
    ),
]

LANDSCAPE_EN = [
    _text(
        "<h3>See the whole map before you act</h3>"
        "<p>When a reader — especially an international student or visiting scholar — hands you a citation, the real question is not “can we get it?” but “which route is fastest, cheapest and cleanest on copyright?”. Routes fall into four layers: our own holdings and licensed e-resources → domestic document-supply networks → international networks and national supply services → direct library-to-library requests. Working down the layers in order is usually quicker, cheaper and safer.</p>"
        "<h3>Domestic networks in China</h3>"
        "<ul>"
        "<li><b>CALIS (China Academic Library &amp; Information System)</b>: the national academic library system built from 1998, with a union catalogue and an interlibrary loan / document delivery platform through which member libraries request books and copies from each other.</li>"
        "<li><b>CASHL (China Academic Humanities and Social Sciences Library)</b>: launched in 2004 to secure foreign-language journals and books in the humanities and social sciences. Its national centres are at Peking University and Fudan University, with regional and subject centres elsewhere. Many foreign humanities and social-science articles can be obtained domestically through CASHL.</li>"
        "<li><b>NSTL (National Science and Technology Library)</b>: focuses on foreign literature in science, engineering, agriculture and medicine, and offers document delivery.</li>"
        "<li><b>National Library of China</b>: a very large collection, document supply services and international loans with libraries abroad.</li>"
        "</ul>"
        "<p>Subsidies, fees and service scope change with each platform’s annual policy. Check your library’s and the platform’s current rules before you quote a price or promise a free service.</p>"
        "<h3>International networks and national supply services</h3>"
        "<ul>"
        "<li><b>OCLC WorldShare ILL</b>: a worldwide ILL system built on WorldCat holdings. You build a “lender string” of holding libraries and the request moves along it; charges can be settled through OCLC’s Interlibrary Loan Fee Management (IFM) on the OCLC invoice. Your library must subscribe to the service.</li>"
        "<li><b>National libraries and national supply centres</b>: for example the British Library’s document supply service or TIB in Germany have long supplied libraries abroad for a fee. Terms and availability change — the British Library’s services were disrupted for a long period after its 2023 cyber-attack — so confirm that a service is currently available before you promise anything to a reader.</li>"
        "<li><b>Other countries’ networks</b>: Japanese universities use NII’s NACSIS-ILL, Korean universities have KERIS services, and in the German-speaking countries there are services such as Subito. Knowing a partner’s national system helps you predict how your request will be handled and what information they will need.</li>"
        "</ul>"
        "<h3>Direct library-to-library requests</h3>"
        "<p>When the item is held only by a library outside the shared systems — a special collection at a university abroad, a research institute’s reading room, a regional archive — you can e-mail that library’s ILL department directly. It is slower and depends on good written communication, but sometimes it is the only route. Lesson 5 practises these e-mails.</p>"
    ),
    _callout(
        "tip",
        "<p><b>Check open access first.</b> Use the DOI to look for a legal free version on the publisher’s site, through tools such as Unpaywall, in institutional repositories or in PubMed Central (for example an author’s accepted manuscript). A few minutes here can save weeks of international requesting.</p>",
    ),
    _text(
        "<h3>Choosing a route: a practical order</h3>"
        "<ol>"
        "<li>Do we hold it? Include e-versions, back runs, compact storage and other campuses.</li>"
        "<li>Is there a legal open-access version?</li>"
        "<li>Can a domestic network (CALIS, CASHL, NSTL, National Library of China) supply it?</li>"
        "<li>Does the reader need the original (a whole book, a map, a score) or is a copy (one article, one chapter) enough? Copies are usually much faster.</li>"
        "<li>Which libraries abroad hold it, and which of them lend or copy internationally?</li>"
        "<li>If nothing works, write directly to a holding library, or suggest that the reader recommends the item for purchase.</li>"
        "</ol>"
        "<p>Always ask for the reader’s deadline. International returnable loans often take weeks; if the reader submits next week, go for an electronic copy or a chapter scan first.</p>"
    ),
    _callout(
        "culture",
        "<p><b>Partners keep a different calendar.</b> Libraries in Europe and North America slow down between Christmas and New Year and in the summer; in Muslim-majority countries working hours change during Ramadan and around Eid; our Spring Festival and National Day holidays affect partners in the same way. A short closure notice to regular partners before a long holiday is a much-appreciated professional courtesy.</p>",
    ),
    _scenario(
        "Three citations from a PhD student from Pakistan",
        "<p>Bilal Ahmed, a civil-engineering PhD student from Pakistan, brings three citations: a 2019 English-language journal article with a DOI; a German-language conference volume published in Germany in 1987; and an Urdu-language article in a regional Pakistani journal. He would like all three within two weeks.</p>",
        "Which route would you try first for each citation, and how would you set Bilal’s expectations about time?",
        "<p><b>The journal article</b>: check our subscriptions and open access, then CALIS or NSTL. It usually arrives within days.</p>"
        "<p><b>The German conference volume</b>: check domestic union catalogues first. If only libraries abroad hold it, use WorldShare to see who does, and ask Bilal whether he needs only one or two papers from it — a copy of a chapter is much faster and cheaper than borrowing the whole volume.</p>"
        "<p><b>The Urdu regional journal</b>: it may be hard to find in international systems. Ask Bilal which institutions he knows hold it — his home university’s library or colleagues in Pakistan are often the fastest source — and then consider a direct library-to-library request.</p>"
        "<p>Give him a separate estimate for each item and say honestly that the third may not be obtainable, instead of promising “two weeks” for everything.</p>",
    ),
    _check(
        "A reader needs an article from a foreign-language humanities journal. We do not subscribe and there is no open-access version. Which route should you usually try first?",
        [
            (
                "Write to the publisher abroad and ask for a free copy",
                False,
                "Publishers are not ILL partners, and this skips faster, cleaner routes.",
            ),
            (
                "A domestic network such as CASHL",
                True,
                "Right. CASHL exists to supply foreign humanities and social-science literature; domestic supply is usually faster and cheaper, with clearer copyright terms.",
            ),
            (
                "Ask a US university through OCLC to lend the bound journal volume",
                False,
                "Bound journal volumes are rarely lent, and you do not need to go abroad when a domestic route exists.",
            ),
            ("Tell the reader we cannot help", False, "Several routes have not been tried yet."),
        ],
        "Principle: own holdings and open access first, then domestic, then international; a copy before an original whenever a copy will do.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 2: placing a good request
# ---------------------------------------------------------------------------

REQUEST_ZH = [
    _text(
        "<h3>大多数失败的请求，问题出在引文</h3>"
        "<p>国际请求一来一回动辄数天。对方馆员找不到你要的东西，多半不会打电话问你，而是直接回复“无法满足”（unfilled）。所以发出请求之前，花五分钟核对引文，是整个流程里回报最高的五分钟。</p>"
        "<h4>常见的引文错误</h4>"
        "<ul>"
        "<li>年份、卷、期、页码写错或互相颠倒。</li>"
        "<li>期刊名用了缩写（如“J. Am. Chem. Soc.”），你需要查出全称和ISSN。</li>"
        "<li>标题是译名：中文文献里引用的外文文章，标题常被译成中文；俄文、日文文献在英文文章里又常以英译标题出现。必须找回原文标题。</li>"
        "<li>把会议论文当成期刊论文，或者把书中一章当成整本书。</li>"
        "<li>中日韩文献只有罗马化标题，没有原文字——参见本系列“国际数据库检索”课程中的转写系统。</li>"
        "</ul>"
        "<h4>用标识符锁定文献</h4>"
        "<ul>"
        "<li><b>DOI</b>：形如“10.xxxx/…”。在doi.org解析，确认它指向的确实是读者要的文章——手抄的DOI常常错一位。</li>"
        "<li><b>ISSN</b>：8位，最后一位可能是X。同一种期刊的印本和电子版可能有不同的ISSN（p-ISSN／e-ISSN）；另有把各版本串在一起的ISSN-L。</li>"
        "<li><b>ISBN</b>：10位或13位（13位以978或979开头）。精装、平装、电子书、不同版次往往各有ISBN——读者需要的是哪一版？</li>"
        "<li><b>OCLC号</b>：WorldCat记录号，在WorldShare中请求时最有用。</li>"
        "<li><b>PMID</b>：生物医学文献在PubMed中的编号。</li>"
        "</ul>"
        "<h4>找到持有馆</h4>"
        "<p>国内：CALIS联合目录、国家图书馆联合目录、CASHL资源发现。国外：WorldCat；德国和世界多国目录的元检索KVK（卡尔斯鲁厄虚拟目录）；德国期刊联合目录ZDB；英国的Library Hub Discover；法国的SUDOC；日本的CiNii Books；韩国的RISS；澳大利亚的Trove。期刊一定要看<b>馆藏年卷范围</b>——某馆“有这种刊”不等于有你要的那一年。</p>"
    ),
    _text(
        "<h3>合作馆需要从你这里得到什么</h3>"
        "<ul>"
        "<li>完整、核对过的引文，加上所有能找到的标识符。</li>"
        "<li>服务类型：借原件（loan）还是复制件（copy）；文章或章节要写明起止页码。</li>"
        "<li>版本要求：“任何版本均可”（any edition）还是“仅限此版”（this edition only）；语言版本是否可以替代。</li>"
        "<li>截止日期：“超过某日不再需要”（not needed after）。</li>"
        "<li>愿意支付的最高费用（maximum cost）和币种，以及付款方式（IFM、IFLA代金券、账户等）。</li>"
        "<li>递送方式：电子邮件PDF、OCLC Article Exchange、邮寄；邮寄地址要写英文全称并附中文地址。</li>"
        "<li>版权声明：有的国家或系统要求请求馆声明遵守版权法（例如美国的CCG／CCL标注），或附上读者的非商业研究声明。</li>"
        "<li>你的联系方式：馆名英文全称、部门、电子邮箱、OCLC代码（如有）。</li>"
        "</ul>"
    ),
    _phrasebook(
        "请求单上的常见英文字段",
        [
            ("Loan / Copy", "借原件／复制件", "Copy 一般指文章或章节的复制件，不需归还。"),
            (
                "Any edition acceptable",
                "任何版本均可",
                "如读者只要内容，勾选此项会大大增加成功率。",
            ),
            ("This edition only", "仅限此版本", "读者引用了具体页码或版本差异重要时使用。"),
            (
                "Not needed after: 30 June 2025",
                "2025年6月30日以后不再需要",
                "日期用英文月份书写，避免 06/07 这种中美理解不同的写法。",
            ),
            (
                "Maximum cost: USD 30",
                "最高可支付30美元",
                "对方报价超过此数时应先询问，不应直接发货。",
            ),
            ("Lender string", "借出馆序列", "WorldShare中按顺序流转请求的持有馆列表。"),
            ("Library use only", "仅限馆内阅览", "出借馆常附加的条件，必须转告读者并执行。"),
            ("No photocopying", "不得复印", "同上，常见于珍贵或易损文献。"),
            (
                "Copyright compliance",
                "版权合规声明",
                "美国请求中常见CCG（符合CONTU指南）或CCL（符合版权法）。",
            ),
            (
                "Unfilled – not on shelf",
                "无法满足——架上未找到",
                "常见的拒绝原因代码之一，可换下一家持有馆。",
            ),
        ],
    ),
    _dialogue(
        "在服务台核对一条引文",
        "来自尼日利亚的公共卫生硕士生奇内杜·奥卡福（Chinedu Okafor）在参考咨询台，他从一篇综述的参考文献里抄下了一条引文。",
        [
            (
                "Chinedu Okafor",
                "Hello, I need this article for my thesis. It’s by Adeyemi, 2016, in the Journal of Community Health in West Africa. Our library doesn’t seem to have it.",
                "你好，我的论文需要这篇文章。作者Adeyemi，2016年，发表在《西非社区卫生杂志》。我们馆好像没有。",
            ),
            (
                "陈静（馆员）",
                "Let me check the details first, so the partner library can find it quickly. Do you have the volume, issue and page numbers?",
                "我先核对一下细节，这样合作馆能很快找到。你有卷、期和页码吗？",
            ),
            (
                "Chinedu Okafor",
                "The reference says volume 12, pages 45 to 53. No issue number.",
                "参考文献写的是第12卷，45到53页，没有期号。",
            ),
            (
                "陈静（馆员）",
                "I’ve searched the journal title. The ISSN record shows it changed its title in 2014, so in 2016 it was published under a slightly different name. I’ll put both titles and the ISSN on the request.",
                "我查了刊名。ISSN记录显示这本刊2014年改过名，所以2016年是用一个稍有不同的名字出版的。我会在请求单上写两个刊名和ISSN。",
            ),
            (
                "Chinedu Okafor",
                "Oh, I didn’t know that. How long will it take?",
                "哦，我不知道这个。要多久？",
            ),
            (
                "陈静（馆员）",
                "If a library in Nigeria or the UK can scan it, often about one to two weeks. Is there a date after which you won’t need it?",
                "如果尼日利亚或英国的图书馆可以扫描，通常一到两周。有没有一个日期，过了就不需要了？",
            ),
            ("Chinedu Okafor", "My draft is due on 15 May.", "我的初稿5月15日交。"),
            (
                "陈静（馆员）",
                "Then I’ll write “not needed after 15 May”. You’ll get an e-mail with the PDF as soon as it arrives.",
                "那我就写“5月15日以后不再需要”。文章一到，你会收到带PDF的邮件。",
            ),
        ],
    ),
    _scenario(
        "一本“不存在”的俄文书",
        "<p>来自哈萨克斯坦的生态学博士生艾格林·苏尔坦诺娃（Aigerim Sultanova）要一本书，她给的引文是英文：“Ecology of the Kazakh Steppe, Moscow, 1975”。你在WorldCat里用这个书名查不到任何结果，国内联合目录也没有。</p>",
        "问题可能出在哪里？你下一步怎么做？",
        "<p>这很可能是一本俄文书，英文标题是引用它的英文文章作者自己翻译的。下一步：请艾格林回到引用它的那篇文章，看参考文献是否给出了俄文原题或转写题名；如果没有，和她一起用关键词（俄文或转写形式）、作者姓名和出版年在WorldCat和俄罗斯国家图书馆目录中检索。1970年代的苏联出版物通常没有ISBN，作者姓名、出版社和年份就成了关键。艾格林会俄语，她是你最好的合作者——请她确认原题，再发请求，并在请求里同时写上西里尔字母原题和转写题名。</p>",
    ),
    _check(
        "读者需要某本专著的第三章，他引用的是2018年平装本的页码。以下哪一项最能确保合作馆扫描到正确的内容？",
        [
            (
                "只写书名和作者，选“任何版本均可”",
                False,
                "不同版本的页码可能不同，读者引用了具体页码时这样做有风险。",
            ),
            (
                "写明书名、作者、平装本ISBN、章节标题和起止页码",
                True,
                "对。ISBN锁定版本，章节标题和页码让对方即使版本不同也能找到对应内容。",
            ),
            ("只写OCLC号", False, "OCLC号有帮助，但章节请求还需要章节标题和页码。"),
            ("请对方寄整本书", False, "只需要一章时借整本书既慢又贵，还增加国际邮寄风险。"),
        ],
        "好的请求让对方不用猜：标识符确定文献和版本，章节信息确定范围，截止日期和费用上限确定条件。",
    ),
]

REQUEST_EN = [
    _text(
        "<h3>Most failed requests fail at the citation</h3>"
        "<p>An international request can take days to go back and forth. If the lending librarian cannot identify what you want, they will rarely write to ask — they will simply mark it “unfilled”. Five minutes spent verifying the citation before you send is the best-value time in the whole workflow.</p>"
        "<h4>Common citation problems</h4>"
        "<ul>"
        "<li>Year, volume, issue or pages are wrong or swapped.</li>"
        "<li>The journal title is abbreviated (e.g. “J. Am. Chem. Soc.”); find the full title and the ISSN.</li>"
        "<li>The title is a translation: Chinese papers often cite foreign articles under a Chinese translated title, and English papers often cite Russian or Japanese works under an English translation. You need the original title.</li>"
        "<li>A conference paper is cited as a journal article, or a chapter as if it were the whole book.</li>"
        "<li>A Chinese, Japanese or Korean item is cited only in romanised form — see the “Searching international databases” course for transliteration systems.</li>"
        "</ul>"
        "<h4>Pin it down with identifiers</h4>"
        "<ul>"
        "<li><b>DOI</b>: “10.xxxx/…”. Resolve it at doi.org and make sure it really points to the reader’s article — copied DOIs are often one character off.</li>"
        "<li><b>ISSN</b>: eight characters, the last may be X. Print and online versions of a journal can have different ISSNs (p-ISSN / e-ISSN); the ISSN-L links them.</li>"
        "<li><b>ISBN</b>: 10 or 13 digits (13-digit ISBNs start 978 or 979). Hardback, paperback, e-book and each edition usually have their own ISBN — which one does the reader need?</li>"
        "<li><b>OCLC number</b>: the WorldCat record number, the most useful identifier in WorldShare.</li>"
        "<li><b>PMID</b>: the PubMed identifier for biomedical literature.</li>"
        "</ul>"
        "<h4>Find the holding libraries</h4>"
        "<p>In China: the CALIS union catalogue, the National Library of China union catalogue, CASHL discovery. Abroad: WorldCat; KVK (Karlsruhe Virtual Catalogue), a meta-search across German and many international catalogues; ZDB, the German union catalogue of serials; Library Hub Discover in the UK; SUDOC in France; CiNii Books in Japan; RISS in Korea; Trove in Australia. For journals, always check the <b>holdings range</b> — a library that “has the journal” may not have the year you need.</p>"
    ),
    _text(
        "<h3>What partner libraries need from you</h3>"
        "<ul>"
        "<li>A complete, verified citation with every identifier you could find.</li>"
        "<li>The service: a loan of the original or a copy; for articles and chapters, the page range.</li>"
        "<li>Edition: “any edition acceptable” or “this edition only”; whether another language edition would do.</li>"
        "<li>Deadline: “not needed after” a date.</li>"
        "<li>The maximum cost you will pay, with currency, and how you pay (IFM, IFLA vouchers, an account…).</li>"
        "<li>Delivery: e-mailed PDF, OCLC Article Exchange, post; for post, the full address in English plus the Chinese address.</li>"
        "<li>A copyright statement where required: some countries or systems expect the borrowing library to state compliance (e.g. CCG / CCL in US practice) or to hold the reader’s non-commercial research declaration.</li>"
        "<li>Your contact details: the library’s full English name, department, e-mail and OCLC symbol if you have one.</li>"
        "</ul>"
    ),
    _phrasebook(
        "Common English fields on a request form",
        [
            (
                "Loan / Copy",
                "借原件／复制件",
                "A copy is usually an article or chapter that does not have to be returned.",
            ),
            (
                "Any edition acceptable",
                "任何版本均可",
                "If the reader only needs the content, ticking this greatly improves the fill rate.",
            ),
            (
                "This edition only",
                "仅限此版本",
                "Use when the reader cites specific pages or the differences between editions matter.",
            ),
            (
                "Not needed after: 30 June 2025",
                "2025年6月30日以后不再需要",
                "Write the month in words; 06/07 means different dates in the US and the UK.",
            ),
            (
                "Maximum cost: USD 30",
                "最高可支付30美元",
                "If the lender’s charge is higher, they should ask before supplying.",
            ),
            (
                "Lender string",
                "借出馆序列",
                "The ordered list of holding libraries a WorldShare request passes along.",
            ),
            (
                "Library use only",
                "仅限馆内阅览",
                "A common lender condition; tell the reader and enforce it.",
            ),
            (
                "No photocopying",
                "不得复印",
                "Another common condition, typical for rare or fragile items.",
            ),
            (
                "Copyright compliance",
                "版权合规声明",
                "US requests often carry CCG (complies with CONTU guidelines) or CCL (complies with copyright law).",
            ),
            (
                "Unfilled – not on shelf",
                "无法满足——架上未找到",
                "A typical reason code; move on to the next holding library.",
            ),
        ],
    ),
    _dialogue(
        "Checking a citation at the desk",
        "Chinedu Okafor, a public-health master’s student from Nigeria, is at the reference desk with a citation copied from the reference list of a review article.",
        [
            (
                "Chinedu Okafor",
                "Hello, I need this article for my thesis. It’s by Adeyemi, 2016, in the Journal of Community Health in West Africa. Our library doesn’t seem to have it.",
                "",
            ),
            (
                "Chen Jing (librarian)",
                "Let me check the details first, so the partner library can find it quickly. Do you have the volume, issue and page numbers?",
                "",
            ),
            (
                "Chinedu Okafor",
                "The reference says volume 12, pages 45 to 53. No issue number.",
                "",
            ),
            (
                "Chen Jing (librarian)",
                "I’ve searched the journal title. The ISSN record shows it changed its title in 2014, so in 2016 it was published under a slightly different name. I’ll put both titles and the ISSN on the request.",
                "",
            ),
            ("Chinedu Okafor", "Oh, I didn’t know that. How long will it take?", ""),
            (
                "Chen Jing (librarian)",
                "If a library in Nigeria or the UK can scan it, often about one to two weeks. Is there a date after which you won’t need it?",
                "",
            ),
            ("Chinedu Okafor", "My draft is due on 15 May.", ""),
            (
                "Chen Jing (librarian)",
                "Then I’ll write “not needed after 15 May”. You’ll get an e-mail with the PDF as soon as it arrives.",
                "",
            ),
        ],
    ),
    _scenario(
        "A Russian book that “does not exist”",
        "<p>Aigerim Sultanova, an ecology PhD student from Kazakhstan, asks for a book cited in English as “Ecology of the Kazakh Steppe, Moscow, 1975”. WorldCat finds nothing under that title, and neither do the domestic union catalogues.</p>",
        "What is probably wrong, and what do you do next?",
        "<p>It is most likely a Russian-language book whose English title was translated by the author of the English article that cites it. Ask Aigerim to go back to the citing article and see whether the reference gives the Russian title or a transliterated title. If not, search together in WorldCat and the Russian State Library catalogue by keywords (in Cyrillic or transliterated), author and year. Soviet books of the 1970s usually have no ISBN, so author, publisher and year become the key data. Aigerim reads Russian and is your best partner here: let her confirm the original title, then send the request with both the Cyrillic title and its transliteration.</p>",
    ),
    _check(
        "A reader needs chapter 3 of a monograph and cites page numbers from the 2018 paperback. Which request best ensures the partner scans the right pages?",
        [
            (
                "Title and author only, with “any edition acceptable”",
                False,
                "Pagination can differ between editions; risky when the reader cites exact pages.",
            ),
            (
                "Title, author, the paperback’s ISBN, the chapter title and page range",
                True,
                "Right. The ISBN fixes the edition; the chapter title and pages let the partner find the text even if their edition differs.",
            ),
            (
                "The OCLC number only",
                False,
                "Helpful, but a chapter request also needs the chapter title and pages.",
            ),
            (
                "Ask them to post the whole book",
                False,
                "Borrowing a whole book for one chapter is slower, costlier and adds postal risk.",
            ),
        ],
        "A good request leaves nothing to guess: identifiers fix the item and edition, chapter details fix the scope, the deadline and cost cap fix the conditions.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 3: copyright and licences
# ---------------------------------------------------------------------------

COPYRIGHT_ZH = [
    _text(
        "<h3>三层规则叠在一起</h3>"
        "<p>每一笔跨境文献传递，都同时受三层规则约束：<b>供应方所在国的法律</b>、<b>请求方所在国的法律</b>，以及<b>电子资源的许可协议</b>（合同）。对电子资源来说，许可协议往往比法律更严格，而且它是你的图书馆签过字的。再加上联盟或平台（如CALIS、CASHL、OCLC）自己的规则。</p>"
        "<h4>中国的法律框架（概要）</h4>"
        "<p>《著作权法》（2020年修正，2021年6月1日起施行）第二十四条列举了可以不经许可、不付报酬使用作品的情形，其中包括为个人学习、研究使用已发表的作品，以及图书馆等为陈列或保存版本需要复制本馆收藏的作品。《信息网络传播权保护条例》对图书馆通过网络提供数字化馆藏作了限制（主要限于本馆馆舍内的服务对象）。中国法律没有像美国那样专门、细致的馆际互借条款，实际操作中通常把文献传递理解为：为读者个人学习研究提供<b>单份、少量</b>的复制件，不做系统性、替代订购的供应。具体尺度请以本馆政策和所在联盟的规范为准。</p>"
        "<h4>合作馆所在国的规则（举例）</h4>"
        "<ul>"
        "<li><b>美国</b>：《版权法》第108条允许图书馆在一定条件下为用户复制一篇文章或作品的一小部分，包括通过馆际互借。配套的CONTU指南有著名的“五篇规则”：同一种期刊最近五年内发表的文章，一个请求馆一年内通过馆际互借获取的不超过五篇；请求馆应保存请求记录三年。这就是美国请求单上CCG／CCL标注的由来。</li>"
        "<li><b>许多国家</b>要求读者签署声明，确认复制件仅用于非商业研究或个人学习，由图书馆保存。</li>"
        "<li>有的国家或服务商会根据<b>请求方所在国家</b>适用不同条款，因此同一篇文章，本国读者能拿到，国外读者可能只能拿到纸质件或根本拿不到。</li>"
        "</ul>"
        "<h4>扫描数量的限度</h4>"
        "<p>常见做法是：每期期刊只提供一篇文章，一本书只提供一章或“合理的一小部分”。“一章”或“10%”这样的数字在不少国家的指南和许可协议里出现过，但并不通用——以适用的法律、协议和本馆政策为准。</p>"
    ),
    _text(
        "<h3>许可协议里的馆际互借条款</h3>"
        "<p>电子期刊和数据库的许可协议通常有一条“Interlibrary Loan”条款。你会遇到几种典型写法（以下为概括，不是某一具体协议的原文）：</p>"
        "<ul>"
        "<li><b>允许</b>：可以向其他图书馆提供单篇文章的复制件，可以用安全的电子方式传递。</li>"
        "<li><b>只允许纸质</b>：必须打印后再传递，或电子传递的文件在打印后必须删除。</li>"
        "<li><b>只允许本国</b>：只能向与订购馆位于同一国家的图书馆提供。——这就是<b>为什么有些电子期刊文章无法传给国外图书馆</b>：同一篇文章，给国内兄弟馆可以，给德国的合作馆不行。</li>"
        "<li><b>不允许</b>：常见于电子书平台（通常最多允许章节，甚至完全禁止）、聚合型全文数据库，以及部分只授权给特定国家或联盟机构的数据库。</li>"
        "</ul>"
        "<p>许可条款通常记录在电子资源管理系统（ERM）或图书馆服务平台的许可记录里。供应之前要查，不能凭印象。</p>"
        "<h4>当许可不允许时</h4>"
        "<ul>"
        "<li>如果本馆同时有<b>印本</b>，从印本复制通常不受电子许可约束，而按法律处理。</li>"
        "<li>告诉对方原因，建议其他可能的来源（其他持有馆、出版商单篇购买）。</li>"
        "<li>作者本人通常可以分享自己的文章，许多出版商允许作者分享接受稿——可以建议读者联系作者。</li>"
        "</ul>"
    ),
    _callout(
        "warning",
        "<p><b>绝不用“影子图书馆”（如Sci-Hub）来满足请求。</b>这既侵犯版权，也可能危及本馆的订购：出版商一旦发现来自本校IP的异常批量下载，可能暂停全校访问。读者问起时，可以平和地解释原因，并告诉他们合法的替代途径。</p>",
    ),
    _text(
        "<h3>记录要留什么、留多久</h3>"
        "<ul>"
        "<li>每笔请求的引文、日期、供应来源、服务方式和费用。</li>"
        "<li>读者的版权声明（如本馆或合作方要求）。</li>"
        "<li>供应时依据的许可条款或法律依据，尤其是被拒绝的请求的理由。</li>"
        "</ul>"
        "<p>保存期限按本馆政策执行（美国CONTU指南要求请求记录保存三年，可作参考）。同时注意个人信息保护：发给合作馆的信息以完成请求所必需为限——通常请求方是图书馆，不必写读者的证件号、电话等。中国的《个人信息保护法》（2021年施行）和欧盟的GDPR都要求尽量少地处理个人信息。</p>"
    ),
    _scenario(
        "美国合作馆要三章电子书",
        "<p>一所美国大学图书馆的馆际互借员写信来：他们的研究生需要本馆订购的一本英文电子书中的三章，希望你把这三章导出成PDF发过去。本馆只有这本书的电子版。</p>",
        "你需要查什么？可能的答复有哪些？",
        "<p>先查这个电子书平台的许可协议和平台规则：很多电子书协议完全禁止馆际互借，少数允许提供单独的章节，且往往限定份数或方式。即使允许，“三章”也可能超出合理的部分。可能的答复：如果允许，提供一章并说明原因，建议对方从其他持有纸本的图书馆获取其余部分；如果不允许，礼貌说明“our licence does not permit interlibrary loan from this e-book”，并建议他们在WorldCat中查找持有印本的图书馆。无论哪种，都在记录中写下依据的条款。</p>",
    ),
    _check(
        "某电子期刊的许可协议写明：“馆际互借仅限向被许可方所在国家的图书馆提供。”日本一所大学图书馆请求其中一篇文章。你应该怎么做？",
        [
            (
                "照常发送PDF，只是一篇文章，没关系",
                False,
                "这违反了本馆签署的合同，许可条款与篇数无关。",
            ),
            (
                "婉拒并说明许可限制；如本馆有该刊印本，可考虑依法从印本复制",
                True,
                "对。电子许可约束电子版；印本复制按适用法律和本馆政策处理。",
            ),
            (
                "请日本的读者自己来本馆下载",
                False,
                "这不是可行的服务方案，也可能违反许可中关于授权用户的规定。",
            ),
            ("把文章转给国内另一家馆，请它再转给日本", False, "这是规避许可，同样违约。"),
        ],
        "许可协议是合同，约束的是本馆。遇到“仅限本国”条款，要说明原因并帮助对方找其他合法来源。",
    ),
]

COPYRIGHT_EN = [
    _text(
        "<h3>Three layers of rules</h3>"
        "<p>Every cross-border supply is governed at once by <b>the law of the supplying country</b>, <b>the law of the requesting country</b> and, for electronic resources, <b>the licence</b> (a contract). For e-resources the licence is often stricter than the law — and your library signed it. On top of that come the rules of consortia and platforms such as CALIS, CASHL or OCLC.</p>"
        "<h4>China’s legal framework (in outline)</h4>"
        "<p>Article 24 of the Copyright Law (as amended in 2020, in force from 1 June 2021) lists uses that need neither permission nor payment, including use of a published work for personal study or research, and copying by libraries of works in their own collections for display or preservation. The Regulations on the Protection of the Right of Dissemination via Information Networks limit how libraries may offer digitised collections online (essentially to users on their own premises). Chinese law has no detailed ILL provision like that of the United States; in practice, document delivery is understood as supplying a <b>single, limited</b> copy for a reader’s personal study or research, never systematic supply that replaces a subscription. Follow your library’s policy and your consortium’s rules for the exact limits.</p>"
        "<h4>Rules in partners’ countries (examples)</h4>"
        "<ul>"
        "<li><b>United States</b>: Section 108 of the Copyright Act lets libraries, under conditions, copy one article or a small part of a work for a user, including through ILL. The accompanying CONTU guidelines contain the well-known “rule of five”: a borrowing library should not receive, in one year, more than five articles through ILL from the last five years of any one journal, and it should keep request records for three years. This is where the CCG / CCL notes on US requests come from.</li>"
        "<li><b>Many countries</b> require the reader to sign a declaration that the copy is for non-commercial research or private study, which the library keeps.</li>"
        "<li>Some countries and supply services apply different terms depending on <b>the requesting library’s country</b>, so the same article may be available to domestic readers but only on paper, or not at all, to readers abroad.</li>"
        "</ul>"
        "<h4>How much may be copied</h4>"
        "<p>Common practice: one article per journal issue, and one chapter or a “reasonable portion” of a book. Figures such as “one chapter” or “10%” appear in many national guidelines and licences, but they are not universal — go by the applicable law, licence and your library’s policy.</p>"
    ),
    _text(
        "<h3>ILL clauses in licences</h3>"
        "<p>E-journal and database licences usually contain an “Interlibrary Loan” clause. Typical variants (summarised, not quoted from any one licence):</p>"
        "<ul>"
        "<li><b>Permitted</b>: a single copy of an article may be supplied to another library, including by secure electronic transmission.</li>"
        "<li><b>Print only</b>: the copy must be printed before it is supplied, or an electronically transmitted file must be deleted after printing.</li>"
        "<li><b>Domestic only</b>: supply is allowed only to libraries in the licensee’s own country. This is <b>why some e-journal articles cannot be supplied abroad</b>: the same article may go to a library in the next province but not to your partner in Germany.</li>"
        "<li><b>Not permitted</b>: common for e-book platforms (chapters at most, often nothing), aggregator full-text databases and some databases licensed only to institutions in a particular country or consortium.</li>"
        "</ul>"
        "<p>Licence terms are usually recorded in the electronic resource management (ERM) system or the licence records of the library services platform. Check before you supply; never go from memory.</p>"
        "<h4>When the licence says no</h4>"
        "<ul>"
        "<li>If we also hold <b>print</b>, copying from print is normally governed by the law rather than by the e-licence.</li>"
        "<li>Tell the partner why, and suggest other sources (other holding libraries, pay-per-view from the publisher).</li>"
        "<li>Authors can usually share their own work, and many publishers allow authors to share the accepted manuscript — suggest that the reader contacts the author.</li>"
        "</ul>"
    ),
    _callout(
        "warning",
        "<p><b>Never fill a request from a shadow library such as Sci-Hub.</b> It infringes copyright and can endanger our subscriptions: publishers who detect unusual bulk downloading from campus IP addresses may suspend access for the whole university. If a reader asks, explain calmly why not and point to the legal alternatives.</p>",
    ),
    _text(
        "<h3>What to record and for how long</h3>"
        "<ul>"
        "<li>For every request: the citation, dates, source of supply, type of service and charges.</li>"
        "<li>The reader’s copyright declaration, where your library or the partner requires one.</li>"
        "<li>The licence clause or legal basis you relied on — especially your reason when you decline.</li>"
        "</ul>"
        "<p>Keep records as long as your library’s policy says (the US CONTU guidelines ask for three years, a useful benchmark). Protect personal data too: send partners only what they need to fill the request — usually the requester is the library, so the reader’s ID number or phone number is not needed. China’s Personal Information Protection Law (in force since 2021) and the EU’s GDPR both require minimal processing of personal information.</p>"
    ),
    _scenario(
        "A US partner asks for three e-book chapters",
        "<p>An ILL librarian at a US university writes: their graduate student needs three chapters of an English-language e-book that we license, and asks you to export them as a PDF. We hold the book only electronically.</p>",
        "What do you need to check, and what are the possible replies?",
        "<p>Check the e-book platform’s licence and rules first: many e-book licences forbid ILL entirely; a few allow single chapters, often with limits on number or method. Even where chapters are allowed, three chapters may exceed a reasonable portion. Possible replies: if permitted, supply one chapter, explain why, and suggest they obtain the rest from a library holding the print book; if not permitted, say politely that “our licence does not permit interlibrary loan from this e-book” and suggest they look in WorldCat for print holdings. Either way, record the clause you relied on.</p>",
    ),
    _check(
        "An e-journal licence says: “Interlibrary loan is permitted only to libraries located in the Licensee’s country.” A university library in Japan requests an article from it. What should you do?",
        [
            (
                "Send the PDF anyway — it is only one article",
                False,
                "That breaches a contract our library signed; the clause does not depend on numbers.",
            ),
            (
                "Decline and explain the licence restriction; if we hold the journal in print, consider copying from print as the law allows",
                True,
                "Right. The e-licence governs the e-version; copying from print is governed by the applicable law and our policy.",
            ),
            (
                "Invite the Japanese reader to come and download it here",
                False,
                "Not a workable service, and it may breach the licence’s rules on authorised users.",
            ),
            (
                "Pass the article to another Chinese library and ask it to forward it to Japan",
                False,
                "That is circumventing the licence — still a breach.",
            ),
        ],
        "A licence is a contract binding our library. With a “domestic only” clause, explain the reason and help the partner find another lawful source.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 4: costs, payment and time
# ---------------------------------------------------------------------------

COSTS_ZH = [
    _text(
        "<h3>费用通常怎么结算</h3>"
        "<ul>"
        "<li><b>互惠免费</b>：许多图书馆之间（双边协议或联盟内部）互不收费。与常用合作馆建立互惠关系，是降低成本最有效的办法。</li>"
        "<li><b>OCLC IFM（馆际互借费用管理）</b>：在WorldShare中完成的请求，费用记在双方的OCLC账单上，借入馆扣款、借出馆入账，不必单独开发票或跨境汇款。</li>"
        "<li><b>IFLA代金券</b>：国际图联（IFLA）的可重复使用的塑料代金券，专为国际馆际互借设计。据IFLA网站，整券8欧元、半券4欧元；IFLA鼓励供应馆对一次借阅或15页以内的复制件收一张整券，但供应馆可以自定标准；购买和兑换时要付手续费。具体条件以IFLA当前公布为准。</li>"
        "<li><b>预付账户</b>：向国家级文献供应服务等开设存款账户，按次扣费。</li>"
        "<li><b>信用卡或银行转账</b>：小额国际转账的银行手续费常常高于文献费用本身，能避免就避免。</li>"
        "<li><b>国内平台</b>：CALIS、CASHL等通过平台账户结算，不同时期可能有补贴政策。</li>"
        "</ul>"
        "<p>还有一个容易被忽视的环节：<b>本校财务处的规定</b>。外币付款的审批、境外发票（invoice）能否报销、需要哪些附件——这些要提前问清楚。合作馆几个月收不到款，下次可能就不再借给你。</p>"
        "<h4>谁来付</h4>"
        "<p>由图书馆承担、读者部分承担，还是由课题经费支付？请把本馆政策写清楚并告诉读者；在请求中写明最高可支付金额，避免意外账单。</p>"
    ),
    _text(
        "<h3>时间：给出范围，而不是承诺</h3>"
        "<p>国际文献传递的时间受持有馆的工作量、时区、假期、扫描和邮寄方式影响。一般参考（不同合作馆差别很大）：</p>"
        "<ul>"
        "<li><b>电子传递的文章或章节</b>：顺利时几个工作日，国际请求经常需要一到两周。</li>"
        "<li><b>返还式借阅的图书</b>：从国外寄来通常要数周，包括往返邮寄和可能的海关时间；遇到长假会更久。</li>"
        "</ul>"
        "<p>对读者说“通常需要……，我们会随时通知您进展”，而不是“一定在某日之前到”。</p>"
        "<h3>跟踪和催询</h3>"
        "<ul>"
        "<li>每笔请求都记录状态和日期：已发出、已接受、已发货（附运单号）、已收到、已交给读者、已归还。</li>"
        "<li>设定催询节奏并坚持执行，例如文章请求几个工作日无回应、借书请求一周多无回应时，发一封礼貌的跟进邮件；第二次跟进仍无回音，就取消并转向下一家持有馆。具体天数按本馆规范。</li>"
        "<li>在WorldShare中，出借馆在规定时间内不回应，请求会自动转到序列中的下一家；要留意那些“卡住”的请求。</li>"
        "<li><b>给读者设置比出借馆更早的内部到期日</b>（例如提前一周），为回寄留出时间。</li>"
        "<li>寄还时用可追踪的挂号或快递，包装结实，附上对方的请求单或编号；海关申报按快递公司要求如实填写，通常注明“图书馆借阅，需归还，非销售品”（library loan – to be returned, not for sale）。</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>读者的预期来自他们的母校。</b>在德国、英国、美国的不少大学，国内馆际互借又快又便宜，甚至免费。国际学生按这个标准预期跨境请求，很正常。耐心解释国际渠道的差别，并主动告诉他们国内能否更快拿到，比事后道歉效果好得多。</p>",
    ),
    _dialogue(
        "解释为什么国际借书要更久",
        "来自德国的历史学访问学者卢卡斯·贝克尔（Lukas Becker）想借一本只有欧洲图书馆才有的德文书。",
        [
            (
                "Lukas Becker",
                "In Germany I usually get a book by Fernleihe within a week or so. How long will it take here?",
                "在德国，我通过馆际互借（Fernleihe）通常一周左右就能拿到书。这里要多久？",
            ),
            (
                "刘洋（馆员）",
                "For a book coming from Europe, it’s usually several weeks — the library abroad has to process it, and then it travels by international post and through customs, both ways.",
                "从欧洲借书通常要几周——国外图书馆要处理，然后要经国际邮寄和海关，来回都是。",
            ),
            ("Lukas Becker", "I see. Is there a faster way?", "明白了。有更快的办法吗？"),
            (
                "刘洋（馆员）",
                "If you only need certain chapters, we can ask for scans. That often takes one to two weeks. Would that work for you?",
                "如果您只需要其中几章，我们可以请对方扫描，通常一到两周。这样可以吗？",
            ),
            (
                "Lukas Becker",
                "I need chapters two and five. But I may need the whole book later.",
                "我需要第二章和第五章。不过以后可能需要整本书。",
            ),
            (
                "刘洋（馆员）",
                "Then let’s request the chapters now. If you need the book later, we’ll request it then. The lending library may also set conditions, such as library use only.",
                "那我们现在先请求这两章。以后需要整本书时再借。出借馆也可能附加条件，比如只能在馆内阅读。",
            ),
            ("Lukas Becker", "And is there a fee?", "要收费吗？"),
            (
                "刘洋（馆员）",
                "I’ll check the lender’s charge and our policy before I send the request, and I’ll tell you if anything would be charged to you. I won’t send it without your agreement.",
                "我发请求之前会先查出借馆的收费和本馆政策，如果有需要您承担的费用会先告诉您，不经您同意不会发出。",
            ),
        ],
    ),
    _scenario(
        "“已发货”十二天",
        "<p>来自巴西的访问学者玛丽安娜·科斯塔·席尔瓦（Mariana Costa Silva）四周前请求了一本葡萄牙出版的书。系统显示出借馆十二天前已标记“已发货”（shipped），但书还没到。她很着急，因为下个月就要回国。</p>",
        "你会做哪些事？按什么顺序？你怎么跟玛丽安娜说？",
        "<p>先自查：收发室、其他校区、分馆，看包裹是否已到馆但没有登记。然后查运单号（如果出借馆提供了），看包裹是否卡在海关或转运中。如果没有运单号，礼貌地写信给出借馆，询问寄送方式和追踪号。对玛丽安娜：说明你已经做了什么、下一步做什么、什么时候再联系她；同时根据她的回国日期，问她是否需要先请求关键章节的扫描作为备用。要注意：她回国前书即使到了，也要留足时间让她使用并让我们按时寄还。</p>",
    ),
    _check(
        "国外一家出借馆对一笔小额复制件收费。以下哪些结算方式可以避免单独的国际银行转账？（可多选）",
        [
            ("通过OCLC IFM在双方的OCLC账单中结算", True, "对。IFM把费用记在双方的OCLC账单上。"),
            ("使用IFLA代金券", True, "对。代金券就是为了省去小额国际付款而设计的。"),
            ("每笔单独电汇", False, "小额电汇的手续费往往高于文献费本身。"),
            ("在信封里寄现金", False, "不安全，也不符合财务规定。"),
        ],
        "互惠免费、IFM、IFLA代金券和预付账户，都能减少小额跨境付款的麻烦；还要提前确认本校财务处的规定。",
    ),
]

COSTS_EN = [
    _text(
        "<h3>How charges are usually settled</h3>"
        "<ul>"
        "<li><b>Reciprocal, no-charge agreements</b>: many libraries (bilaterally or within a consortium) do not charge each other. Building reciprocity with regular partners is the most effective way to cut costs.</li>"
        "<li><b>OCLC IFM (Interlibrary Loan Fee Management)</b>: for requests handled in WorldShare, charges go onto both libraries’ OCLC invoices — debited to the borrower, credited to the lender — with no separate invoice or international transfer.</li>"
        "<li><b>IFLA vouchers</b>: reusable plastic vouchers from the International Federation of Library Associations, designed for international ILL. According to IFLA, a full voucher costs EUR 8 and a half voucher EUR 4; IFLA encourages suppliers to accept one full voucher for a loan or a copy of up to 15 pages, but suppliers set their own rates, and there is a handling fee on purchase and redemption. Check IFLA’s current terms.</li>"
        "<li><b>Deposit accounts</b> with national supply services and similar suppliers, debited per transaction.</li>"
        "<li><b>Credit card or bank transfer</b>: bank fees on small international transfers are often larger than the charge itself; avoid them where you can.</li>"
        "<li><b>Domestic platforms</b>: CALIS, CASHL and others settle through platform accounts, sometimes with subsidy schemes in particular periods.</li>"
        "</ul>"
        "<p>An often-forgotten step: <b>your university finance office’s rules</b>. Approval for foreign-currency payments, whether a foreign invoice can be accepted for reimbursement, which attachments are needed — find out in advance. A partner that waits months for payment may stop lending to you.</p>"
        "<h4>Who pays?</h4>"
        "<p>The library, the reader in part, or a research grant? Write your policy down and tell readers; put a maximum cost on every request to avoid surprise bills.</p>"
    ),
    _text(
        "<h3>Time: give a range, not a promise</h3>"
        "<p>International turnaround depends on the lender’s workload, time zones, holidays, scanning and shipping. A rough guide (partners differ a lot):</p>"
        "<ul>"
        "<li><b>Articles or chapters delivered electronically</b>: a few working days when all goes well; international requests often take one to two weeks.</li>"
        "<li><b>Returnable books from abroad</b>: usually several weeks, including postage both ways and possible customs time; longer over holidays.</li>"
        "</ul>"
        "<p>Tell readers “this usually takes … and we’ll keep you updated”, not “it will be here by Friday”.</p>"
        "<h3>Tracking and chasing</h3>"
        "<ul>"
        "<li>Log status and date for every request: sent, accepted, shipped (with tracking number), received, given to the reader, returned.</li>"
        "<li>Keep a chasing rhythm and stick to it — for example a polite follow-up when an article request has had no answer for several working days or a loan request for more than a week; if a second follow-up gets no reply, cancel and move to the next holding library. Use the intervals your library sets.</li>"
        "<li>In WorldShare, a request that a lender does not answer within the set time moves automatically to the next lender in the string; watch for requests that get stuck.</li>"
        "<li><b>Give the reader an internal due date earlier than the lender’s</b> (for example a week earlier) to leave time for return shipping.</li>"
        "<li>Return items by a tracked service, well packed, with the lender’s request slip or number; complete customs paperwork as the carrier requires — the usual description is “library loan – to be returned, not for sale”.</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>Readers’ expectations come from their home universities.</b> At many universities in Germany, the UK or the US, domestic ILL is fast and cheap or even free, so international students naturally expect the same of cross-border requests. Explaining the difference patiently — and saying up front whether a domestic source would be faster — works far better than apologising later.</p>",
    ),
    _dialogue(
        "Explaining why an international loan takes longer",
        "Lukas Becker, a visiting historian from Germany, wants a German book held only by libraries in Europe.",
        [
            (
                "Lukas Becker",
                "In Germany I usually get a book by Fernleihe within a week or so. How long will it take here?",
                "",
            ),
            (
                "Liu Yang (librarian)",
                "For a book coming from Europe, it’s usually several weeks — the library abroad has to process it, and then it travels by international post and through customs, both ways.",
                "",
            ),
            ("Lukas Becker", "I see. Is there a faster way?", ""),
            (
                "Liu Yang (librarian)",
                "If you only need certain chapters, we can ask for scans. That often takes one to two weeks. Would that work for you?",
                "",
            ),
            (
                "Lukas Becker",
                "I need chapters two and five. But I may need the whole book later.",
                "",
            ),
            (
                "Liu Yang (librarian)",
                "Then let’s request the chapters now. If you need the book later, we’ll request it then. The lending library may also set conditions, such as library use only.",
                "",
            ),
            ("Lukas Becker", "And is there a fee?", ""),
            (
                "Liu Yang (librarian)",
                "I’ll check the lender’s charge and our policy before I send the request, and I’ll tell you if anything would be charged to you. I won’t send it without your agreement.",
                "",
            ),
        ],
    ),
    _scenario(
        "“Shipped” twelve days ago",
        "<p>Mariana Costa Silva, a visiting scholar from Brazil, requested a book published in Portugal four weeks ago. The system shows that the lender marked it “shipped” twelve days ago, but it has not arrived. She is worried because she returns home next month.</p>",
        "What do you do, in what order, and what do you tell Mariana?",
        "<p>Check our side first: the post room, other campuses and branch libraries — the parcel may have arrived without being logged. Then check the tracking number, if the lender gave one, to see whether the parcel is held in customs or in transit. Without a tracking number, write politely to the lender asking how it was sent and for the tracking details. Tell Mariana what you have done, what you will do next and when you will contact her again; given her departure date, ask whether she would like scans of the key chapters requested as a back-up. Remember that even if the book arrives, she needs time to use it and we need time to return it on schedule.</p>",
    ),
    _check(
        "A lender abroad charges a small fee for a copy. Which settlement methods avoid a separate international bank transfer? (Choose all that apply.)",
        [
            (
                "Settling through OCLC IFM on both libraries’ OCLC invoices",
                True,
                "Right. IFM puts the charge on both OCLC invoices.",
            ),
            (
                "Paying with IFLA vouchers",
                True,
                "Right. Vouchers exist precisely to avoid small international payments.",
            ),
            (
                "A separate wire transfer for each request",
                False,
                "Bank fees on small transfers often exceed the charge itself.",
            ),
            ("Posting cash in an envelope", False, "Unsafe, and against finance rules."),
        ],
        "Reciprocal agreements, IFM, IFLA vouchers and deposit accounts all reduce the burden of small cross-border payments; check your finance office’s rules in advance too.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 5: writing to partner libraries in English
# ---------------------------------------------------------------------------

WRITING_ZH = [
    _text(
        "<h3>好邮件的五个习惯</h3>"
        "<ol>"
        "<li><b>主题行能单独说明一切</b>：对方每天收到几十封馆际互借邮件，主题行要包含邮件类型、双方的请求编号和简短书名（示例见下）。</li>"
        "<li><b>一封邮件一件事</b>：多个请求时用编号列表，每条都有完整引文。</li>"
        "<li><b>简短、直接、礼貌</b>：英文公务邮件讲究开门见山。第一句就说明目的，不需要长篇客套。</li>"
        "<li><b>日期写英文月份</b>：写“3 March 2025”，不写“03/03/2025”——美国人读作月/日，英国人读作日/月。</li>"
        "<li><b>完整的签名档</b>：姓名、部门、馆名英文全称、地址、邮箱、OCLC代码（如有）。</li>"
        "</ol>"
        "<h4>主题行示例</h4>"
        "<ul>"
        "<li>ILL request – our ref. ILL-2025-0417 – Becker, Stadtgeschichte (1987)</li>"
        "<li>Follow-up: our ref. ILL-2025-0417 (sent 3 March)</li>"
        "<li>Renewal request – your ref. 48817 – due 30 April</li>"
        "<li>Item returned – your ref. 48817 – tracking no. included</li>"
        "<li>Apology and damage report – your ref. 48817</li>"
        "</ul>"
        "<h4>称呼与结尾</h4>"
        "<ul>"
        "<li>知道对方姓名：“Dear Ms Thompson” 或 “Dear Sarah”（对方信中自称Sarah时）。不知道姓名时用 “Dear colleagues” 或 “Dear ILL team”，比 “Dear Sir/Madam” 更自然。</li>"
        "<li>结尾常用 “Kind regards” 或 “Best regards”；“Yours faithfully／sincerely” 偏正式，也可以用。</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>避免“中式英语”的几个常见点。</b>“Please kindly…” 在英美读者看来有些重复，用 “Could you please…” 或 “We would be grateful if you could…” 即可。“Hope you are doing well” 可以用一次，但不要每封都用长段问候。不要整句大写或连用感叹号，显得像在喊。道歉时说清楚发生了什么、如何补救，比反复说 “sorry” 更有诚意。</p>",
    ),
    _phrasebook(
        "馆际互借英文邮件常用语",
        [
            (
                "We would like to request a loan of the following item.",
                "我们希望借阅以下文献。",
                "新借阅请求的开头句。复制件请求把 a loan of 换成 a copy of。",
            ),
            (
                "Could you please supply a copy of the article below?",
                "能否请您提供下列文章的复制件？",
                "简洁、礼貌的请求句式。",
            ),
            (
                "Please find the full citation below.",
                "完整引文见下。",
                "把引文放在邮件正文里，不要只放附件。",
            ),
            (
                "We are happy to pay up to USD 30 for this request.",
                "本请求我们最多可支付30美元。",
                "说明最高费用，对方无需再问。",
            ),
            (
                "We can pay by IFLA vouchers or through OCLC IFM.",
                "我们可以用IFLA代金券或通过OCLC IFM支付。",
                "写出本馆实际可用的方式。",
            ),
            (
                "Could you let us know whether this item is available for international loan?",
                "能否告知此书是否可以国际出借？",
                "不确定对方是否国际出借时先问。",
            ),
            (
                "We are writing to follow up on our request sent on 3 March.",
                "我们就3月3日发出的请求跟进一下。",
                "跟进邮件的标准开头，附上请求编号。",
            ),
            (
                "Could we possibly renew this loan until 30 May?",
                "能否将此次借阅续借至5月30日？",
                "在到期日之前发出。possibly让语气更委婉。",
            ),
            (
                "The item was returned today by registered airmail; the tracking number is …",
                "该书已于今日以航空挂号寄还，运单号为……",
                "寄还后立即通知，附运单号。",
            ),
            (
                "We sincerely apologise for the late return.",
                "对延迟归还我们深表歉意。",
                "道歉的核心句，随后说明原因和措施。",
            ),
            (
                "Unfortunately, the item was damaged while in our care.",
                "很遗憾，这本书在我馆借阅期间受损。",
                "主动承担责任的说法。",
            ),
            (
                "Please let us know how you would like us to proceed.",
                "请告知您希望我们如何处理。",
                "把决定权交给对方：修复、赔偿还是替换。",
            ),
            ("Thank you very much for your help.", "非常感谢您的帮助。", "简单真诚的结尾。"),
        ],
    ),
    _dialogue(
        "邮件往来一：新请求与带条件的答复",
        "本馆馆际互借员王丽通过电子邮件向一所英国大学图书馆直接请求一本书。对方馆员Sarah Thompson回复。",
        [
            (
                "王丽（本馆）",
                "Subject: ILL request – our ref. ILL-2025-0417 – Becker, Stadtgeschichte (1987)\n\nDear colleagues,\n\nWe would like to request a loan of the following item for a visiting researcher:\n\nBecker, Hans. Stadtgeschichte und Verwaltung. Stuttgart, 1987.\n\nAny edition acceptable. Not needed after 30 June 2025. We are happy to pay up to EUR 25 and can pay by IFLA vouchers.\n\nCould you let us know whether this item is available for international loan?\n\nKind regards,\nWang Li\nInterlibrary Loan and Document Delivery, University Library",
                "主题：馆际互借请求——我方编号ILL-2025-0417——Becker，《城市史与行政》（1987）\n\n各位同事好：我们希望为一位访问学者借阅以下文献……任何版本均可，2025年6月30日以后不再需要。最多可支付25欧元，可用IFLA代金券支付。能否告知此书是否可以国际出借？",
            ),
            (
                "Sarah Thompson（合作馆）",
                "Subject: RE: ILL request – our ref. ILL-2025-0417 – your ref. 48817\n\nDear Wang Li,\n\nThank you for your request. We can lend this item on the following conditions: library use only, no photocopying, and a loan period of four weeks from receipt. The charge is two IFLA vouchers. Please confirm that these conditions are acceptable and we will send the book by tracked airmail.\n\nBest regards,\nSarah Thompson\nResource Sharing",
                "主题：回复——我方编号48817\n\n王丽您好：感谢您的请求。我们可以出借，条件是：仅限馆内阅览，不得复印，借期为收到后四周。费用为两张IFLA代金券。请确认是否接受这些条件，我们将以可追踪的航空邮件寄出。",
            ),
            (
                "王丽（本馆）",
                "Subject: RE: ILL request – your ref. 48817 – conditions accepted\n\nDear Sarah,\n\nThank you. We accept the conditions and will send two IFLA vouchers today. We will let you know as soon as the book arrives.\n\nKind regards,\nWang Li",
                "主题：回复——贵方编号48817——接受条件\n\nSarah您好：谢谢。我们接受这些条件，今天寄出两张IFLA代金券。书一到我们就通知您。",
            ),
        ],
    ),
    _dialogue(
        "邮件往来二：跟进与续借",
        "两周后书还没到；书到后，读者又希望续借。",
        [
            (
                "王丽（本馆）",
                "Subject: Follow-up: our ref. ILL-2025-0417 – your ref. 48817 (shipped 2 April)\n\nDear Sarah,\n\nWe are writing to follow up on the item you kindly shipped on 2 April. It has not reached us yet. Could you please send us the tracking number so that we can check with our post office?\n\nMany thanks,\nWang Li",
                "主题：跟进——贵方编号48817（4月2日寄出）\n\nSarah您好：您4月2日寄出的书我们还没有收到。能否把运单号发给我们，以便我们向邮局查询？",
            ),
            (
                "Sarah Thompson（合作馆）",
                "Subject: RE: Follow-up – your ref. 48817\n\nDear Wang Li,\n\nOf course. The tracking number is on the attached dispatch note. The online tracking shows the parcel is in customs in Shanghai.\n\nBest regards,\nSarah",
                "主题：回复——跟进\n\n王丽您好：当然可以。运单号见附件中的寄件单。网上追踪显示包裹正在上海海关。",
            ),
            (
                "王丽（本馆）",
                "Subject: Renewal request – your ref. 48817 – due 20 May\n\nDear Sarah,\n\nThe book arrived safely on 22 April, thank you. Our reader has asked whether the loan could possibly be renewed until 20 June. If a renewal is not possible, we will of course return it by 20 May.\n\nKind regards,\nWang Li",
                "主题：续借请求——贵方编号48817——5月20日到期\n\nSarah您好：书已于4月22日安全到达，谢谢。我们的读者希望续借至6月20日。如果不能续借，我们当然会在5月20日前寄还。",
            ),
        ],
    ),
    _dialogue(
        "邮件往来三：为延迟归还和损坏道歉",
        "读者还书晚了，而且书的封面有一处水渍。王丽写信说明情况。",
        [
            (
                "王丽（本馆）",
                "Subject: Apology and damage report – your ref. 48817\n\nDear Sarah,\n\nWe sincerely apologise: the book was returned to us eight days late, and unfortunately it was damaged while in our care — there is a water mark on the back cover, about 3 cm wide. The pages are not affected. We have photographed the damage (photos attached).\n\nThe book was posted back to you today by registered airmail. We will of course cover the cost of repair or replacement. Please let us know how you would like us to proceed.\n\nWe have reviewed our procedures and now give readers an earlier internal due date for international loans.\n\nWith apologies and kind regards,\nWang Li",
                "主题：致歉及损坏报告——贵方编号48817\n\nSarah您好：非常抱歉：这本书晚还了八天，而且很遗憾在我馆期间受损——封底有一处约3厘米宽的水渍，书页未受影响。我们拍了照片（见附件）。书今天已以航空挂号寄还。修复或替换的费用由我们承担，请告知您希望如何处理。我们已检查流程，今后国际借阅会给读者设置更早的内部到期日。",
            ),
            (
                "Sarah Thompson（合作馆）",
                "Subject: RE: Apology and damage report – your ref. 48817\n\nDear Wang Li,\n\nThank you for letting us know so promptly and for the photos. The damage is minor and our conservator can treat it, so there is no charge. We look forward to working with you again.\n\nBest regards,\nSarah",
                "主题：回复——致歉及损坏报告\n\n王丽您好：感谢您及时告知并提供照片。损坏很轻，我们的修复师可以处理，所以不收费用。期待今后继续合作。",
            ),
        ],
    ),
    _check(
        "以下哪一个是最好的跟进邮件主题行？",
        [
            ("Hello", False, "看不出是什么事，容易被忽略。"),
            ("URGENT!!! WHERE IS OUR BOOK", False, "全大写和感叹号显得不礼貌，也没有编号。"),
            (
                "Follow-up: our ref. ILL-2025-0417 – your ref. 48817 (sent 3 March)",
                True,
                "对。类型、双方编号和日期一目了然，对方能立刻找到记录。",
            ),
            (
                "Question about interlibrary loan",
                False,
                "太笼统，对方还要打开邮件去猜是哪一笔请求。",
            ),
        ],
        "主题行 = 邮件类型 + 双方编号 + 关键信息（书名、日期）。对方不打开邮件就知道该找哪条记录。",
    ),
]

WRITING_EN = [
    _text(
        "<h3>Five habits of a good ILL e-mail</h3>"
        "<ol>"
        "<li><b>A subject line that says it all</b>: partners receive dozens of ILL e-mails a day. Put the message type, both reference numbers and a short title in the subject (examples below).</li>"
        "<li><b>One matter per e-mail</b>: for several requests, use a numbered list with a full citation for each.</li>"
        "<li><b>Short, direct, polite</b>: English business e-mail gets to the point. State your purpose in the first sentence; long courtesies are not needed.</li>"
        "<li><b>Write the month in words</b>: “3 March 2025”, not “03/03/2025” — Americans read month/day, the British day/month.</li>"
        "<li><b>A full signature</b>: name, department, the library’s full English name, address, e-mail and OCLC symbol if you have one.</li>"
        "</ol>"
        "<h4>Subject-line examples</h4>"
        "<ul>"
        "<li>ILL request – our ref. ILL-2025-0417 – Becker, Stadtgeschichte (1987)</li>"
        "<li>Follow-up: our ref. ILL-2025-0417 (sent 3 March)</li>"
        "<li>Renewal request – your ref. 48817 – due 30 April</li>"
        "<li>Item returned – your ref. 48817 – tracking no. included</li>"
        "<li>Apology and damage report – your ref. 48817</li>"
        "</ul>"
        "<h4>Greetings and closings</h4>"
        "<ul>"
        "<li>If you know the name: “Dear Ms Thompson”, or “Dear Sarah” once she signs as Sarah. If not: “Dear colleagues” or “Dear ILL team” sounds more natural than “Dear Sir/Madam”.</li>"
        "<li>Close with “Kind regards” or “Best regards”; “Yours faithfully / sincerely” is more formal and also fine.</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>Habits that read oddly to native speakers.</b> “Please kindly…” sounds doubled; “Could you please…” or “We would be grateful if you could…” is enough. “Hope you are doing well” is fine once, but skip long greetings in every message. Avoid whole sentences in capitals and strings of exclamation marks — they read as shouting. When apologising, saying clearly what happened and how you will put it right is more sincere than repeating “sorry”.</p>",
    ),
    _phrasebook(
        "Useful phrases for ILL e-mails",
        [
            (
                "We would like to request a loan of the following item.",
                "我们希望借阅以下文献。",
                "Opening line of a new loan request; for copies, say “a copy of” instead of “a loan of”.",
            ),
            (
                "Could you please supply a copy of the article below?",
                "能否请您提供下列文章的复制件？",
                "A short, polite request.",
            ),
            (
                "Please find the full citation below.",
                "完整引文见下。",
                "Put the citation in the body of the e-mail, not only in an attachment.",
            ),
            (
                "We are happy to pay up to USD 30 for this request.",
                "本请求我们最多可支付30美元。",
                "States your cost limit so the partner need not ask.",
            ),
            (
                "We can pay by IFLA vouchers or through OCLC IFM.",
                "我们可以用IFLA代金券或通过OCLC IFM支付。",
                "Name only the methods your library can actually use.",
            ),
            (
                "Could you let us know whether this item is available for international loan?",
                "能否告知此书是否可以国际出借？",
                "Ask first when you are not sure the partner lends abroad.",
            ),
            (
                "We are writing to follow up on our request sent on 3 March.",
                "我们就3月3日发出的请求跟进一下。",
                "Standard opening for a follow-up; add the reference numbers.",
            ),
            (
                "Could we possibly renew this loan until 30 May?",
                "能否将此次借阅续借至5月30日？",
                "Send before the due date; “possibly” softens the request.",
            ),
            (
                "The item was returned today by registered airmail; the tracking number is …",
                "该书已于今日以航空挂号寄还，运单号为……",
                "Notify the lender as soon as you post the item back.",
            ),
            (
                "We sincerely apologise for the late return.",
                "对延迟归还我们深表歉意。",
                "The core apology; follow it with the reason and what you have changed.",
            ),
            (
                "Unfortunately, the item was damaged while in our care.",
                "很遗憾，这本书在我馆借阅期间受损。",
                "Takes responsibility plainly.",
            ),
            (
                "Please let us know how you would like us to proceed.",
                "请告知您希望我们如何处理。",
                "Leaves the decision (repair, payment, replacement) to the owner.",
            ),
            (
                "Thank you very much for your help.",
                "非常感谢您的帮助。",
                "A simple, sincere close.",
            ),
        ],
    ),
    _dialogue(
        "E-mail exchange 1: a new request and a conditional reply",
        "Wang Li, our ILL librarian, e-mails a university library in the UK directly. Sarah Thompson replies.",
        [
            (
                "Wang Li (our library)",
                "Subject: ILL request – our ref. ILL-2025-0417 – Becker, Stadtgeschichte (1987)\n\nDear colleagues,\n\nWe would like to request a loan of the following item for a visiting researcher:\n\nBecker, Hans. Stadtgeschichte und Verwaltung. Stuttgart, 1987.\n\nAny edition acceptable. Not needed after 30 June 2025. We are happy to pay up to EUR 25 and can pay by IFLA vouchers.\n\nCould you let us know whether this item is available for international loan?\n\nKind regards,\nWang Li\nInterlibrary Loan and Document Delivery, University Library",
                "",
            ),
            (
                "Sarah Thompson (partner library)",
                "Subject: RE: ILL request – our ref. ILL-2025-0417 – your ref. 48817\n\nDear Wang Li,\n\nThank you for your request. We can lend this item on the following conditions: library use only, no photocopying, and a loan period of four weeks from receipt. The charge is two IFLA vouchers. Please confirm that these conditions are acceptable and we will send the book by tracked airmail.\n\nBest regards,\nSarah Thompson\nResource Sharing",
                "",
            ),
            (
                "Wang Li (our library)",
                "Subject: RE: ILL request – your ref. 48817 – conditions accepted\n\nDear Sarah,\n\nThank you. We accept the conditions and will send two IFLA vouchers today. We will let you know as soon as the book arrives.\n\nKind regards,\nWang Li",
                "",
            ),
        ],
    ),
    _dialogue(
        "E-mail exchange 2: follow-up and renewal",
        "Two weeks later the book has not arrived; once it has, the reader asks for a renewal.",
        [
            (
                "Wang Li (our library)",
                "Subject: Follow-up: our ref. ILL-2025-0417 – your ref. 48817 (shipped 2 April)\n\nDear Sarah,\n\nWe are writing to follow up on the item you kindly shipped on 2 April. It has not reached us yet. Could you please send us the tracking number so that we can check with our post office?\n\nMany thanks,\nWang Li",
                "",
            ),
            (
                "Sarah Thompson (partner library)",
                "Subject: RE: Follow-up – your ref. 48817\n\nDear Wang Li,\n\nOf course. The tracking number is on the attached dispatch note. The online tracking shows the parcel is in customs in Shanghai.\n\nBest regards,\nSarah",
                "",
            ),
            (
                "Wang Li (our library)",
                "Subject: Renewal request – your ref. 48817 – due 20 May\n\nDear Sarah,\n\nThe book arrived safely on 22 April, thank you. Our reader has asked whether the loan could possibly be renewed until 20 June. If a renewal is not possible, we will of course return it by 20 May.\n\nKind regards,\nWang Li",
                "",
            ),
        ],
    ),
    _dialogue(
        "E-mail exchange 3: apologising for a late return and damage",
        "The reader returned the book late, and there is a water mark on the cover. Wang Li writes to explain.",
        [
            (
                "Wang Li (our library)",
                "Subject: Apology and damage report – your ref. 48817\n\nDear Sarah,\n\nWe sincerely apologise: the book was returned to us eight days late, and unfortunately it was damaged while in our care — there is a water mark on the back cover, about 3 cm wide. The pages are not affected. We have photographed the damage (photos attached).\n\nThe book was posted back to you today by registered airmail. We will of course cover the cost of repair or replacement. Please let us know how you would like us to proceed.\n\nWe have reviewed our procedures and now give readers an earlier internal due date for international loans.\n\nWith apologies and kind regards,\nWang Li",
                "",
            ),
            (
                "Sarah Thompson (partner library)",
                "Subject: RE: Apology and damage report – your ref. 48817\n\nDear Wang Li,\n\nThank you for letting us know so promptly and for the photos. The damage is minor and our conservator can treat it, so there is no charge. We look forward to working with you again.\n\nBest regards,\nSarah",
                "",
            ),
        ],
    ),
    _check(
        "Which is the best subject line for a follow-up e-mail?",
        [
            ("Hello", False, "Says nothing about the matter; easily overlooked."),
            (
                "URGENT!!! WHERE IS OUR BOOK",
                False,
                "Capitals and exclamation marks read as rude, and there is no reference number.",
            ),
            (
                "Follow-up: our ref. ILL-2025-0417 – your ref. 48817 (sent 3 March)",
                True,
                "Right. Type, both references and the date are clear; the partner can find the record at once.",
            ),
            (
                "Question about interlibrary loan",
                False,
                "Too vague; the partner has to open it and guess which request you mean.",
            ),
        ],
        "Subject line = message type + both reference numbers + a key detail (title, date). The partner knows which record to open before reading the e-mail.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 6: supplying documents to libraries abroad
# ---------------------------------------------------------------------------

SUPPLYING_ZH = [
    _text(
        "<h3>我们也是供应方</h3>"
        "<p>世界各地研究中国的学者都需要中文文献，而很多中文书刊只有中国的图书馆才有。及时、专业地为国外图书馆提供文献，不仅是服务，也在积累互惠关系——下次我们请求时，对方会更愿意帮忙。</p>"
        "<h3>处理一笔国外来的请求</h3>"
        "<ol>"
        "<li><b>接收并检查</b>：请求是否完整？对方的条件是什么（最高费用、截止日期、递送方式）？</li>"
        "<li><b>识别文献</b>：国外请求中的中文文献通常只有罗马化形式。按ALA-LC拼音规则，标题多数是<b>逐个音节分开</b>写的（例如 “Zhongguo jin dai shi” 对应《中国近代史》），人名、地名则连写；较早的请求可能用威妥玛拼音。有歧义时，请对方提供汉字、ISBN或OCLC号——对方的目录记录里往往有汉字。</li>"
        "<li><b>查馆藏</b>：核对年卷期、版本。</li>"
        "<li><b>查权利</b>：电子资源看许可条款是否允许国际传递；印本按法律和本馆政策；特藏另有规定。</li>"
        "<li><b>及时答复</b>：可以提供、附条件提供，或无法提供（写明原因）。拖着不回，比拒绝更伤关系。</li>"
        "<li><b>提供、记录、收费</b>：按约定方式递送，登记记录，按约定结算。</li>"
        "</ol>"
    ),
    _text(
        "<h3>扫描质量清单</h3>"
        "<ul>"
        "<li>文字页一般300 dpi；图表、照片、古籍书影视情况用灰度或彩色。</li>"
        "<li>整页完整：不要切掉页边、页码、页眉页脚和脚注；竖排古籍要保证左右页顺序正确。</li>"
        "<li>页面端正、清晰，没有手指和阴影；检查是否漏页、是否包括折页和插图。</li>"
        "<li>如果文章本身没有出处信息，加一页封面或在首页标注刊名、年卷期和页码。</li>"
        "<li>可能的话做OCR，方便对方读者检索。</li>"
        "<li>文件名包含对方的请求编号；文件过大时用安全链接（如OCLC Article Exchange），不要发超大附件。</li>"
        "<li>按许可和本馆政策，递送后删除本地副本。</li>"
        "</ul>"
        "<h3>出借原件到国外</h3>"
        "<ul>"
        "<li>多数图书馆只向信任的合作馆国际出借，并附加条件（仅限馆内阅览、不得复印、借期从收到起算）。</li>"
        "<li><b>古籍、善本、部分民国文献</b>通常不外借；出境还可能受文物管理规定的限制。遇到这类请求，先咨询本馆特藏部门，可以考虑在允许的范围内提供数字化副本。</li>"
        "<li>包装牢固、防水；用可追踪的方式寄送；如实填写海关申报（图书馆借阅，需归还，非销售品）；需要时投保。</li>"
        "<li>在邮件中写明到期日、归还地址和归还方式的要求。</li>"
        "</ul>"
    ),
    _callout(
        "tip",
        "<p><b>无法提供时，也给出帮助。</b>一句 “We do not hold this volume, but the National Library of China lists it in its catalogue” 能帮对方省下好几天。拒绝的原因要具体：没有馆藏、该卷缺失、许可不允许、文献太脆弱不能扫描——对方可以据此决定下一步。</p>",
    ),
    _dialogue(
        "答复一笔来自德国的请求",
        "德国一所大学的馆际互借员Katrin Vogel请求一部地方志中的一章，引文只有罗马化标题。本馆馆员赵敏答复。",
        [
            (
                "Katrin Vogel（德国合作馆）",
                "Subject: Copy request – our ref. DE-2291 – Suzhou fu zhi, juan 12\n\nDear colleagues,\n\nCould you please supply a scan of juan 12 of the following title: Suzhou fu zhi, Qing dynasty edition, reprinted in the 1970s. We do not have the Chinese characters or an ISBN. Our maximum cost is EUR 20.\n\nKind regards,\nKatrin Vogel",
                "主题：复制请求——我方编号DE-2291——《苏州府志》卷十二\n\n各位同事好：能否扫描提供以下文献的卷十二：Suzhou fu zhi（苏州府志），清代版本，1970年代影印。我们没有汉字书名和ISBN。最高费用20欧元。",
            ),
            (
                "赵敏（本馆）",
                "Subject: RE: Copy request – your ref. DE-2291 – our ref. SUP-2025-0088\n\nDear Katrin,\n\nThank you for your request. We hold a reprint of 苏州府志 (Suzhou fu zhi) based on the edition of the Tongzhi–Guangxu period. Juan 12 is about 60 pages. Before we scan, could you please confirm that this is the edition your reader needs? If your catalogue record shows a publisher or place of the reprint, that would help us match it exactly.\n\nKind regards,\nZhao Min",
                "主题：回复——贵方编号DE-2291——我方编号SUP-2025-0088\n\nKatrin您好：感谢您的请求。我们有一部根据同治—光绪年间版本影印的《苏州府志》。卷十二约60页。扫描前，能否请您确认这是读者需要的版本？如果您的目录记录里有影印本的出版者或出版地，会帮助我们准确对应。",
            ),
            (
                "Katrin Vogel（德国合作馆）",
                "Subject: RE: Copy request – your ref. SUP-2025-0088\n\nDear Zhao Min,\n\nYes, that is the edition. Our record gives Taipei as the place of the reprint, but the reader is happy with any reprint of the same edition. Please go ahead.\n\nThank you,\nKatrin",
                "主题：回复\n\n赵敏您好：是这个版本。我们的记录显示影印本出版地是台北，不过读者接受同一版本的任何影印本。请您扫描。",
            ),
            (
                "赵敏（本馆）",
                "Subject: Supplied – your ref. DE-2291 – our ref. SUP-2025-0088\n\nDear Katrin,\n\nThe scan of juan 12 (62 pages, 300 dpi, PDF) has been uploaded to Article Exchange; the link and password are in the system message. Our reprint is a different one from yours, so we have added a cover page with its full details. There is no charge for this request.\n\nKind regards,\nZhao Min",
                "主题：已提供——贵方编号DE-2291\n\nKatrin您好：卷十二的扫描件（62页，300 dpi，PDF）已上传到Article Exchange，链接和密码见系统消息。我们的影印本与贵馆的不同，所以加了一页封面，写明完整的版本信息。本次不收费。",
            ),
        ],
    ),
    _scenario(
        "一个威妥玛拼音的请求",
        "<p>美国一所大学图书馆请求一篇1930年代的期刊文章，引文是：“Li, Chi-tsung. ‘Pei-p’ing t’u-shu-kuan shih-yeh…’, T’u-shu-kuan hsüeh chi-k’an, 1934”。本馆同事说“我们没有这本刊”，准备答复无法提供。</p>",
        "你会怎样检查？",
        "<p>这是威妥玛拼音。“Pei-p’ing” 是北平（北京在1928—1949年间的名称），“t’u-shu-kuan” 是“图书馆”，刊名 “T’u-shu-kuan hsüeh chi-k’an” 对应拼音 “Tushuguanxue jikan”，即《图书馆学季刊》。用汉字刊名重新查馆藏；人名 “Li Chi-tsung” 可能对应“李继宗”等多个汉字写法，以刊名、年份和篇名来确认。如果确实没有，写明“not held”，并建议可能持有民国期刊的图书馆或已数字化的民国期刊数据库（对方馆可能有订购）。把这种转换技巧教给同事，能减少很多不必要的“无法提供”。</p>",
    ),
    _check(
        "国外图书馆请求本馆一部清代刻本古籍的原件外借。最恰当的做法是：",
        [
            (
                "按普通图书出借，用挂号信寄出",
                False,
                "古籍通常不外借，出境还可能受文物管理规定限制。",
            ),
            ("不回复，等对方自己撤销", False, "不回复会损害合作关系，也浪费对方的时间。"),
            (
                "咨询本馆特藏部门；通常说明原件不外借，并在允许范围内提供数字化副本或书影",
                True,
                "对。既遵守规定，又尽量满足对方读者的研究需要。",
            ),
            (
                "请对方读者直接来中国查阅，不再提供其他帮助",
                False,
                "到馆查阅可以作为选项之一，但应先考虑数字化副本等替代方案。",
            ),
        ],
        "作为供应方，要及时答复、遵守规则，并尽可能给出替代方案——这样建立的信任会在我们请求时得到回报。",
    ),
]

SUPPLYING_EN = [
    _text(
        "<h3>We are suppliers too</h3>"
        "<p>Scholars of China all over the world need Chinese-language material, and much of it is held only by libraries in China. Supplying libraries abroad promptly and professionally is a service in its own right, and it builds reciprocity — partners are readier to help when we ask.</p>"
        "<h3>Handling a request from abroad</h3>"
        "<ol>"
        "<li><b>Receive and check</b>: is the request complete? What are the partner’s conditions (maximum cost, deadline, delivery method)?</li>"
        "<li><b>Identify the item</b>: requests from abroad usually give Chinese titles in romanised form only. Under the ALA-LC pinyin rules most title words are written <b>syllable by syllable</b> (“Zhongguo jin dai shi” for 中国近代史), while personal and place names are joined; older requests may be in Wade-Giles. If in doubt, ask for the characters, ISBN or OCLC number — the partner’s catalogue record often has the characters.</li>"
        "<li><b>Check holdings</b>: year, volume, issue and edition.</li>"
        "<li><b>Check rights</b>: for e-resources, whether the licence allows international supply; for print, the law and our policy; special collections have their own rules.</li>"
        "<li><b>Answer promptly</b>: supply, supply with conditions, or decline with a reason. Silence damages a relationship more than a refusal does.</li>"
        "<li><b>Supply, record, charge</b>: deliver as agreed, log it, settle as agreed.</li>"
        "</ol>"
    ),
    _text(
        "<h3>Scan quality checklist</h3>"
        "<ul>"
        "<li>300 dpi is usual for text pages; use greyscale or colour for figures, photographs and images of rare books as needed.</li>"
        "<li>Whole pages: do not crop margins, page numbers, headers, footers or footnotes; for vertically set traditional books, keep the right-to-left page order correct.</li>"
        "<li>Straight, sharp pages with no fingers or shadows; check for missing pages, fold-outs and plates.</li>"
        "<li>If the article itself lacks source details, add a cover page or note the journal, year, volume, issue and pages on the first page.</li>"
        "<li>Run OCR where possible so the reader can search the text.</li>"
        "<li>Put the partner’s reference number in the file name; send large files by a secure link (e.g. OCLC Article Exchange) rather than huge attachments.</li>"
        "<li>Delete local copies after delivery where the licence and our policy require it.</li>"
        "</ul>"
        "<h3>Lending originals abroad</h3>"
        "<ul>"
        "<li>Most libraries lend internationally only to trusted partners, with conditions (library use only, no photocopying, loan period counted from receipt).</li>"
        "<li><b>Traditional thread-bound books (guji), rare books and some Republican-era material</b> are usually not lent, and taking them out of the country may be restricted by cultural-relics regulations. Consult our special collections department first; offer a digital copy where that is permitted.</li>"
        "<li>Pack securely and waterproof; ship by a tracked service; describe the item truthfully on customs forms (library loan, to be returned, not for sale); insure where appropriate.</li>"
        "<li>State the due date, the return address and how the item must be returned in your e-mail.</li>"
        "</ul>"
    ),
    _callout(
        "tip",
        "<p><b>Even when you cannot supply, help.</b> One sentence such as “We do not hold this volume, but the National Library of China lists it in its catalogue” can save the partner days. Be specific about why you decline — not held, volume missing, licence does not permit, too fragile to scan — so the partner can decide what to do next.</p>",
    ),
    _dialogue(
        "Answering a request from Germany",
        "Katrin Vogel, an ILL librarian at a German university, asks for one chapter of a local gazetteer; the citation is in romanised form only. Zhao Min, our librarian, replies.",
        [
            (
                "Katrin Vogel (German partner)",
                "Subject: Copy request – our ref. DE-2291 – Suzhou fu zhi, juan 12\n\nDear colleagues,\n\nCould you please supply a scan of juan 12 of the following title: Suzhou fu zhi, Qing dynasty edition, reprinted in the 1970s. We do not have the Chinese characters or an ISBN. Our maximum cost is EUR 20.\n\nKind regards,\nKatrin Vogel",
                "",
            ),
            (
                "Zhao Min (our library)",
                "Subject: RE: Copy request – your ref. DE-2291 – our ref. SUP-2025-0088\n\nDear Katrin,\n\nThank you for your request. We hold a reprint of 苏州府志 (Suzhou fu zhi) based on the edition of the Tongzhi–Guangxu period. Juan 12 is about 60 pages. Before we scan, could you please confirm that this is the edition your reader needs? If your catalogue record shows a publisher or place of the reprint, that would help us match it exactly.\n\nKind regards,\nZhao Min",
                "",
            ),
            (
                "Katrin Vogel (German partner)",
                "Subject: RE: Copy request – your ref. SUP-2025-0088\n\nDear Zhao Min,\n\nYes, that is the edition. Our record gives Taipei as the place of the reprint, but the reader is happy with any reprint of the same edition. Please go ahead.\n\nThank you,\nKatrin",
                "",
            ),
            (
                "Zhao Min (our library)",
                "Subject: Supplied – your ref. DE-2291 – our ref. SUP-2025-0088\n\nDear Katrin,\n\nThe scan of juan 12 (62 pages, 300 dpi, PDF) has been uploaded to Article Exchange; the link and password are in the system message. Our reprint is a different one from yours, so we have added a cover page with its full details. There is no charge for this request.\n\nKind regards,\nZhao Min",
                "",
            ),
        ],
    ),
    _scenario(
        "A request in Wade-Giles",
        "<p>A US university library requests a 1930s journal article cited as: “Li, Chi-tsung. ‘Pei-p’ing t’u-shu-kuan shih-yeh…’, T’u-shu-kuan hsüeh chi-k’an, 1934”. A colleague says “we don’t have that journal” and is about to decline.</p>",
        "How would you check?",
        "<p>This is Wade-Giles. “Pei-p’ing” is Beiping (the name of Beijing from 1928 to 1949), “t’u-shu-kuan” is tushuguan, “library”, and the journal “T’u-shu-kuan hsüeh chi-k’an” is “Tushuguanxue jikan” in pinyin — 图书馆学季刊. Search our holdings again with the Chinese title. The name “Li Chi-tsung” could match several sets of characters, so confirm by journal, year and article title. If we really do not hold it, say “not held” and suggest libraries likely to hold Republican-era journals, or digitised Republican-era journal databases the partner may subscribe to. Teaching colleagues this conversion prevents many needless refusals.</p>",
    ),
    _check(
        "A library abroad asks to borrow the original of a Qing-dynasty woodblock-printed book from our collection. What is the most appropriate response?",
        [
            (
                "Lend it like any other book and send it by registered post",
                False,
                "Traditional rare books are usually not lent, and export may be restricted by cultural-relics rules.",
            ),
            (
                "Do not answer and wait for them to cancel",
                False,
                "Silence harms the relationship and wastes the partner’s time.",
            ),
            (
                "Consult special collections; usually explain that originals are not lent and offer a digital copy or images where permitted",
                True,
                "Right. It keeps to the rules and still serves the reader’s research.",
            ),
            (
                "Tell the reader to come to China and offer nothing else",
                False,
                "A visit can be one option, but consider a digital copy or other alternatives first.",
            ),
        ],
        "As a supplier: answer promptly, follow the rules, and offer an alternative wherever you can — the trust you build is repaid when we ask.",
    ),
]


COURSE = {
    "slug": "international-ill",
    "topic": "international",
    "target_language": None,
    "cefr_level": "",
    "estimated_minutes": 120,
    "mandatory": False,
    "certificate_validity_months": 24,
    "outcomes": [("intl-ill", 3)],
    "zh": {
        "title": "国际馆际互借与文献传递",
        "summary": "为国际学生和学者跨境获取文献，也为国外图书馆提供中文文献：认识国内外渠道，写出一次就能满足的请求，守住版权和许可的边界，管好费用和时间，用清楚得体的英文与合作馆通信。",
        "objectives": (
            "<ul>"
            "<li>为一条引文选择最合适的获取渠道（本馆、CALIS／CASHL／NSTL、国际网络、馆对馆直接请求），并向读者说明合理的时间预期。</li>"
            "<li>核对引文和标识符（DOI、ISSN、ISBN、OCLC号），找到持有馆，提交信息完整的请求。</li>"
            "<li>判断法律和许可协议是否允许一次跨境传递，并保存必要的记录。</li>"
            "<li>说明常见的国际结算方式，跟踪和催询请求，安全寄还借来的图书。</li>"
            "<li>用规范的英文写请求、跟进、续借和致歉邮件，并专业地向国外图书馆提供文献。</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "International interlibrary loan and document delivery",
        "summary": "Getting documents across borders for international students and scholars, and supplying Chinese material to libraries abroad: know the domestic and international routes, write requests that succeed first time, stay within copyright and licence terms, manage costs and time, and write to partner libraries in clear, courteous English.",
        "objectives": (
            "<ul>"
            "<li>Choose the best route for a citation (own holdings, CALIS / CASHL / NSTL, international networks, direct requests) and give the reader a realistic time estimate.</li>"
            "<li>Verify citations and identifiers (DOI, ISSN, ISBN, OCLC number), find holding libraries and send complete requests.</li>"
            "<li>Judge whether law and licence allow a cross-border supply, and keep the necessary records.</li>"
            "<li>Explain common international payment methods, track and chase requests, and return borrowed items safely.</li>"
            "<li>Write request, follow-up, renewal and apology e-mails in good English, and supply documents to libraries abroad professionally.</li>"
            "</ul>"
        ),
    },
    "lessons": [
        {
            "slug": "the-landscape",
            "minutes": 20,
            "required": True,
            "zh": {"title": "版图：国内外渠道与选择", "body": LANDSCAPE_ZH},
            "en": {"title": "The landscape: routes and when to use which", "body": LANDSCAPE_EN},
        },
        {
            "slug": "placing-a-good-request",
            "minutes": 20,
            "required": True,
            "zh": {"title": "提交一个好请求：引文、标识符与持有馆", "body": REQUEST_ZH},
            "en": {
                "title": "Placing a good request: citations, identifiers and holding libraries",
                "body": REQUEST_EN,
            },
        },
        {
            "slug": "copyright-and-licences",
            "minutes": 20,
            "required": True,
            "zh": {"title": "版权与许可协议", "body": COPYRIGHT_ZH},
            "en": {"title": "Copyright and licences", "body": COPYRIGHT_EN},
        },
        {
            "slug": "costs-payment-and-time",
            "minutes": 15,
            "required": True,
            "zh": {"title": "费用、结算与时间", "body": COSTS_ZH},
            "en": {"title": "Costs, payment and time", "body": COSTS_EN},
        },
        {
            "slug": "writing-to-partner-libraries",
            "minutes": 25,
            "required": True,
            "zh": {"title": "用英文与合作馆通信", "body": WRITING_ZH},
            "en": {"title": "Writing to partner libraries in English", "body": WRITING_EN},
        },
        {
            "slug": "supplying-documents-abroad",
            "minutes": 20,
            "required": True,
            "zh": {"title": "向国外图书馆提供文献", "body": SUPPLYING_ZH},
            "en": {"title": "Supplying documents to libraries abroad", "body": SUPPLYING_EN},
        },
    ],
}
