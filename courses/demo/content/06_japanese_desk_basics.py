"""Demo course: Japanese desk basics (A1).

Phrases are Japanese in both editions, with Hepburn romaji (with macrons for long vowels) in the
romanisation field and a translation in the edition's language. Honorific お/ご is written with a
hyphen in romaji (o-namae, go-annai) to make the word underneath easy to recognise.
"""

from __future__ import annotations

from courses.demo.blocks import callout as _callout
from courses.demo.blocks import check as _check
from courses.demo.blocks import dialogue, phrasebook
from courses.demo.blocks import scenario as _scenario
from courses.demo.blocks import text as _text

SPEAKERS = {
    "wang": ("王静（馆员）", "Wang Jing (librarian)"),
    "chen": ("陈磊（馆员）", "Chen Lei (librarian)"),
    "zhao": ("赵敏（馆员）", "Zhao Min (librarian)"),
    "sato": ("佐藤阳菜", "Satō Hina"),
    "tanaka": ("田中教授", "Prof. Tanaka"),
    "yamamoto": ("山本翔太", "Yamamoto Shōta"),
}


def _phrasebook(lang, title, rows):
    """rows: (Japanese, Hepburn romaji, zh translation, en translation, zh note, en note)."""
    col = 0 if lang == "zh" else 1
    return phrasebook(
        title,
        [
            (term, (zh, en)[col], (note_zh, note_en)[col], romaji)
            for term, romaji, zh, en, note_zh, note_en in rows
        ],
    )


def _dialogue(lang, title, setting, lines):
    """lines: (speaker key, Japanese, romaji, zh translation, en translation)."""
    col = 0 if lang == "zh" else 1
    return dialogue(
        title,
        setting,
        [
            (SPEAKERS[speaker][col], f"{japanese} ({romaji})", (zh, en)[col])
            for speaker, japanese, romaji, zh, en in lines
        ],
    )


# ---------------------------------------------------------------------------------------------
# Lesson 1: greetings and politeness levels
# ---------------------------------------------------------------------------------------------

GREETINGS = [
    (
        "おはようございます。",
        "Ohayō gozaimasu.",
        "早上好。",
        "Good morning.",
        "上午较早的时候使用。",
        "Used in the earlier part of the morning.",
    ),
    (
        "こんにちは。",
        "Konnichiwa.",
        "您好。（白天）",
        "Hello. (daytime)",
        "句末的 は 读作 wa。",
        "The final は is pronounced “wa”.",
    ),
    (
        "こんばんは。",
        "Konbanwa.",
        "晚上好。",
        "Good evening.",
        "傍晚以后使用。",
        "From late afternoon onwards.",
    ),
    (
        "何かお探しですか。",
        "Nanika o-sagashi desu ka?",
        "您在找什么吗？",
        "Are you looking for something?",
        "看到读者在书架或检索机前犹豫时主动询问。",
        "For a user hesitating at the shelves or a catalogue terminal.",
    ),
    (
        "何かお困りですか。",
        "Nanika o-komari desu ka?",
        "需要帮忙吗？（遇到什么困难了吗？）",
        "Can I help? (Is something wrong?)",
        "读者看起来迷路或遇到问题时使用。",
        "When a user looks lost or stuck.",
    ),
    (
        "はい、どうぞ。",
        "Hai, dōzo.",
        "好的，请。／给您。",
        "Yes, go ahead. / Here you are.",
        "递东西、请对方开始说话或先走时都可以用。",
        "When handing something over, or inviting someone to speak or go first.",
    ),
    (
        "少々お待ちください。",
        "Shōshō o-machi kudasai.",
        "请稍等。",
        "Just a moment, please.",
        "敬语固定句，比 待ってください 更得体。",
        "A set keigo phrase; more appropriate than 待ってください.",
    ),
    (
        "お待たせしました。",
        "O-matase shimashita.",
        "让您久等了。",
        "Sorry to keep you waiting.",
        "哪怕对方只等了几十秒，回到读者面前时也要说。",
        "Say it when you come back, even after a short wait.",
    ),
    (
        "かしこまりました。",
        "Kashikomarimashita.",
        "好的，明白了。（郑重）",
        "Certainly. (formal)",
        "服务场合比 わかりました 更郑重。",
        "More formal than わかりました in a service setting.",
    ),
    (
        "ありがとうございました。",
        "Arigatō gozaimashita.",
        "谢谢。（服务结束时）",
        "Thank you. (at the end of a transaction)",
        "过去式，用于一次服务结束时。",
        "Past tense: used when a transaction is complete.",
    ),
    (
        "お気をつけて。",
        "O-ki o tsukete.",
        "路上小心。",
        "Take care.",
        "读者离开时，尤其是晚上或下雨天。",
        "As a user leaves, especially at night or in bad weather.",
    ),
]

SURVIVAL = [
    (
        "すみません。",
        "Sumimasen.",
        "不好意思；劳驾；对不起。",
        "Excuse me. / Sorry. / Thank you (for the trouble).",
        "既可以引起注意，也可以表示轻微的歉意或感谢。",
        "Gets attention, apologises lightly, or thanks someone for their trouble.",
    ),
    (
        "もう一度お願いします。",
        "Mō ichido onegaishimasu.",
        "请再说一遍。",
        "Once more, please.",
        "",
        "",
    ),
    (
        "もう少しゆっくりお願いします。",
        "Mō sukoshi yukkuri onegaishimasu.",
        "请说慢一点。",
        "A little more slowly, please.",
        "",
        "",
    ),
    (
        "日本語は少しだけ話せます。",
        "Nihongo wa sukoshi dake hanasemasu.",
        "我只会说一点日语。",
        "I only speak a little Japanese.",
        "说明自己的水平，对方会放慢语速、简化说法或改用英语。",
        "Telling users your level helps them slow down, simplify or switch to English.",
    ),
    (
        "英語でもいいですか。",
        "Eigo demo ii desu ka?",
        "用英语可以吗？",
        "Is English all right?",
        "",
        "",
    ),
    (
        "ここに書いていただけますか。",
        "Koko ni kaite itadakemasu ka?",
        "能请您写在这里吗？",
        "Could you write it here, please?",
        "日本读者写下汉字，中国馆员往往能看懂大意。",
        "Once a Japanese user writes it in kanji, a Chinese librarian can often read the gist.",
    ),
    (
        "申し訳ありません。",
        "Mōshiwake arimasen.",
        "非常抱歉。",
        "I'm very sorry.",
        "比 すみません 更郑重，用于服务失误或拒绝时。",
        "More formal than すみません; for mistakes and refusals.",
    ),
]

GREETING_DIALOGUE = [
    ("wang", "こんにちは。", "Konnichiwa.", "您好。", "Hello."),
    (
        "sato",
        "あ、こんにちは。すみません、日本語は大丈夫ですか。",
        "A, konnichiwa. Sumimasen, Nihongo wa daijōbu desu ka?",
        "啊，您好。不好意思，可以说日语吗？",
        "Oh, hello. Excuse me, is Japanese OK?",
    ),
    (
        "wang",
        "少しだけ話せます。もう少しゆっくりお願いします。",
        "Sukoshi dake hanasemasu. Mō sukoshi yukkuri onegaishimasu.",
        "我只会说一点。请说慢一点。",
        "I speak a little. A little more slowly, please.",
    ),
    (
        "sato",
        "はい。日本語の本はありますか。",
        "Hai. Nihongo no hon wa arimasu ka?",
        "好的。有日语书吗？",
        "Sure. Do you have books in Japanese?",
    ),
    (
        "wang",
        "はい、あります。少々お待ちください。",
        "Hai, arimasu. Shōshō o-machi kudasai.",
        "有的。请稍等。",
        "Yes, we do. Just a moment, please.",
    ),
    (
        "wang",
        "お待たせしました。4階です。",
        "O-matase shimashita. Yonkai desu.",
        "让您久等了。在四楼。",
        "Sorry to keep you waiting. They're on the fourth floor.",
    ),
    (
        "sato",
        "4階ですね。ありがとうございます。",
        "Yonkai desu ne. Arigatō gozaimasu.",
        "四楼，对吧。谢谢。",
        "The fourth floor, right? Thank you.",
    ),
    ("wang", "どういたしまして。", "Dō itashimashite.", "不客气。", "You're welcome."),
]

