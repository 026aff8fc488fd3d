"""Demo course: English for the library service desk (B1).

The phrases being taught are English in both editions. In the zh edition they are translated and
explained in Chinese; in the en edition the "translation" column says what the phrase does at the
desk, in plain English.
"""

from __future__ import annotations

from courses.demo.blocks import callout as _callout
from courses.demo.blocks import check as _check
from courses.demo.blocks import dialogue, phrasebook
from courses.demo.blocks import scenario as _scenario
from courses.demo.blocks import text as _text

SPEAKERS = {
    "li": ("李娜（馆员）", "Li Na (librarian)"),
    "chen": ("陈磊（馆员）", "Chen Lei (librarian)"),
    "zhao": ("赵敏（馆员）", "Zhao Min (librarian)"),
    "wang": ("王静（馆员）", "Wang Jing (librarian)"),
    "ayesha": ("Ayesha", "Ayesha"),
    "aigerim": ("Aigerim", "Aigerim"),
    "minjun": ("Min-jun", "Min-jun"),
    "emeka": ("Emeka", "Emeka"),
    "becker": ("Dr Becker", "Dr Becker"),
}


def _phrasebook(lang, title, rows):
    """rows: (English phrase, zh translation, en gloss, zh note, en note)."""
    col = 0 if lang == "zh" else 1
    return phrasebook(
        title,
        [(term, (zh, en)[col], (note_zh, note_en)[col]) for term, zh, en, note_zh, note_en in rows],
    )


def _dialogue(lang, title, setting, lines):
    """lines: (speaker key, English line, zh translation); the en edition needs no translation."""
    col = 0 if lang == "zh" else 1
    return dialogue(
        title,
        setting,
        [(SPEAKERS[speaker][col], line, zh if lang == "zh" else "") for speaker, line, zh in lines],
    )


# ---------------------------------------------------------------------------------------------
# Lesson 1: greeting and offering help
# ---------------------------------------------------------------------------------------------

GREETING_PHRASES = [
    (
        "Hi there! How can I help?",
        "您好！有什么可以帮您？",
        "The all-purpose opening: friendly and open.",
        "最自然的开场白，语调在 help 上自然下降。",
        "Let the voice fall on “help”. Works with anyone, any time of day.",
    ),
    (
        "Good morning. What can I do for you?",
        "早上好，有什么需要帮忙的吗？",
        "A slightly more formal opening.",
        "按时间换成 Good afternoon / Good evening。",
        "Switch to “Good afternoon” after noon and “Good evening” after about 6 p.m.",
    ),
    (
        "Are you looking for anything in particular?",
        "您在找什么特定的东西吗？",
        "Offering help to someone browsing or hesitating.",
        "看到读者在书架或检索机前犹豫时主动询问。",
        "Use it when someone is hesitating at the shelves or a catalogue terminal.",
    ),
    (
        "Would you like me to show you?",
        "要我带您去／给您演示一下吗？",
        "Offering to demonstrate or to walk with the user.",
        "不要说成 “I show you”，would you like me to… 是主动帮忙的标准句式。",
        "“Would you like me to + verb” is the standard polite offer; “I show you” sounds abrupt.",
    ),
    (
        "Would you like a map of the library?",
        "需要一份图书馆平面图吗？",
        "Offering something: Would you like + noun.",
        "",
        "",
    ),
    (
        "I'll be with you in just a moment.",
        "我马上就来为您服务。",
        "Acknowledging a new arrival while you finish another task.",
        "正在接电话或处理别的读者时，先用眼神和这句话回应新来的读者。",
        "Say it with eye contact, so the user knows they have been seen.",
    ),
    (
        "Sorry to keep you waiting.",
        "抱歉让您久等了。",
        "Greeting someone who has been waiting.",
        "轮到对方时说，比喊 “Next!” 友好得多。",
        "Much warmer than calling “Next!”.",
    ),
    (
        "Take your time.",
        "不着急，您慢慢来。",
        "Reassuring a user who is searching for a card or filling in a form.",
        "读者找证件、填表或输入密码时说。",
        "",
    ),
    (
        "Is there anything else I can help you with?",
        "还有其他需要帮忙的吗？",
        "Checking before you close the conversation.",
        "结束服务前使用。",
        "",
    ),
    (
        "You're welcome. Have a good day!",
        "不客气，祝您愉快！",
        "Closing the conversation.",
        "",
        "",
    ),
]

REQUEST_PHRASES = [
    (
        "Could I see your student card, please?",
        "可以看一下您的学生证吗？",
        "The standard way to ask for a card or ID at the desk.",
        "服务台最常用的请求句，比 “Give me your card” 礼貌得多。",
        "Much better than “Give me your card” or just “Card.”",
    ),
    (
        "Could you fill in this form, please?",
        "请您填一下这张表好吗？",
        "Asking the user to do something: Could you + verb.",
        "",
        "",
    ),
    (
        "Could you sign here, please?",
        "请在这里签名。",
        "Asking for a signature.",
        "同时用手示意签名的位置。",
        "Point to the place with an open hand.",
    ),
    (
        "Would you mind waiting here for a moment?",
        "您介意在这儿稍等一下吗？",
        "A very polite request, for something slightly inconvenient.",
        "对方同意时会说 “No, not at all” 或 “Sure”——回答 no 表示“不介意”。",
        "Note the answer: “No, not at all” means “I don't mind — fine”.",
    ),
    (
        "Could you say that again, please?",
        "您能再说一遍吗？",
        "Asking for repetition.",
        "比 “What?” 或 “Again?” 礼貌。",
        "Much more polite than “What?” or “Again?”.",
    ),
    (
        "Could you speak a little more slowly, please?",
        "您能说慢一点吗？",
        "Asking someone to slow down.",
        "不必为此道歉——很多国际读者自己也不是英语母语者。",
        "No need to apologise: many international users are not native speakers either.",
    ),
    (
        "Could you type it here for me?",
        "您能在这里把它打出来吗？",
        "Getting a title, name or keyword in writing.",
        "书名、人名、关键词听不清时，把键盘或便签转向读者。",
        "Turn the keyboard or a notepad towards the user when a title or name is hard to catch.",
    ),
    (
        "Would you like to take a seat?",
        "您要不要先坐一下？",
        "Offering a seat while you check something.",
        "",
        "",
    ),
]

GREETING_DIALOGUE = [
    ("li", "(covering the phone) I'll be with you in just a moment.", "（捂住话筒）我马上就来。"),
    (
        "li",
        "Sorry to keep you waiting. Good morning! How can I help?",
        "抱歉让您久等了。早上好！有什么可以帮您？",
    ),
    (
        "ayesha",
        "Hi. I'd like to borrow some books, but I'm not sure how it works here.",
        "你好。我想借几本书，但不太清楚这里怎么借。",
    ),
    ("li", "No problem. Are you a student here?", "没问题。您是本校学生吗？"),
    (
        "ayesha",
        "Yes, I'm a PhD student in chemistry. I started two weeks ago.",
        "是的，我是化学系的博士生，两周前刚入学。",
    ),
    (
        "li",
        "Welcome! Could I see your student card, please? Here it works as your library card too.",
        "欢迎！可以看一下您的学生证吗？在我们馆，学生证也就是借书证。",
    ),
    ("ayesha", "Sure, here you are.", "好的，给您。"),
    (
        "li",
        "Thank you. Your account is active, so you can borrow right away. Would you like me to show you the self-service machine?",
        "谢谢。您的账户已经开通，可以直接借书。要我给您演示一下自助借还机吗？",
    ),
    ("ayesha", "Yes, please. That would be great.", "好的，太好了。"),
    (
        "li",
        "It's just over here. Place your card here, then put the books on the pad, one at a time. Take your time.",
        "就在这边。先把卡放在这里，再把书一本一本放到感应区上。不着急，慢慢来。",
    ),
    ("ayesha", "Oh, that's easy. Thank you so much!", "哦，很简单嘛。太感谢了！"),
    (
        "li",
        "You're welcome. Is there anything else I can help you with?",
        "不客气。还有其他需要帮忙的吗？",
    ),
    ("ayesha", "No, that's all. Thanks!", "没有了，谢谢！"),
    ("li", "Have a good day, and good luck with your research!", "祝您愉快，研究顺利！"),
]

