"""Final quiz of "English for the library service desk (B1)": greetings, the reference interview,
directions, borrowing rules, phone and e-mail; four listening questions."""

from decimal import Decimal as D

from assessments.demo.content import clip
from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

LANG = "lang-en"
RIGHT, WRONG = D(1), D(0)
HALF, MINUS_HALF = D("0.5"), D("-0.5")

RENEW = clip("en-renew-books.ogg")
PRINTERS = clip("en-where-printers.ogg")
ILL = clip("en-ill-article.ogg")
MESSAGE = clip("en-phone-message.ogg")

RENEW_TRANSCRIPT = "Hi there. I'd like to renew these two books, please. I tried on the website, but it wouldn't let me. Is there a problem with my account?"
PRINTERS_TRANSCRIPT = "Excuse me. Where are the printers? I need to print some forms for the International Students Office before five o'clock."
ILL_TRANSCRIPT = "Hi. I need an article that the library doesn't have. It's in the Journal of Community Health in West Africa, volume twelve, pages forty-five to fifty-three. Can you get it from another library? I need it by the fifteenth of May."
MESSAGE_TRANSCRIPT = "Hello, this is Ayesha Khan. I'm a PhD student in chemistry. Could the subject librarian e-mail me, please? My address is ayesha underscore khan at example dot org."


def ill_blanks() -> list[O]:
    """The typed blanks of the listening cloze: every option is an accepted answer."""
    return [
        O("12", RIGHT, blank=1),
        O("twelve", RIGHT, blank=1),
        O("45", RIGHT, blank=2),
        O("forty-five", RIGHT, blank=2),
        O("53", RIGHT, blank=3),
        O("fifty-three", RIGHT, blank=3),
        O("15", RIGHT, blank=4),
        O("15th", RIGHT, blank=4),
        O("fifteenth", RIGHT, blank=4),
    ]


PHONE_LINES = [
    "Good afternoon, library information desk, Li Na speaking. How can I help you?",
    "May I ask who's calling?",
    "I'm afraid she's not available at the moment. Could I take a message?",
    "Let me read that back to you.",
    "Thank you for calling. Goodbye.",
]

SLIPS = [
    ("Your book is overtime.", "Your book is overdue."),
    ("You can delay the book online.", "You can renew the book online."),
    ("Return it until Friday.", "Return it by Friday."),
    ("Your account is freezed.", "There's a block on your account."),
    ("This book is borrowed.", "This book is on loan at the moment."),
    ("", "You need to pay the fine money."),
]

