"""Desk check of "Japanese desk basics (A1)": greetings and politeness, numbers and dates,
directions, borrowing, cultural notes; four listening questions. Passing it completes the last
lesson."""

from decimal import Decimal as D

from assessments.demo.content import clip
from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

JA = "lang-ja"
RIGHT, WRONG = D(1), D(0)
HALF, MINUS_HALF = D("0.5"), D("-0.5")

TOILET = clip("ja-where-toilet.ogg")
SATURDAY = clip("ja-saturday-hours.ogg")
DUE_DATE = clip("ja-due-date.ogg")
LOST_CARD = clip("ja-lost-card.ogg")

TOILET_TRANSCRIPT = "すみません、お手洗いはどこですか。"
SATURDAY_TRANSCRIPT = "すみません、土曜日は何時まで開いていますか。"
DUE_DATE_TRANSCRIPT = "すみません、この本の返却期限は5月20日ですね。延長できますか。"
LOST_CARD_TRANSCRIPT = "すみません、学生証をなくしました。今日、本を借りたいです。"

CHECKOUT = [
    "貸出ですか、返却ですか。",
    "学生証をお願いします。",
    "3冊ですね。",
    "返却期限は5月20日です。",
    "学生証をお返しします。ありがとうございました。",
]

ZH = [
    Q(
        QType.SINGLE,
        name="晚上的问候",
        category="服务台日语/问候",
        competency=JA,
        level=1,
        text="<p>晚上7点，一位日本学生走到服务台前。你先说什么？</p>",
        options=[
            O("こんばんは。", RIGHT, "正确：晚上的问候语（Konbanwa）。然后让读者说出需要什么。"),
            O(
                "いらっしゃいませ。",
                WRONG,
                "这是商店和餐厅的招呼语，在图书馆服务台听起来像在推销。",
            ),
            O("おはようございます。", WRONG, "这是早上的问候语。"),
            O("何？", WRONG, "普通体的“什么？”，对读者说非常失礼。"),
        ],
        general_feedback="按时间选择问候语：早上较早时说 おはようございます，白天说 こんにちは，傍晚以后说 こんばんは。对读者始终使用 です／ます。",
    ),
    Q(
        QType.MULTI,
        name="对读者说的礼貌用语",
        category="服务台日语/问候",
        competency=JA,
        level=1,
        text="<p>下面哪些话适合在服务台对读者说？（多选）</p>",
        options=[
            O("少々お待ちください。", HALF, "正确：固定的敬语说法，“请稍等”。"),
            O("お待たせしました。", HALF, "正确：“让您久等了”，回到读者面前时说。"),
            O("待って。", MINUS_HALF, "普通体的“等一下”，对读者说显得随便甚至失礼。"),
            O("ありがとう。", MINUS_HALF, "普通体；对读者要说 ありがとうございます。"),
        ],
        general_feedback="在服务台始终使用 です／ます，常用的敬语句子当作固定的“整句”来记：少々お待ちください、お待たせしました、かしこまりました。",
    ),
    Q(
        QType.SINGLE,
        name="听力：找什么地方",
        category="服务台日语/听力",
        competency=JA,
        level=1,
        audio=TOILET,
        transcript=TOILET_TRANSCRIPT,
        text="<p>听读者的问题。他在找什么地方？</p>",
        options=[
            O("洗手间", RIGHT, "正确：お手洗い（o-tearai）是比 トイレ 更文雅的说法。"),
            O("电梯", WRONG, "电梯是 エレベーター（erebētā）。"),
            O("复印机", WRONG, "复印机是 コピー機（kopīki）。"),
            O("出口", WRONG, "出口是 出口（deguchi）。"),
        ],
        general_feedback="すみません、お手洗いはどこですか。——“请问，洗手间在哪里？”〜はどこですか 是读者最常问的问题。回答时说清楼层和位置，例如 階段の隣です；也可以带读者过去：こちらへどうぞ。ご案内します。",
    ),
    Q(
        QType.SINGLE,
        name="听力：周六开到几点",
        category="服务台日语/听力",
        competency=JA,
        level=2,
        audio=SATURDAY,
        transcript=SATURDAY_TRANSCRIPT,
        text="<p>听读者的问题。她想知道什么？</p>",
        options=[
            O(
                "星期六图书馆开到几点",
                RIGHT,
                "正确：土曜日（doyōbi）是星期六，何時まで（nanji made）是“到几点”。",
            ),
            O("星期六图书馆几点开门", WRONG, "那要说 何時から（nanji kara）；まで 的意思是“到”。"),
            O("图书馆今天开不开", WRONG, "她说的是 土曜日（星期六），不是 今日（今天）。"),
            O("她借的书什么时候到期", WRONG, "那要用 返却期限（henkyaku kigen）。"),
        ],
        general_feedback="すみません、土曜日は何時まで開いていますか。——“请问，星期六开到几点？”〜から 是“从”，〜まで 是“到”。常见的回答：土曜日は午後5時までです。",
    ),
    Q(
        QType.SHORT,
        name="4時的读法",
        category="服务台日语/数字与日期",
        competency=JA,
        level=1,
        text="<p>4時（四点）怎么读？请用黑本式罗马字或平假名输入。</p>",
        options=[O("yoji", RIGHT, "正确。"), O("よじ", RIGHT, "正确。")],
        general_feedback="4、7、9 各有两种读法，报时间时固定用其中一种：4時 yoji（不读 yonji），7時 shichiji，9時 kuji（不读 kyūji）。",
    ),
    Q(
        QType.NUMERIC,
        name="听力：还书日期",
        category="服务台日语/听力",
        competency=JA,
        level=2,
        audio=DUE_DATE,
        transcript=DUE_DATE_TRANSCRIPT,
        text="<p>听读者的话。她提到了自己借的书5月几日到期？请只填日期数字。</p>",
        options=[O("20", RIGHT, "正确：20日读作 はつか（hatsuka），是特殊读法之一。")],
        general_feedback="すみません、この本の返却期限は5月20日ですね。延長できますか。——“请问，这本书5月20日到期，对吧？可以续借吗？”1日到10日、14日、20日、24日有特殊读法：20日 读 hatsuka。说完日期后，最好写下来给对方看。",
    ),
    Q(
        QType.CLOZE,
        name="复印机在哪里",
        category="服务台日语/指路",
        competency=JA,
        level=1,
        text="<p>读者问：コピー機はどこですか。复印机在二楼，楼梯旁边。请补全你的回答。</p><p>コピー機は[[1]]にあります。階段の[[2]]です。</p>",
        options=[
            O("2階", RIGHT, "正确：nikai，二楼。", blank=1),
            O("3階", WRONG, "sangai，三楼。", blank=1),
            O("地下1階", WRONG, "chika ikkai，地下一层。", blank=1),
            O("隣", RIGHT, "正确：tonari，旁边。", blank=2),
            O("向かい", WRONG, "mukai，对面。", blank=2),
            O("後ろ", WRONG, "ushiro，后面。", blank=2),
        ],
        general_feedback="两个核心句型：［地点］は［楼层］にあります，［参照物］の［方位］です。指方向时手掌向上、五指并拢，或者说 ご案内します 带读者过去。",
    ),
    Q(
        QType.MATCHING,
        name="借还书的词语",
        category="服务台日语/借还书",
        competency=JA,
        level=1,
        text="<p>请为每个词配上它在借还书服务台上的意思。</p>",
        options=[
            O("貸出", match_text="借出"),
            O("返却", match_text="归还"),
            O("延長", match_text="续借"),
            O("予約", match_text="预约"),
            O("延滞", match_text="逾期"),
            O("", match_text="闭馆日"),
        ],
        general_feedback="貸出 kashidashi 借出，返却 henkyaku 归还，延長 enchō 续借，予約 yoyaku 预约，延滞 entai 逾期。在服务台，延長できますか 几乎总是在问“能续借吗”。",
    ),
    Q(
        QType.ORDERING,
        name="借书的流程",
        category="服务台日语/借还书",
        competency=JA,
        level=2,
        text="<p>把你在借书服务台说的话按顺序排列，从读者走过来到借书办完。</p>",
        options=[O(line) for line in CHECKOUT],
        general_feedback="先问是借书还是还书，请对方出示学生证，用量词“冊”确认册数，告诉对方还书日期（并写下来），最后双手把学生证正面朝上递还给读者。",
    ),
    Q(
        QType.SINGLE,
        name="听力：读者遇到的问题",
        category="服务台日语/听力",
        competency=JA,
        level=2,
        audio=LOST_CARD,
        transcript=LOST_CARD_TRANSCRIPT,
        text="<p>听读者的话。她遇到了什么情况？</p>",
        options=[
            O(
                "她的学生证丢了，今天想借书。",
                RIGHT,
                "正确：学生証をなくしました 是“我把学生证弄丢了”；本を借りたいです 是“我想借书”。",
            ),
            O(
                "她想归还今天借的书。",
                WRONG,
                "还书是 返却 或 返します；她说的是 借りたい（想借）。",
            ),
            O(
                "她忘带护照了，问能不能用学生证代替。",
                WRONG,
                "她说的是 学生証（学生证），没有提到 パスポート（护照）。",
            ),
            O("她想续借已经逾期的书。", WRONG, "续借是 延長（enchō），她没有提到。"),
        ],
        general_feedback="すみません、学生証をなくしました。今日、本を借りたいです。如果本馆借书必须出示学生证，就先用缓冲语委婉地说明：申し訳ありませんが、学生証がないと、貸出ができません；再提供本馆规定允许的办法，比如把书在服务台替她保留。还要告诉她去哪里挂失校园卡。",
    ),
    Q(
        QType.TRUEFALSE,
        name="“大丈夫です”的意思",
        category="服务台日语/文化要点",
        competency=JA,
        level=2,
        shuffle=False,
        text="<p>一位日本读者在打印机前试了好几次都没成功。你问他：お手伝いしましょうか（需要帮忙吗？）他马上回答：大丈夫です、大丈夫です。这通常表示“好的，请帮帮我”。</p>",
        options=[
            O("true", WRONG, "不对：这里的 大丈夫です 通常是礼貌的“不用了”，意思是“不麻烦您了”。"),
            O("false", RIGHT, "正确：这通常是礼貌的拒绝，即使他其实还需要帮助。"),
        ],
        general_feedback="很多日本人不愿给别人添麻烦（迷惑をかける），一开始往往会谢绝帮助。不妨换成具体、轻松的说法——このプリンター、少しわかりにくいですよね——或过一会儿再经过时问一句 どうですか。如果对方再次明确谢绝，就尊重他的意思。",
    ),
    Q(
        QType.SINGLE,
        name="称呼日本访问学者",
        category="服务台日语/文化要点",
        competency=JA,
        level=1,
        text="<p>来自日本的访问学者田中健一教授来到服务台。用日语怎么称呼他？</p>",
        options=[
            O("田中先生", RIGHT, "正确：对教授、讲师、医生用“姓＋先生”。"),
            O("健一さん", WRONG, "直接叫名字太随便了，除非对方请你这样叫。"),
            O("田中", WRONG, "只叫姓、不加敬称，听起来很失礼。"),
            O("田中くん", WRONG, "くん 用于朋友或男孩子，服务台不用。"),
        ],
        general_feedback="称呼读者用“姓＋さん”，老师和学者用“姓＋先生”。不要叫名字——即使对方的英文签名是 Kenichi Tanaka——也不要给自己的名字加 さん。",
    ),
]