LESSON_GREETINGS = {
    "slug": "greetings-and-politeness",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "问候与礼貌层级",
        "body": [
            _text(
                "<h3>为什么在服务台学一点日语</h3>"
                "<p>来馆的日本留学生、交换生和访问学者大多能用英语或中文交流，但一句得体的日语问候能让对方立刻放松，"
                "也让后面的沟通更顺利。本课的目标是：掌握服务台最常用的问候语和“救急”句，并理解日语的礼貌层级。</p>"
                "<h4>日语的礼貌层级</h4>"
                "<ul>"
                "<li><b>普通体</b>（常体）：朋友、家人之间使用，如 <i>待って</i>（matte，等一下）、<i>ありがとう</i>。"
                "对读者使用会显得随便，甚至失礼。</li>"
                "<li><b>礼貌体</b>（です／ます体，丁寧語）：对陌生人和服务对象的标准说法，如 <i>待ってください</i>、"
                "<i>ありがとうございます</i>。<b>在服务台请始终使用 です／ます。</b></li>"
                "<li><b>敬语</b>（尊敬語・謙譲語）：抬高对方或放低自己，如 <i>少々お待ちください</i>、<i>ご案内します</i>。"
                "A1 阶段不必掌握变化规则，把常用的敬语句子当作固定的“整句”记住即可。</li>"
                "</ul>"
                "<h4>です／ます 的基本用法</h4>"
                "<ul>"
                "<li>名词 + <b>です</b>：<i>4階です。</i>（Yonkai desu. 在四楼。）</li>"
                "<li>动词 + <b>ます</b>，否定为 <b>ません</b>：<i>あります／ありません</i>（有／没有），"
                "<i>できます／できません</i>（可以／不可以）。</li>"
                "<li>句末加 <b>か</b> 变成疑问句：<i>学生ですか。</i>（Gakusei desu ka? 您是学生吗？）</li>"
                "</ul>"
            ),
            _callout(
                "culture",
                "<p><b>いらっしゃいませ（irasshaimase）是商店和餐厅用语。</b>它的意思是“欢迎光临”，由店员对顾客说，"
                "顾客通常不需要回应。在大学图书馆的服务台这样说，听起来像在招揽生意。"
                "更自然的做法是按时间问候——<b>おはようございます</b>、<b>こんにちは</b>、<b>こんばんは</b>——"
                "然后听读者说出需求；看到读者在找东西时，再问一句 <b>何かお探しですか</b>。</p>",
            ),
            _phrasebook("zh", "问候与服务用语", GREETINGS),
            _phrasebook("zh", "沟通救急句", SURVIVAL),
            _dialogue(
                "zh",
                "第一次见面",
                "下午三点，一楼服务台。日本交换生佐藤阳菜（Satō Hina）走近服务台，馆员王静接待。",
                GREETING_DIALOGUE,
            ),
            _callout(
                "tip",
                "<p><b>不必追求完美。</b>日本读者通常很欣赏对方用日语打招呼的努力。开头用日语问候，"
                "需要说明复杂规则时坦率地说 <b>英語でもいいですか</b>（用英语可以吗？）或请对方写下来，比勉强用日语说错更好。</p>",
            ),
            _check(
                "下午三点，一位日本学生走到服务台前。你先说哪一句最合适？",
                [
                    (
                        "いらっしゃいませ。",
                        False,
                        "这是商店、餐厅的招呼语，在图书馆服务台听起来像在招揽生意。",
                    ),
                    ("こんにちは。", True, "白天最自然的问候，然后听对方说出需求。"),
                    ("おはよう。", False, "普通体（朋友之间的说法），而且是早上的问候。"),
                    ("何？", False, "普通体的“什么？”，对读者非常失礼。"),
                ],
                "服务台使用 です／ます 体；问候语按时间选择：上午较早时 おはようございます，白天 こんにちは，傍晚以后 こんばんは。",
            ),
        ],
    },
    "en": {
        "title": "Greetings and politeness levels",
        "body": [
            _text(
                "<h3>Why learn a little Japanese for the desk?</h3>"
                "<p>Most Japanese students, exchange students and visiting scholars who use the library can manage in English or "
                "Chinese, but a well-chosen Japanese greeting puts them at ease straight away and makes the rest of the "
                "conversation easier. In this lesson you learn the greetings and “survival” phrases used most at the desk, "
                "and how Japanese politeness levels work.</p>"
                "<h4>Politeness levels in Japanese</h4>"
                "<ul>"
                "<li><b>Plain style</b>: used with friends and family, e.g. <i>待って</i> (matte, wait), <i>ありがとう</i>. "
                "With library users it sounds casual or even rude.</li>"
                "<li><b>Polite style</b> (です/ます, <i>teineigo</i>): the standard for strangers and customers, e.g. "
                "<i>待ってください</i>, <i>ありがとうございます</i>. <b>Always use です/ます at the desk.</b></li>"
                "<li><b>Honorific language</b> (<i>keigo</i>: respectful and humble forms): raises the other person or lowers "
                "yourself, e.g. <i>少々お待ちください</i>, <i>ご案内します</i>. At A1 you don't need the rules — learn the common "
                "keigo sentences as fixed chunks.</li>"
                "</ul>"
                "<h4>です/ます in practice</h4>"
                "<ul>"
                "<li>Noun + <b>です</b>: <i>4階です。</i> (Yonkai desu. It's on the fourth floor.)</li>"
                "<li>Verb + <b>ます</b>, negative <b>ません</b>: <i>あります / ありません</i> (there is / there isn't), "
                "<i>できます / できません</i> (can / cannot).</li>"
                "<li>Add <b>か</b> at the end to make a question: <i>学生ですか。</i> (Gakusei desu ka? Are you a student?)</li>"
                "</ul>"
            ),
            _callout(
                "culture",
                "<p><b>いらっしゃいませ (irasshaimase) belongs in shops and restaurants.</b> It means “welcome” and is said by "
                "staff to customers, who normally don't reply. At a university library desk it sounds as if you are selling "
                "something. It is more natural to greet by time of day — <b>おはようございます</b>, <b>こんにちは</b>, "
                "<b>こんばんは</b> — and let the user say what they need; for someone searching, add <b>何かお探しですか</b>.</p>",
            ),
            _phrasebook("en", "Greetings and service phrases", GREETINGS),
            _phrasebook("en", "Survival phrases", SURVIVAL),
            _dialogue(
                "en",
                "First meeting",
                "3 p.m. at the main service desk on the entrance level. Satō Hina, an exchange student from Japan, comes up to the desk; "
                "Wang Jing, the librarian, helps her.",
                GREETING_DIALOGUE,
            ),
            _callout(
                "tip",
                "<p><b>You don't have to be perfect.</b> Japanese users usually appreciate the effort of a greeting in Japanese. "
                "Open in Japanese, and when you need to explain something complicated, say <b>英語でもいいですか</b> "
                "(Is English all right?) or ask the user to write it down — better than struggling on and getting it wrong.</p>",
            ),
            _check(
                "At 3 p.m. a Japanese student walks up to the desk. What is the best thing to say first?",
                [
                    (
                        "いらっしゃいませ。",
                        False,
                        "This is the shop and restaurant greeting; at a library desk it sounds like a sales pitch.",
                    ),
                    (
                        "こんにちは。",
                        True,
                        "The natural daytime greeting; then let the user say what they need.",
                    ),
                    ("おはよう。", False, "Plain style (between friends), and a morning greeting."),
                    ("何？", False, "A plain-style “What?” — very rude to a user."),
                ],
                "Use です/ます at the desk, and choose the greeting by time of day: おはようございます in the earlier morning, "
                "こんにちは in the daytime, こんばんは from late afternoon.",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 2: numbers, time, dates and opening hours
# ---------------------------------------------------------------------------------------------

NUMBERS = [
    ("0　ゼロ／れい", "zero / rei", "0", "0", "", ""),
    ("1　いち", "ichi", "1", "1", "", ""),
    ("2　に", "ni", "2", "2", "", ""),
    ("3　さん", "san", "3", "3", "", ""),
    (
        "4　よん／し",
        "yon / shi",
        "4",
        "4",
        "多数场合读 よん；4時 读 よじ，4月 读 しがつ。",
        "Usually yon; but 4時 is yoji and 4月 is shigatsu.",
    ),
    ("5　ご", "go", "5", "5", "", ""),
    ("6　ろく", "roku", "6", "6", "", ""),
    (
        "7　なな／しち",
        "nana / shichi",
        "7",
        "7",
        "单独计数常读 なな；7時 读 しちじ，7月 读 しちがつ。",
        "Usually nana; but 7時 is shichiji and 7月 is shichigatsu.",
    ),
    ("8　はち", "hachi", "8", "8", "", ""),
    (
        "9　きゅう／く",
        "kyū / ku",
        "9",
        "9",
        "多数场合读 きゅう；9時 读 くじ，9月 读 くがつ。",
        "Usually kyū; but 9時 is kuji and 9月 is kugatsu.",
    ),
    (
        "10　じゅう",
        "jū",
        "10",
        "10",
        "组合规则与中文相同：11 じゅういち，20 にじゅう，35 さんじゅうご。",
        "Built like Chinese: 11 jūichi, 20 nijū, 35 sanjūgo.",
    ),
    (
        "100　ひゃく",
        "hyaku",
        "100",
        "100",
        "300 さんびゃく，600 ろっぴゃく，800 はっぴゃく。",
        "300 sanbyaku, 600 roppyaku, 800 happyaku.",
    ),
    (
        "1000　せん",
        "sen",
        "1000",
        "1000",
        "3000 さんぜん，8000 はっせん。",
        "3000 sanzen, 8000 hassen.",
    ),
]

TIMES = [
    ("何時ですか。", "Nanji desu ka?", "几点？", "What time is it? / At what time?", "", ""),
    ("4時", "yoji", "四点", "four o'clock", "不读 よんじ。", "Not “yonji”."),
    ("7時", "shichiji", "七点", "seven o'clock", "", ""),
    ("9時", "kuji", "九点", "nine o'clock", "不读 きゅうじ。", "Not “kyūji”."),
    ("10時半", "jūji han", "十点半", "half past ten", "半 = 三十分。", "半 means half past."),
    (
        "午前・午後",
        "gozen / gogo",
        "上午／下午",
        "a.m. / p.m.",
        "放在时间前面：午後5時。",
        "Goes before the time: 午後5時 (5 p.m.).",
    ),
    (
        "今日は何時まで開いていますか。",
        "Kyō wa nanji made aite imasu ka?",
        "今天开到几点？",
        "How late are you open today?",
        "读者常问的一句，要能听懂。",
        "A question users often ask — learn to recognise it.",
    ),
    (
        "朝8時から夜10時までです。",
        "Asa hachiji kara yoru jūji made desu.",
        "从早上八点到晚上十点。",
        "From 8 in the morning to 10 at night.",
        "〜から〜まで = 从……到……；请换成本馆实际时间。",
        "〜から〜まで = from … to …; use your library's real hours.",
    ),
    (
        "土曜日は午後5時までです。",
        "Doyōbi wa gogo goji made desu.",
        "星期六开到下午五点。",
        "On Saturdays we're open until 5 p.m.",
        "",
        "",
    ),
    (
        "あと15分で閉館です。",
        "Ato jūgofun de heikan desu.",
        "还有十五分钟闭馆。",
        "We close in fifteen minutes.",
        "閉館 heikan = 闭馆，開館 kaikan = 开馆。",
        "閉館 heikan = closing; 開館 kaikan = opening.",
    ),
    ("休館日", "kyūkanbi", "闭馆日", "closed day", "", ""),
]

DAYS = [
    ("月曜日", "getsuyōbi", "星期一", "Monday", "", ""),
    ("火曜日", "kayōbi", "星期二", "Tuesday", "", ""),
    ("水曜日", "suiyōbi", "星期三", "Wednesday", "", ""),
    ("木曜日", "mokuyōbi", "星期四", "Thursday", "", ""),
    ("金曜日", "kin'yōbi", "星期五", "Friday", "", ""),
    ("土曜日", "doyōbi", "星期六", "Saturday", "", ""),
    ("日曜日", "nichiyōbi", "星期日", "Sunday", "", ""),
    (
        "今日・明日・来週",
        "kyō / ashita / raishū",
        "今天／明天／下周",
        "today / tomorrow / next week",
        "",
        "",
    ),
    ("何月何日ですか。", "Nangatsu nannichi desu ka?", "几月几号？", "What date?", "", ""),
    (
        "返却期限は3月15日です。",
        "Henkyaku kigen wa sangatsu jūgonichi desu.",
        "还书期限是3月15日。",
        "The due date is 15 March.",
        "",
        "",
    ),
    ("祝日", "shukujitsu", "节假日", "public holiday", "", ""),
]

HOURS_DIALOGUE = [
    (
        "tanaka",
        "すみません、国慶節の休みも開いていますか。",
        "Sumimasen, Kokkeisetsu no yasumi mo aite imasu ka?",
        "请问，国庆节假期也开馆吗？",
        "Excuse me, are you open over the National Day holiday too?",
    ),
    (
        "chen",
        "申し訳ありません。10月1日から3日までは休館です。",
        "Mōshiwake arimasen. Jūgatsu tsuitachi kara mikka made wa kyūkan desu.",
        "很抱歉，10月1日到3日闭馆。",
        "I'm very sorry. We're closed from 1 to 3 October.",
    ),
    ("tanaka", "4日からは？", "Yokka kara wa?", "4号以后呢？", "And from the 4th?"),
    (
        "chen",
        "4日から7日までは、朝9時から夕方5時までです。",
        "Yokka kara nanoka made wa, asa kuji kara yūgata goji made desu.",
        "4号到7号，早上九点到傍晚五点。",
        "From the 4th to the 7th, we're open from 9 in the morning to 5 in the afternoon.",
    ),
    (
        "tanaka",
        "9時から5時までですね。",
        "Kuji kara goji made desu ne.",
        "九点到五点，对吧。",
        "Nine to five, right?",
    ),
    (
        "chen",
        "はい。ここに書きますね。",
        "Hai. Koko ni kakimasu ne.",
        "对。我给您写在这里。",
        "Yes. I'll write it down here for you.",
    ),
    (
        "tanaka",
        "ありがとうございます。この本の返却期限はいつですか。",
        "Arigatō gozaimasu. Kono hon no henkyaku kigen wa itsu desu ka?",
        "谢谢。这本书的还书期限是什么时候？",
        "Thank you. When is this book due back?",
    ),
    ("chen", "10月8日です。", "Jūgatsu yōka desu.", "10月8日。", "On 8 October."),
    (
        "tanaka",
        "休みの後ですね。よかった。",
        "Yasumi no ato desu ne. Yokatta.",
        "是假期之后啊，太好了。",
        "After the holiday, then. Good.",
    ),
    ("chen", "はい。お気をつけて。", "Hai. O-ki o tsukete.", "是的。路上小心。", "Yes. Take care."),
]

LESSON_NUMBERS = {
    "slug": "numbers-time-and-dates",
    "minutes": 25,
    "required": True,
    "zh": {
        "title": "数字、时间、日期与开放时间",
        "body": [
            _text(
                "<h3>数字：规则和中文一样，读音要单独记</h3>"
                "<p>日语的数字使用与中文相同的十进制组合：十一是“十 + 一”（じゅういち），二十是“二 + 十”（にじゅう），"
                "三十五是“三 + 十 + 五”（さんじゅうご）。需要注意的是：<b>4、7、9 各有两种读法</b>，"
                "在报时间和月份时固定使用其中一种。百和千的个别组合也会变音（如 300 さんびゃく、3000 さんぜん）。</p>"
            ),
            _phrasebook("zh", "数字", NUMBERS),
            _phrasebook("zh", "时间与开放时间", TIMES),
            _text(
                "<h3>日期的特殊读法</h3>"
                "<p><b>月份</b> = 数字 + 月（gatsu），只有三个要注意：4月 しがつ（shigatsu）、7月 しちがつ（shichigatsu）、"
                "9月 くがつ（kugatsu）。</p>"
                "<p><b>日子</b> = 数字 + 日（nichi），但 1–10 日以及 14、20、24 日有特殊读法，需要单独记：</p>"
                "<ul>"
                "<li>1日 ついたち tsuitachi · 2日 ふつか futsuka · 3日 みっか mikka · 4日 よっか yokka · 5日 いつか itsuka</li>"
                "<li>6日 むいか muika · 7日 なのか nanoka · 8日 ようか yōka · 9日 ここのか kokonoka · 10日 とおか tōka</li>"
                "<li>14日 じゅうよっか jūyokka · 20日 はつか hatsuka · 24日 にじゅうよっか nijūyokka</li>"
                "<li>其他按规则读：11日 じゅういちにち jūichinichi，15日 じゅうごにち jūgonichi，30日 さんじゅうにち sanjūnichi</li>"
                "</ul>"
                "<p>时长：2週間（nishūkan，两周），3日間（mikkakan，三天）。</p>"
            ),
            _phrasebook("zh", "星期与日期", DAYS),
            _callout(
                "tip",
                "<p><b>写下来是你的优势。</b>日语的日期和时间用的汉字和中文几乎一样：<b>10月8日（木）</b>、<b>午後5時</b>、"
                "<b>9:00–17:00</b>，日本读者一看就懂。口头说完后顺手写在便签或借书凭条上，可以避免听错。"
                "日本习惯在日期后用括号写星期的简称：（月）（火）（水）（木）（金）（土）（日）。</p>",
            ),
            _dialogue(
                "zh",
                "假期开放时间",
                "九月底的一个下午，日本访问学者田中健一（Tanaka Ken'ichi）教授在服务台询问国庆假期的开放时间，馆员陈磊接待。"
                "（对话中的开放时间和日期仅为示例。）",
                HOURS_DIALOGUE,
            ),
            _check(
                "读者问：今日は何時まで開いていますか。他想知道什么？",
                [
                    (
                        "今天几点开门",
                        False,
                        "“几点开门”是 何時から（nanji kara）。まで 表示“到……为止”。",
                    ),
                    ("今天开到几点", True, "何時まで = 到几点；開いています = 开着。"),
                    ("今天开不开门", False, "那会问 今日は開いていますか，没有 何時まで。"),
                    ("现在几点", False, "那是 今、何時ですか（Ima, nanji desu ka?）。"),
                ],
                "〜から = 从……开始，〜まで = 到……为止。回答：夜10時までです（开到晚上十点）。",
            ),
        ],
    },
    "en": {
        "title": "Numbers, time, dates and opening hours",
        "body": [
            _text(
                "<h3>Numbers: Chinese logic, Japanese sounds</h3>"
                "<p>Japanese numbers combine exactly as Chinese ones do: eleven is “ten + one” (jūichi), twenty is “two + ten” "
                "(nijū), thirty-five is “three + ten + five” (sanjūgo). What needs attention: <b>4, 7 and 9 each have two "
                "readings</b>, and times and months always use a particular one. A few combinations with hundreds and thousands "
                "also change their sound (300 sanbyaku, 3000 sanzen).</p>"
            ),
            _phrasebook("en", "Numbers", NUMBERS),
            _phrasebook("en", "Time and opening hours", TIMES),
            _text(
                "<h3>Special readings for dates</h3>"
                "<p><b>Months</b> = number + 月 (gatsu), with three to watch: 4月 shigatsu, 7月 shichigatsu, 9月 kugatsu.</p>"
                "<p><b>Days of the month</b> = number + 日 (nichi), except days 1–10, 14, 20 and 24, which have their own readings:</p>"
                "<ul>"
                "<li>1日 ついたち tsuitachi · 2日 ふつか futsuka · 3日 みっか mikka · 4日 よっか yokka · 5日 いつか itsuka</li>"
                "<li>6日 むいか muika · 7日 なのか nanoka · 8日 ようか yōka · 9日 ここのか kokonoka · 10日 とおか tōka</li>"
                "<li>14日 じゅうよっか jūyokka · 20日 はつか hatsuka · 24日 にじゅうよっか nijūyokka</li>"
                "<li>Everything else is regular: 11日 jūichinichi, 15日 jūgonichi, 30日 sanjūnichi</li>"
                "</ul>"
                "<p>Durations: 2週間 (nishūkan, two weeks), 3日間 (mikkakan, three days).</p>"
            ),
            _phrasebook("en", "Days and dates", DAYS),
            _callout(
                "tip",
                "<p><b>Writing it down is your advantage.</b> Japanese dates and times use almost the same characters as Chinese: "
                "<b>10月8日（木）</b>, <b>午後5時</b>, <b>9:00–17:00</b> are instantly clear to a Japanese reader. After saying a "
                "date or time, write it on a note or the loan slip to rule out mishearing. Japanese dates are often followed by "
                "the day of the week in brackets: （月）（火）（水）（木）（金）（土）（日）.</p>",
            ),
            _dialogue(
                "en",
                "Holiday opening hours",
                "An afternoon at the end of September. Professor Tanaka Ken'ichi, a visiting scholar from Japan, asks at the "
                "desk about opening hours over the National Day holiday; Chen Lei, the librarian, answers. "
                "(The hours and dates in the dialogue are examples only.)",
                HOURS_DIALOGUE,
            ),
            _check(
                "A user asks: 今日は何時まで開いていますか。What does the user want to know?",
                [
                    (
                        "What time you open today",
                        False,
                        "“From what time” is 何時から (nanji kara); まで means “until”.",
                    ),
                    (
                        "How late you are open today",
                        True,
                        "何時まで = until what time; 開いています = are open.",
                    ),
                    (
                        "Whether you are open today at all",
                        False,
                        "That would be 今日は開いていますか, without 何時まで.",
                    ),
                    ("What time it is now", False, "That is 今、何時ですか (Ima, nanji desu ka?)."),
                ],
                "〜から = from, 〜まで = until. A typical answer: 夜10時までです (until 10 p.m.).",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 3: directions and places in the library
# ---------------------------------------------------------------------------------------------

PLACES = [
    (
        "カウンター",
        "kauntā",
        "服务台",
        "service desk",
        "也可说 受付（uketsuke，接待处）。",
        "Also 受付 (uketsuke, reception).",
    ),
    (
        "入口・出口",
        "iriguchi / deguchi",
        "入口／出口",
        "entrance / exit",
        "汉字与中文相同。",
        "Same characters as in Chinese.",
    ),
    ("エレベーター", "erebētā", "电梯", "lift / elevator", "", ""),
    ("階段", "kaidan", "楼梯", "stairs", "", ""),
    (
        "トイレ・お手洗い",
        "toire / o-tearai",
        "卫生间",
        "toilets",
        "お手洗い 更文雅。",
        "お手洗い is the more refined word.",
    ),
    ("日本語の本", "Nihongo no hon", "日语书", "books in Japanese", "", ""),
    (
        "雑誌・新聞",
        "zasshi / shinbun",
        "杂志／报纸",
        "magazines, journals / newspapers",
        "注意：日语 新聞 是“报纸”，不是“新闻”。",
        "Note: 新聞 means newspaper, not “news” as in Chinese.",
    ),
    ("自習室", "jishūshitsu", "自习室", "self-study room", "", ""),
    ("グループ学習室", "gurūpu gakushūshitsu", "小组研讨室", "group study room", "", ""),
    ("コピー機・プリンター", "kopīki / purintā", "复印机／打印机", "copier / printer", "", ""),
    ("ロッカー", "rokkā", "储物柜", "lockers", "", ""),
    ("館内図", "kannaizu", "馆内平面图", "floor plan of the building", "", ""),
]

DIRECTIONS = [
    (
        "〜はどこですか。",
        "… wa doko desu ka?",
        "……在哪里？",
        "Where is …?",
        "读者最常用的问句。",
        "The question users ask most.",
    ),
    (
        "3階にあります。",
        "Sangai ni arimasu.",
        "在三楼。",
        "It's on the third floor.",
        "3階 读 sangai。",
        "3階 is read sangai.",
    ),
    ("地下1階です。", "Chika ikkai desu.", "在地下一层。", "It's on basement level 1.", "", ""),
    (
        "あちらです。",
        "Achira desu.",
        "在那边。",
        "It's over there.",
        "あちら 比 あそこ 更礼貌；配合手掌指向。",
        "あちら is more polite than あそこ; gesture with an open hand.",
    ),
    (
        "エレベーターで4階へどうぞ。",
        "Erebētā de yonkai e dōzo.",
        "请乘电梯到四楼。",
        "Please take the lift to the fourth floor.",
        "",
        "",
    ),
    (
        "まっすぐ行って、右です。",
        "Massugu itte, migi desu.",
        "一直走，在右边。",
        "Go straight on; it's on the right.",
        "左 = hidari。",
        "Left is 左 (hidari).",
    ),
    (
        "階段の隣です。",
        "Kaidan no tonari desu.",
        "在楼梯旁边。",
        "It's next to the stairs.",
        "",
        "",
    ),
    (
        "カウンターの向かいです。",
        "Kauntā no mukai desu.",
        "在服务台对面。",
        "It's opposite the desk.",
        "",
        "",
    ),
    (
        "一番奥です。",
        "Ichiban oku desu.",
        "在最里面。",
        "It's right at the back.",
        "奥 = 里面、深处。",
        "奥 means the far end, the back.",
    ),
    (
        "こちらへどうぞ。ご案内します。",
        "Kochira e dōzo. Go-annai shimasu.",
        "这边请，我带您去。",
        "This way, please. I'll show you.",
        "敬语固定句，陪同读者前往时使用。",
        "A set keigo phrase for walking a user somewhere.",
    ),
    ("館内図をどうぞ。", "Kannaizu o dōzo.", "给您馆内平面图。", "Here's a floor plan.", "", ""),
]

DIRECTIONS_DIALOGUE = [
    (
        "yamamoto",
        "すみません、日本語の本はどこですか。",
        "Sumimasen, Nihongo no hon wa doko desu ka?",
        "请问，日语书在哪里？",
        "Excuse me, where are the books in Japanese?",
    ),
    (
        "zhao",
        "日本語の本は4階にあります。エレベーターはあちらです。",
        "Nihongo no hon wa yonkai ni arimasu. Erebētā wa achira desu.",
        "日语书在四楼。电梯在那边。",
        "The Japanese books are on the fourth floor. The lift is over there.",
    ),
    (
        "yamamoto",
        "4階ですね。4階のどこですか。",
        "Yonkai desu ne. Yonkai no doko desu ka?",
        "四楼，对吧。在四楼的哪里？",
        "The fourth floor. Where on the fourth floor?",
    ),
    (
        "zhao",
        "エレベーターを出て、右です。一番奥です。",
        "Erebētā o dete, migi desu. Ichiban oku desu.",
        "出电梯后往右，在最里面。",
        "Come out of the lift and go right. It's right at the back.",
    ),
    (
        "yamamoto",
        "わかりました。あと、トイレはどこですか。",
        "Wakarimashita. Ato, toire wa doko desu ka?",
        "明白了。另外，卫生间在哪里？",
        "Got it. Also, where are the toilets?",
    ),
    (
        "zhao",
        "トイレは階段の隣です。こちらへどうぞ。ご案内します。",
        "Toire wa kaidan no tonari desu. Kochira e dōzo. Go-annai shimasu.",
        "卫生间在楼梯旁边。这边请，我带您去。",
        "The toilets are next to the stairs. This way, please — I'll show you.",
    ),
    (
        "yamamoto",
        "あ、大丈夫です。ありがとうございます。",
        "A, daijōbu desu. Arigatō gozaimasu.",
        "啊，不用了。谢谢。",
        "Oh, that's fine, no need. Thank you.",
    ),
    (
        "zhao",
        "はい。館内図をどうぞ。",
        "Hai. Kannaizu o dōzo.",
        "好的。给您一份馆内平面图。",
        "All right. Here's a floor plan.",
    ),
]

LESSON_DIRECTIONS = {
    "slug": "directions-and-places",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "馆内的地点与指路",
        "body": [
            _text(
                "<h3>两个核心句型</h3>"
                "<ul>"
                "<li><b>［地点］は［楼层］にあります。</b>：<i>雑誌は2階にあります。</i>（Zasshi wa nikai ni arimasu. 杂志在二楼。）</li>"
                "<li><b>［参照物］の［方位］です。</b>：<i>エレベーターの隣です。</i>（Erebētā no tonari desu. 在电梯旁边。）</li>"
                "</ul>"
                "<h4>方位词</h4>"
                "<p>右 migi（右）· 左 hidari（左）· 前 mae（前）· 後ろ ushiro（后）· 隣 tonari（旁边）· 向かい mukai（对面）· "
                "奥 oku（里面、深处）· 上 ue（上）· 下 shita（下）· まっすぐ massugu（一直）</p>"
                "<h4>楼层：〜階（kai）</h4>"
                "<p>读法有变化：1階 いっかい ikkai · 2階 にかい nikai · 3階 さんがい sangai · 4階 よんかい yonkai · "
                "5階 ごかい gokai · 6階 ろっかい rokkai · 7階 ななかい nanakai · 8階 はっかい hakkai · 9階 きゅうかい kyūkai · "
                "10階 じゅっかい jukkai；地下1階 ちかいっかい chika ikkai；几楼 = 何階 なんがい nangai。</p>"
            ),
            _phrasebook("zh", "馆内地点", PLACES),
            _phrasebook("zh", "指路", DIRECTIONS),
            _callout(
                "culture",
                "<p><b>用整只手掌指方向。</b>日本的服务人员指路时手掌向上、五指并拢，朝方向轻轻伸出；用一根手指指向人或方向会显得不礼貌。"
                "说 こちらです（这边）、あちらです（那边）时配合这个手势最自然。路线复杂时，说 <b>ご案内します</b> 并陪读者走过去。</p>",
            ),
            _callout(
                "tip",
                "<p><b>楼层叫法与中国相同。</b>日本和中国一样，把入口所在层叫 1階，所以“三楼”直接说 3階 即可，"
                "不会出现英式 ground floor 那样的误会。日本读者能认出 入口、出口、3F 这类标识，"
                "但“电梯”“卫生间”等中文词不一定认得（日语分别是 エレベーター、トイレ），指路时可以把日语说法写给对方。</p>",
            ),
            _dialogue(
                "zh",
                "找日语书和卫生间",
                "日本留学生山本翔太（Yamamoto Shōta）在一楼服务台询问，馆员赵敏接待。",
                DIRECTIONS_DIALOGUE,
            ),
            _check(
                "读者问：コピー機はどこですか。复印机在地下一层、楼梯旁边。哪个回答正确？",
                [
                    (
                        "地下1階です。階段の隣です。",
                        True,
                        "Chika ikkai desu. Kaidan no tonari desu. 楼层和方位都对，用了です。",
                    ),
                    (
                        "3階です。階段の隣です。",
                        False,
                        "3階 是三楼。地下一层是 地下1階（chika ikkai）。",
                    ),
                    (
                        "地下1階です。エレベーターの向かいです。",
                        False,
                        "向かい 是“对面”，参照物也成了电梯，而不是楼梯。",
                    ),
                    ("地下1階だ。階段の隣。", False, "意思对，但用了普通体，对读者不礼貌。"),
                ],
                "［楼层］です + ［参照物］の［方位］です：地下1階です。階段の隣です。",
            ),
        ],
    },
    "en": {
        "title": "Directions and places in the library",
        "body": [
            _text(
                "<h3>Two core patterns</h3>"
                "<ul>"
                "<li><b>[place] は [floor] にあります。</b>: <i>雑誌は2階にあります。</i> (Zasshi wa nikai ni arimasu. The magazines are on the second floor.)</li>"
                "<li><b>[landmark] の [position] です。</b>: <i>エレベーターの隣です。</i> (Erebētā no tonari desu. It's next to the lift.)</li>"
                "</ul>"
                "<h4>Position words</h4>"
                "<p>右 migi (right) · 左 hidari (left) · 前 mae (in front) · 後ろ ushiro (behind) · 隣 tonari (next to) · "
                "向かい mukai (opposite) · 奥 oku (at the back) · 上 ue (above) · 下 shita (below) · まっすぐ massugu (straight on)</p>"
                "<h4>Floors: 〜階 (kai)</h4>"
                "<p>Some readings change: 1階 ikkai · 2階 nikai · 3階 sangai · 4階 yonkai · 5階 gokai · 6階 rokkai · "
                "7階 nanakai · 8階 hakkai · 9階 kyūkai · 10階 jukkai; basement 1 is 地下1階 chika ikkai; “which floor?” is "
                "何階 nangai.</p>"
            ),
            _phrasebook("en", "Places in the library", PLACES),
            _phrasebook("en", "Giving directions", DIRECTIONS),
            _callout(
                "culture",
                "<p><b>Point with your whole hand.</b> Japanese service staff indicate a direction with the palm up and fingers "
                "together, extending the hand gently; pointing one finger at a person or a direction looks rude. This gesture "
                "goes naturally with こちらです (this way) and あちらです (over there). If the route is complicated, say "
                "<b>ご案内します</b> and walk with the user.</p>",
            ),
            _callout(
                "tip",
                "<p><b>Floors are numbered as in China.</b> Japan, like China, calls the entrance level 1階, so the third floor "
                "is simply 3階 — none of the confusion caused by the British “ground floor”. Japanese users can read signs "
                "such as 入口, 出口 and 3F, but not necessarily Chinese words such as 电梯 or 卫生间 (in Japanese: エレベーター, "
                "トイレ), so it can help to write the Japanese word down.</p>",
            ),
            _dialogue(
                "en",
                "Finding the Japanese books and the toilets",
                "Yamamoto Shōta, an international student from Japan, asks at the main desk on the entrance level; Zhao Min, the librarian, helps him.",
                DIRECTIONS_DIALOGUE,
            ),
            _check(
                "A user asks: コピー機はどこですか。The copier is on basement level 1, next to the stairs. Which answer is correct?",
                [
                    (
                        "地下1階です。階段の隣です。",
                        True,
                        "Chika ikkai desu. Kaidan no tonari desu. Right floor, right position, polite です.",
                    ),
                    (
                        "3階です。階段の隣です。",
                        False,
                        "3階 is the third floor. Basement level 1 is 地下1階 (chika ikkai).",
                    ),
                    (
                        "地下1階です。エレベーターの向かいです。",
                        False,
                        "向かい means opposite, and the landmark is now the lift, not the stairs.",
                    ),
                    (
                        "地下1階だ。階段の隣。",
                        False,
                        "The meaning is right, but it's plain style — rude to a user.",
                    ),
                ],
                "[floor] です + [landmark] の [position] です: 地下1階です。階段の隣です。",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 4: borrowing, returning and the student card
# ---------------------------------------------------------------------------------------------

CARD_PHRASES = [
    (
        "学生証をお願いします。",
        "Gakuseishō o onegaishimasu.",
        "请出示学生证。",
        "Your student card, please.",
        "〜をお願いします 是请对方给东西或办事的万能句型。",
        "〜をお願いします is the all-purpose way to ask for something.",
    ),
    (
        "学生証をお持ちですか。",
        "Gakuseishō o o-mochi desu ka?",
        "您带学生证了吗？",
        "Do you have your student card with you?",
        "",
        "",
    ),
    (
        "パスポートでも大丈夫です。",
        "Pasupōto demo daijōbu desu.",
        "护照也可以。",
        "Your passport is fine too.",
        "仅在本馆规定允许时使用。",
        "Only if your library's rules allow it.",
    ),
    (
        "ここにお名前をお願いします。",
        "Koko ni o-namae o onegaishimasu.",
        "请在这里写上您的名字。",
        "Your name here, please.",
        "",
        "",
    ),
    (
        "ローマ字でお願いします。",
        "Rōmaji de onegaishimasu.",
        "请用罗马字写。",
        "In roman letters, please.",
        "系统里的姓名一般是护照上的罗马字拼写。",
        "Names in the library system usually follow the passport spelling.",
    ),
    (
        "学生証をお返しします。",
        "Gakuseishō o o-kaeshi shimasu.",
        "把学生证还给您。",
        "Here's your student card back.",
        "双手递还，证件正面朝向对方。",
        "Hand it back with both hands, face up and facing the user.",
    ),
]

LOAN_PHRASES = [
    (
        "貸出ですか、返却ですか。",
        "Kashidashi desu ka, henkyaku desu ka?",
        "借书还是还书？",
        "Borrowing or returning?",
        "",
        "",
    ),
    ("何冊ですか。", "Nansatsu desu ka?", "几本？", "How many books?", "", ""),
    ("3冊ですね。", "Sansatsu desu ne.", "三本，对吧。", "Three books, right?", "", ""),
    (
        "10冊まで借りられます。",
        "Jussatsu made kariraremasu.",
        "最多可以借十本。",
        "You can borrow up to ten books.",
        "册数请换成本馆规定。",
        "Use your library's own limit.",
    ),
    (
        "貸出期間は2週間です。",
        "Kashidashi kikan wa nishūkan desu.",
        "借期是两周。",
        "The loan period is two weeks.",
        "期限请换成本馆规定。",
        "Use your library's own loan period.",
    ),
    (
        "返却期限は5月20日です。",
        "Henkyaku kigen wa gogatsu hatsuka desu.",
        "还书期限是5月20日。",
        "It's due back on 20 May.",
        "20日 读 はつか。",
        "20日 is read hatsuka.",
    ),
    (
        "この本は貸出できません。館内でご利用ください。",
        "Kono hon wa kashidashi dekimasen. Kannai de go-riyō kudasai.",
        "这本书不能外借，请在馆内使用。",
        "This book can't be borrowed. Please use it in the library.",
        "前面最好加 申し訳ありませんが。",
        "Best preceded by 申し訳ありませんが.",
    ),
    ("延長できます。", "Enchō dekimasu.", "可以续借。", "You can renew it.", "", ""),
    (
        "予約が入っているので、延長できません。",
        "Yoyaku ga haitte iru node, enchō dekimasen.",
        "这本书有人预约了，所以不能续借。",
        "Someone has reserved it, so it can't be renewed.",
        "〜ので = 因为……所以，先说原因再说结果。",
        "〜ので gives the reason first, then the result.",
    ),
    (
        "返却期限を過ぎています。",
        "Henkyaku kigen o sugite imasu.",
        "已经超过还书期限了。",
        "It's past the due date.",
        "",
        "",
    ),
    ("はい、終わりました。", "Hai, owarimashita.", "好了，办好了。", "All done.", "", ""),
]

LOAN_DIALOGUE = [
    (
        "sato",
        "すみません、これをお願いします。",
        "Sumimasen, kore o onegaishimasu.",
        "不好意思，我想借这些。",
        "Excuse me, these, please.",
    ),
    (
        "wang",
        "はい。貸出ですね。学生証をお願いします。",
        "Hai. Kashidashi desu ne. Gakuseishō o onegaishimasu.",
        "好的，借书是吧。请出示学生证。",
        "Certainly — borrowing? Your student card, please.",
    ),
    ("sato", "はい、どうぞ。", "Hai, dōzo.", "给您。", "Here you are."),
    (
        "wang",
        "ありがとうございます。3冊ですね。…あ、申し訳ありません。この辞書は貸出できません。館内でご利用ください。",
        "Arigatō gozaimasu. Sansatsu desu ne. … A, mōshiwake arimasen. Kono jisho wa kashidashi dekimasen. Kannai de go-riyō kudasai.",
        "谢谢。三本，对吧。……啊，非常抱歉。这本词典不能外借，请在馆内使用。",
        "Thank you. Three books. … Oh, I'm very sorry. This dictionary can't be borrowed. Please use it in the library.",
    ),
    (
        "sato",
        "そうですか。わかりました。",
        "Sō desu ka. Wakarimashita.",
        "这样啊。明白了。",
        "I see. All right.",
    ),
    (
        "wang",
        "では、2冊です。返却期限は5月20日です。ここに書きますね。",
        "Dewa, nisatsu desu. Henkyaku kigen wa gogatsu hatsuka desu. Koko ni kakimasu ne.",
        "那就是两本。还书期限是5月20日，我写在这里。",
        "So that's two books. They're due back on 20 May. I'll write it down here.",
    ),
    ("sato", "延長はできますか。", "Enchō wa dekimasu ka?", "可以续借吗？", "Can I renew them?"),
    (
        "wang",
        "はい、予約がなければ、延長できます。",
        "Hai, yoyaku ga nakereba, enchō dekimasu.",
        "可以，如果没有人预约的话就能续借。",
        "Yes, as long as nobody has reserved them.",
    ),
    (
        "wang",
        "学生証をお返しします。ありがとうございました。",
        "Gakuseishō o o-kaeshi shimasu. Arigatō gozaimashita.",
        "学生证还给您。谢谢。",
        "Here's your card back. Thank you.",
    ),
    ("sato", "ありがとうございます。", "Arigatō gozaimasu.", "谢谢。", "Thank you."),
]

LESSON_BORROWING = {
    "slug": "borrowing-and-returning",
    "minutes": 25,
    "required": True,
    "zh": {
        "title": "借书、还书与出示学生证",
        "body": [
            _text(
                "<h3>借还书的关键词</h3>"
                "<ul>"
                "<li><b>貸出</b>（kashidashi）借出 · <b>返却</b>（henkyaku）归还 · <b>延長</b>（enchō）续借 · "
                "<b>予約</b>（yoyaku）预约 · <b>延滞</b>（entai）逾期</li>"
                "<li>动词：<b>借ります</b>（karimasu，读者借）· <b>貸します</b>（kashimasu，图书馆借给）· <b>返します</b>（kaeshimasu，还）</li>"
                "<li>证件：<b>学生証</b>（gakuseishō，学生证）· <b>パスポート</b>（pasupōto，护照）· <b>利用者カード</b>（riyōsha kādo，借书证）</li>"
                "<li>期限：<b>返却期限</b>（henkyaku kigen，还书期限）· <b>貸出期間</b>（kashidashi kikan，借期）</li>"
                "</ul>"
                "<h4>量词 冊（satsu）</h4>"
                "<p>书的量词是 冊，和中文的“册”一样，读音有变化：1冊 いっさつ issatsu · 2冊 にさつ nisatsu · 3冊 さんさつ sansatsu · "
                "4冊 よんさつ yonsatsu · 5冊 ごさつ gosatsu · 6冊 ろくさつ rokusatsu · 7冊 ななさつ nanasatsu · 8冊 はっさつ hassatsu · "
                "9冊 きゅうさつ kyūsatsu · 10冊 じゅっさつ jussatsu；几本 = 何冊 なんさつ nansatsu。</p>"
            ),
            _phrasebook("zh", "出示证件", CARD_PHRASES),
            _phrasebook("zh", "借书与还书", LOAN_PHRASES),
            _callout(
                "culture",
                "<p><b>双手递接证件和书。</b>在日本和中国一样，双手递接东西显得郑重。递还学生证时把正面朝向对方，并说 "
                "学生証をお返しします。</p>"
                "<p><b>规则可能和对方习惯的不同。</b>日本的公共图书馆依法不对资料的使用收取费用，许多大学图书馆对逾期的处理方式"
                "也是在一段时间内暂停借阅，而不是罚款。日本读者未必了解本馆的逾期规定，办理借书时提醒一句还书期限，可以避免日后的误会。</p>",
            ),
            _dialogue(
                "zh",
                "借三本书，其中一本不能外借",
                "日本交换生佐藤阳菜拿着两本小说和一本大型词典来到服务台，馆员王静接待。（日期仅为示例。）",
                LOAN_DIALOGUE,
            ),
            _scenario(
                "忘带学生证",
                "<p>佐藤阳菜选好了三本书来借，翻遍书包才发现学生证忘在宿舍了。她连声说 すみません、すみません，站在那里不知所措。"
                "本馆规定借书必须出示学生证。</p>",
                "你会怎样用简单的日语说明规定，同时给她一个可行的办法？",
                "<p>先用缓冲语说明规定，再给出替代方案：</p>"
                "<ul>"
                "<li><b>申し訳ありませんが、学生証がないと、貸出ができません。</b>"
                "（Mōshiwake arimasen ga, gakuseishō ga nai to, kashidashi ga dekimasen. 非常抱歉，没有学生证就不能借书。）</li>"
                "<li>如果本馆可以为读者暂时保留图书：<b>本はカウンターでお預かりしましょうか。</b>"
                "（Hon wa kauntā de o-azukari shimashō ka? 书先放在服务台帮您保管好吗？）</li>"
                "<li>说明保留到什么时候，并写下来：<b>明日の夜10時まで大丈夫です。</b>（Ashita no yoru jūji made daijōbu desu. 可以保留到明晚十点。）</li>"
                "</ul>"
                "<p>读者不停地说 すみません 是在表达歉意，不是在争辩；语气放轻松，让她知道这不是什么大问题。"
                "具体能否代为保留、保留多久，请以本馆规定为准。</p>",
            ),
            _check(
                "读者说：延長はできますか。他想做什么？",
                [
                    ("续借", True, "延長（enchō）= 延长借期，也就是续借。"),
                    ("预约别人借走的书", False, "预约是 予約（yoyaku）。"),
                    ("还书", False, "还书是 返却（henkyaku）或 返します。"),
                    ("延长图书馆的开放时间", False, "字面相近，但在服务台问 延長 几乎总是指续借。"),
                ],
                "貸出 借出 · 返却 归还 · 延長 续借 · 予約 预约。回答：はい、延長できます。／予約が入っているので、延長できません。",
            ),
        ],
    },
    "en": {
        "title": "Borrowing, returning and the student card",
        "body": [
            _text(
                "<h3>Key words for loans</h3>"
                "<ul>"
                "<li><b>貸出</b> (kashidashi) lending, checkout · <b>返却</b> (henkyaku) return · <b>延長</b> (enchō) renewal · "
                "<b>予約</b> (yoyaku) reservation, hold · <b>延滞</b> (entai) overdue</li>"
                "<li>Verbs: <b>借ります</b> (karimasu, the user borrows) · <b>貸します</b> (kashimasu, the library lends) · "
                "<b>返します</b> (kaeshimasu, to return)</li>"
                "<li>Cards and ID: <b>学生証</b> (gakuseishō, student card) · <b>パスポート</b> (pasupōto, passport) · "
                "<b>利用者カード</b> (riyōsha kādo, library card)</li>"
                "<li>Deadlines: <b>返却期限</b> (henkyaku kigen, due date) · <b>貸出期間</b> (kashidashi kikan, loan period)</li>"
                "</ul>"
                "<h4>The counter 冊 (satsu)</h4>"
                "<p>Books are counted with 冊, the same character as Chinese 册, and some readings change: 1冊 issatsu · "
                "2冊 nisatsu · 3冊 sansatsu · 4冊 yonsatsu · 5冊 gosatsu · 6冊 rokusatsu · 7冊 nanasatsu · 8冊 hassatsu · "
                "9冊 kyūsatsu · 10冊 jussatsu; “how many?” is 何冊 nansatsu.</p>"
            ),
            _phrasebook("en", "Asking for the card", CARD_PHRASES),
            _phrasebook("en", "Borrowing and returning", LOAN_PHRASES),
            _callout(
                "culture",
                "<p><b>Hand cards and books over with both hands.</b> In Japan, as in China, using both hands is the respectful "
                "way to hand something over. Return the student card face up, facing the user, and say 学生証をお返しします.</p>"
                "<p><b>The rules may differ from what users know.</b> By law, public libraries in Japan cannot charge for the use "
                "of library materials, and many university libraries deal with overdue items by suspending borrowing for a "
                "while rather than by fines. Japanese users may not know your overdue rules, so a word about the due date at "
                "checkout avoids misunderstandings later.</p>",
            ),
            _dialogue(
                "en",
                "Three books, one of them reference only",
                "Satō Hina, an exchange student from Japan, brings two novels and a large dictionary to the desk; Wang Jing, "
                "the librarian, serves her. (Dates are examples only.)",
                LOAN_DIALOGUE,
            ),
            _scenario(
                "The forgotten student card",
                "<p>Satō Hina has chosen three books, but after searching her bag she realises her student card is back in her "
                "dormitory. She keeps saying すみません、すみません and stands there, unsure what to do. Your library requires a "
                "student card for every loan.</p>",
                "How would you explain the rule in simple Japanese and still give her a way forward?",
                "<p>Explain the rule with a cushion phrase, then offer an alternative:</p>"
                "<ul>"
                "<li><b>申し訳ありませんが、学生証がないと、貸出ができません。</b> (Mōshiwake arimasen ga, gakuseishō ga nai to, "
                "kashidashi ga dekimasen. I'm very sorry, but we can't lend books without a student card.)</li>"
                "<li>If your library can hold items for a user: <b>本はカウンターでお預かりしましょうか。</b> (Hon wa kauntā de "
                "o-azukari shimashō ka? Shall I keep the books at the desk for you?)</li>"
                "<li>Say how long, and write it down: <b>明日の夜10時まで大丈夫です。</b> (Ashita no yoru jūji made daijōbu desu. "
                "They can stay here until 10 p.m. tomorrow.)</li>"
                "</ul>"
                "<p>Her repeated すみません is an apology, not an argument; keep your tone light so she knows it is no big deal. "
                "Whether — and for how long — you can hold items depends on your library's rules.</p>",
            ),
            _check(
                "A user asks: 延長はできますか。What does the user want to do?",
                [
                    ("Renew a loan", True, "延長 (enchō) = extending the loan, i.e. renewing."),
                    ("Reserve a book someone else has", False, "Reserving is 予約 (yoyaku)."),
                    ("Return a book", False, "Returning is 返却 (henkyaku) or 返します."),
                    (
                        "Ask you to extend the opening hours",
                        False,
                        "Literally possible, but at the desk 延長 almost always means renewing a loan.",
                    ),
                ],
                "貸出 checkout · 返却 return · 延長 renewal · 予約 hold. Answers: はい、延長できます。/ 予約が入っているので、延長できません。",
            ),
        ],
    },
}


# ---------------------------------------------------------------------------------------------
# Lesson 5: cultural notes
# ---------------------------------------------------------------------------------------------

NAME_PHRASES = [
    (
        "佐藤さん",
        "Satō-san",
        "佐藤同学／佐藤先生／佐藤女士",
        "Ms/Mr Satō",
        "姓 + さん，男女通用。",
        "Family name + さん, for men and women alike.",
    ),
    (
        "田中先生",
        "Tanaka-sensei",
        "田中老师／田中教授",
        "Professor Tanaka / Dr Tanaka",
        "用于教授、讲师、医生等。",
        "For professors, lecturers, doctors.",
    ),
    (
        "お名前をお願いします。",
        "O-namae o onegaishimasu.",
        "请问您的名字。",
        "Your name, please.",
        "比 お名前は？ 更郑重。",
        "More formal than お名前は？",
    ),
    (
        "佐藤陽菜さんですね。",
        "Satō Hina-san desu ne.",
        "是佐藤阳菜同学，对吧。",
        "You're Satō Hina, right?",
        "确认身份时可以用全名 + さん。",
        "Full name + さん is fine when confirming identity.",
    ),
    (
        "図書館のワンです。",
        "Toshokan no Wan desu.",
        "我是图书馆的王。",
        "I'm Wang from the library.",
        "王 在日语里通常读作 おう（Ō）；用哪种读法由你决定，对方会照着称呼你。",
        "In Japanese, 王 is normally read おう (Ō); choose which you prefer and users will follow.",
    ),
    (
        "ワンと呼んでください。",
        "Wan to yonde kudasai.",
        "请叫我 Wang。",
        "Please call me Wang.",
        "",
        "",
    ),
    (
        "よろしくお願いします。",
        "Yoroshiku onegaishimasu.",
        "请多关照。",
        "Nice to meet you. / Thank you in advance.",
        "初次见面或开始办理一项手续时的固定说法。",
        "A set phrase for first meetings or the start of a piece of business.",
    ),
]

CUSHION_PHRASES = [
    (
        "申し訳ありませんが、…",
        "Mōshiwake arimasen ga, …",
        "非常抱歉，……",
        "I'm very sorry, but …",
        "拒绝或说明不便时的标准开头。",
        "The standard opening for a refusal or bad news.",
    ),
    (
        "あいにく…",
        "Ainiku …",
        "不巧……",
        "Unfortunately …",
        "例：あいにく今日は休館日です。（不巧今天闭馆。）",
        "E.g. あいにく今日は休館日です。 (Unfortunately we're closed today.)",
    ),
    (
        "恐れ入りますが、…",
        "Osoreirimasu ga, …",
        "不好意思（麻烦您）……",
        "Excuse me, but … / Sorry to trouble you, but …",
        "请对方做事之前用：恐れ入りますが、学生証をお願いします。",
        "Before a request: 恐れ入りますが、学生証をお願いします。",
    ),
    (
        "〜はちょっと難しいです。",
        "… wa chotto muzukashii desu.",
        "……恐怕有点困难。",
        "… would be a bit difficult.",
        "比 できません 柔和。",
        "Softer than できません.",
    ),
    (
        "代わりに〜はいかがですか。",
        "Kawari ni … wa ikaga desu ka?",
        "换成……怎么样？",
        "How about … instead?",
        "提出替代方案。",
        "Offering an alternative.",
    ),
    (
        "何か質問はありますか。",
        "Nanika shitsumon wa arimasu ka?",
        "还有什么问题吗？",
        "Do you have any questions?",
        "比 わかりましたか 更不容易让对方难堪。",
        "Less likely to embarrass the user than わかりましたか.",
    ),
]

LESSON_CULTURE = {
    "slug": "cultural-notes",
    "minutes": 20,
    "required": True,
    "zh": {
        "title": "文化要点：鞠躬、委婉拒绝与称呼",
        "body": [
            _text(
                "<h3>鞠躬：轻轻点头就够了</h3>"
                "<p>日本人打招呼、道谢、道歉时常伴随鞠躬。服务台常见的是“会釈”（eshaku），上身前倾约 15 度，相当于郑重的点头。"
                "你不必模仿更深的鞠躬；日本读者向你鞠躬时，停下手上的事、目光离开屏幕，微笑并轻轻点头回礼即可。</p>"
                "<h3>称呼：姓 + さん，不叫名字</h3>"
                "<ul>"
                "<li>日本人名的顺序是<b>姓在前、名在后</b>：佐藤陽菜 = 姓 佐藤（Satō）+ 名 陽菜（Hina），和中文一样。</li>"
                "<li>称呼读者用 <b>姓 + さん</b>：佐藤さん。さん 男女通用，相当于中文的“同学／先生／女士”。</li>"
                "<li>教授、讲师、医生等用 <b>姓 + 先生</b>（sensei）：田中先生。</li>"
                "<li><b>不要直接叫名字</b>（陽菜、健一）。即使对方的英文签名是 Hina Sato，也不要因此称呼 “Hina”，"
                "除非对方明确请你这样叫。</li>"
                "<li><b>不要给自己的名字加 さん</b>。自我介绍说：図書館の王です。</li>"
                "<li>くん、ちゃん 用于熟人或孩子，服务台不要使用。</li>"
                "</ul>"
                "<h4>罗马字拼写与姓名顺序</h4>"
                "<p>日本护照使用不带长音符号的黑本式罗马字，所以 佐藤 在护照上写作 SATO，而不是 Satō 或 Satou；"
                "也有人申请写成 SATOH。在系统里查找读者时，如果 Satō 查不到，试试 Sato、Satou、Satoh。"
                "2020 年起，日本政府的英文公文把姓放在前面（如 SATO Hina），但许多日本人在英文里仍习惯“名 + 姓”，"
                "所以 Hina Sato 和 Sato Hina 可能是同一个人。</p>"
            ),
            _phrasebook("zh", "称呼与自我介绍", NAME_PHRASES),
            _text(
                "<h3>委婉的拒绝，与“はい”的含义</h3>"
                "<ul>"
                "<li><b>はい／ええ 不一定表示同意。</b>日本人在听别人说话时会不断说 はい、ええ、そうですか"
                "（叫作“相槌” aizuchi），意思是“我在听”。不要把一连串的 はい 当作“完全明白、同意”。</li>"
                "<li><b>大丈夫です 常常是“不用了”。</b>你问 ご案内しましょうか（要我带您去吗？），对方回答 大丈夫です，"
                "通常是礼貌的拒绝，而不是“好的”。</li>"
                "<li><b>ちょっと… 是委婉的“不行”。</b>对方说 それはちょっと…（那个有点……）然后停下，"
                "意思多半是“有困难、不方便”，不要追问“有点什么？”。</li>"
                "<li><b>读者很少直接抱怨。</b>不满常常表现为沉默、反复说 すみません，或者干脆不再来馆。"
                "结束时主动问一句：何か質問はありますか。</li>"
                "</ul>"
                "<h4>你需要拒绝时</h4>"
                "<p>日语里直接说 できません 显得生硬。先加一句“缓冲语”（クッション言葉），再说明情况，最后尽量给出替代方案："
                "<i>申し訳ありませんが、この本は貸出できません。コピーはできます。</i>（很抱歉，这本书不能外借。可以复印。）</p>"
            ),
            _phrasebook("zh", "缓冲语与确认", CUSHION_PHRASES),
            _scenario(
                "“大丈夫です”",
                "<p>打印机前，日本留学生山本翔太试了好几次都没能打印出来。馆员赵敏走过去问："
                "お手伝いしましょうか（O-tetsudai shimashō ka? 要我帮忙吗？）。山本连忙说：あ、大丈夫です、大丈夫です。"
                "赵敏便回到了服务台。十分钟后，山本还站在打印机前。</p>",
                "山本的“大丈夫です”是什么意思？赵敏可以怎样做得更好？",
                "<p>这里的 大丈夫です 很可能是客气的“不用麻烦您了”，而不是“我没问题”。很多日本人不愿给别人添麻烦"
                "（迷惑をかける meiwaku o kakeru），即使需要帮助也会先推辞。</p>"
                "<p>更好的做法：不要只问“要不要帮忙”，而是给出具体、负担小的帮助。例如先说 "
                "<b>このプリンター、少しわかりにくいですよね。</b>（Kono purintā, sukoshi wakarinikui desu yo ne. "
                "这台打印机有点不好用吧。）然后直接演示一步。或者过几分钟再经过时轻松地问一句 <b>どうですか。</b>"
                "（Dō desu ka? 怎么样了？）。如果对方再次明确拒绝，就尊重他的选择。</p>",
            ),
            _scenario(
                "给访问学者的第一封英文邮件",
                "<p>日本访问学者田中健一教授在来馆登记表上填写的姓名是 “Kenichi Tanaka”。新入职的馆员给他发英文邮件，"
                "开头写了 “Hi Kenichi,”。</p>",
                "这样称呼有什么问题？应该怎么写？系统录入时还要注意什么？",
                "<p>对日本学者直呼名字显得过于随便，而且 Kenichi 是名，不是姓。英文邮件应写 <b>Dear Professor Tanaka,</b>；"
                "用日语则写 <b>田中先生</b>。如果对方之后在邮件里署名 “Ken” 并请你这样称呼，再随对方改变。</p>"
                "<p>还要留意姓名顺序：登记表上的 “Kenichi Tanaka” 是名在前、姓在后，而在日语或中文文件里写作 田中健一，姓在前。"
                "核对系统中的“姓”和“名”是否录反，否则日后查找他的借阅记录时可能找不到人。</p>",
            ),
            _callout(
                "warning",
                "<p><b>汉字相同，意思不同。</b>用汉字笔谈是中国馆员的一大优势，但要小心“同形异义词”：日语的 <b>手紙</b> 是“信”"
                "（中文“手纸”是卫生纸）；<b>新聞</b> 是“报纸”；<b>勉強</b> 是“学习”；<b>大丈夫</b> 是“没问题”；"
                "<b>愛人</b> 在日语里指“情人”，不是“配偶”。拿不准时，用简单的词或英语补充确认。</p>",
            ),
            _check(
                "你要称呼日本交换生 佐藤陽菜（Satō Hina）。哪种说法最合适？",
                [
                    ("佐藤さん", True, "姓 + さん，礼貌而中性，服务台的标准称呼。"),
                    ("陽菜さん", False, "用名字称呼对陌生人过于亲近，除非对方请你这样叫。"),
                    ("佐藤", False, "只叫姓不加 さん 显得粗鲁。"),
                    ("佐藤ちゃん", False, "ちゃん 用于孩子或很亲近的人，对读者不合适。"),
                ],
                "称呼读者：姓 + さん；称呼教师、学者：姓 + 先生。不要直接叫名字，也不要给自己的名字加 さん。",
            ),
        ],
    },
    "en": {
        "title": "Cultural notes: bowing, indirect refusals and names",
        "body": [
            _text(
                "<h3>Bowing: a small nod is enough</h3>"
                "<p>Japanese people often bow when greeting, thanking or apologising. At a counter the usual form is the "
                "<i>eshaku</i> (会釈), a bow of about 15 degrees — a respectful nod. You don't need to copy deeper bows; when a "
                "Japanese user bows to you, stop what you are doing, look away from the screen, smile and nod slightly in return.</p>"
                "<h3>Names: family name + さん, never the given name</h3>"
                "<ul>"
                "<li>Japanese names put the <b>family name first</b>: 佐藤陽菜 = family name 佐藤 (Satō) + given name 陽菜 (Hina), "
                "as in Chinese.</li>"
                "<li>Address users as <b>family name + さん</b>: 佐藤さん. さん works for men and women.</li>"
                "<li>Use <b>family name + 先生</b> (sensei) for professors, lecturers and doctors: 田中先生.</li>"
                "<li><b>Don't use the given name</b> (陽菜, 健一) — even if the user signs English e-mails “Hina Sato” — unless "
                "they explicitly ask you to.</li>"
                "<li><b>Never add さん to your own name.</b> Introduce yourself as 図書館の王です.</li>"
                "<li>くん and ちゃん are for friends and children; don't use them at the desk.</li>"
                "</ul>"
                "<h4>Romanisation and name order</h4>"
                "<p>Japanese passports use Hepburn romanisation without long-vowel marks, so 佐藤 appears as SATO, not Satō or "
                "Satou; some holders choose SATOH. If a search for Satō finds nothing, try Sato, Satou and Satoh. Since 2020 the "
                "Japanese government has put the family name first in English-language official documents (SATO Hina), but "
                "many Japanese people still write given name + family name in English, so Hina Sato and Sato Hina may be the "
                "same person.</p>"
            ),
            _phrasebook("en", "Names and introductions", NAME_PHRASES),
            _text(
                "<h3>Indirect refusals — and what “はい” means</h3>"
                "<ul>"
                "<li><b>はい / ええ doesn't always mean yes.</b> Japanese listeners keep saying はい, ええ, そうですか while "
                "someone talks (<i>aizuchi</i>, 相槌): it means “I'm listening”. Don't read a string of はい as “I fully "
                "understand and agree”.</li>"
                "<li><b>大丈夫です often means “no, thank you”.</b> If you ask ご案内しましょうか (Shall I take you there?) and "
                "the user says 大丈夫です, it is usually a polite refusal, not “yes please”.</li>"
                "<li><b>ちょっと… is a soft “no”.</b> When a user says それはちょっと… (That's a bit…) and trails off, it "
                "usually means “that's difficult / inconvenient”. Don't press for the end of the sentence.</li>"
                "<li><b>Users rarely complain directly.</b> Dissatisfaction shows as silence, repeated すみません, or simply not "
                "coming back. End by asking: 何か質問はありますか。</li>"
                "</ul>"
                "<h4>When you have to say no</h4>"
                "<p>A bare できません sounds blunt in Japanese. Start with a cushion phrase (クッション言葉), explain, and offer an "
                "alternative if you can: <i>申し訳ありませんが、この本は貸出できません。コピーはできます。</i> (I'm very sorry, "
                "but this book can't be borrowed. You can make copies.)</p>"
            ),
            _phrasebook("en", "Cushion phrases and checking", CUSHION_PHRASES),
            _scenario(
                "“大丈夫です”",
                "<p>At the printer, Yamamoto Shōta, an international student from Japan, has tried several times without "
                "success. Zhao Min, the librarian, goes over and asks: お手伝いしましょうか (O-tetsudai shimashō ka? Shall I "
                "help?). Yamamoto quickly says: あ、大丈夫です、大丈夫です. Zhao Min goes back to the desk. Ten minutes later "
                "Yamamoto is still standing at the printer.</p>",
                "What did Yamamoto's “大丈夫です” mean? How could Zhao Min have handled it better?",
                "<p>Here 大丈夫です most likely meant “please don't go to any trouble”, not “I'm fine”. Many Japanese people "
                "dislike causing others inconvenience (迷惑をかける, meiwaku o kakeru) and will decline help at first even "
                "when they need it.</p>"
                "<p>Better: instead of asking whether they want help, offer something concrete and low-key. For example, "
                "<b>このプリンター、少しわかりにくいですよね。</b> (Kono purintā, sukoshi wakarinikui desu yo ne. This printer "
                "is a bit confusing, isn't it?) — and then show one step. Or pass by again a few minutes later and ask lightly, "
                "<b>どうですか。</b> (Dō desu ka? How's it going?). If the user clearly declines again, respect that.</p>",
            ),
            _scenario(
                "The first English e-mail to a visiting scholar",
                "<p>Professor Tanaka Ken'ichi, a visiting scholar from Japan, wrote “Kenichi Tanaka” on his library registration "
                "form. A newly hired librarian e-mails him in English and begins “Hi Kenichi,”.</p>",
                "What is wrong with this greeting? What should it be? What should you check in the library system?",
                "<p>Using the given name is far too casual with a Japanese academic — and Kenichi is his given name, not his "
                "family name. In English write <b>Dear Professor Tanaka,</b>; in Japanese, <b>田中先生</b>. If he later signs "
                "“Ken” and invites you to use it, follow his lead.</p>"
                "<p>Also watch the name order: “Kenichi Tanaka” on the form is given name first, while Japanese and Chinese "
                "documents write 田中健一, family name first. Check that family and given names have not been swapped in the "
                "library system, or you may not find his loan records later.</p>",
            ),
            _callout(
                "warning",
                "<p><b>Same characters, different meanings.</b> Writing kanji is a great advantage for Chinese staff, but beware "
                "of false friends: Japanese <b>手紙</b> is a letter (Chinese 手纸 is toilet paper); <b>新聞</b> is a newspaper; "
                "<b>勉強</b> means studying; <b>大丈夫</b> means “it's fine”; <b>愛人</b> in Japanese is a lover, not a spouse. "
                "When in doubt, add a simple word or some English to check.</p>",
            ),
            _check(
                "You need to address Satō Hina (佐藤陽菜), an exchange student from Japan. Which is most appropriate?",
                [
                    (
                        "佐藤さん",
                        True,
                        "Family name + さん: polite and neutral, the standard at the desk.",
                    ),
                    (
                        "陽菜さん",
                        False,
                        "The given name is too familiar with someone you don't know, unless she asks you to use it.",
                    ),
                    ("佐藤", False, "The bare family name without さん sounds rude."),
                    (
                        "佐藤ちゃん",
                        False,
                        "ちゃん is for children or close friends; not for users.",
                    ),
                ],
                "Users: family name + さん; teachers and scholars: family name + 先生. Don't use given names, and never add "
                "さん to your own name.",
            ),
        ],
    },
}


LESSONS = [LESSON_GREETINGS, LESSON_NUMBERS, LESSON_DIRECTIONS, LESSON_BORROWING, LESSON_CULTURE]

COURSE = {
    "slug": "japanese-desk-basics",
    "topic": "languages",
    "target_language": "ja",
    "cefr_level": "A1",
    "estimated_minutes": sum(lesson["minutes"] for lesson in LESSONS),
    "mandatory": False,
    "certificate_validity_months": None,
    "outcomes": [("lang-ja", 1)],
    "zh": {
        "title": "图书馆日语入门 (A1)",
        "summary": "为服务台馆员准备的零起点日语：得体的问候与礼貌层级（为什么图书馆不说 いらっしゃいませ），"
        "数字、时间、日期与开放时间，馆内地点与指路，借书、还书与出示学生证，以及鞠躬、委婉拒绝和称呼等文化要点。"
        "所有短语都附黑本式罗马字和中文翻译，并配有服务台对话和情景练习。",
        "objectives": "<ul>"
        "<li>按时间选择得体的问候语，在服务台始终使用 です／ます 体和常用敬语整句</li>"
        "<li>听懂并说出数字、时间、星期和日期，告知开放时间和还书期限</li>"
        "<li>用楼层和方位词为日本读者指路，并用手势和陪同补充说明</li>"
        "<li>办理借书、还书和续借，礼貌地请读者出示学生证</li>"
        "<li>理解鞠躬、相槌、委婉拒绝等沟通习惯，用“姓 + さん／先生”正确称呼读者</li>"
        "</ul>",
    },
    "en": {
        "title": "Japanese desk basics (A1)",
        "summary": "Japanese from zero for service-desk staff: appropriate greetings and politeness levels (and why a library "
        "desk doesn't say いらっしゃいませ), numbers, times, dates and opening hours, places and directions in the "
        "library, borrowing, returning and asking for the student card, and cultural notes on bowing, indirect refusals "
        "and names. Every phrase comes with Hepburn romaji and a translation, plus desk dialogues and scenarios.",
        "objectives": "<ul>"
        "<li>Greet users appropriately for the time of day, using です/ます and common keigo phrases consistently at the desk</li>"
        "<li>Understand and say numbers, times, days and dates; give opening hours and due dates</li>"
        "<li>Give directions with floor and position words, backed up by gestures or by walking with the user</li>"
        "<li>Handle checkouts, returns and renewals, and ask politely for the student card</li>"
        "<li>Understand bowing, aizuchi and indirect refusals, and address users correctly with family name + さん or 先生</li>"
        "</ul>",
    },
    "lessons": LESSONS,
}