ZH = [
    Q(
        QType.SINGLE,
        name="接电话时来了读者",
        category="服务台英语/问候",
        competency=LANG,
        level=2,
        text="<p>你正在和同事通电话，一位读者走到服务台前等候。你应该对读者说什么？</p>",
        options=[
            O(
                "Wait a moment.",
                WRONG,
                "单独一个 wait 是命令语气。至少要说 “Just a moment, please.”，更好的做法是让读者知道你已经看到他了。",
            ),
            O(
                "I'll be with you in just a moment.",
                RIGHT,
                "正确。这句话告诉读者你已经注意到他，马上就来。说的时候捂住话筒，看着读者。",
            ),
            O(
                "Next!",
                WRONG,
                "喊 “Next!” 很冷淡，而且你此时还腾不出手。等你空下来，先说 “Sorry to keep you waiting.”",
            ),
            O(
                "What do you want?",
                WRONG,
                "很生硬，听起来像嫌读者麻烦。空下来以后可以说 “What can I do for you?”",
            ),
        ],
        general_feedback="即使暂时腾不出手，也要马上回应新来的读者：“I'll be with you in just a moment.” 转向读者时再说：“Sorry to keep you waiting. How can I help?”",
    ),
    Q(
        QType.TRUEFALSE,
        name="Would you mind 的回答",
        category="服务台英语/问候",
        competency=LANG,
        level=3,
        shuffle=False,
        text="<p>你问读者：“Would you mind waiting here for a moment?” 读者回答：“No, not at all.” 这表示读者<strong>不</strong>愿意等。</p>",
        options=[
            O(
                "true",
                WRONG,
                "不对。Would you mind…? 问的是“您介意吗”，No, not at all 的意思是“不介意，没问题”。",
            ),
            O("false", RIGHT, "正确。No, not at all 表示读者不介意，愿意在这里等。"),
        ],
        general_feedback="回答 Would you mind…? 时，同意要说 No, not at all 或 Sure；直接回答 Yes，字面意思反而是“我介意”。",
    ),
    Q(
        QType.SINGLE,
        name="听力：续借",
        category="服务台英语/听力",
        competency=LANG,
        level=3,
        audio=RENEW,
        transcript=RENEW_TRANSCRIPT,
        text="<p>听读者在服务台说的话。她想做什么？提到了什么问题？</p>",
        options=[
            O(
                "想续借两本书；在网站上续借没有成功。",
                RIGHT,
                "正确：“I'd like to renew these two books… I tried on the website, but it wouldn't let me.”",
            ),
            O(
                "想归还两本逾期的书并交罚款。",
                WRONG,
                "她没有提到罚款或逾期。renew 是“续借”，即把书多借一段时间。",
            ),
            O(
                "想预约两本已被借出的书。",
                WRONG,
                "预约是 request 或 reserve；她说的是 renew these two books，书已经在她手里。",
            ),
            O(
                "想借两本书，但忘了带证件。",
                WRONG,
                "她没有提到证件，而是问自己的账户是不是有问题（a problem with my account）。",
            ),
        ],
        general_feedback="关键词：renew（续借）、it wouldn't let me（网站不让续借）、a problem with my account（账户有问题）。网上续借失败，常见原因是书已被其他读者预约，或账户因逾期等原因被暂停借阅。先查看账户，再解释原因，例如：“I'm afraid you can't renew this one — another reader has requested it.”",
    ),
    Q(
        QType.SINGLE,
        name="听力：打印机在哪里",
        category="服务台英语/听力",
        competency=LANG,
        level=2,
        audio=PRINTERS,
        transcript=PRINTERS_TRANSCRIPT,
        text="<p>听读者的问题。本馆的打印机在本层楼梯后面。哪个回答最好？</p>",
        options=[
            O(
                "The printers are behind the stairs, on your left. Would you like me to show you?",
                RIGHT,
                "位置清楚，以读者的视角说明方向（on your left），还主动提出带路。",
            ),
            O(
                "You can go behind the stairs.",
                WRONG,
                "“You can go…” 听起来像是“你可以去也可以不去”，而且没说清打印机就在那里。应说明东西在哪里：“You'll find them behind the stairs.”",
            ),
            O(
                "Printers is behind of stairs.",
                WRONG,
                "语法错误（应为 The printers are behind the stairs），会让指路更难听懂。",
            ),
            O(
                "They're on the second floor, next to the lift.",
                WRONG,
                "本馆的打印机不在二楼，而在本层楼梯后面。指路必须准确。",
            ),
        ],
        general_feedback="读者问的是 “Where are the printers?”，还要在五点之前打印。好的指路要说清位置和参照物，并以读者的视角表达（behind the stairs, on your left），再主动提出带路。",
    ),
    Q(
        QType.CLOZE,
        name="听力：馆际互借请求",
        category="服务台英语/听力",
        competency=LANG,
        level=3,
        audio=ILL,
        transcript=ILL_TRANSCRIPT,
        text="<p>听学生的请求，填写申请单。数字请用阿拉伯数字填写。</p><p>卷号：[[1]]<br>页码：[[2]] 至 [[3]]<br>此日期后不再需要：5月[[4]]日</p>",
        options=ill_blanks(),
        general_feedback="卷号 twelve（12），页码 forty-five 至 fifty-three（45–53），5月15日（the fifteenth of May）之前需要。注意 -teen 和 -ty 的区别：fif-TEEN（15）重音在后，FIF-ty（50）重音在前。重要的数字要复述确认并写下来，例如 “Fifteen — one-five?”",
    ),
    Q(
        QType.SHORT,
        name="听力：记下邮箱地址",
        category="服务台英语/听力",
        competency=LANG,
        level=3,
        audio=MESSAGE,
        transcript=MESSAGE_TRANSCRIPT,
        text="<p>一位来电读者给学科馆员留言。请听录音，把她的电子邮箱地址按书写形式准确输入（例如 name@example.com）。</p>",
        options=[O("ayesha_khan@example.org", RIGHT, "正确。")],
        general_feedback="underscore 是下划线 _，at 是 @，dot 是点：ayesha_khan@example.org。电话里记下的地址一定要复述确认：“Let me read that back to you: A-Y-E-S-H-A, underscore, K-H-A-N, at example dot org.”",
    ),
    Q(
        QType.MATCHING,
        name="借阅用语的常见错误",
        category="服务台英语/借阅规则",
        competency=LANG,
        level=3,
        text="<p>左边是中文母语者在服务台常说的句子，请为每一句配上读者期待听到的自然英语说法。</p>",
        options=[O(wrong, match_text=right) for wrong, right in SLIPS],
        general_feedback="overdue（逾期）、renew（续借）、by（不晚于某个期限）、a block on your account（账户暂停借阅）、on loan（已借出）是服务台的常用说法。frozen account 听起来像银行冻结资产；until 表示持续到某时，如 “You can keep it until Friday.”",
    ),
    Q(
        QType.ORDERING,
        name="接电话的步骤",
        category="服务台英语/电话与邮件",
        competency=LANG,
        level=3,
        text="<p>把李娜接电话时说的几句话按正确顺序排列。</p>",
        options=[O(line) for line in PHONE_LINES],
        general_feedback="电话的五个步骤：接听（问候、部门、姓名、提供帮助）→ 确认来电人 → 处理、转接或留言 → 复述姓名、号码和地址 → 结束通话。",
    ),
    Q(
        QType.MULTI,
        name="开放式问题",
        category="服务台英语/参考咨询面谈",
        competency=LANG,
        level=3,
        text="<p>参考咨询面谈开始时，你希望读者把需求讲出来。下面哪些是开放式问题？（多选）</p>",
        options=[
            O("Could you tell me a bit more about your topic?", HALF, "开放式：读者需要展开说明。"),
            O("How are you planning to use this information?", HALF, "开放式：中性地询问用途。"),
            O(
                "Do you need journal articles?",
                MINUS_HALF,
                "封闭式：用 yes 或 no 就能回答，适合之后确认细节。",
            ),
            O("Is it for your thesis?", MINUS_HALF, "封闭式问题。"),
            O(
                "Does it have to be in English?",
                MINUS_HALF,
                "封闭式：了解主题之后，用来确认语言要求。",
            ),
        ],
        general_feedback="开放式问题（what、how、could you tell me…）不能只用 yes 或 no 回答，能引出背景信息。先问开放式问题，再用封闭式问题（do、is、does it have to…）确认细节。",
    ),
    Q(
        QType.SINGLE,
        name="书面日期",
        category="服务台英语/借阅规则",
        competency=LANG,
        level=3,
        text="<p>你要在借书条上给一位来自英国的访问学者写应还日期：2025年3月4日。哪种写法最不容易被误读？</p>",
        options=[
            O("03/04/2025", WRONG, "英国读者会读成4月3日。"),
            O(
                "4 March 2025",
                RIGHT,
                "正确：月份用英文单词写出，不会有歧义。国际标准格式 2025-03-04 也很安全。",
            ),
            O(
                "04/03",
                WRONG,
                "英国读者会理解为3月4日，但同一张条子在美国读者看来是4月3日，而且没写年份。",
            ),
            O("3.4.25", WRONG, "日、月顺序有歧义，年份也被缩写了。"),
        ],
        general_feedback="03/04/2025 在美国是3月4日，在英国等许多国家是4月3日。给国际读者写日期时，把月份写成英文单词（4 March 2025），或使用 2025-03-04 格式。",
    ),
    Q(
        QType.SINGLE,
        name="邮件称呼",
        category="服务台英语/电话与邮件",
        competency=LANG,
        level=3,
        text="<p>你要回复一封来自 Aigerim Nurlanova 的邮件。你们没见过面，你也不确定哪部分是姓。邮件开头怎么写？</p>",
        options=[
            O("Dear Aigerim Nurlanova,", RIGHT, "正确：不确定性别或姓名顺序时，用全名最稳妥。"),
            O("Dear Sir,", WRONG, "猜测了对方的性别，而且显得过时。"),
            O("Dear Ms Nurlanova,", WRONG, "既猜了称谓，又猜了哪部分是姓。"),
            O("Dear Student,", WRONG, "不够尊重个人；避免使用 Dear Student 和 Dear Teacher。"),
        ],
        general_feedback="不确定对方性别或哪部分是姓时，用全名：“Dear Aigerim Nurlanova,”。如果对方来信用 Hi 加自己的名字，回信用 “Hi Aigerim,” 或 “Dear Aigerim,” 都可以。",
    ),
    Q(
        QType.CLOZE,
        name="礼貌地说明规则",
        category="服务台英语/借阅规则",
        competency=LANG,
        level=3,
        text="<p>一位学生想把一本工具书借回家。补全下面的回答，使它包含规则、理由和替代方案。</p><p>“[[1]] this book is for use in the library only, so that it's always available for everyone on the course. [[2]] show you where the copier is.”</p>",
        options=[
            O("I'm afraid", RIGHT, "I'm afraid 让规则听起来柔和。", blank=1),
            O("You must know", WRONG, "听起来像在训人。", blank=1),
            O("It's the rule:", WRONG, "只说“这是规定”会让读者觉得被拒之门外。", blank=1),
            O(
                "What I can do is",
                RIGHT,
                "引出替代方案，即使答案是“不行”，读者也更容易接受。",
                blank=2,
            ),
            O("You can't, so go and", WRONG, "You can't 加上命令，像是在打发人。", blank=2),
            O("You must", WRONG, "must 听起来像训斥；应该主动提供帮助。", blank=2),
        ],
        general_feedback="礼貌解释规则的三步：用 I'm afraid… 或 Unfortunately… 软化规则，用一句话说明理由，再用 What I can do is… 引出替代方案。",
    ),
]