EN = [
    Q(
        QType.SINGLE,
        name="An evening greeting",
        category="Japanese desk basics/Greetings",
        competency=JA,
        level=1,
        text="<p>At 7 p.m. a Japanese student comes up to the desk. What do you say first?</p>",
        options=[
            O(
                "こんばんは。",
                RIGHT,
                "Right: the evening greeting (Konbanwa). Then let the user say what they need.",
            ),
            O(
                "いらっしゃいませ。",
                WRONG,
                "The shop and restaurant greeting; at a library desk it sounds like a sales pitch.",
            ),
            O("おはようございます。", WRONG, "A morning greeting."),
            O("何？", WRONG, "A plain-style “What?” — very rude to a user."),
        ],
        general_feedback="Greet by time of day: おはようございます in the earlier morning, こんにちは in the daytime, こんばんは from late afternoon. Always use です/ます with users.",
    ),
    Q(
        QType.MULTI,
        name="Polite phrases for users",
        category="Japanese desk basics/Greetings",
        competency=JA,
        level=1,
        text="<p>Which of these are appropriate to say to a user at the desk? Choose all that apply.</p>",
        options=[
            O("少々お待ちください。", HALF, "Right: a set keigo phrase, “Just a moment, please.”"),
            O(
                "お待たせしました。",
                HALF,
                "Right: “Sorry to keep you waiting” — say it when you come back.",
            ),
            O("待って。", MINUS_HALF, "Plain style, “Wait.” Casual or even rude to a user."),
            O("ありがとう。", MINUS_HALF, "Plain style; to a user, say ありがとうございます."),
        ],
        general_feedback="Always use です/ます at the desk, and learn the common keigo sentences as fixed chunks: 少々お待ちください, お待たせしました, かしこまりました.",
    ),
    Q(
        QType.SINGLE,
        name="Listening: looking for a place",
        category="Japanese desk basics/Listening",
        competency=JA,
        level=1,
        audio=TOILET,
        transcript=TOILET_TRANSCRIPT,
        text="<p>Listen to the user's question. What is he looking for?</p>",
        options=[
            O(
                "The toilets",
                RIGHT,
                "Right: お手洗い (o-tearai) is the more refined word for トイレ.",
            ),
            O("The lift", WRONG, "The lift is エレベーター (erebētā)."),
            O("The copier", WRONG, "A copier is コピー機 (kopīki)."),
            O("The exit", WRONG, "The exit is 出口 (deguchi)."),
        ],
        general_feedback="すみません、お手洗いはどこですか。 — “Excuse me, where are the toilets?” 〜はどこですか is the question users ask most. Answer with the floor and position, such as 階段の隣です, or walk with the user: こちらへどうぞ。ご案内します。",
    ),
    Q(
        QType.SINGLE,
        name="Listening: Saturday opening hours",
        category="Japanese desk basics/Listening",
        competency=JA,
        level=2,
        audio=SATURDAY,
        transcript=SATURDAY_TRANSCRIPT,
        text="<p>Listen to the user's question. What does she want to know?</p>",
        options=[
            O(
                "How late the library is open on Saturdays",
                RIGHT,
                "Right: 土曜日 (doyōbi) is Saturday, and 何時まで (nanji made) is “until what time”.",
            ),
            O(
                "What time the library opens on Saturdays",
                WRONG,
                "That would be 何時から (nanji kara); まで means “until”.",
            ),
            O(
                "Whether the library is open today",
                WRONG,
                "She says 土曜日 (Saturday), not 今日 (today).",
            ),
            O("When her book is due back", WRONG, "That would use 返却期限 (henkyaku kigen)."),
        ],
        general_feedback="すみません、土曜日は何時まで開いていますか。 — “Excuse me, how late are you open on Saturdays?” 〜から = from, 〜まで = until. A typical answer: 土曜日は午後5時までです。",
    ),
    Q(
        QType.SHORT,
        name="Reading 4時",
        category="Japanese desk basics/Numbers and dates",
        competency=JA,
        level=1,
        text="<p>How is 4時 (four o'clock) read? Type it in Hepburn romaji or in hiragana.</p>",
        options=[O("yoji", RIGHT, "Right."), O("よじ", RIGHT, "Right.")],
        general_feedback="4, 7 and 9 each have two readings, and times always use a particular one: 4時 yoji (not “yonji”), 7時 shichiji, 9時 kuji (not “kyūji”).",
    ),
    Q(
        QType.NUMERIC,
        name="Listening: a due date",
        category="Japanese desk basics/Listening",
        competency=JA,
        level=2,
        audio=DUE_DATE,
        transcript=DUE_DATE_TRANSCRIPT,
        text="<p>Listen to the user. She mentions when her book is due back, in May. Which day of May is it? Give the day as a number.</p>",
        options=[
            O("20", RIGHT, "Right: 20日 is read はつか (hatsuka), one of the special readings.")
        ],
        general_feedback="すみません、この本の返却期限は5月20日ですね。延長できますか。 — “Excuse me, this book is due on 20 May, isn't it? Can I renew it?” Days 1–10, 14, 20 and 24 have special readings: 20日 is hatsuka. After saying a date, write it down.",
    ),
    Q(
        QType.CLOZE,
        name="Where is the copier?",
        category="Japanese desk basics/Directions",
        competency=JA,
        level=1,
        text="<p>A user asks: コピー機はどこですか。The copier is on the second floor, next to the stairs. Complete your answer.</p><p>コピー機は[[1]]にあります。階段の[[2]]です。</p>",
        options=[
            O("2階", RIGHT, "Right: nikai, the second floor.", blank=1),
            O("3階", WRONG, "Sangai, the third floor.", blank=1),
            O("地下1階", WRONG, "Chika ikkai, basement level 1.", blank=1),
            O("隣", RIGHT, "Right: tonari, next to.", blank=2),
            O("向かい", WRONG, "Mukai, opposite.", blank=2),
            O("後ろ", WRONG, "Ushiro, behind.", blank=2),
        ],
        general_feedback="Two core patterns: [place] は [floor] にあります, and [landmark] の [position] です. Indicate the direction with an open hand, palm up, or say ご案内します and walk the user there.",
    ),
    Q(
        QType.MATCHING,
        name="Words at the loans desk",
        category="Japanese desk basics/Borrowing",
        competency=JA,
        level=1,
        text="<p>Match each word with its meaning at the loans desk.</p>",
        options=[
            O("貸出", match_text="Checkout (lending)"),
            O("返却", match_text="Return"),
            O("延長", match_text="Renewal"),
            O("予約", match_text="Reservation (hold)"),
            O("延滞", match_text="Overdue"),
            O("", match_text="Closed day"),
        ],
        general_feedback="貸出 kashidashi, checkout; 返却 henkyaku, return; 延長 enchō, renewal; 予約 yoyaku, reservation; 延滞 entai, overdue. At the desk, 延長できますか almost always means “Can I renew it?”",
    ),
    Q(
        QType.ORDERING,
        name="A checkout, step by step",
        category="Japanese desk basics/Borrowing",
        competency=JA,
        level=2,
        text="<p>Put your lines at the loans desk in order, from the moment the user arrives to the end of the checkout.</p>",
        options=[O(line) for line in CHECKOUT],
        general_feedback="Ask whether it is a loan or a return, ask for the student card, confirm the number of books with the counter 冊, give the due date (and write it down), and hand the card back with both hands, face up.",
    ),
    Q(
        QType.SINGLE,
        name="Listening: the user's problem",
        category="Japanese desk basics/Listening",
        competency=JA,
        level=2,
        audio=LOST_CARD,
        transcript=LOST_CARD_TRANSCRIPT,
        text="<p>Listen to the user. What is her situation?</p>",
        options=[
            O(
                "She has lost her student card and wants to borrow books today.",
                RIGHT,
                "Right: 学生証をなくしました is “I've lost my student card”; 本を借りたいです is “I'd like to borrow books”.",
            ),
            O(
                "She wants to return books she borrowed today.",
                WRONG,
                "Returning is 返却 or 返します; she says 借りたい (want to borrow).",
            ),
            O(
                "She has forgotten her passport and asks whether her student card will do.",
                WRONG,
                "She talks about her 学生証 (student card); she doesn't mention a パスポート (passport).",
            ),
            O(
                "She wants to renew books that are overdue.",
                WRONG,
                "Renewing is 延長 (enchō); she doesn't mention it.",
            ),
        ],
        general_feedback="すみません、学生証をなくしました。今日、本を借りたいです。 If your library needs the card for every loan, explain gently with a cushion phrase — 申し訳ありませんが、学生証がないと、貸出ができません — and offer what your rules allow, such as keeping the books at the desk for her. Tell her where to report the lost campus card too.",
    ),
    Q(
        QType.TRUEFALSE,
        name="What 大丈夫です means",
        category="Japanese desk basics/Cultural notes",
        competency=JA,
        level=2,
        shuffle=False,
        text="<p>A Japanese user has tried several times at the printer without success. You ask: お手伝いしましょうか (Shall I help?). He quickly answers: 大丈夫です、大丈夫です. This usually means “Yes, please help me.”</p>",
        options=[
            O(
                "true",
                WRONG,
                "No: here 大丈夫です is usually a polite “no, thank you” — “please don't go to any trouble”.",
            ),
            O(
                "false",
                RIGHT,
                "Right: it is usually a polite refusal, even when the user still needs help.",
            ),
        ],
        general_feedback="Many Japanese people decline help at first so as not to cause trouble (迷惑をかける). Offer something concrete and low-key instead — このプリンター、少しわかりにくいですよね — or pass by again later and ask どうですか. If the user clearly declines again, respect it.",
    ),
    Q(
        QType.SINGLE,
        name="Addressing a visiting professor",
        category="Japanese desk basics/Cultural notes",
        competency=JA,
        level=1,
        text="<p>Professor Tanaka Ken'ichi (田中健一), a visiting scholar from Japan, comes to the desk. How do you address him in Japanese?</p>",
        options=[
            O(
                "田中先生",
                RIGHT,
                "Right: family name + 先生 for professors, lecturers and doctors.",
            ),
            O(
                "健一さん",
                WRONG,
                "The given name is far too familiar, unless he asks you to use it.",
            ),
            O("田中", WRONG, "The bare family name, with no honorific, sounds rude."),
            O("田中くん", WRONG, "くん is for friends and boys; never use it at the desk."),
        ],
        general_feedback="Users: family name + さん; teachers and scholars: family name + 先生. Don't use given names — even if he signs e-mails “Kenichi Tanaka” — and never add さん to your own name.",
    ),
]

QUIZ = {
    "course": "japanese-desk-basics",
    "slug": "desk-check",
    "after_lesson": "cultural-notes",
    "pass_mark": 60,
    "attempts_allowed": 0,
    "time_limit_minutes": None,
    "required": True,
    "bank": {"zh": "服务台日语入门 题库", "en": "Japanese desk basics question bank"},
    "zh": {
        "title": "图书馆日语入门：服务台小测验",
        "intro": "<p>本测验共12题，其中4道是听力题（日语录音，语速较慢），请准备好耳机或扬声器。作答次数不限，正确率达到60%即为通过；通过后，最后一课“文化要点：鞠躬、委婉拒绝与称呼”也会标记为完成。</p>",
    },
    "en": {
        "title": "Japanese desk basics: desk check",
        "intro": "<p>Twelve questions, four of them listening questions with slow Japanese speech, so you will need sound. Take it as often as you like; 60% is a pass, and passing also completes the last lesson, “Cultural notes: bowing, indirect refusals and names”.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