LESSON_GREETING = {
    "slug": "greeting-and-offering-help",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "问候与主动提供帮助",
        "body": [
            _text(
                "<h3>“怎么说”和“说什么”一样重要</h3>"
                "<p>在服务台，读者对你的第一印象往往来自前两句话。英语里，同一个意思可以用不同的“语域”（register）来表达："
                "在中文里很正常的直接说法，直译成英语后可能听起来像命令或不耐烦。B1 水平的目标不是把话说得复杂，"
                "而是稳定地使用几种礼貌句式。</p>"
                "<h4>礼貌梯度：从生硬到得体</h4>"
                "<ul>"
                "<li><b>Give me your card.</b> —— 祈使句，像命令，避免使用。</li>"
                "<li><b>Card, please.</b> —— 很简短。排长队时可以用，但要配合微笑和友好的语气。</li>"
                "<li><b>Can I see your card?</b> —— 日常、友好，可以用。</li>"
                "<li><b>Could I see your student card, please?</b> —— 服务台的标准说法，推荐。</li>"
                "<li><b>Would you mind showing me your student card?</b> —— 非常客气，适合提出稍显麻烦的要求。</li>"
                "</ul>"
                "<h4>三个核心句式</h4>"
                "<ul>"
                "<li><b>Could you + 动词原形…?</b> 请读者做某事：<i>Could you sign here, please?</i></li>"
                "<li><b>Would you like + 名词 / Would you like me to + 动词…?</b> 主动提供帮助："
                "<i>Would you like a map? Would you like me to show you?</i></li>"
                "<li><b>I'll + 动词…</b> 告诉读者你接下来要做什么：<i>I'll check the catalogue for you.</i></li>"
                "</ul>"
                "<p>注意：回答 <i>Would you mind…?</i> 时，“不介意、可以”要说 <b>No, not at all.</b> 或 <b>Sure.</b>，"
                "而不是 “Yes”——“Yes” 在字面上表示“我介意”。</p>"
            ),
            _phrasebook("zh", "问候与主动提供帮助", GREETING_PHRASES),
            _phrasebook("zh", "礼貌地提出请求", REQUEST_PHRASES),
            _callout(
                "warning",
                "<p><b>“Do you have any problem?” 为什么听起来不对？</b>这句话是“您有什么问题吗？”的直译，"
                "但英语里的 <i>problem</i> 指“麻烦、毛病”，配上降调甚至像在说“你有什么意见？”。"
                "<i>What's your problem?</i> 更是带有挑衅意味的说法。请改说 <b>How can I help?</b> 或 "
                "<b>Is there anything I can help you with?</b></p>",
            ),
            _text(
                "<h3>中文母语者常见的服务用语错误</h3>"
                "<ul>"
                "<li>✗ <i>Wait a moment.</i> / <i>Wait!</i> → ✓ <b>Just a moment, please.</b> 或 <b>Bear with me a moment.</b>"
                "（单独的 wait 是命令语气）</li>"
                "<li>✗ <i>You must bring your card.</i> → ✓ <b>You'll need to bring your card.</b>"
                "（must 听起来像训诫；need to 只是说明规定）</li>"
                "<li>✗ <i>Do you understand?</i> → ✓ <b>Does that make sense?</b> 或 <b>Let me know if anything isn't clear.</b>"
                "（前者可能让对方觉得你在怀疑他的理解能力）</li>"
                "<li>✗ <i>What do you want?</i> → ✓ <b>What can I do for you?</b></li>"
                "<li>✗ <i>You can go to the third floor.</i>（想表达“您需要去三楼”）→ ✓ <b>You'll find it on the third floor.</b>"
                "（you can 容易被理解为“去不去都行”）</li>"
                "<li>✗ 每句话后面都加 <i>OK?</i> → ✓ 一段说明结束后问一次 <b>Does that sound OK?</b></li>"
                "<li>✗ 把“老师”直译成 <i>Teacher</i> 来称呼教师 → ✓ <b>Professor Becker</b> 或 <b>Dr Becker</b>；"
                "称呼学生不必用名字，<b>Hi</b> 就很好。</li>"
                "</ul>"
                "<h4>寒暄：简短是礼貌，私人问题要避开</h4>"
                "<p>在英语服务场合，一句 <i>Welcome!</i> 或 <i>Good luck with your research!</i> 会让对话显得温暖，"
                "而不会显得过分亲近。但不要主动询问年龄、婚姻、收入、宗教信仰或穿着打扮等私人问题；"
                "如果读者自己谈起来自哪里，可以友好地接话。</p>"
            ),
            _dialogue(
                "zh",
                "第一次来借书",
                "周一上午，总馆服务台。巴基斯坦化学系博士生 Ayesha Khan 两周前刚入学，第一次来图书馆。"
                "馆员李娜正在接电话。",
                GREETING_DIALOGUE,
            ),
            _scenario(
                "读者站在旁边却不开口",
                "<p>下午，馆员陈磊正在电脑上处理一批预约记录。一位来自哈萨克斯坦的硕士生 Aigerim 在服务台旁边站了将近一分钟，"
                "看看手机，又看看陈磊，一直没开口。陈磊终于抬头，说：“Yes? What?”</p>",
                "陈磊的回应有什么问题？换作你，会怎么做？",
                "<p>“Yes? What?” 短促生硬，容易让读者觉得自己打扰了你。无论来自哪里，很多读者在陌生环境里、"
                "用非母语求助时都会犹豫，不敢先开口。</p>"
                "<p>更好的做法：一看到有人等待，就停下手头的工作，眼神接触并微笑，然后主动开口："
                "<b>Hi! How can I help?</b> 如果确实需要几秒钟收尾，就说 <b>I'll be with you in just a moment.</b>，"
                "让对方知道你已经看到了他。</p>"
                "<p>参考咨询服务的行为准则把这一点称为“可接近性”（approachability）：读者是否愿意提问，"
                "很大程度上取决于服务台工作人员看上去是否乐意被打扰。</p>",
            ),
            _check(
                "一位读者走到服务台前。哪一句开场白最合适？",
                [
                    (
                        "Do you have any problem?",
                        False,
                        "这是“有什么问题吗”的直译，英语里听起来像在问对方有什么麻烦或意见。",
                    ),
                    ("Hi! How can I help?", True, "自然、友好、开放，让读者自己说出需求。"),
                    ("What do you want?", False, "语气生硬，像是嫌对方打扰。"),
                    (
                        "Card.",
                        False,
                        "单个名词像命令。即使需要看证件，也应先问候，再用 Could I see… 提出请求。",
                    ),
                ],
                "开场白的作用是让读者放心地说出需求。How can I help? / What can I do for you? 是服务台最常用、最稳妥的开场方式。",
            ),
        ],
    },
    "en": {
        "title": "Greeting users and offering help",
        "body": [
            _text(
                "<h3>How you say it matters as much as what you say</h3>"
                "<p>At the desk, a user's first impression often comes from your first two sentences. English can express "
                "the same request in different <i>registers</i>: a direct sentence that is perfectly normal in Chinese "
                "can sound like an order or like impatience when it is translated word for word. At B1 the aim is not to "
                "sound complicated but to use a handful of polite patterns reliably.</p>"
                "<h4>The politeness scale: from abrupt to appropriate</h4>"
                "<ul>"
                "<li><b>Give me your card.</b> — an imperative; it sounds like an order. Avoid it.</li>"
                "<li><b>Card, please.</b> — very short. Acceptable with a long queue, but only with a smile and a friendly tone.</li>"
                "<li><b>Can I see your card?</b> — everyday and friendly; fine.</li>"
                "<li><b>Could I see your student card, please?</b> — the standard desk phrase; recommended.</li>"
                "<li><b>Would you mind showing me your student card?</b> — very polite; good for requests that are a bit of a nuisance.</li>"
                "</ul>"
                "<h4>Three core patterns</h4>"
                "<ul>"
                "<li><b>Could you + verb…?</b> asks the user to do something: <i>Could you sign here, please?</i></li>"
                "<li><b>Would you like + noun / Would you like me to + verb…?</b> offers help: "
                "<i>Would you like a map? Would you like me to show you?</i></li>"
                "<li><b>I'll + verb…</b> tells the user what you are going to do: <i>I'll check the catalogue for you.</i></li>"
                "</ul>"
                "<p>Note the answer to <i>Would you mind…?</i>: agreeing is <b>No, not at all.</b> or <b>Sure.</b> "
                "A plain “Yes” literally means “Yes, I do mind”.</p>"
            ),
            _phrasebook("en", "Greeting and offering help", GREETING_PHRASES),
            _phrasebook("en", "Making polite requests", REQUEST_PHRASES),
            _callout(
                "warning",
                "<p><b>Why does “Do you have any problem?” sound wrong?</b> It is a direct translation of "
                "“有什么问题吗？”, but in English <i>problem</i> suggests trouble or a complaint, and with falling "
                "intonation it can sound like “What's wrong with you?”. <i>What's your problem?</i> is openly "
                "confrontational. Say <b>How can I help?</b> or <b>Is there anything I can help you with?</b> instead.</p>",
            ),
            _text(
                "<h3>Common slips for Chinese speakers at the desk</h3>"
                "<ul>"
                "<li>✗ <i>Wait a moment.</i> / <i>Wait!</i> → ✓ <b>Just a moment, please.</b> or <b>Bear with me a moment.</b> "
                "(a bare “wait” is an order)</li>"
                "<li>✗ <i>You must bring your card.</i> → ✓ <b>You'll need to bring your card.</b> "
                "(“must” sounds like a telling-off; “need to” simply states the rule)</li>"
                "<li>✗ <i>Do you understand?</i> → ✓ <b>Does that make sense?</b> or <b>Let me know if anything isn't clear.</b> "
                "(the first can sound as if you doubt the user's ability)</li>"
                "<li>✗ <i>What do you want?</i> → ✓ <b>What can I do for you?</b></li>"
                "<li>✗ <i>You can go to the third floor.</i> (meaning “you need to go there”) → ✓ <b>You'll find it on the third floor.</b> "
                "(“you can” sounds optional)</li>"
                "<li>✗ <i>OK?</i> after every sentence → ✓ one <b>Does that sound OK?</b> at the end of an explanation</li>"
                "<li>✗ addressing academics as <i>Teacher</i> (from 老师) → ✓ <b>Professor Becker</b> or <b>Dr Becker</b>; "
                "for students, a simple <b>Hi</b> is fine — you don't need their name.</li>"
                "</ul>"
                "<h4>Small talk: brief is polite, personal is not</h4>"
                "<p>In English-language service, a short <i>Welcome!</i> or <i>Good luck with your research!</i> makes the "
                "exchange warm without being over-familiar. Do not ask about age, marital status, income, religion or "
                "clothing; if users mention where they are from, it is fine to respond in a friendly way.</p>"
            ),
            _dialogue(
                "en",
                "Borrowing for the first time",
                "Monday morning at the main library's service desk. Ayesha Khan, a chemistry PhD student from Pakistan, "
                "arrived two weeks ago and is visiting the library for the first time. Li Na, the librarian, is on the phone.",
                GREETING_DIALOGUE,
            ),
            _scenario(
                "The user who waits but does not speak",
                "<p>In the afternoon, Chen Lei is working through a batch of hold records on his computer. Aigerim, a master's "
                "student from Kazakhstan, has been standing next to the desk for almost a minute, looking at her phone and then "
                "at Chen Lei, without saying anything. At last Chen Lei looks up and says: “Yes? What?”</p>",
                "What is the problem with Chen Lei's response? What would you do instead?",
                "<p>“Yes? What?” is short and sharp; it tells the user she is interrupting. Wherever they come from, many users "
                "hesitate to speak first when they are in an unfamiliar place and asking for help in a second language.</p>"
                "<p>Better: as soon as you notice someone waiting, stop what you are doing, make eye contact, smile and speak "
                "first: <b>Hi! How can I help?</b> If you really need a few seconds to finish, say <b>I'll be with you in just a "
                "moment.</b> so the user knows you have seen her.</p>"
                "<p>Behavioural guidelines for reference service call this <i>approachability</i>: whether users ask at all "
                "depends largely on whether the person at the desk looks happy to be interrupted.</p>",
            ),
            _check(
                "A user walks up to the desk. Which opening is the most appropriate?",
                [
                    (
                        "Do you have any problem?",
                        False,
                        "A literal translation of 有什么问题吗; in English it sounds as if you are asking what is wrong with the user.",
                    ),
                    (
                        "Hi! How can I help?",
                        True,
                        "Natural, friendly and open: the user can say what they need.",
                    ),
                    ("What do you want?", False, "Abrupt; it sounds as if the user is a nuisance."),
                    (
                        "Card.",
                        False,
                        "A single noun sounds like an order. Even if you need the card, greet first, then ask “Could I see…?”.",
                    ),
                ],
                "The opening line should make it easy for the user to say what they need. “How can I help?” and "
                "“What can I do for you?” are the safest, most common desk openings.",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 2: the reference interview
# ---------------------------------------------------------------------------------------------

OPEN_QUESTIONS = [
    (
        "What are you working on?",
        "您在做什么课题／作业？",
        "A natural first question about the user's project.",
        "比 “What is your question?” 柔和，读者容易打开话题。",
        "Softer than “What is your question?”; it invites the user to talk.",
    ),
    (
        "Could you tell me a bit more about your topic?",
        "能再多介绍一下您的题目吗？",
        "Inviting the user to expand.",
        "",
        "",
    ),
    (
        "What kind of information are you looking for?",
        "您需要哪种类型的信息？",
        "Finding out whether they need facts, overviews, data, images…",
        "",
        "",
    ),
    (
        "What have you found so far?",
        "到目前为止您找到了哪些资料？",
        "Finding out what the user already has.",
        "避免重复读者已经做过的检索。",
        "Saves you repeating searches the user has already done.",
    ),
    (
        "Where have you already looked?",
        "您已经在哪些地方查过了？",
        "Finding out which tools they have tried.",
        "",
        "",
    ),
    (
        "How are you planning to use this information?",
        "您打算怎么使用这些信息？",
        "A neutral question about purpose.",
        "了解用途（写综述、做数据分析、准备报告），而不是打听隐私。",
        "Asks about purpose (a literature review, data analysis, a presentation) without prying.",
    ),
]

CLOSED_QUESTIONS = [
    (
        "Is this for a course paper, a thesis, or something else?",
        "这是用于课程论文、学位论文还是其他用途？",
        "A choice question: quick to answer.",
        "给出选项的问题比单纯的 yes/no 更容易回答。",
        "Offering choices is easier for the user than a bare yes/no question.",
    ),
    (
        "Do you need books, journal articles or data?",
        "您需要图书、期刊论文还是数据？",
        "Narrowing down the type of source.",
        "",
        "",
    ),
    (
        "Does it have to be in English, or can you use Chinese sources too?",
        "必须是英文资料吗，还是中文资料也可以？",
        "Checking the language of the sources.",
        "很多国际读者还能读俄语、法语、阿拉伯语等，值得一问。",
        "Many international users also read Russian, French, Arabic and other languages — worth asking.",
    ),
    (
        "How recent does it need to be?",
        "资料需要多新？",
        "Checking the time span.",
        "",
        "",
    ),
    (
        "When do you need it by?",
        "您最晚什么时候需要？",
        "Checking the deadline.",
        "决定是推荐本馆馆藏，还是可以申请馆际互借。",
        "Tells you whether interlibrary loan is realistic or only local holdings will do.",
    ),
    (
        "So, just to check: you're looking for…, is that right?",
        "我确认一下：您要找的是……，对吗？",
        "Paraphrasing to check understanding.",
        "用自己的话复述读者的需求，是最有效的确认方式。",
        "Restating the need in your own words is the most reliable check.",
    ),
    (
        "When you say “recent”, do you mean the last five years?",
        "您说的“最近”，是指近五年吗？",
        "Clarifying a vague word.",
        "recent、main、all 这类词因人而异，要问清楚。",
        "Words like “recent”, “main” and “everything” mean different things to different people.",
    ),
    (
        "Sorry, I didn't quite catch that. Could you say it again?",
        "抱歉，我没听清，您能再说一遍吗？",
        "Asking for repetition without embarrassment.",
        "没听清就说出来，不要假装听懂了。",
        "Say so when you have not understood; never pretend.",
    ),
    (
        "Let's search together. Can you see the screen?",
        "我们一起检索吧，您能看到屏幕吗？",
        "Turning the search into a short lesson.",
        "边检索边解释，读者下次就能自己查。",
        "Explain while you search, so the user can do it alone next time.",
    ),
    (
        "Does this completely answer your question?",
        "这完全解答了您的问题吗？",
        "The follow-up question at the end.",
        "参考服务行为准则中推荐的跟进问句。",
        "The follow-up question recommended in reference-service guidelines.",
    ),
    (
        "If you need more, come back any time, or send us an email.",
        "如果还需要更多资料，随时回来找我们，或者发邮件给我们。",
        "Ending with an open door.",
        "",
        "",
    ),
]

REFERENCE_DIALOGUE = [
    (
        "aigerim",
        "Hello. Do you have any books about Kazakhstan?",
        "你好。你们有关于哈萨克斯坦的书吗？",
    ),
    (
        "chen",
        "Hi! Yes, we have quite a few. What are you working on?",
        "您好！有不少。您在做什么课题？",
    ),
    (
        "aigerim",
        "My master's thesis. It's about trade between China and Kazakhstan.",
        "我的硕士论文，关于中国和哈萨克斯坦之间的贸易。",
    ),
    (
        "chen",
        "Interesting. Could you tell me a bit more about the chapter you're writing now?",
        "很有意思。能再多说说您现在写的那一章吗？",
    ),
    (
        "aigerim",
        "I need to compare exports and imports since 2013, when the Belt and Road Initiative was announced.",
        "我要比较 2013 年“一带一路”倡议提出以来的进出口情况。",
    ),
    (
        "chen",
        "I see. So what you need is statistics rather than books — is that right?",
        "明白了。所以您需要的其实是统计数据，而不是图书，对吗？",
    ),
    ("aigerim", "Yes, exactly. Figures for each year.", "对，就是这样。每一年的数据。"),
    (
        "chen",
        "Does it have to be in English, or can you use Chinese sources as well?",
        "必须是英文资料吗，还是中文资料也可以？",
    ),
    ("aigerim", "English is better, but I can read Russian too.", "英文更好，不过我也能读俄文。"),
    (
        "chen",
        "That's useful. When do you need the data by?",
        "那很有帮助。您最晚什么时候需要这些数据？",
    ),
    (
        "aigerim",
        "My supervisor wants a draft by the end of next month.",
        "导师要我下个月底交初稿。",
    ),
    (
        "chen",
        "OK. So, just to check: you need yearly trade figures between China and Kazakhstan from 2013 onwards, "
        "in English or Russian, within about a month. Is that right?",
        "好的。我确认一下：您需要 2013 年以来中哈两国每年的贸易数据，英文或俄文都可以，大约一个月内要用，对吗？",
    ),
    ("aigerim", "Yes, that's it.", "对，就是这样。"),
    (
        "chen",
        "Great. Let's search together. A good place to start is the UN Comtrade database, which you can search for free. "
        "Then I'll show you the statistical yearbooks we have. Can you see the screen?",
        "好。我们一起检索吧。可以先从联合国商品贸易统计数据库（UN Comtrade）开始，它可以免费检索。"
        "然后我再带您看看本馆的统计年鉴。您能看到屏幕吗？",
    ),
    (
        "chen",
        "(fifteen minutes later) Does this completely answer your question?",
        "（十五分钟后）这完全解答了您的问题吗？",
    ),
    (
        "aigerim",
        "I think so. Thank you — this is much more than I expected.",
        "应该是的。谢谢——比我预想的多多了。",
    ),
    (
        "chen",
        "You're welcome. If the figures from different sources don't match, come back and we'll look at it together.",
        "不客气。如果不同来源的数据对不上，再来找我们，我们一起看看。",
    ),
]

LESSON_REFERENCE = {
    "slug": "reference-interview",
    "minutes": 25,
    "required": True,
    "zh": {
        "title": "参考咨询面谈",
        "body": [
            _text(
                "<h3>读者的第一个问题往往不是真正的问题</h3>"
                "<p>读者走到服务台时说的第一句话，常常比他真正需要的更宽泛，或者更窄。"
                "“Do you have any books about Kazakhstan?” 背后，可能是“我需要 2013 年以来中哈两国的贸易数据”。"
                "参考咨询面谈（reference interview）就是用几个问题把真实需求弄清楚的过程。</p>"
                "<p>美国图书馆协会下属的参考与用户服务协会（RUSA）发布的参考与信息服务人员行为指南，"
                "把这一过程概括为几个环节，同样适用于我们的服务台：</p>"
                "<ol>"
                "<li><b>可接近（approachability）</b>：让读者看出你愿意帮忙。</li>"
                "<li><b>关注（interest）</b>：全神贯注，保持眼神接触，不一边说话一边做别的事。</li>"
                "<li><b>倾听与提问（listening / inquiring）</b>：先用开放式问题让读者多说，再用封闭式问题确认细节。</li>"
                "<li><b>检索（searching）</b>：和读者一起检索，边做边解释。</li>"
                "<li><b>跟进（follow-up）</b>：确认问题是否已经解决，并告诉读者之后还能去哪里求助。</li>"
                "</ol>"
                "<h4>开放式问题与封闭式问题</h4>"
                "<p><b>开放式问题</b>以 <i>what、how、could you tell me</i> 开头，对方无法只回答 yes 或 no，"
                "适合在面谈开始时了解背景。<b>封闭式问题</b>以 <i>do、is、does it have to</i> 开头，回答简短，"
                "适合确认资料类型、语言、时间范围和截止日期。<b>先开放、后封闭</b>，是最有效的顺序。</p>"
            ),
            _phrasebook("zh", "开放式问题：了解背景", OPEN_QUESTIONS),
            _phrasebook("zh", "封闭式问题、确认理解与结束", CLOSED_QUESTIONS),
            _callout(
                "tip",
                "<p><b>复述是最好的确认。</b>在开始检索之前，用 <i>So, just to check…</i> 把读者的需求用自己的话说一遍。"
                "如果你理解错了，读者会马上纠正；如果理解对了，读者会感到被认真对待。"
                "这比问 <i>Do you understand?</i> 或 <i>Are you clear?</i> 有效得多，也礼貌得多。</p>",
            ),
            _dialogue(
                "zh",
                "从“哈萨克斯坦的书”到贸易数据",
                "经济学院硕士生 Aigerim Nurlanova（来自哈萨克斯坦）来到咨询台，馆员陈磊接待。",
                REFERENCE_DIALOGUE,
            ),
            _text(
                "<h3>听懂不同口音，问得自然</h3>"
                "<p>来馆的国际读者大多也不是英语母语者，你会听到尼日利亚、巴基斯坦、哈萨克斯坦、德国等各种口音。几个实用策略：</p>"
                "<ul>"
                "<li>关键信息（书名、人名、数据库名）请读者打出来或写下来：<b>Could you type it here for me?</b></li>"
                "<li>把你听到的关键词写在便签上给读者看，当场确认拼写。</li>"
                "<li>没听清就直说：<b>Sorry, I didn't quite catch that.</b> 假装听懂比请对方重复更浪费双方的时间。</li>"
                "</ul>"
                "<h4>提问时的常见语法错误</h4>"
                "<ul>"
                "<li>✗ <i>You want which book?</i> → ✓ <b>Which book are you looking for?</b>（疑问词放句首）</li>"
                "<li>✗ <i>Your topic is what?</i> → ✓ <b>What's your topic?</b></li>"
                "<li>✗ <i>What is your need?</i> → ✓ <b>What do you need?</b> 或 <b>What are you looking for?</b></li>"
                "<li>✗ <i>Do you know how to search?</i>（听起来像怀疑对方的能力）→ ✓ <b>Would you like me to show you a quick way to search?</b></li>"
                "</ul>"
            ),
            _scenario(
                "“我需要所有关于气候变化的资料”",
                "<p>尼日利亚环境工程博士生 Chinedu Okafor 匆匆走到咨询台：“I need everything you have on climate change.” "
                "馆员刘洋马上在目录里检索 climate change，得到上万条结果，打印了前两页书目交给他。</p>",
                "刘洋漏掉了哪些步骤？在开始检索前，你会问 Chinedu 哪些问题？",
                "<p>刘洋直接从“检索”开始，跳过了“倾听与提问”。“everything on climate change” 几乎从来不是真正的需求。先用开放式问题：</p>"
                "<ul><li><b>What are you working on?</b></li><li><b>Which aspect of climate change are you looking at?</b></li></ul>"
                "<p>再用封闭式问题缩小范围：<b>Do you need journal articles or data?</b> <b>How recent does it need to be?</b> "
                "<b>When do you need it by?</b></p>"
                "<p>还要注意一个跨文化的陷阱：不要因为 Chinedu 来自尼日利亚，就默认他研究的是非洲。"
                "他研究的可能是长江流域的城市洪涝。让读者自己说出研究对象——<b>Is there a particular region you're focusing on?</b></p>",
            ),
            _check(
                "下面哪一个是开放式问题？",
                [
                    (
                        "Do you need journal articles?",
                        False,
                        "可以用 yes/no 回答，是封闭式问题，适合在面谈后段确认细节。",
                    ),
                    ("Is it for your thesis?", False, "封闭式问题。"),
                    (
                        "What have you found so far?",
                        True,
                        "读者需要描述自己的情况，无法只答 yes 或 no。",
                    ),
                    ("Does it have to be in English?", False, "封闭式问题，适合确认语言。"),
                ],
                "开放式问题（what、how、could you tell me…）让读者说出背景；封闭式问题（do、is、does…）确认细节。先开放，后封闭。",
            ),
        ],
    },
    "en": {
        "title": "The reference interview",
        "body": [
            _text(
                "<h3>The first question is rarely the real question</h3>"
                "<p>What users say when they reach the desk is often broader — or narrower — than what they actually need. "
                "Behind “Do you have any books about Kazakhstan?” there may be “I need China–Kazakhstan trade figures since 2013”. "
                "The reference interview is the short series of questions that uncovers the real need.</p>"
                "<p>The behavioural guidelines for reference and information service published by RUSA (the Reference and "
                "User Services Association of the American Library Association) describe the process in stages that "
                "apply just as well to our desk:</p>"
                "<ol>"
                "<li><b>Approachability</b>: users can see you are willing to help.</li>"
                "<li><b>Interest</b>: full attention and eye contact; no doing something else while you talk.</li>"
                "<li><b>Listening and inquiring</b>: open questions first to let the user talk, then closed questions to confirm details.</li>"
                "<li><b>Searching</b>: search together with the user and explain as you go.</li>"
                "<li><b>Follow-up</b>: check the question has been answered and say where else the user can get help.</li>"
                "</ol>"
                "<h4>Open and closed questions</h4>"
                "<p><b>Open questions</b> start with <i>what, how, could you tell me</i>; they cannot be answered with yes or no, "
                "so they are ideal at the start. <b>Closed questions</b> start with <i>do, is, does it have to</i>; the answers are "
                "short, so they are ideal for confirming the type of source, language, time span and deadline. "
                "<b>Open first, closed second</b> is the most effective order.</p>"
            ),
            _phrasebook("en", "Open questions: finding out the background", OPEN_QUESTIONS),
            _phrasebook(
                "en", "Closed questions, checking understanding and ending", CLOSED_QUESTIONS
            ),
            _callout(
                "tip",
                "<p><b>Paraphrasing is the best check.</b> Before you start searching, restate the user's need in your own "
                "words: <i>So, just to check…</i> If you have misunderstood, the user will correct you at once; if you have "
                "understood, the user feels taken seriously. This works far better — and is far more polite — than "
                "<i>Do you understand?</i> or <i>Are you clear?</i></p>",
            ),
            _dialogue(
                "en",
                "From “books about Kazakhstan” to trade statistics",
                "Aigerim Nurlanova, a master's student in economics from Kazakhstan, comes to the enquiry desk. "
                "Chen Lei, the librarian, helps her.",
                REFERENCE_DIALOGUE,
            ),
            _text(
                "<h3>Understanding accents, asking naturally</h3>"
                "<p>Most international users are not native speakers of English either; you will hear Nigerian, Pakistani, "
                "Kazakh, German and many other accents. Some practical strategies:</p>"
                "<ul>"
                "<li>Ask users to type or write key details (titles, names, database names): <b>Could you type it here for me?</b></li>"
                "<li>Write the keywords you heard on a note and show it to the user to confirm the spelling.</li>"
                "<li>Say so when you have not understood: <b>Sorry, I didn't quite catch that.</b> Pretending wastes more time than asking again.</li>"
                "</ul>"
                "<h4>Common grammar slips in questions</h4>"
                "<ul>"
                "<li>✗ <i>You want which book?</i> → ✓ <b>Which book are you looking for?</b> (question word first)</li>"
                "<li>✗ <i>Your topic is what?</i> → ✓ <b>What's your topic?</b></li>"
                "<li>✗ <i>What is your need?</i> → ✓ <b>What do you need?</b> or <b>What are you looking for?</b></li>"
                "<li>✗ <i>Do you know how to search?</i> (sounds as if you doubt the user) → ✓ <b>Would you like me to show you a quick way to search?</b></li>"
                "</ul>"
            ),
            _scenario(
                "“I need everything on climate change”",
                "<p>Chinedu Okafor, a PhD student in environmental engineering from Nigeria, hurries up to the enquiry desk: "
                "“I need everything you have on climate change.” The librarian, Liu Yang, immediately searches the catalogue "
                "for “climate change”, gets tens of thousands of results, and prints the first two pages for him.</p>",
                "Which stages did Liu Yang skip? What would you ask Chinedu before searching?",
                "<p>Liu Yang jumped straight to searching and skipped listening and inquiring. “Everything on climate change” is "
                "almost never the real need. Start with open questions:</p>"
                "<ul><li><b>What are you working on?</b></li><li><b>Which aspect of climate change are you looking at?</b></li></ul>"
                "<p>Then narrow down with closed questions: <b>Do you need journal articles or data?</b> <b>How recent does it need "
                "to be?</b> <b>When do you need it by?</b></p>"
                "<p>Watch for a cross-cultural trap too: don't assume that because Chinedu is from Nigeria he is researching "
                "Africa. He may be studying urban flooding in the Yangtze basin. Let the user tell you: "
                "<b>Is there a particular region you're focusing on?</b></p>",
            ),
            _check(
                "Which of these is an open question?",
                [
                    (
                        "Do you need journal articles?",
                        False,
                        "It can be answered yes or no: a closed question, useful later to confirm details.",
                    ),
                    ("Is it for your thesis?", False, "A closed question."),
                    (
                        "What have you found so far?",
                        True,
                        "The user has to describe their situation; yes or no won't do.",
                    ),
                    (
                        "Does it have to be in English?",
                        False,
                        "A closed question, useful for checking the language.",
                    ),
                ],
                "Open questions (what, how, could you tell me…) bring out the background; closed questions (do, is, does…) "
                "confirm details. Open first, closed second.",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 3: directions in the library and on campus
# ---------------------------------------------------------------------------------------------

LIBRARY_DIRECTIONS = [
    (
        "It's on the third floor, next to the lift.",
        "在三楼，电梯旁边。",
        "Floor + landmark.",
        "楼层用 on，旁边用 next to。",
        "Floors take “on”.",
    ),
    (
        "Take the lift to Level 4 and turn right.",
        "乘电梯到四层，然后右转。",
        "Route in two steps.",
        "英式说 lift，美式说 elevator，两者大家都听得懂。",
        "“Lift” is British, “elevator” American; both are widely understood.",
    ),
    (
        "Go past the self-service machines. It's at the end of the corridor.",
        "经过自助借还机，就在走廊尽头。",
        "Using landmarks along the way.",
        "at the end of 表示“在……尽头”。",
        "",
    ),
    (
        "The group study rooms are opposite the reading room.",
        "小组研讨室在阅览室对面。",
        "Opposite = facing, on the other side.",
        "美式英语也常说 across from。",
        "American speakers also say “across from”.",
    ),
    (
        "The printers are behind the stairs, on your left.",
        "打印机在楼梯后面，在您的左手边。",
        "Behind + on your left.",
        "说 on your left（您的左边），以读者的视角为准。",
        "“On your left” makes it clear you mean the user's left.",
    ),
    (
        "Periodicals are between the reference section and the windows.",
        "期刊在参考工具书区和窗户之间。",
        "Between two landmarks.",
        "",
        "",
    ),
    (
        "The toilets are just around the corner.",
        "卫生间就在拐角处。",
        "Directions to toilets.",
        "英式常说 toilets，美式常说 restrooms；不要说 washing room（中式英语）。",
        "British “toilets”, American “restrooms”. Avoid “washing room” (a literal translation of 洗手间).",
    ),
    (
        "It's in the basement, on Level B1.",
        "在地下一层（B1）。",
        "Basement levels.",
        "地下层用 in the basement。",
        "",
    ),
    (
        "You'll need to go through the card gates first.",
        "您需要先刷卡通过闸机。",
        "Explaining the entry gates.",
        "",
        "",
    ),
    (
        "Let me show you — it's easier than explaining.",
        "我带您过去吧，比说明更简单。",
        "Offering to walk with the user.",
        "路线超过三步时，直接带读者过去。",
        "If the route has more than three steps, walk with the user.",
    ),
]

CAMPUS_DIRECTIONS = [
    (
        "Go out of the main entrance and turn left.",
        "从正门出去后左转。",
        "Starting point + first turn.",
        "",
        "",
    ),
    (
        "It's about a five-minute walk.",
        "步行大约五分钟。",
        "Giving distance as time.",
        "用时间表示距离比用米数更容易理解。",
        "Time is easier to picture than metres.",
    ),
    (
        "It's the tall grey building opposite the canteen.",
        "就是食堂对面那栋灰色高楼。",
        "Describing a building by landmarks.",
        "用颜色、高度和显眼的建筑做地标，比楼号好记。",
        "Colour, height and well-known landmarks are easier to remember than building numbers.",
    ),
    (
        "Keep going until you see the sports field on your right.",
        "一直往前走，直到看见右手边的运动场。",
        "Keep going until…",
        "",
        "",
    ),
    (
        "Would you like me to draw it on the map?",
        "要我在地图上给您画出来吗？",
        "Offering a drawn route.",
        "",
        "",
    ),
    (
        "There's step-free access through the side entrance.",
        "从侧门进入全程没有台阶。",
        "Describing an accessible route.",
        "step-free access 指全程无台阶，适用于轮椅、婴儿车和行动不便的读者。",
        "Step-free access means no steps at all: for wheelchair users, pushchairs and anyone with limited mobility.",
    ),
    (
        "The lift is just to the right of the main entrance.",
        "电梯就在正门右侧。",
        "Locating the lift.",
        "",
        "",
    ),
    (
        "There's an accessible toilet on this floor.",
        "本层有无障碍卫生间。",
        "Accessible facilities.",
        "用 accessible，不要用 handicapped 等过时说法。",
        "Say “accessible”, not outdated words such as “handicapped”.",
    ),
    (
        "Would you like me to bring the books to you?",
        "需要我把书取来给您吗？",
        "Offering to fetch items.",
        "对行动不便的读者，主动提出代取资料。",
        "Offer this to users with limited mobility.",
    ),
    (
        "What would work best for you?",
        "怎样对您最方便？",
        "Letting the user choose.",
        "不要替读者做决定，先问对方的需要。",
        "Don't decide for the user; ask.",
    ),
]

DIRECTIONS_DIALOGUE = [
    (
        "minjun",
        "Excuse me. I booked a group study room online, but I can't find it.",
        "打扰一下。我在网上预约了一间小组研讨室，但是找不到。",
    ),
    ("zhao", "Sure, let me help. Which room is it?", "好的，我来帮您。是哪一间？"),
    ("minjun", "Room 312.", "312 室。"),
    (
        "zhao",
        "OK, that's on Level 3. The lift is over there, on your left — press 3.",
        "好，那在三层。电梯在那边，您的左手边——按 3。",
    ),
    ("minjun", "Level 3… got it.", "三层……知道了。"),
    (
        "zhao",
        "When you come out of the lift, turn right and go past the quiet reading room. The study rooms are at the end "
        "of the corridor, opposite the windows. Room 312 is the last one.",
        "出电梯后右转，经过安静阅览室。研讨室在走廊尽头，窗户对面。312 是最后一间。",
    ),
    ("minjun", "Thanks. And is there a printer on that floor?", "谢谢。那一层有打印机吗？"),
    (
        "zhao",
        "Not on Level 3, I'm afraid. The printers are here on this floor, behind the stairs. You can print on your way out.",
        "三层恐怕没有。打印机就在这一层，楼梯后面。您出去的时候可以顺便打印。",
    ),
    ("minjun", "Great. Do I need my card to get into the room?", "太好了。进研讨室需要刷卡吗？"),
    (
        "zhao",
        "Yes, you'll need to tap your student card on the reader next to the door. Would you like a floor plan, just in case?",
        "需要，在门边的读卡器上刷一下学生证就行。要不要拿一份楼层平面图，以防万一？",
    ),
    ("minjun", "Yes, please. Thank you!", "好的，谢谢！"),
    ("zhao", "You're welcome. Good luck with your group work!", "不客气。小组作业顺利！"),
]

LESSON_DIRECTIONS = {
    "slug": "giving-directions",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "馆内与校园指路",
        "body": [
            _text(
                "<h3>指路的基本结构</h3>"
                "<p>好的指路说明只有三部分：<b>起点 → 路线 → 地标</b>。一次不要超过三个步骤；路线更复杂时，"
                "就带读者过去，或者在平面图上画出来。</p>"
                "<h4>方位介词</h4>"
                "<ul>"
                "<li><b>on</b> + 楼层或方向：on the third floor, on this floor, on your left</li>"
                "<li><b>in</b> + 空间：in the basement, in the reading room, in the corner</li>"
                "<li><b>at</b> + 一个点：at the end of the corridor, at the top of the stairs, at the information desk</li>"
                "<li><b>next to</b>（旁边）、<b>opposite</b>（对面，美式也说 across from）、<b>between</b>（两者之间）、"
                "<b>behind</b>（后面）、<b>in front of</b>（前面）</li>"
                "</ul>"
                "<h4>动作</h4>"
                "<ul>"
                "<li><b>go up / go down</b> the stairs；<b>take the lift</b>（英式）/ <b>take the elevator</b>（美式）to Level 4</li>"
                "<li><b>turn left / turn right</b>；<b>go straight on</b>（英式）/ <b>go straight ahead</b></li>"
                "<li><b>go past</b> the self-service machines；<b>go through</b> the glass doors</li>"
                "<li><b>It's on your left.</b> —— 说 your left，明确以读者的视角为准（你们面对面时，你的左边是他的右边）。</li>"
                "</ul>"
            ),
            _callout(
                "warning",
                "<p><b>“一楼”不一定是 first floor。</b>中国、美国、日本、韩国、俄罗斯和哈萨克斯坦等地，把入口所在的楼层叫"
                "“一楼 / first floor”。而英国及许多英联邦国家（如尼日利亚、巴基斯坦）、德国、巴西等地，把入口层叫作 "
                "<i>ground floor</i>（德语 Erdgeschoss，葡萄牙语 térreo），往上一层才是 first floor。英国读者听到 "
                "“the second floor”，可能会比你想的多走一层。</p>"
                "<p>最稳妥的说法是结合馆内标识和相对位置：<b>It's on Level 3 — press 3 in the lift. That's two floors up from here.</b></p>",
            ),
            _phrasebook("zh", "馆内指路", LIBRARY_DIRECTIONS),
            _phrasebook("zh", "校园指路与无障碍", CAMPUS_DIRECTIONS),
            _dialogue(
                "zh",
                "找研讨室和打印机",
                "韩国交换生 Kim Min-jun 在入口层的服务台询问，馆员赵敏接待。本馆楼层标识为 Level 1（入口层）到 Level 5。",
                DIRECTIONS_DIALOGUE,
            ),
            _callout(
                "culture",
                "<p><b>用整只手掌指方向。</b>指路时手掌略向上、五指并拢，朝方向伸出，而不是用一根手指指向读者或物体——"
                "在很多文化中，用手指指人被认为不礼貌。对第一次来馆、看起来不确定方向的读者，说一句 <b>Let me show you</b> "
                "并陪他走一段，往往比详细的口头说明更有效。</p>",
            ),
            _scenario(
                "拄拐杖的访问学者",
                "<p>巴西访问学者 Lucas Pereira da Silva 博士踢球时扭伤了脚踝，拄着拐杖来到服务台，想查阅存放在五层书库里的"
                "几卷过刊。当天靠近书库一侧的电梯正在维修，另一部电梯在大楼另一端。</p>",
                "你会怎样回应？哪些英语表达既体贴，又不会让对方感到被冒犯？",
                "<p>先说明情况，再给出选择，让读者自己决定：<b>I'm sorry, the lift on that side is out of service today. "
                "I can ask a colleague to bring the volumes down to you here, or I can show you the other lift — it's a bit "
                "further. What would work best for you?</b></p>"
                "<p>用词上，说 <i>accessible</i>（无障碍的）、<i>step-free</i>（无台阶的），避免 <i>handicapped</i> 之类的过时说法；"
                "也不要替对方决定，比如 “You can't go up there.”</p>"
                "<p>称呼上也要留意：巴西人的姓名常包含两个姓，日常一般用最后一个姓称呼（如 Dr Silva），但最好按对方自我介绍的方式。"
                "不确定时可以直接问：<b>How would you like me to address you?</b></p>",
            ),
            _check(
                "一位英国读者需要去标识为“3F”的楼层（本馆入口层为 1F）。哪种说法最不容易引起误解？",
                [
                    (
                        "It's on the third floor.",
                        False,
                        "英国读者可能把入口层当作 ground floor，往上数三层，走到你们的 4F。",
                    ),
                    (
                        "It's on the second floor.",
                        False,
                        "你替对方“换算”了楼层，可他看到的标识写的是 3F，反而对不上。",
                    ),
                    (
                        "It's on Level 3 — press 3 in the lift. That's two floors up from here.",
                        True,
                        "结合标识和相对位置，无论对方习惯哪种楼层叫法都不会出错。",
                    ),
                    ("It's upstairs.", False, "太模糊，没有说明是哪一层。"),
                ],
                "楼层叫法因国家而异。引用馆内标识（Level 3、press 3）并加上相对位置（two floors up from here），最不容易出错。",
            ),
        ],
    },
    "en": {
        "title": "Giving directions in the library and on campus",
        "body": [
            _text(
                "<h3>The basic shape of directions</h3>"
                "<p>Good directions have three parts: <b>starting point → route → landmark</b>. Never give more than three steps "
                "at once; if the route is more complicated, walk with the user or draw it on a floor plan.</p>"
                "<h4>Prepositions of place</h4>"
                "<ul>"
                "<li><b>on</b> + floor or side: on the third floor, on this floor, on your left</li>"
                "<li><b>in</b> + a space: in the basement, in the reading room, in the corner</li>"
                "<li><b>at</b> + a point: at the end of the corridor, at the top of the stairs, at the information desk</li>"
                "<li><b>next to</b>, <b>opposite</b> (American speakers also say <i>across from</i>), <b>between</b>, "
                "<b>behind</b>, <b>in front of</b></li>"
                "</ul>"
                "<h4>Movement</h4>"
                "<ul>"
                "<li><b>go up / go down</b> the stairs; <b>take the lift</b> (British) / <b>take the elevator</b> (American) to Level 4</li>"
                "<li><b>turn left / turn right</b>; <b>go straight on</b> (British) / <b>go straight ahead</b></li>"
                "<li><b>go past</b> the self-service machines; <b>go through</b> the glass doors</li>"
                "<li><b>It's on your left.</b> — “your left” makes the user's point of view clear (face to face, your left is their right).</li>"
                "</ul>"
            ),
            _callout(
                "warning",
                "<p><b>“First floor” is not the same everywhere.</b> In China, the USA, Japan, Korea, Russia and Kazakhstan, "
                "the entrance level is the first floor. In the UK and many Commonwealth countries (Nigeria and Pakistan, for "
                "example), Germany, Brazil and elsewhere, the entrance level is the <i>ground floor</i> (German "
                "<i>Erdgeschoss</i>, Portuguese <i>térreo</i>) and the first floor is one level up. A British user told "
                "“the second floor” may go one level higher than you meant.</p>"
                "<p>The safest way is to quote the signs and add a relative position: <b>It's on Level 3 — press 3 in the lift. "
                "That's two floors up from here.</b></p>",
            ),
            _phrasebook("en", "Directions inside the library", LIBRARY_DIRECTIONS),
            _phrasebook("en", "Campus directions and accessibility", CAMPUS_DIRECTIONS),
            _dialogue(
                "en",
                "Finding a study room and a printer",
                "Kim Min-jun, an exchange student from Korea, asks at the service desk on the entrance level. Zhao Min, the "
                "librarian, helps him. The library's floors are signed Level 1 (entrance) to Level 5.",
                DIRECTIONS_DIALOGUE,
            ),
            _callout(
                "culture",
                "<p><b>Point with your whole hand.</b> When giving directions, extend an open hand, palm slightly up and fingers "
                "together, rather than pointing one finger at a person or an object — in many cultures pointing at people is "
                "rude. For first-time visitors who look unsure, <b>Let me show you</b> and a short walk together often works "
                "better than detailed spoken directions.</p>",
            ),
            _scenario(
                "A visiting scholar on crutches",
                "<p>Dr Lucas Pereira da Silva, a visiting scholar from Brazil, has sprained his ankle playing football. He comes "
                "to the desk on crutches and wants to consult several bound volumes of an old journal kept in the stacks on "
                "Level 5. Today the lift on the stacks side of the building is out of service; the other lift is at the far end.</p>",
                "How would you respond? Which English phrases are considerate without being patronising?",
                "<p>Explain the situation, offer options and let the user decide: <b>I'm sorry, the lift on that side is out of "
                "service today. I can ask a colleague to bring the volumes down to you here, or I can show you the other lift — "
                "it's a bit further. What would work best for you?</b></p>"
                "<p>Choose words such as <i>accessible</i> and <i>step-free</i>; avoid outdated terms like <i>handicapped</i>. "
                "Don't decide for the user (“You can't go up there.”).</p>"
                "<p>Also think about how to address him: Brazilian names often include two family names, and people are usually "
                "addressed by the last one (Dr Silva), but it is best to follow how he introduces himself. If unsure, ask: "
                "<b>How would you like me to address you?</b></p>",
            ),
            _check(
                "A British user needs the level signed “3F” (your entrance level is 1F). Which answer is least likely to be misunderstood?",
                [
                    (
                        "It's on the third floor.",
                        False,
                        "A British user may count the entrance as the ground floor and go up three levels — to your 4F.",
                    ),
                    (
                        "It's on the second floor.",
                        False,
                        "You have “converted” the floor for them, but the signs say 3F, so now nothing matches.",
                    ),
                    (
                        "It's on Level 3 — press 3 in the lift. That's two floors up from here.",
                        True,
                        "Quoting the signs and giving a relative position works whatever floor convention the user is used to.",
                    ),
                    ("It's upstairs.", False, "Too vague: it doesn't say which level."),
                ],
                "Floor numbering differs from country to country. Quote the signs (Level 3, press 3) and add a relative "
                "position (two floors up from here).",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 4: borrowing rules, accounts, fines and renewals
# ---------------------------------------------------------------------------------------------

ACCOUNT_PHRASES = [
    (
        "Your student card is also your library card.",
        "您的学生证也就是借书证。",
        "Explaining which card to use.",
        "先确认本馆的实际做法。",
        "Check your own library's practice first.",
    ),
    (
        "You can borrow up to … books at a time.",
        "您一次最多可以借……本书。",
        "Stating the loan limit.",
        "填入本馆规定的册数。",
        "Fill in your library's limit.",
    ),
    (
        "The loan period is … weeks.",
        "借期为……周。",
        "Stating the loan period.",
        "填入本馆规定的借期。",
        "Fill in your library's loan period.",
    ),
    (
        "This one is due back on the fifteenth of March.",
        "这本书应于 3 月 15 日归还。",
        "Giving a due date.",
        "due back on + 日期。",
        "Due back on + date.",
    ),
    (
        "You can renew it online through your library account.",
        "您可以通过图书馆账户在线续借。",
        "Explaining online renewal.",
        "续借是 renew，不要说 delay 或 extend the book。",
        "",
    ),
    (
        "I'm afraid you can't renew this one — another reader has requested it.",
        "抱歉，这本不能续借——另一位读者已经预约了。",
        "Refusing a renewal, with the reason.",
        "I'm afraid 让拒绝听起来柔和，后面紧跟原因。",
        "“I'm afraid” softens the refusal; give the reason straight away.",
    ),
    (
        "It's on loan at the moment. Would you like to place a hold on it?",
        "这本书目前已借出。您要预约吗？",
        "Offering a hold (reservation).",
        "on loan / checked out = 已借出。",
        "“On loan” and “checked out” both mean someone has borrowed it.",
    ),
    (
        "There's a block on your account because one item is overdue.",
        "您的账户因为有一本书逾期，目前暂停借阅。",
        "Explaining an account block.",
        "先说原因，再说解决办法。",
        "Give the reason first, then the way out.",
    ),
    (
        "Once it's returned, you'll be able to borrow again.",
        "归还之后就可以继续借书了。",
        "Explaining how to lift a block.",
        "",
        "",
    ),
    (
        "This one is for use in the library only.",
        "这本仅限馆内阅览。",
        "Explaining reference-only items.",
        "也可以说 This is a reference-only book.",
        "Also: “This is a reference-only book.”",
    ),
]

NUMBER_PHRASES = [
    (
        "That's two weeks from today.",
        "也就是从今天算起两周。",
        "Relating a date to today.",
        "",
        "",
    ),
    (
        "Thirteen — one-three, not three-zero.",
        "十三——一、三，不是三、零。",
        "Confirming a number digit by digit.",
        "thirteen 重音在后（thir-TEEN），thirty 重音在前（THIR-ty）。",
        "Stress: thir-TEEN but THIR-ty. Saying the digits removes all doubt.",
    ),
    (
        "Fifteen or fifty? Let me write it down.",
        "15 还是 50？我写下来给您看。",
        "Writing down a number that may have been misheard.",
        "-teen 和 -ty 最容易听错，涉及金额和日期时一定写下来。",
        "The -teen / -ty pairs are the classic mishearing; write amounts and dates down.",
    ),
    (
        "The fine is … yuan per item per day.",
        "罚款标准是每册每天……元。",
        "Stating an overdue fine.",
        "填入本馆现行标准；per item per day = 每册每天。",
        "Fill in your library's current rate.",
    ),
    (
        "That comes to three fifty — 3.50 yuan.",
        "一共三块五——3.50 元。",
        "Saying an amount of money.",
        "口语中 3.50 元常说 three fifty；说完再写出数字。",
        "In speech, 3.50 is usually “three fifty”; show the figure as well.",
    ),
    (
        "How would you like to pay?",
        "您想用什么方式付款？",
        "Asking about payment.",
        "新到的国际学生可能还没有可用的国内移动支付，提前了解本馆接受哪些付款方式。",
        "New international students may not yet have a working Chinese mobile-payment account; know which methods your library accepts.",
    ),
]

BORROWING_DIALOGUE = [
    (
        "emeka",
        "Hi. I'd like to renew these two books, please. The website wouldn't let me.",
        "你好。我想续借这两本书，网站上续不了。",
    ),
    (
        "wang",
        "Sure, let me have a look. Could I see your student card, please?",
        "好的，我看一下。可以看看您的学生证吗？",
    ),
    ("emeka", "Here you are.", "给您。"),
    (
        "wang",
        "Thank you. OK, I can see why. This one, the statistics book, has been requested by another reader, so I'm afraid "
        "it can't be renewed. It's due back on the twelfth of May.",
        "谢谢。好，我明白原因了。这本统计学的书已经被另一位读者预约了，所以恐怕不能续借。它应在 5 月 12 日归还。",
    ),
    ("emeka", "Oh no. I still need it for my analysis.", "糟糕，我做分析还要用它。"),
    (
        "wang",
        "I understand. What I can do is place a hold on it for you, so you'll be next in line when the other reader has "
        "finished with it. And you could copy the pages you need most before you return it, within copyright limits.",
        "我理解。我可以帮您预约，这样等那位读者用完，您就排在第一位。您也可以在归还前，在版权允许的范围内复印最需要的几页。",
    ),
    ("emeka", "OK, that helps. What about the other one?", "好，这有帮助。那另一本呢？"),
    (
        "wang",
        "That one is three days overdue, so there's a block on your account at the moment. That's why the website wouldn't "
        "renew anything.",
        "那本已经逾期三天了，所以您的账户目前暂停借阅。这就是网站上什么都续不了的原因。",
    ),
    (
        "emeka",
        "Three days? I thought I had until the end of the month.",
        "三天？我以为可以借到月底。",
    ),
    (
        "wang",
        "It was due on the ninth — let me write the date down for you. If you return it today and pay the overdue fine, "
        "the block will be lifted straight away.",
        "它应在 9 号归还——我把日期写下来给您。如果您今天归还并缴纳逾期罚款，暂停会立即解除。",
    ),
    ("emeka", "All right. How much is it?", "好吧。要交多少钱？"),
    (
        "wang",
        "Let me check… That comes to one fifty — 1.50 yuan. How would you like to pay?",
        "我查一下……一共一块五——1.50 元。您想怎么付？",
    ),
    ("emeka", "Can I use WeChat?", "可以用微信吗？"),
    (
        "wang",
        "Yes, just scan this code. … Done. The block has been lifted, and the hold on the statistics book is in place.",
        "可以，扫这个码就行。……好了。暂停已经解除，那本统计学的书也帮您预约好了。",
    ),
    ("emeka", "Thanks a lot. Sorry about the late book.", "非常感谢。那本书逾期了，不好意思。"),
    (
        "wang",
        "No worries. You can turn on e-mail reminders in your account, so you'll get a message before the due date.",
        "没关系。您可以在账户里开启邮件提醒，到期前就会收到通知。",
    ),
]

LESSON_BORROWING = {
    "slug": "borrowing-rules",
    "minutes": 25,
    "required": True,
    "zh": {
        "title": "借阅规则、账户、罚款与续借",
        "body": [
            _text(
                "<h3>借阅相关词汇</h3>"
                "<ul>"
                "<li><b>borrow</b>（读者向图书馆借）/ <b>lend</b>（图书馆借给读者）：<i>You can borrow up to … books.</i> "
                "<i>We can lend you a laptop for use in the library.</i>（后者为示例句型）</li>"
                "<li><b>loan period</b> 借期；<b>due date</b> 应还日期；<b>on loan / checked out</b> 已借出</li>"
                "<li><b>renew / renewal</b> 续借；<b>overdue</b> 逾期</li>"
                "<li><b>fine / overdue charge</b> 逾期罚款；<b>replacement cost</b> 赔偿费</li>"
                "<li><b>hold / reservation / request</b> 预约；<b>recall</b> 召回（要求提前归还）</li>"
                "<li><b>reference only / for use in the library only</b> 仅限馆内阅览；<b>short loan</b> 短期借阅</li>"
                "<li><b>a block on your account / account suspended</b> 账户暂停借阅</li>"
                "</ul>"
                "<h4>礼貌解释规则的三步法</h4>"
                "<ol>"
                "<li><b>规则</b>，用 <i>I'm afraid…</i> 或 <i>Unfortunately…</i> 软化：<i>I'm afraid this book is for use in the library only.</i></li>"
                "<li><b>理由</b>，一句话即可：<i>…so that it's always available for everyone on the course.</i></li>"
                "<li><b>替代方案</b>，用 <i>What I can do is…</i> 引出：<i>What I can do is show you where the copier is.</i></li>"
                "</ol>"
                "<p>只说 “It's the rule.” 或 “You can't.” 会让读者觉得被拒之门外。说明理由、给出替代方案，即使答案是“不行”，读者也更容易接受。</p>"
            ),
            _phrasebook("zh", "账户与借阅", ACCOUNT_PHRASES),
            _phrasebook("zh", "数字、日期与金额", NUMBER_PHRASES),
            _callout(
                "warning",
                "<p><b>日期的写法很容易误会。</b>03/04/2025 在美国表示 3 月 4 日，在英国、德国、巴西等许多国家表示 4 月 3 日。"
                "给国际读者写日期时，把月份写成单词（<b>4 March 2025</b> 或 <b>March 4, 2025</b>），或者使用国际标准格式 "
                "<b>2025-03-04</b>。口头说时，英式 “the fourth of March” 和美式 “March fourth” 都正确。</p>",
            ),
            _text(
                "<h3>中文母语者常见错误</h3>"
                "<ul>"
                "<li>✗ <i>Your book is overtime.</i> → ✓ <b>Your book is overdue.</b></li>"
                "<li>✗ <i>You can delay the book online.</i>（“延期”的直译）→ ✓ <b>You can renew the book online.</b></li>"
                "<li>✗ <i>You need to pay the fine money.</i> → ✓ <b>There's a fine of … yuan.</b> / <b>You'll need to pay a fine.</b></li>"
                "<li>✗ <i>This book is borrowed.</i> → ✓ <b>This book is on loan</b> / <b>checked out at the moment.</b></li>"
                "<li>✗ <i>Return it until Friday.</i> → ✓ <b>Return it by Friday.</b>（by = 最晚在……之前；until = 一直持续到……："
                "<i>You can keep it until Friday.</i>）</li>"
                "<li>✗ <i>Your account is freezed.</i> → ✓ <b>There's a block on your account.</b>（freeze 的过去分词是 frozen，"
                "而且 frozen account 听起来像银行冻结资产，过于严重）</li>"
                "<li>读者说 <i>Can I lend this book?</i>（本意是 borrow）时不必纠正对方，但你自己要用对："
                "<b>Yes, you can borrow it for … weeks.</b></li>"
                "</ul>"
            ),
            _dialogue(
                "zh",
                "续借被拒与账户暂停",
                "尼日利亚博士生 Chukwuemeka Okafor（朋友们叫他 Emeka）想续借两本书，馆员王静查看他的账户。"
                "（对话中的日期和金额仅为示例。）",
                BORROWING_DIALOGUE,
            ),
            _scenario(
                "“在我们学校，我可以一直续借”",
                "<p>德国访问学者 Katharina Vogel 博士的一本书已经达到本馆的续借次数上限，而她的项目还要进行两个月。"
                "她明显有些不满：“This is ridiculous. At my home university I can keep books for much longer.”</p>",
                "怎样回应，才能既坚持规定，又不让对方觉得被敷衍？",
                "<p>先回应情绪，再说明规定，最后给出替代方案：</p>"
                "<ul>"
                "<li><b>认同感受</b>：<i>I understand — that's frustrating when your project is still running.</i></li>"
                "<li><b>不比较、不争论</b>：避免 “This is China, the rules are different.” 这类说法；"
                "可以说 <i>Rules are different from library to library.</i></li>"
                "<li><b>简短说明理由</b>：<i>Here each item can be renewed a limited number of times, so that other readers get a chance to use it too.</i></li>"
                "<li><b>给出替代方案</b>：<i>What I can do is check whether there's an e-book version, or whether you can borrow it "
                "again after returning it if nobody has requested it.</i>（以本馆规定为准）</li>"
                "<li><b>必要时转交</b>：如果本馆对访问学者有特殊规定，或需要主管决定：<i>Let me ask my supervisor whether an "
                "exception is possible. Could I take your email address?</i></li>"
                "</ul>",
            ),
            _check(
                "你要告诉读者：这本书最晚要在周五之前归还。哪句正确又礼貌？",
                [
                    (
                        "Please return it until Friday.",
                        False,
                        "until 表示“一直持续到”，应该用 by 表示截止时间。",
                    ),
                    ("Please return it by Friday.", True, "by + 时间 = 最晚在……之前，正确且礼貌。"),
                    (
                        "Please give back it before Friday.",
                        False,
                        "词序错误：应为 give it back；return 也更正式。",
                    ),
                    (
                        "You must return it Friday or you are fined.",
                        False,
                        "语法不完整（应为 on Friday），而且像威胁。说明罚款规则时用 There's a fine of… if it's overdue.",
                    ),
                ],
                "截止时间用 by（Return it by Friday），持续时间用 until（You can keep it until Friday）。",
            ),
        ],
    },
    "en": {
        "title": "Borrowing rules, accounts, fines and renewals",
        "body": [
            _text(
                "<h3>Borrowing vocabulary</h3>"
                "<ul>"
                "<li><b>borrow</b> (the user takes from the library) / <b>lend</b> (the library gives to the user): "
                "<i>You can borrow up to … books.</i> <i>We can lend you a laptop for use in the library.</i> (a sample pattern)</li>"
                "<li><b>loan period</b>; <b>due date</b>; <b>on loan / checked out</b> (someone has it)</li>"
                "<li><b>renew / renewal</b>; <b>overdue</b></li>"
                "<li><b>fine / overdue charge</b>; <b>replacement cost</b></li>"
                "<li><b>hold / reservation / request</b>; <b>recall</b> (asking for an item back early)</li>"
                "<li><b>reference only / for use in the library only</b>; <b>short loan</b></li>"
                "<li><b>a block on your account / account suspended</b></li>"
                "</ul>"
                "<h4>Explaining a rule politely in three steps</h4>"
                "<ol>"
                "<li><b>The rule</b>, softened with <i>I'm afraid…</i> or <i>Unfortunately…</i>: <i>I'm afraid this book is for use in the library only.</i></li>"
                "<li><b>The reason</b>, in one sentence: <i>…so that it's always available for everyone on the course.</i></li>"
                "<li><b>An alternative</b>, introduced with <i>What I can do is…</i>: <i>What I can do is show you where the copier is.</i></li>"
                "</ol>"
                "<p>“It's the rule.” or “You can't.” on its own shuts the user out. With a reason and an alternative, even a "
                "“no” is much easier to accept.</p>"
            ),
            _phrasebook("en", "Accounts and borrowing", ACCOUNT_PHRASES),
            _phrasebook("en", "Numbers, dates and money", NUMBER_PHRASES),
            _callout(
                "warning",
                "<p><b>Written dates are easy to misread.</b> 03/04/2025 is 4 March in the USA but 3 April in the UK, Germany, "
                "Brazil and many other countries. When writing dates for international users, spell out the month "
                "(<b>4 March 2025</b> or <b>March 4, 2025</b>) or use the international standard format <b>2025-03-04</b>. "
                "In speech, both British “the fourth of March” and American “March fourth” are correct.</p>",
            ),
            _text(
                "<h3>Common slips for Chinese speakers</h3>"
                "<ul>"
                "<li>✗ <i>Your book is overtime.</i> → ✓ <b>Your book is overdue.</b></li>"
                "<li>✗ <i>You can delay the book online.</i> (from 延期) → ✓ <b>You can renew the book online.</b></li>"
                "<li>✗ <i>You need to pay the fine money.</i> → ✓ <b>There's a fine of … yuan.</b> / <b>You'll need to pay a fine.</b></li>"
                "<li>✗ <i>This book is borrowed.</i> → ✓ <b>This book is on loan</b> / <b>checked out at the moment.</b></li>"
                "<li>✗ <i>Return it until Friday.</i> → ✓ <b>Return it by Friday.</b> (<i>by</i> = no later than; <i>until</i> = "
                "continuing up to: <i>You can keep it until Friday.</i>)</li>"
                "<li>✗ <i>Your account is freezed.</i> → ✓ <b>There's a block on your account.</b> (the participle is <i>frozen</i>, "
                "and “frozen account” sounds like a bank seizing assets — far too serious)</li>"
                "<li>If a user says <i>Can I lend this book?</i> (meaning borrow), don't correct them — just use the right word "
                "yourself: <b>Yes, you can borrow it for … weeks.</b></li>"
                "</ul>"
            ),
            _dialogue(
                "en",
                "A refused renewal and a blocked account",
                "Chukwuemeka Okafor (Emeka to his friends), a PhD student from Nigeria, wants to renew two books. Wang Jing, "
                "the librarian, checks his account. (Dates and amounts in the dialogue are examples only.)",
                BORROWING_DIALOGUE,
            ),
            _scenario(
                "“At my university I can keep books for much longer”",
                "<p>Dr Katharina Vogel, a visiting scholar from Germany, has reached the renewal limit on a book, and her project "
                "has two more months to run. She is clearly annoyed: “This is ridiculous. At my home university I can keep books "
                "for much longer.”</p>",
                "How can you keep to the rules without making her feel brushed off?",
                "<p>Respond to the feeling first, then explain the rule, then offer alternatives:</p>"
                "<ul>"
                "<li><b>Acknowledge</b>: <i>I understand — that's frustrating when your project is still running.</i></li>"
                "<li><b>Don't compare or argue</b>: avoid “This is China, the rules are different.”; say "
                "<i>Rules are different from library to library.</i></li>"
                "<li><b>Give the reason briefly</b>: <i>Here each item can be renewed a limited number of times, so that other "
                "readers get a chance to use it too.</i></li>"
                "<li><b>Offer alternatives</b>: <i>What I can do is check whether there's an e-book version, or whether you can "
                "borrow it again after returning it if nobody has requested it.</i> (depending on your library's rules)</li>"
                "<li><b>Refer if necessary</b>: if there are special arrangements for visiting scholars, or a supervisor has to "
                "decide: <i>Let me ask my supervisor whether an exception is possible. Could I take your email address?</i></li>"
                "</ul>",
            ),
            _check(
                "You need to tell a user the book must be back no later than Friday. Which sentence is correct and polite?",
                [
                    (
                        "Please return it until Friday.",
                        False,
                        "“Until” means continuing up to a time; a deadline needs “by”.",
                    ),
                    (
                        "Please return it by Friday.",
                        True,
                        "By + time = no later than. Correct and polite.",
                    ),
                    (
                        "Please give back it before Friday.",
                        False,
                        "Word order: “give it back”; “return” is also more formal.",
                    ),
                    (
                        "You must return it Friday or you are fined.",
                        False,
                        "Ungrammatical (on Friday) and it sounds like a threat. State the rule instead: There's a fine of… if it's overdue.",
                    ),
                ],
                "Deadlines take “by” (Return it by Friday); durations take “until” (You can keep it until Friday).",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 5: e-mail and phone
# ---------------------------------------------------------------------------------------------

PHONE_PHRASES = [
    (
        "Good morning, library information desk, Li Na speaking. How can I help you?",
        "早上好，图书馆咨询台，我是李娜。请问有什么可以帮您？",
        "Answering the phone: greeting, department, name, offer.",
        "把单位、部门和自己的名字说清楚，语速放慢。",
        "Say where you are and who you are, slowly.",
    ),
    (
        "May I ask who's calling?",
        "请问您是哪位？",
        "Asking for the caller's name.",
        "不要说 Who are you?——听起来像质问。",
        "Never “Who are you?” — it sounds like a challenge.",
    ),
    (
        "Could you spell that for me, please?",
        "您能拼一下吗？",
        "Asking for a spelling.",
        "",
        "",
    ),
    (
        "Is that B for Bravo or V for Victor?",
        "是 Bravo 的 B，还是 Victor 的 V？",
        "Checking a letter with the phonetic alphabet.",
        "",
        "",
    ),
    (
        "Would you mind holding for a moment?",
        "您介意稍等一下吗？",
        "Putting a caller on hold politely.",
        "不要让对方在沉默中等待；回来时说 Thanks for holding.",
        "Don't leave callers in silence; when you come back, say “Thanks for holding.”",
    ),
    (
        "I'm afraid she's not available at the moment. Could I take a message?",
        "抱歉，她现在不在。需要我帮您留言吗？",
        "Offering to take a message.",
        "不必说明同事在做什么（开会、吃饭），说 not available 即可。",
        "You don't need to say what your colleague is doing; “not available” is enough.",
    ),
    (
        "What's the best way to contact you?",
        "怎么联系您最方便？",
        "Asking for a phone number or e-mail address.",
        "",
        "",
    ),
    (
        "Let me read that back to you.",
        "我给您复述一遍。",
        "Reading back names, numbers and addresses.",
        "姓名、号码、邮箱一定要复述确认。",
        "Always read back names, numbers and addresses.",
    ),
    (
        "I'll make sure she gets your message.",
        "我一定把您的留言转告她。",
        "Promising to pass a message on.",
        "",
        "",
    ),
    (
        "Sorry, the line isn't very clear. Could you repeat the last part?",
        "抱歉，信号不太好，您能重复一下最后一部分吗？",
        "Dealing with a bad line.",
        "",
        "",
    ),
    (
        "Thank you for calling. Goodbye.",
        "感谢来电，再见。",
        "Closing the call.",
        "",
        "",
    ),
]

PHONE_DIALOGUE = [
    (
        "li",
        "Good afternoon, library information desk, Li Na speaking. How can I help you?",
        "下午好，图书馆咨询台，我是李娜。请问有什么可以帮您？",
    ),
    (
        "becker",
        "Hello, this is Jonas Becker. I'm a visiting scholar in the sociology department. Could I speak to Ms Liu, the sociology librarian?",
        "您好，我是 Jonas Becker，社会学系的访问学者。请问刘老师在吗？就是负责社会学的学科馆员。",
    ),
    (
        "li",
        "I'm afraid she's not available at the moment. Could I take a message?",
        "抱歉，她现在不在。需要我帮您留言吗？",
    ),
    (
        "becker",
        "Yes, please. She's helping me get access to some German newspaper archives, and I have a question about it.",
        "好的，谢谢。她在帮我开通一些德国报纸档案库的访问权限，我有个问题想问她。",
    ),
    ("li", "Of course. Could you spell your surname for me, please?", "好的。您能拼一下您的姓吗？"),
    ("becker", "B-E-C-K-E-R.", "B-E-C-K-E-R。"),
    (
        "li",
        "B for Bravo, E for Echo, C for Charlie, K for Kilo, E for Echo, R for Romeo?",
        "Bravo 的 B，Echo 的 E，Charlie 的 C，Kilo 的 K，Echo 的 E，Romeo 的 R？",
    ),
    ("becker", "That's right.", "对。"),
    ("li", "And what's the best way to contact you?", "怎么联系您最方便？"),
    (
        "becker",
        "E-mail is best: jonas dot becker at example dot org.",
        "邮件最好：jonas.becker@example.org。",
    ),
    (
        "li",
        "Let me read that back to you: J-O-N-A-S, dot, B-E-C-K-E-R, at example dot org. Is that right?",
        "我复述一遍：J-O-N-A-S，点，B-E-C-K-E-R，at，example 点 org。对吗？",
    ),
    ("becker", "Perfect.", "完全正确。"),
    ("li", "And what's your question, briefly?", "您的问题能简单说一下吗？"),
    (
        "becker",
        "I can log in to the archive on campus, but not from my apartment.",
        "我在校园里能登录档案库，但在公寓里登不上。",
    ),
    (
        "li",
        "So, you can't access the archive off campus. I'll make sure she gets your message this afternoon.",
        "也就是说，您在校外无法访问这个档案库。我一定今天下午把留言转告她。",
    ),
    ("becker", "Thank you very much.", "非常感谢。"),
    (
        "li",
        "You're welcome, Dr Becker. Thank you for calling. Goodbye.",
        "不客气，Becker 博士。感谢来电，再见。",
    ),
]

NATO = (
    "A Alfa · B Bravo · C Charlie · D Delta · E Echo · F Foxtrot · G Golf · H Hotel · I India · J Juliett · "
    "K Kilo · L Lima · M Mike · N November · O Oscar · P Papa · Q Quebec · R Romeo · S Sierra · T Tango · "
    "U Uniform · V Victor · W Whiskey · X X-ray · Y Yankee · Z Zulu"
)

LESSON_EMAIL_PHONE = {
    "slug": "email-and-phone",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "邮件与电话用语",
        "body": [
            _text(
                "<h3>电话：五步结构</h3>"
                "<ol>"
                "<li><b>接听</b>：问候 + 部门 + 自己的名字 + 提供帮助。<i>Good morning, library information desk, Li Na speaking. How can I help you?</i></li>"
                "<li><b>确认来电人</b>：<i>May I ask who's calling?</i> <i>Could you spell that for me, please?</i></li>"
                "<li><b>处理、转接或留言</b>：<i>I'll put you through to…</i> <i>I'm afraid she's not available at the moment. Could I take a message?</i></li>"
                "<li><b>复述确认</b>：<i>Let me read that back to you.</i></li>"
                "<li><b>结束</b>：<i>Thank you for calling. Goodbye.</i></li>"
                "</ol>"
                "<p>电话里看不到表情，语气要比面对面更友好、语速更慢。需要查资料时不要让对方在沉默中等待："
                "<b>Would you mind holding for a moment? I'll check that for you.</b> 回来时说 <b>Thanks for holding.</b></p>"
            ),
            _phrasebook("zh", "接听电话与留言", PHONE_PHRASES),
            _text(
                "<h3>用北约音标字母拼写姓名</h3>"
                "<p>电话里 B/D/P/T/V、M/N、F/S 很容易听错，而外国人名的拼写往往又不是你熟悉的。"
                "国际通用的拼读字母（ICAO／北约音标字母）可以消除歧义：</p>"
                f"<p>{NATO}</p>"
                "<p>Alfa 和 Juliett 是官方拼写，日常也常写作 Alpha、Juliet。对方不一定熟悉这套字母，"
                "你可以用它来确认（<i>Is that B for Bravo or V for Victor?</i>），也要听得懂对方自己的说法，比如 “B for boy”。</p>"
                "<h4>邮箱地址的读法</h4>"
                "<ul>"
                "<li>@ 读 <b>at</b>；. 读 <b>dot</b>；_ 读 <b>underscore</b>；- 读 <b>hyphen</b> 或 <b>dash</b></li>"
                "<li>两个相同的字母：<b>double L</b>（也可以逐个说 L, L）</li>"
                "<li>确认细节：<b>Is that all lower case?</b> <b>Is it all one word?</b></li>"
                "</ul>"
            ),
            _callout(
                "tip",
                "<p><b>中文母语者要特别注意的字母读音。</b>G /dʒiː/ 和 J /dʒeɪ/ 容易混淆；E /iː/ 和 I /aɪ/ 容易受拼音影响读反；"
                "R 读 /ɑː/；H 读 /eɪtʃ/；W 读 double-u；Z 英式读 zed、美式读 zee。拼读邮箱和姓名时，放慢速度，必要时用音标字母。</p>",
            ),
            _dialogue(
                "zh",
                "为不在的学科馆员留言",
                "德国访问学者 Jonas Becker 博士打电话找负责社会学的学科馆员刘洋，她正在开会。馆员李娜接听。",
                PHONE_DIALOGUE,
            ),
            _text(
                "<h3>邮件：称呼、开头、正文、结尾</h3>"
                "<h4>称呼</h4>"
                "<ul>"
                "<li>对方有头衔，或你们不熟：<b>Dear Dr Becker,</b> / <b>Dear Professor Okafor,</b></li>"
                "<li>不确定性别或哪个是姓：用全名 <b>Dear Aigerim Nurlanova,</b>，不要猜 Mr/Ms，也避免 <i>Dear Sir</i></li>"
                "<li>对方来信用名字和 Hi：可以回 <b>Hi Aigerim,</b> 或 <b>Dear Aigerim,</b></li>"
                "<li>不要用 <i>Dear Teacher</i>、<i>Dear Student</i></li>"
                "</ul>"
                "<h4>开头句</h4>"
                "<ul><li>Thank you for your email. / Thank you for contacting the library.</li>"
                "<li>I'm writing about your request for…</li>"
                "<li>Further to our conversation at the desk today, …</li></ul>"
                "<h4>正文常用句</h4>"
                "<ul><li>I'm pleased to let you know that the book you requested is now available.</li>"
                "<li>Unfortunately, we are unable to… However, we can…</li>"
                "<li>Could you please send us…?</li>"
                "<li>Please find attached… / I have attached…</li></ul>"
                "<h4>结尾与落款</h4>"
                "<ul><li>Please let me know if you have any further questions.</li>"
                "<li><b>Best regards,</b> / <b>Kind regards,</b>（通用）；<b>Best wishes,</b>（稍亲切）</li>"
                "<li>签名：姓名（可加 Ms/Mr 帮助对方称呼你，如 Li Na (Ms)）、职位、部门、电话、开放时间</li></ul>"
                "<p>给在国外的学者写邮件时，时间要写明时区：<i>We are open until 22:00 Beijing time (UTC+8).</i>（请写本馆实际时间。）</p>"
                "<h4>示例</h4>"
                "<p><b>Subject:</b> Your requested book is ready to collect</p>"
                "<p>Dear Dr Becker,</p>"
                "<p>Thank you for your request. I'm pleased to let you know that the book you asked for has arrived and is "
                "waiting for you at the main information desk.</p>"
                "<p>We will keep it for you for seven days. Please bring your visiting scholar card when you collect it.</p>"
                "<p>Please let me know if you have any questions.</p>"
                "<p>Best regards,</p>"
                "<p>Li Na (Ms), Information Services, University Library</p>"
            ),
            _callout(
                "warning",
                "<p><b>邮件里听起来生硬的说法：</b><i>Please be informed that…</i>（公文腔，直接说事即可）；"
                "<i>You should return the book immediately.</i>（改为 <b>Could you please return the book as soon as possible?</b>）；"
                "<i>Waiting for your reply.</i>（改为 <b>I look forward to hearing from you.</b>）；全部大写的单词像在吼叫。</p>",
            ),
            _check(
                "电话里，你需要知道对方是谁。哪句最得体？",
                [
                    ("Who are you?", False, "像在质问，电话里尤其显得不友好。"),
                    ("May I ask who's calling?", True, "电话用语的标准说法，礼貌而自然。"),
                    (
                        "What's your name?",
                        False,
                        "语法没错，但对来电者显得唐突；可以说 Could I take your name, please?",
                    ),
                    ("Tell me your name.", False, "祈使句，像命令。"),
                ],
                "电话里询问身份用 May I ask who's calling? 或 Could I take your name, please?；需要拼写时再问 Could you spell that for me?",
            ),
        ],
    },
    "en": {
        "title": "E-mail and phone phrases",
        "body": [
            _text(
                "<h3>The phone call in five steps</h3>"
                "<ol>"
                "<li><b>Answer</b>: greeting + department + your name + offer. <i>Good morning, library information desk, Li Na speaking. How can I help you?</i></li>"
                "<li><b>Identify the caller</b>: <i>May I ask who's calling?</i> <i>Could you spell that for me, please?</i></li>"
                "<li><b>Deal with it, transfer or take a message</b>: <i>I'll put you through to…</i> <i>I'm afraid she's not available at the moment. Could I take a message?</i></li>"
                "<li><b>Read back</b>: <i>Let me read that back to you.</i></li>"
                "<li><b>Close</b>: <i>Thank you for calling. Goodbye.</i></li>"
                "</ol>"
                "<p>On the phone nobody can see your face, so sound friendlier and speak more slowly than you would in person. "
                "Never leave a caller in silence while you look something up: <b>Would you mind holding for a moment? I'll check "
                "that for you.</b> When you come back: <b>Thanks for holding.</b></p>"
            ),
            _phrasebook("en", "Answering the phone and taking messages", PHONE_PHRASES),
            _text(
                "<h3>Spelling names with the phonetic alphabet</h3>"
                "<p>On the phone B/D/P/T/V, M/N and F/S are easily confused, and international names are often spelt in ways you "
                "don't expect. The international spelling alphabet (the ICAO or NATO phonetic alphabet) removes the doubt:</p>"
                f"<p>{NATO}</p>"
                "<p>Alfa and Juliett are the official spellings; Alpha and Juliet are also common. Callers may not know this "
                "alphabet, so use it yourself to check (<i>Is that B for Bravo or V for Victor?</i>) and be ready for their own "
                "versions, such as “B for boy”.</p>"
                "<h4>Saying e-mail addresses</h4>"
                "<ul>"
                "<li>@ is <b>at</b>; . is <b>dot</b>; _ is <b>underscore</b>; - is <b>hyphen</b> or <b>dash</b></li>"
                "<li>Double letters: <b>double L</b> (or simply L, L)</li>"
                "<li>Checking details: <b>Is that all lower case?</b> <b>Is it all one word?</b></li>"
                "</ul>"
            ),
            _callout(
                "tip",
                "<p><b>Letter names to watch.</b> G /dʒiː/ and J /dʒeɪ/ are easily confused; pinyin habits can swap E /iː/ and "
                "I /aɪ/; R is /ɑː/; H is /eɪtʃ/; W is “double-u”; Z is “zed” in British and “zee” in American English. "
                "Slow down when spelling names and addresses, and use the phonetic alphabet when in doubt.</p>",
            ),
            _dialogue(
                "en",
                "Taking a message for the subject librarian",
                "Dr Jonas Becker, a visiting scholar from Germany, phones to speak to Liu Yang, the sociology subject librarian, "
                "who is in a meeting. Li Na answers the phone.",
                PHONE_DIALOGUE,
            ),
            _text(
                "<h3>E-mail: greeting, opening, body, closing</h3>"
                "<h4>Greeting</h4>"
                "<ul>"
                "<li>The person has a title, or you don't know them well: <b>Dear Dr Becker,</b> / <b>Dear Professor Okafor,</b></li>"
                "<li>You are unsure of gender or which name is the family name: use the full name, <b>Dear Aigerim Nurlanova,</b> — "
                "don't guess Mr/Ms, and avoid <i>Dear Sir</i></li>"
                "<li>They wrote to you with “Hi” and their first name: <b>Hi Aigerim,</b> or <b>Dear Aigerim,</b> is fine</li>"
                "<li>Avoid <i>Dear Teacher</i> and <i>Dear Student</i></li>"
                "</ul>"
                "<h4>Opening lines</h4>"
                "<ul><li>Thank you for your email. / Thank you for contacting the library.</li>"
                "<li>I'm writing about your request for…</li>"
                "<li>Further to our conversation at the desk today, …</li></ul>"
                "<h4>Useful body phrases</h4>"
                "<ul><li>I'm pleased to let you know that the book you requested is now available.</li>"
                "<li>Unfortunately, we are unable to… However, we can…</li>"
                "<li>Could you please send us…?</li>"
                "<li>Please find attached… / I have attached…</li></ul>"
                "<h4>Closing and signature</h4>"
                "<ul><li>Please let me know if you have any further questions.</li>"
                "<li><b>Best regards,</b> / <b>Kind regards,</b> (neutral); <b>Best wishes,</b> (a little warmer)</li>"
                "<li>Signature: your name (adding Ms/Mr helps people address you, e.g. Li Na (Ms)), job title, department, phone, opening hours</li></ul>"
                "<p>When writing to scholars abroad, give the time zone: <i>We are open until 22:00 Beijing time (UTC+8).</i> "
                "(Use your library's real hours.)</p>"
                "<h4>Example</h4>"
                "<p><b>Subject:</b> Your requested book is ready to collect</p>"
                "<p>Dear Dr Becker,</p>"
                "<p>Thank you for your request. I'm pleased to let you know that the book you asked for has arrived and is "
                "waiting for you at the main information desk.</p>"
                "<p>We will keep it for you for seven days. Please bring your visiting scholar card when you collect it.</p>"
                "<p>Please let me know if you have any questions.</p>"
                "<p>Best regards,</p>"
                "<p>Li Na (Ms), Information Services, University Library</p>"
            ),
            _callout(
                "warning",
                "<p><b>E-mail phrases that sound stiff or bossy:</b> <i>Please be informed that…</i> (officialese — just say it); "
                "<i>You should return the book immediately.</i> (better: <b>Could you please return the book as soon as possible?</b>); "
                "<i>Waiting for your reply.</i> (better: <b>I look forward to hearing from you.</b>); words in capitals read as shouting.</p>",
            ),
            _check(
                "On the phone you need to know who is calling. Which is the most appropriate?",
                [
                    ("Who are you?", False, "Sounds like a challenge, especially on the phone."),
                    (
                        "May I ask who's calling?",
                        True,
                        "The standard telephone phrase: polite and natural.",
                    ),
                    (
                        "What's your name?",
                        False,
                        "Grammatical, but abrupt with a caller; try “Could I take your name, please?”.",
                    ),
                    ("Tell me your name.", False, "An imperative; it sounds like an order."),
                ],
                "Ask “May I ask who's calling?” or “Could I take your name, please?”; then, if needed, “Could you spell that for me?”.",
            ),
        ],
    },
}


LESSONS = [
    LESSON_GREETING,
    LESSON_REFERENCE,
    LESSON_DIRECTIONS,
    LESSON_BORROWING,
    LESSON_EMAIL_PHONE,
]

COURSE = {
    "slug": "english-service-desk",
    "topic": "languages",
    "target_language": "en",
    "cefr_level": "B1",
    "estimated_minutes": sum(lesson["minutes"] for lesson in LESSONS),
    "mandatory": False,
    "certificate_validity_months": 24,
    "outcomes": [("lang-en", 3)],
    "zh": {
        "title": "图书馆服务台英语 (B1)",
        "summary": "面向一线服务馆员的实用英语课程：礼貌地问候并主动提供帮助，开展参考咨询面谈，在馆内和校园里指路，"
        "解释借阅规则、账户、罚款与续借，以及用英语接电话、写邮件。每课配有中英对照短语表、服务台对话、"
        "情景练习，并专门指出中文母语者容易说错、听起来生硬的表达。",
        "objectives": "<ul>"
        "<li>用 Could you… / Would you like… 等礼貌句式问候读者、提出请求和主动提供帮助</li>"
        "<li>通过开放式与封闭式问题弄清读者的真实需求，复述确认并礼貌地结束咨询</li>"
        "<li>用准确的方位介词和楼层说法指路，并照顾无障碍需求</li>"
        "<li>清楚、礼貌地解释借阅规则和账户状态，准确说出数字、日期和金额</li>"
        "<li>用得体的开头和结尾写邮件、接电话，用音标字母拼写姓名并记录留言</li>"
        "<li>避免中文母语者在服务英语中常见的生硬或失礼表达</li>"
        "</ul>",
    },
    "en": {
        "title": "English for the library service desk (B1)",
        "summary": "Practical English for front-line library staff: greeting users politely and offering help, "
        "conducting a reference interview, giving directions in the library and on campus, explaining borrowing rules, "
        "accounts, fines and renewals, and handling phone calls and e-mail. Every lesson has a phrasebook, desk dialogues "
        "and a scenario, and points out the expressions Chinese speakers often get wrong or that sound abrupt.",
        "objectives": "<ul>"
        "<li>Greet users, make requests and offer help with polite patterns such as Could you… and Would you like…</li>"
        "<li>Use open and closed questions to find out what users really need, check understanding and close the enquiry politely</li>"
        "<li>Give clear directions with accurate prepositions and floor references, including accessible routes</li>"
        "<li>Explain borrowing rules and account status clearly and politely, with correct numbers, dates and amounts</li>"
        "<li>Open and close e-mails and phone calls appropriately, spell names with the phonetic alphabet and take messages</li>"
        "<li>Avoid the abrupt or impolite phrasings Chinese speakers commonly use in service English</li>"
        "</ul>",
    },
    "lessons": LESSONS,
}