EN = [
    Q(
        QType.SINGLE,
        name="A user arrives during a call",
        category="Service desk English/Greetings",
        competency=LANG,
        level=2,
        text="<p>You are on the phone with a colleague when a user arrives at the desk and waits. What do you say to the user?</p>",
        options=[
            O(
                "Wait a moment.",
                WRONG,
                "A bare “wait” is an order. At least say “Just a moment, please.” — better still, let the user know you have seen them.",
            ),
            O(
                "I'll be with you in just a moment.",
                RIGHT,
                "Right: it tells the user you have seen them and will help soon. Say it with eye contact, covering the phone.",
            ),
            O(
                "Next!",
                WRONG,
                "Calling “Next!” is cold, and you are not free yet anyway. When you are, start with “Sorry to keep you waiting.”",
            ),
            O(
                "What do you want?",
                WRONG,
                "Abrupt: it sounds as if the user is a nuisance. Once you are free, say “What can I do for you?”",
            ),
        ],
        general_feedback="Acknowledge a new arrival at once, even if you cannot help yet: “I'll be with you in just a moment.” When you turn to them: “Sorry to keep you waiting. How can I help?”",
    ),
    Q(
        QType.TRUEFALSE,
        name="Answering “Would you mind…?”",
        category="Service desk English/Greetings",
        competency=LANG,
        level=3,
        shuffle=False,
        text="<p>You ask a user: “Would you mind waiting here for a moment?” The user answers: “No, not at all.” This means the user does <strong>not</strong> want to wait.</p>",
        options=[
            O(
                "true",
                WRONG,
                "No: “Would you mind…?” asks whether it bothers them. “No, not at all” means “It doesn't bother me — fine.”",
            ),
            O(
                "false",
                RIGHT,
                "Right: “No, not at all” means the user doesn't mind, so they will wait.",
            ),
        ],
        general_feedback="Answers to “Would you mind…?” are upside down: agreeing is “No, not at all” or “Sure”; a plain “Yes” literally means “Yes, I do mind”.",
    ),
    Q(
        QType.SINGLE,
        name="Listening: a renewal",
        category="Service desk English/Listening",
        competency=LANG,
        level=3,
        audio=RENEW,
        transcript=RENEW_TRANSCRIPT,
        text="<p>Listen to the user at the desk. What does she want, and what problem does she mention?</p>",
        options=[
            O(
                "She wants to renew two books; renewing on the website didn't work.",
                RIGHT,
                "Right: “I'd like to renew these two books… I tried on the website, but it wouldn't let me.”",
            ),
            O(
                "She wants to return two overdue books and pay the fine.",
                WRONG,
                "She doesn't mention a fine or being late; “renew” means keeping the books for longer.",
            ),
            O(
                "She wants to place a hold on two books that are on loan.",
                WRONG,
                "A hold is “request” or “reserve”; she says “renew these two books” — books she already has.",
            ),
            O(
                "She wants to borrow two books but has forgotten her card.",
                WRONG,
                "She doesn't mention her card; she asks whether there is a problem with her account.",
            ),
        ],
        general_feedback="Key words: renew (keep a loan longer), it wouldn't let me, a problem with my account. A failed online renewal often means the item has been requested by another reader or the account has a block, for example because something is overdue. Check the account, then explain: “I'm afraid you can't renew this one — another reader has requested it.”",
    ),
    Q(
        QType.SINGLE,
        name="Listening: where are the printers?",
        category="Service desk English/Listening",
        competency=LANG,
        level=2,
        audio=PRINTERS,
        transcript=PRINTERS_TRANSCRIPT,
        text="<p>Listen to the user's question. In your library the printers are on this floor, behind the stairs. Which reply is best?</p>",
        options=[
            O(
                "The printers are behind the stairs, on your left. Would you like me to show you?",
                RIGHT,
                "A clear position, given from the user's point of view (“on your left”), and an offer to walk there.",
            ),
            O(
                "You can go behind the stairs.",
                WRONG,
                "“You can go…” sounds optional, and it doesn't say the printers are there. Say where things are: “You'll find them behind the stairs.”",
            ),
            O(
                "Printers is behind of stairs.",
                WRONG,
                "Grammar slips (it should be “The printers are behind the stairs”) make directions harder to follow.",
            ),
            O(
                "They're on the second floor, next to the lift.",
                WRONG,
                "That is not where your printers are: they are on this floor, behind the stairs. Directions must be accurate.",
            ),
        ],
        general_feedback="The user asks “Where are the printers?” and needs to print before five o'clock. Good directions give the place and a landmark from the user's point of view (“behind the stairs, on your left”) and offer to show the way.",
    ),
    Q(
        QType.CLOZE,
        name="Listening: an interlibrary loan request",
        category="Service desk English/Listening",
        competency=LANG,
        level=3,
        audio=ILL,
        transcript=ILL_TRANSCRIPT,
        text="<p>Listen to the student's request and fill in the request form. Write the numbers in figures.</p><p>Journal volume: [[1]]<br>Pages: [[2]] to [[3]]<br>Not needed after: [[4]] May</p>",
        options=ill_blanks(),
        general_feedback="Volume twelve (12), pages forty-five to fifty-three (45–53), needed by the fifteenth of May (15). Watch the -teen / -ty pairs: fif-TEEN (15) is stressed at the end, FIF-ty (50) at the start. Read important numbers back and write them down: “Fifteen — one-five?”",
    ),
    Q(
        QType.SHORT,
        name="Listening: taking down an e-mail address",
        category="Service desk English/Listening",
        competency=LANG,
        level=3,
        audio=MESSAGE,
        transcript=MESSAGE_TRANSCRIPT,
        text="<p>A caller leaves a message for the subject librarian. Listen and type her e-mail address exactly as it is written (for example name@example.com).</p>",
        options=[O("ayesha_khan@example.org", RIGHT, "Right.")],
        general_feedback="“Underscore” is _, “at” is @ and “dot” is a full stop: ayesha_khan@example.org. On the phone, always read an address back: “Let me read that back to you: A-Y-E-S-H-A, underscore, K-H-A-N, at example dot org.”",
    ),
    Q(
        QType.MATCHING,
        name="Common slips with borrowing words",
        category="Service desk English/Borrowing rules",
        competency=LANG,
        level=3,
        text="<p>On the left are sentences Chinese speakers often say at the desk. Match each one with the natural English a user expects.</p>",
        options=[O(wrong, match_text=right) for wrong, right in SLIPS],
        general_feedback="Overdue, renew, by (a deadline), a block on your account and on loan are the usual desk words. “Frozen account” sounds like a bank seizing assets; “until” is for a duration (“You can keep it until Friday”).",
    ),
    Q(
        QType.ORDERING,
        name="The steps of a phone call",
        category="Service desk English/Phone and e-mail",
        competency=LANG,
        level=3,
        text="<p>Put Li Na's lines in a phone call in the right order.</p>",
        options=[O(line) for line in PHONE_LINES],
        general_feedback="The five steps of a call: answer (greeting, department, name, offer) → identify the caller → deal with it, transfer or take a message → read back names, numbers and addresses → close.",
    ),
    Q(
        QType.MULTI,
        name="Open questions",
        category="Service desk English/Reference interview",
        competency=LANG,
        level=3,
        text="<p>At the start of a reference interview you want the user to describe what they need. Which of these are open questions? Choose all that apply.</p>",
        options=[
            O(
                "Could you tell me a bit more about your topic?",
                HALF,
                "Open: the user has to explain.",
            ),
            O(
                "How are you planning to use this information?",
                HALF,
                "Open: a neutral question about purpose.",
            ),
            O(
                "Do you need journal articles?",
                MINUS_HALF,
                "Closed: it can be answered yes or no. Useful later, to confirm details.",
            ),
            O("Is it for your thesis?", MINUS_HALF, "A closed question."),
            O(
                "Does it have to be in English?",
                MINUS_HALF,
                "Closed: good for checking the language once you know the topic.",
            ),
        ],
        general_feedback="Open questions (what, how, could you tell me…) cannot be answered with yes or no, so they bring out the background. Ask them first, then confirm details with closed questions (do, is, does it have to…).",
    ),
    Q(
        QType.SINGLE,
        name="Writing a date",
        category="Service desk English/Borrowing rules",
        competency=LANG,
        level=3,
        text="<p>You are writing a due date on a slip for a visiting scholar from the UK. The book is due on 4 March 2025. Which form is least likely to be misread?</p>",
        options=[
            O("03/04/2025", WRONG, "A British reader will read this as 3 April."),
            O(
                "4 March 2025",
                RIGHT,
                "Right: with the month in words nobody can misread it. The international format 2025-03-04 is also safe.",
            ),
            O(
                "04/03",
                WRONG,
                "A British reader would take it as 4 March, but the same slip means 3 April to an American — and it has no year.",
            ),
            O("3.4.25", WRONG, "Day and month are ambiguous, and the year is shortened."),
        ],
        general_feedback="03/04/2025 is 4 March in the USA but 3 April in the UK and many other countries. When writing dates for international users, spell out the month (4 March 2025) or use 2025-03-04.",
    ),
    Q(
        QType.SINGLE,
        name="Greeting in an e-mail",
        category="Service desk English/Phone and e-mail",
        competency=LANG,
        level=3,
        text="<p>You are replying to an e-mail from Aigerim Nurlanova. You have not met, and you are not sure which name is the family name. How do you begin?</p>",
        options=[
            O(
                "Dear Aigerim Nurlanova,",
                RIGHT,
                "Right: the full name is safe when you are unsure of gender or name order.",
            ),
            O("Dear Sir,", WRONG, "It guesses a gender, and it sounds old-fashioned."),
            O(
                "Dear Ms Nurlanova,",
                WRONG,
                "It guesses both the title and which part is the family name.",
            ),
            O("Dear Student,", WRONG, "Impersonal; avoid “Dear Student” and “Dear Teacher”."),
        ],
        general_feedback="When you are unsure of gender or which name is the family name, use the full name: “Dear Aigerim Nurlanova,”. If she writes to you with “Hi” and her first name, “Hi Aigerim,” or “Dear Aigerim,” is fine.",
    ),
    Q(
        QType.CLOZE,
        name="Explaining a rule politely",
        category="Service desk English/Borrowing rules",
        competency=LANG,
        level=3,
        text="<p>A student wants to take a reference book home. Complete the reply so that it gives the rule, the reason and an alternative.</p><p>“[[1]] this book is for use in the library only, so that it's always available for everyone on the course. [[2]] show you where the copier is.”</p>",
        options=[
            O("I'm afraid", RIGHT, "“I'm afraid” softens the rule.", blank=1),
            O("You must know", WRONG, "It sounds like a telling-off.", blank=1),
            O("It's the rule:", WRONG, "“It's the rule” on its own shuts the user out.", blank=1),
            O(
                "What I can do is",
                RIGHT,
                "It introduces an alternative, so even a “no” is easier to accept.",
                blank=2,
            ),
            O(
                "You can't, so go and",
                WRONG,
                "“You can't” followed by an order sounds like a brush-off.",
                blank=2,
            ),
            O("You must", WRONG, "“Must” sounds like a telling-off; offer help instead.", blank=2),
        ],
        general_feedback="Three steps for explaining a rule: the rule, softened with “I'm afraid…” or “Unfortunately…”; the reason, in one sentence; an alternative, introduced with “What I can do is…”.",
    ),
]

QUIZ = {
    "course": "english-service-desk",
    "slug": "final-quiz",
    "after_lesson": None,
    "pass_mark": 70,
    "attempts_allowed": 3,
    "time_limit_minutes": 20,
    "required": True,
    "bank": {"zh": "服务台英语 题库", "en": "English service desk question bank"},
    "zh": {
        "title": "图书馆服务台英语：结业测验",
        "intro": "<p>本测验共12题，覆盖整门课程，其中4道是听力题，请准备好耳机或扬声器。限时20分钟，正确率达到70%即为通过，最多可作答3次。</p>",
    },
    "en": {
        "title": "English for the library service desk: final quiz",
        "intro": "<p>Twelve questions on the whole course, four of them listening questions, so you will need sound. You have 20 minutes and up to three attempts; 70% is a pass.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
