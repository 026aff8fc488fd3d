"""Demo course: cross-cultural communication foundations (mandatory for all desk staff)."""

COURSE = {
    "slug": "cross-cultural-foundations",
    "topic": "cultural",
    "target_language": None,
    "cefr_level": "",
    "estimated_minutes": 110,
    "mandatory": True,
    "certificate_validity_months": 36,
    "outcomes": [("cross-cultural", 2)],
    "zh": {
        "title": "跨文化沟通基础",
        "summary": "面向所有一线馆员的必修课：理解高语境与低语境沟通、正确称呼和登记各国读者的姓名、读懂（也不误读）非语言信号、避免刻板印象，以及在跨文化情境下处理投诉。每一课都配有真实服务台情境和专家点评。",
        "objectives": "<ul><li>用“高语境/低语境”的概念解释服务台上的误解，而不给个人贴标签</li><li>识别常见的姓名结构（姓在前、双姓、阿拉伯语姓名要素、单名、冰岛父名），并礼貌地询问对方希望如何被称呼</li><li>在图书馆系统中准确登记和查找国际读者的姓名</li><li>注意手势、距离、目光和沉默的差异，用语言和书面信息代替容易误解的手势</li><li>区分“概括”与“刻板印象”，使用包容性的语言</li><li>按“倾听—共情—致歉—解决—致谢”的步骤处理投诉，照顾双方面子，并知道何时、如何升级处理</li></ul>",
    },
    "en": {
        "title": "Cross-cultural communication foundations",
        "summary": "A required course for everyone who serves users: high- and low-context communication, getting names and forms of address right (and recording them correctly), reading non-verbal cues without over-reading them, avoiding stereotypes, and handling complaints across cultures. Every lesson includes real service-desk scenarios with expert commentary.",
        "objectives": "<ul><li>Use the idea of high- and low-context communication to explain misunderstandings at the desk, without labelling individuals</li><li>Recognise common name structures (family name first, double surnames, Arabic naming elements, single names, Icelandic patronymics) and ask politely how someone would like to be addressed</li><li>Record and find international users’ names accurately in the library system</li><li>Allow for differences in gestures, distance, eye contact and silence, and replace ambiguous gestures with words and writing</li><li>Tell a generalisation from a stereotype, and use inclusive language</li><li>Handle a complaint with the steps listen, empathise, apologise, solve, thank; protect everyone’s face; know when and how to escalate</li></ul>",
    },
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1: high- and low-context communication
        # ------------------------------------------------------------------
        {
            "slug": "high-and-low-context",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "高语境与低语境沟通",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>意思藏在哪里？</h3><p>人类学家爱德华·霍尔（Edward T. Hall）在《超越文化》（<i>Beyond Culture</i>，1976）中提出了一条沟通风格的“光谱”。在<b>高语境</b>沟通中，很多意思由情境、双方关系、语气以及“没说出口的话”来承载，说话人期待听者能“听话听音”；在<b>低语境</b>沟通中，意思主要落在明确的字面上，人们期待把事情说清楚，含糊其辞反而会让人觉得在回避。</p><p>霍尔把日本、中国、韩国和许多阿拉伯国家放在偏高语境的一端，把德国、瑞士、北欧国家和美国放在偏低语境的一端。请注意：这描述的是<b>群体在特定场合下的倾向</b>，不是对某个人的判断。一位德国工程师面对导师时可能非常委婉；一位在加拿大读过书的中国学生可能非常直接。场合本身也有影响——几乎每个人和家人说话时都比和银行打交道时更“高语境”。</p><h3>在服务台上是什么样子</h3><ul><li><b>请求可能是暗示。</b>“周五之前还书可能有点困难……”往往是在请求续借。回应对方的需要：“需要我帮您续借吗？”</li><li><b>“Yes”可能只是“我在听”，</b>不一定是“我同意”或“我听懂了”。用开放式问题确认理解，而不是问“Do you understand?”。</li><li><b>拒绝可能很柔和。</b>读者说“我再想想”“也许吧”，可能是在礼貌地说“不”。不要追问，可以给一份书面说明，方便他们回头再来。</li><li><b>偏低语境的读者可能想知道规则和理由。</b>“为什么借期是30天？”通常是真心提问，而不是挑衅。说明规则、（如果知道的话）理由，以及可选的办法。</li><li><b>我们自己的委婉也会造成误解。</b>“这个可能不太方便”“我们研究一下”，在很多中国人听来是客气的拒绝，但在习惯明确答复的人听来，可能像是“有希望”。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": "<p><b>结果要说清楚，态度要温和。</b>无论对方是什么风格，都把结果讲明白：可以／不可以／暂时还不行，以及接下来会发生什么。清楚不等于生硬。例如：“这本书不能再续借了，因为已经有其他读者预约。我能做的是……”</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "确认理解、清楚地说“不”",
                            "phrases": [
                                {
                                    "term": "Just to make sure I explained it well, could you tell me what you’ll do next?",
                                    "translation": "为了确认我讲清楚了，您能说说接下来打算怎么做吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "把“有没有听懂”的责任放在自己身上，对方不会觉得被考。",
                                },
                                {
                                    "term": "Which part would you like me to go over again?",
                                    "translation": "您希望我把哪一部分再讲一遍？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "比“Do you understand?”更容易得到真实回答。",
                                },
                                {
                                    "term": "Would you like me to renew it for you?",
                                    "translation": "需要我帮您续借吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "直接回应暗示背后的需要。",
                                },
                                {
                                    "term": "I’m afraid that isn’t possible, because… What I can do is…",
                                    "translation": "恐怕这个办不到，因为……我能做的是……",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "清楚的“不”＋理由＋替代方案，三者缺一不可。",
                                },
                                {
                                    "term": "I’ll write this down for you.",
                                    "translation": "我给您写下来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "日期、书号、网址等关键信息一律写下来。",
                                },
                                {
                                    "term": "Is there anything else you’re not sure about?",
                                    "translation": "还有什么您不太确定的吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "给不习惯主动提问的读者一个开口的机会。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "关于还书日期的暗示",
                            "setting": "流通服务台。来自哈萨克斯坦的硕士生 Aigerim Serikkyzy 拿着两本书来到服务台，馆员王丽接待。",
                            "lines": [
                                {
                                    "speaker": "Aigerim",
                                    "line": "Hello. This book… I am still reading it, and the due date is tomorrow. My thesis chapter is due next week.",
                                    "translation": "您好。这本书……我还在读，明天就到期了。我的论文章节下周要交。",
                                },
                                {
                                    "speaker": "王丽",
                                    "line": "I see — it sounds like you still need it. Would you like me to renew it for you?",
                                    "translation": "明白了，听起来您还需要这本书。需要我帮您续借吗？",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Is it possible? I didn’t want to cause any trouble.",
                                    "translation": "可以吗？我不想给您添麻烦。",
                                },
                                {
                                    "speaker": "王丽",
                                    "line": "It’s no trouble at all. Nobody has reserved it, so I’ve renewed it until the 15th of May. I’ll write the date here for you.",
                                    "translation": "一点也不麻烦。这本书没有人预约，我已经帮您续借到5月15日，日期给您写在这里。",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Thank you. And the other book… maybe it is the same situation.",
                                    "translation": "谢谢。另一本书……可能也是同样的情况。",
                                },
                                {
                                    "speaker": "王丽",
                                    "line": "Let me check. This one I can’t renew, because another student has reserved it, so it needs to come back tomorrow. What I can do is show you the reference copy on the third floor, so you can keep using it here. Would that help?",
                                    "translation": "我查一下。这本不能续借，因为另一位同学预约了，所以明天需要归还。我能做的是带您去看三楼的阅览本，您可以在馆内继续使用。这样可以吗？",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Yes, that helps a lot. Thank you.",
                                    "translation": "可以，这样很有帮助。谢谢。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“我们研究一下”",
                            "situation": "<p>德国博士生 Jonas Becker 在服务台提出希望图书馆购买一本新出版的德文专著。馆员陈浩觉得经费紧张、希望不大，但不想当面拒绝，就说：“好的，我们研究一下，有消息会通知您。”两个月后，Jonas 发来一封措辞尖锐的邮件，说自己一直在等，图书馆“既不买也不回复”，耽误了他的论文进度。</p>",
                            "question": "误解出在哪里？陈浩当时可以怎么说？",
                            "commentary": "<p>“我们研究一下”在很多中文语境里是一个体面的软拒绝，但 Jonas 按字面理解成了“正在处理，会有结果”。他的邮件虽然直接，但并非无理：从他的角度看，图书馆做出了一个承诺却没有兑现。</p><p>更好的做法是把<b>流程和结果</b>都说清楚：“我会把您的荐购提交给采访部门，他们一般在几周内决定。今年外文图书经费比较紧张，所以不一定能买。无论结果如何，我都会在某月某日前邮件告诉您；同时，这本书可以先通过馆际互借试试。”这样既没有生硬地拒绝，也没有制造不切实际的期待，还给了替代方案。</p><p>现在补救：承认回复延误并致歉，告诉他荐购的实际状态和明确的回复时间，并立即提供馆际互借等替代途径。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Maybe, I will try”",
                            "situation": "<p>馆员陈浩邀请来自尼日利亚的访问学者 Oluwaseun Adebayo 博士参加周四的数据库培训。对方笑着说：“Maybe, I will try.”陈浩当场替他报了名。周四他没有来，报名系统把他记为“缺席”，组织培训的同事抱怨说：“报了名又不来。”</p>",
                            "question": "这件事里，谁误解了谁？下次怎样邀请更好？",
                            "commentary": "<p>“Maybe, I will try”在几乎任何语言里都是一个不作承诺的回答，问题出在陈浩把它当成了“确定参加”。对方没有违约，因为他从未答应。</p><p>更好的邀请方式是给出<b>容易拒绝的选项</b>：“要我帮您报名吗？如果时间不合适，我也可以把课件和录屏发给您。”这样对方说“不”也不会失面子，我们也得到了明确的答复。</p><p>还要注意另一个陷阱：不要从一次经历得出“尼日利亚人不守约”之类的结论。一个人的一次行为，不能说明任何群体。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "您刚向一位读者解释完打印流程，对方很快地说“Yes, yes”，然后走向了错误的机器。最合适的下一步是？",
                            "options": [
                                {
                                    "text": "对方说了 yes，说明已经懂了，不必再管。",
                                    "correct": False,
                                    "feedback": "“Yes”有时只表示“我在听”，而对方的行动已经说明还没弄清楚。",
                                },
                                {
                                    "text": "大声、放慢语速再问一遍“Do you understand?”",
                                    "correct": False,
                                    "feedback": "提高音量容易显得不耐烦；“Do you understand?”也很难得到真实回答。",
                                },
                                {
                                    "text": "走过去说：“第一次用是有点绕，我在机器旁演示一遍吧。”",
                                    "correct": True,
                                    "feedback": "把困难归于系统而不是人，对方不失面子，也能真正学会。",
                                },
                            ],
                            "explanation": "确认理解要看行动，不要只听“yes”。演示和书面步骤比反复口头询问有效得多，也更照顾对方的面子。",
                        },
                    },
                ],
            },
            "en": {
                "title": "High- and low-context communication",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Where does the meaning live?</h3><p>The anthropologist Edward T. Hall, in <i>Beyond Culture</i> (1976), described a spectrum of communication styles. In <b>high-context</b> communication much of the meaning is carried by the situation, the relationship, the tone and what is left unsaid; the speaker expects the listener to read between the lines. In <b>low-context</b> communication the meaning is mostly in the explicit words; people expect things to be spelled out, and vagueness can feel evasive.</p><p>Hall placed societies such as Japan, China, Korea and many Arab countries towards the high-context end, and Germany, Switzerland, the Nordic countries and the United States towards the low-context end. Note that this describes <b>tendencies of groups in particular settings</b>, not facts about a person. A German engineer may be very indirect with a supervisor; a Chinese student who studied in Canada may be very direct. The setting matters too: almost everyone is more high-context with family than with a bank.</p><h3>What it looks like at a service desk</h3><ul><li><b>Requests may be hints.</b> “It might be difficult for me to return the book by Friday…” is often a request for a renewal. Answer the need: “Would you like me to renew it for you?”</li><li><b>“Yes” may mean “I’m listening”,</b> not “I agree” or “I understood”. Check understanding with an open question instead of “Do you understand?”</li><li><b>Refusals may be soft.</b> “I’ll think about it” or “maybe” can be a polite no. Don’t press; offer a written summary they can come back to.</li><li><b>Users at the low-context end may want rules and reasons.</b> “Why is the loan period 30 days?” is usually a genuine question, not a challenge. Give the rule, the reason if you know it, and the options.</li><li><b>Our own indirectness can mislead.</b> Chinese service phrases such as “这个可能不太方便” (“that may not be very convenient”) or “我们研究一下” (“we’ll look into it”) are polite refusals to many Chinese listeners, but can sound like “probably yes” to someone used to explicit answers.</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": "<p><b>Be explicit about outcomes and gentle with people.</b> Whatever the user’s style, state the outcome clearly — yes, no, or not yet, and what happens next — and keep the tone warm. Clear is not the same as blunt: “I can’t renew this one again, because another reader has reserved it. What I can do is…”</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Checking understanding and saying no clearly",
                            "phrases": [
                                {
                                    "term": "Just to make sure I explained it well, could you tell me what you’ll do next?",
                                    "translation": "为了确认我讲清楚了，您能说说接下来打算怎么做吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Puts the responsibility for understanding on the speaker, so the user doesn’t feel tested.",
                                },
                                {
                                    "term": "Which part would you like me to go over again?",
                                    "translation": "您希望我把哪一部分再讲一遍？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Gets a more honest answer than “Do you understand?”",
                                },
                                {
                                    "term": "Would you like me to renew it for you?",
                                    "translation": "需要我帮您续借吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Answers the need behind a hint.",
                                },
                                {
                                    "term": "I’m afraid that isn’t possible, because… What I can do is…",
                                    "translation": "恐怕这个办不到，因为……我能做的是……",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "A clear no, a reason and an alternative: all three, every time.",
                                },
                                {
                                    "term": "I’ll write this down for you.",
                                    "translation": "我给您写下来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Always write down dates, call numbers and web addresses.",
                                },
                                {
                                    "term": "Is there anything else you’re not sure about?",
                                    "translation": "还有什么您不太确定的吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Gives people who rarely ask questions an opening.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "A hint about a due date",
                            "setting": "The circulation desk. Aigerim Serikkyzy, a master’s student from Kazakhstan, comes to the desk with two books. The librarian is Wang Li.",
                            "lines": [
                                {
                                    "speaker": "Aigerim",
                                    "line": "Hello. This book… I am still reading it, and the due date is tomorrow. My thesis chapter is due next week.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Wang Li",
                                    "line": "I see — it sounds like you still need it. Would you like me to renew it for you?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Is it possible? I didn’t want to cause any trouble.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Wang Li",
                                    "line": "It’s no trouble at all. Nobody has reserved it, so I’ve renewed it until the 15th of May. I’ll write the date here for you.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Thank you. And the other book… maybe it is the same situation.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Wang Li",
                                    "line": "Let me check. This one I can’t renew, because another student has reserved it, so it needs to come back tomorrow. What I can do is show you the reference copy on the third floor, so you can keep using it here. Would that help?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Aigerim",
                                    "line": "Yes, that helps a lot. Thank you.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“We’ll look into it”",
                            "situation": "<p>Jonas Becker, a German doctoral student, asks at the desk whether the library could buy a newly published German monograph. The librarian, Chen Hao, thinks the budget is tight and the chances are low, but does not want to refuse to his face, so he says: “OK, we’ll look into it and let you know.” Two months later Jonas sends a sharply worded email: he has been waiting, the library “neither buys the book nor replies”, and his thesis has been held up.</p>",
                            "question": "Where did the misunderstanding come from? What could Chen Hao have said?",
                            "commentary": "<p>“We’ll look into it” (我们研究一下) is, in many Chinese settings, a face-saving soft refusal. Jonas took it literally: the request was being handled and there would be an answer. His email is direct, but not unreasonable: from where he stands, the library made a promise and did not keep it.</p><p>A better answer makes the <b>process and the likely outcome</b> explicit: “I’ll pass your suggestion to the acquisitions team; they usually decide within a few weeks. The budget for foreign-language books is tight this year, so it may not be possible. Either way I’ll email you by [date]. Meanwhile, let’s try interlibrary loan for this title.” That is not a blunt refusal, it creates no false hope, and it offers an alternative.</p><p>To repair it now: acknowledge the delay and apologise, tell him the real status of the request and a definite reply date, and offer interlibrary loan or another route straight away.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Maybe, I will try”",
                            "situation": "<p>Chen Hao invites Dr Oluwaseun Adebayo, a visiting scholar from Nigeria, to Thursday’s database workshop. Dr Adebayo smiles and says, “Maybe, I will try.” Chen Hao registers him on the spot. On Thursday he doesn’t come; the booking system marks him as a no-show, and the colleague running the workshop complains: “He signed up and then didn’t turn up.”</p>",
                            "question": "Who misunderstood whom here? How could the invitation be made better next time?",
                            "commentary": "<p>“Maybe, I will try” is a non-committal answer in almost any language. The problem is that Chen Hao turned it into a firm booking. Dr Adebayo did not break a promise; he never made one.</p><p>A better invitation offers <b>options that are easy to decline</b>: “Shall I register you? If the time doesn’t suit you, I can send you the slides and the recording instead.” Saying no then costs nobody face, and we get a clear answer.</p><p>Watch for a second trap as well: don’t draw conclusions such as “Nigerians don’t keep appointments” from one experience. One person’s behaviour on one day tells you nothing about a group.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "You have just explained how to print. The user quickly says “Yes, yes” and walks towards the wrong machine. What is the best next step?",
                            "options": [
                                {
                                    "text": "They said yes, so they understood; leave it.",
                                    "correct": False,
                                    "feedback": "“Yes” sometimes only means “I’m listening”, and their actions show they haven’t got it yet.",
                                },
                                {
                                    "text": "Ask “Do you understand?” again, louder and more slowly.",
                                    "correct": False,
                                    "feedback": "Raising your voice sounds impatient, and “Do you understand?” rarely gets an honest answer.",
                                },
                                {
                                    "text": "Walk over and say: “It’s a bit confusing the first time — let me show you at the machine.”",
                                    "correct": True,
                                    "feedback": "Blaming the system rather than the person protects their face, and they actually learn how to do it.",
                                },
                            ],
                            "explanation": "Check understanding by what people do, not only by “yes”. A demonstration and written steps work far better than repeated questions, and they are kinder to the other person’s face.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 2: names and forms of address
        # ------------------------------------------------------------------
        {
            "slug": "names-and-address",
            "minutes": 25,
            "required": True,
            "zh": {
                "title": "称呼与姓名",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>为什么要在意姓名</h3><p>把名字叫错是小事，但读者会记得。它还有实际后果：姓名登记错了，预约和馆际互借对不上人，读者在系统里查不到，通知邮件开头写成“Dear Mr Bin”。先了解几种常见的姓名结构，再记住一条总原则：<b>不确定就问</b>。</p><h3>姓在前</h3><ul><li><b>中文：</b>姓在前、名在后（张伟 = Zhang Wei）。不少人在英语环境中改成“Wei Zhang”，或者另取英文名（如 Kevin Zhang）。护照上“姓”和“名”分栏，是最可靠的依据。</li><li><b>日语：</b>日语本身是姓在前（佐藤由纪 = Sato Yuki）。日本政府自2020年起在本国政府的英文文件中也采用“姓在前”，但很多日本人在英语中仍习惯写成“Yuki Sato”。礼貌的称呼是“姓＋さん”，英语中用“Ms Sato”。</li><li><b>韩语：</b>姓在前，姓多为一个音节，名多为两个音节，罗马字常用连字符（Kim Min-jun）。金（Kim）、李（Lee/Yi/Rhee）、朴（Park）非常常见，约五分之一的韩国人姓金，所以仅凭姓很难找到人。韩国女性婚后一般保留自己的姓。</li><li><b>匈牙利语：</b>在匈牙利语中同样是姓在前（Nagy Eszter），在英语环境里常倒过来写成“Eszter Nagy”。</li><li><b>越南语：</b>姓在前（Nguyễn Thị Lan），但日常称呼用最后一个字，即名字：“Ms Lan”，而不是“Ms Nguyễn”。</li></ul><h3>名在前</h3><ul><li><b>英语等西方姓名：</b>名（given name）＋中间名（middle name，可有可无，日常一般不用）＋姓（family name）：Mary Elizabeth O’Connor。姓可能带连字符（Smith-Jones），可能有后缀（Jr.、III）。已婚女性可能改姓，也可能不改。</li><li><b>俄语及部分中亚姓名：</b>名＋父称＋姓，如 Aigerim Nurlanovna Bekova，父称说明父亲的名字。有些哈萨克人使用 -uly（……之子）、-kyzy（……之女）的形式，如 Aigerim Serikkyzy。在英语服务中用“Ms Bekova”即可。</li></ul><h3>双姓：西班牙语与葡萄牙语</h3><ul><li><b>西班牙语：</b>通常有两个姓，第一个来自父亲，第二个来自母亲：Javier García López。称呼“García 先生/博士”或“García López 博士”，<b>不要</b>只用第二个姓（López）。编目和排序时按第一个姓：García López, Javier。</li><li><b>葡萄牙语（包括巴西）：</b>顺序一般相反，母亲的姓在前、父亲的姓在后：Ana Paula Souza Oliveira 中 Oliveira 来自父亲，简称时通常用最后一个姓（Ms Oliveira），编目也按最后一个姓：Oliveira, Ana Paula Souza。在巴西，即使在较正式的场合，用名字称呼也很常见（如“Professora Ana Paula”）。</li></ul>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>阿拉伯语姓名</h3><p>传统的阿拉伯语姓名由几个要素组成，了解它们有助于尊重地称呼对方：</p><ul><li><b>ism</b>：本人的名字，如 Khalid、Fatima。</li><li><b>nasab</b>：父系谱名，用 ibn / bin（“……之子”）或 bint（“……之女”）连接父亲的名字，如 Khalid bin Saeed。</li><li><b>laqab</b>：称号或描述性的别称，如 al-Rashid（“正直的”），有些已成为家族姓氏。</li><li><b>nisba</b>：表示出身地、部落或家族的归属名，如 al-Masri（“埃及的”）、al-Harthi。</li><li><b>kunya</b>：以长子（女）名字构成的尊称，如 Abu Ahmad（“艾哈迈德之父”）、Umm Ahmad。</li></ul><p>现代护照上的写法因国家而异：有的是“名＋父名＋祖父名＋家族名”，有的（如在埃及常见）“姓”一栏其实是父亲或祖父的名字。称呼时，“Dr Khalid”在海湾国家很常见也很得体，“Dr Al-Harthi”在正式场合同样合适；<b>不要</b>把“bin”或“bint”当成姓来称呼（“Mr Bin”是错误的）。按字母排序时，冠词“al-/Al-”通常忽略。女性婚后一般不改姓。</p><h3>马来语与印度尼西亚语姓名</h3><ul><li><b>马来姓名</b>常用 bin / binti 连接父亲的名字：Nurul Aina binti Ahmad。她的名字是 Nurul Aina，Ahmad 是父亲的名字，没有“家族姓”。称呼“Ms Nurul Aina”或“Ms Nurul”，不是“Ms Ahmad”，更不是“Ms Binti”。</li><li><b>印度尼西亚</b>很多人（尤其是爪哇人）只有一个名字，例如前总统苏加诺（Sukarno）、苏哈托（Suharto）。外国系统要求“名”和“姓”两栏时，常出现名字被重复填写、或“名”一栏留空的情况。不要替对方“编”一个姓。</li></ul><h3>冰岛父名</h3><p>大多数冰岛人没有家族姓，而是用父亲（偶尔是母亲）的名字加 -son（儿子）或 -dóttir（女儿）：Jón Einarsson 的女儿叫 Guðrún Jónsdóttir，儿子叫 Einar Jónsson。因此一家人的“姓”各不相同，冰岛人即使在正式场合也以名字相称（“Guðrún”），冰岛的电话簿也按名字排序。</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>尊重从细节开始。</b>不要评论别人的名字“好长”“好难念”，不要擅自缩短或给人起外号，除非对方主动提出。愿意认真练习发音本身就是一种尊重；念错了，道个歉、再试一次即可。很多国际学生有老师起的中文名，如果对方愿意，可以用中文名称呼，但不要因此忽略其护照上的正式姓名。</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "询问称呼与姓名",
                            "phrases": [
                                {
                                    "term": "How would you like me to address you?",
                                    "translation": "请问我该怎么称呼您？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "最有用的一句话，适用于所有人。",
                                },
                                {
                                    "term": "Could you tell me which part is your family name?",
                                    "translation": "能告诉我哪一部分是您的姓吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "登记或查找读者记录时使用。",
                                },
                                {
                                    "term": "How do you pronounce your name? I’d like to get it right.",
                                    "translation": "您的名字怎么念？我想念对。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "说明你是出于尊重而问。",
                                },
                                {
                                    "term": "Is this exactly how your name appears on your passport?",
                                    "translation": "这和您护照上的姓名完全一致吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "核对系统记录时使用。",
                                },
                                {
                                    "term": "Which name would you like us to use in emails?",
                                    "translation": "您希望我们在邮件里怎么称呼您？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "如系统支持，把答案记在“常用名／备注”中。",
                                },
                                {
                                    "term": "I’m sorry, I don’t think I said that correctly. Could you say it once more?",
                                    "translation": "抱歉，我好像念得不对，您能再说一遍吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "念错后自然地道歉、重试。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>在图书馆系统中登记姓名</h3><ol><li><b>以学校的官方记录为准。</b>读者数据通常从学籍或人事系统同步过来。需要手工录入时，严格按护照或学籍记录的“姓”和“名”分栏录入，不要自行调换顺序。</li><li><b>注意护照机读区。</b>护照底部的机读码只使用 A–Z 字母，会去掉变音符号，有时还会改写（如德语的 Müller 可能写成 MUELLER 或 MULLER）。录入时以护照资料页上的可视姓名为准，如果系统不支持特殊字符，按学校规定的统一方式处理。</li><li><b>官方姓名与常用称呼分开。</b>如果系统有“常用名”“别名”或备注字段，记录对方希望的称呼或中文名；不要把昵称填进正式姓名栏。</li><li><b>单名按学校统一规则处理，</b>不要临时编造姓氏，也不要填“无”“Unknown”。在备注中说明“单名”，方便同事查找。</li><li><b>查找读者时优先用证件号或学号，</b>不要只靠姓名。必须按姓名查找时，试试两种顺序和常见拼写变体（Mohammed / Muhammad / Mohamed）。</li><li><b>通知模板要检查。</b>自动生成的“Dear [姓]”对很多姓名结构并不合适。可以考虑使用全名（“Dear Nurul Aina binti Ahmad”）或不带称谓的问候。</li></ol>",
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Dear Ms Binti”",
                            "situation": "<p>来自马来西亚的博士生 Nurul Aina binti Ahmad 来到服务台，有点尴尬地给馆员刘芳看她手机上的逾期提醒邮件，开头写着“Dear Ms Binti”。她说：“我的朋友们都在笑这封邮件。”刘芳一查，系统里她的“姓”一栏是“BINTI AHMAD”，“名”一栏是“NURUL AINA”。</p>",
                            "question": "刘芳现在应该怎么回应？需要向谁反映这个问题？",
                            "commentary": "<p>先真诚地道歉，并说明原因：“很抱歉，这是我们的邮件模板按‘姓’一栏自动生成的称呼，对您的姓名并不合适。”然后问她：“您希望我们怎么称呼您？”如果系统有常用名字段，当场记录下来。</p><p>这不是个别读者的问题，而是<b>系统性</b>的问题：同一个模板也会给其他马来、阿拉伯、印尼等读者发出不恰当的称呼。应该把具体例子报告给系统管理员或主管，建议把模板改为使用全名或常用名。不要私自修改她在学籍中同步过来的正式姓名，因为这可能导致与学校其他系统对不上。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "查不到的预约",
                            "situation": "<p>来自印度尼西亚的访问学者 Sulastri 只有一个名字。她收到短信说预约的书已到馆，但服务台馆员按姓名查找时，系统里找不到“Sulastri”的预约。旁边的同事说：“外国人不都有姓吗？她是不是没注册？”</p>",
                            "question": "应该怎么找到她的记录？这件事反映了什么问题？",
                            "commentary": "<p>改用证件号或读者证号查找。很可能她的名字在一个系统里被填成了“Sulastri Sulastri”，在另一个系统里“名”一栏为空，或者被填了占位符，所以按姓名查不到。</p><p>找到记录后，按学校官方记录的方式核对，并在备注中写明“单名”，方便同事以后查找。同事那句“外国人不都有姓吗”是一个常见的错误假设：世界上有不少人只有一个名字，这完全正常，需要调整的是我们的系统和习惯，而不是读者的名字。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "西班牙访问学者的护照姓名为 Javier García López。以下哪些称呼是恰当的？（可多选）",
                            "options": [
                                {
                                    "text": "Dr López",
                                    "correct": False,
                                    "feedback": "López 是第二个姓（来自母亲），单独使用并不是通常的称呼方式。",
                                },
                                {
                                    "text": "Dr García",
                                    "correct": True,
                                    "feedback": "正确。第一个姓（来自父亲）是日常称呼中使用的姓。",
                                },
                                {
                                    "text": "Dr García López",
                                    "correct": True,
                                    "feedback": "正确。使用两个姓更加正式，也完全恰当。",
                                },
                                {
                                    "text": "Dr Javier López",
                                    "correct": False,
                                    "feedback": "漏掉了第一个姓，而第一个姓恰恰是最重要的。",
                                },
                            ],
                            "explanation": "西班牙语姓名通常是“名＋父姓＋母姓”，称呼和排序以第一个姓为准。葡萄牙语（巴西）姓名则通常以最后一个姓为准。拿不准时，直接问对方：“How would you like me to address you?”",
                        },
                    },
                ],
            },
            "en": {
                "title": "Names and forms of address",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Why names matter</h3><p>Getting a name wrong is a small thing, but users remember it. It also has practical consequences: a wrongly recorded name means holds and interlibrary loans cannot be matched, the user cannot be found in the system, and notices go out beginning “Dear Mr Bin”. Learn the common patterns below, and then keep one rule above them all: <b>when in doubt, ask</b>.</p><h3>Family name first</h3><ul><li><b>Chinese:</b> family name, then given name (张伟 = Zhang Wei). Many people reverse the order in English (“Wei Zhang”) or adopt an English given name (Kevin Zhang). The separate surname and given-name fields on the passport are the most reliable guide.</li><li><b>Japanese:</b> in Japanese the family name comes first (佐藤由紀 = Sato Yuki). Since 2020 the Japanese government has also used family-name-first order in its own English-language documents, but many Japanese people still write “Yuki Sato” in English. Politely, “Sato-san” in Japanese; “Ms Sato” in English.</li><li><b>Korean:</b> family name first, usually one syllable, followed by a given name of usually two syllables, often hyphenated in romanisation (Kim Min-jun). Kim, Lee (also Yi or Rhee) and Park are very common — about one Korean in five is a Kim — so a family name alone rarely identifies anyone. Korean women usually keep their own family name after marriage.</li><li><b>Hungarian:</b> family name first in Hungarian (Nagy Eszter), often reversed to “Eszter Nagy” in English-language settings.</li><li><b>Vietnamese:</b> family name first (Nguyễn Thị Lan), but people are addressed by the last element, the given name: “Ms Lan”, not “Ms Nguyễn”.</li></ul><h3>Given name first</h3><ul><li><b>English and other Western names:</b> given name + middle name(s) (optional, rarely used in address) + family name: Mary Elizabeth O’Connor. Family names may be hyphenated (Smith-Jones) or carry a suffix (Jr., III). Married women may or may not change their family name.</li><li><b>Russian and some Central Asian names:</b> given name + patronymic + family name, e.g. Aigerim Nurlanovna Bekova; the patronymic is formed from the father’s given name. Some Kazakhs use -uly (“son of”) or -kyzy (“daughter of”) forms instead, e.g. Aigerim Serikkyzy. In English, “Ms Bekova” is fine.</li></ul><h3>Two family names: Spanish and Portuguese</h3><ul><li><b>Spanish:</b> usually two family names, the first from the father and the second from the mother: Javier García López. Say “Mr/Dr García” or “Dr García López” — <b>never</b> the second name alone (“Dr López”). Catalogue and file under the first family name: García López, Javier.</li><li><b>Portuguese (including Brazil):</b> usually the other way round — the mother’s family name first, the father’s last: in Ana Paula Souza Oliveira, Oliveira comes from her father. The short form normally uses the last family name (Ms Oliveira), and cataloguing files under it: Oliveira, Ana Paula Souza. In Brazil, addressing people by their given name is common even in fairly formal settings (“Professora Ana Paula”).</li></ul>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>Arabic names</h3><p>A traditional Arabic name is built from several elements. Knowing them helps you address people respectfully:</p><ul><li><b>ism</b> — the person’s own given name, e.g. Khalid, Fatima.</li><li><b>nasab</b> — the line of descent, linking to the father’s name with ibn / bin (“son of”) or bint (“daughter of”): Khalid bin Saeed.</li><li><b>laqab</b> — an epithet or honorific, e.g. al-Rashid (“the rightly guided”); some have become family names.</li><li><b>nisba</b> — a name showing origin, tribe or family, e.g. al-Masri (“the Egyptian”), al-Harthi.</li><li><b>kunya</b> — an honorific formed from the name of a child, e.g. Abu Ahmad (“father of Ahmad”), Umm Ahmad (“mother of Ahmad”).</li></ul><p>How these appear in a modern passport varies by country: some use given name + father’s name + grandfather’s name + family name; in others (commonly in Egypt) the “surname” field actually holds the father’s or grandfather’s given name. In address, “Dr Khalid” is common and respectful in the Gulf states, and “Dr Al-Harthi” is equally correct in formal settings; <b>never</b> treat “bin” or “bint” as a surname (“Mr Bin” is wrong). When filing alphabetically, the article “al-/Al-” is usually ignored. Women usually keep their own names after marriage.</p><h3>Malay and Indonesian names</h3><ul><li><b>Malay names</b> often use bin / binti with the father’s name: Nurul Aina binti Ahmad. Her name is Nurul Aina; Ahmad is her father’s name; there is no family name. Say “Ms Nurul Aina” or “Ms Nurul”, not “Ms Ahmad” — and certainly not “Ms Binti”.</li><li><b>In Indonesia</b> many people, especially Javanese, have a single name — former presidents Sukarno and Suharto are well-known examples. Systems that demand a given name and a family name often end up repeating the name in both fields or leaving one empty. Don’t invent a surname for the person.</li></ul><h3>Icelandic patronymics</h3><p>Most Icelanders have no family name. They use their father’s (occasionally their mother’s) given name plus -son (“son”) or -dóttir (“daughter”): Jón Einarsson’s daughter is Guðrún Jónsdóttir, and his son is Einar Jónsson. Members of one family therefore have different “surnames”. Icelanders address each other by given name even formally (“Guðrún”), and the Icelandic telephone directory is sorted by given name.</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>Respect starts with small things.</b> Don’t comment that a name is “so long” or “so hard”, and don’t shorten it or give someone a nickname unless they offer one. Taking the trouble to practise a pronunciation is itself a sign of respect; if you get it wrong, apologise and try again. Many international students have a Chinese name given by a teacher. If they like it, use it, but don’t lose sight of the official name in their passport.</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Asking about names and forms of address",
                            "phrases": [
                                {
                                    "term": "How would you like me to address you?",
                                    "translation": "请问我该怎么称呼您？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "The single most useful sentence; works with everyone.",
                                },
                                {
                                    "term": "Could you tell me which part is your family name?",
                                    "translation": "能告诉我哪一部分是您的姓吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "When registering a user or finding their record.",
                                },
                                {
                                    "term": "How do you pronounce your name? I’d like to get it right.",
                                    "translation": "您的名字怎么念？我想念对。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Makes it clear that you ask out of respect.",
                                },
                                {
                                    "term": "Is this exactly how your name appears on your passport?",
                                    "translation": "这和您护照上的姓名完全一致吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "When checking a record in the system.",
                                },
                                {
                                    "term": "Which name would you like us to use in emails?",
                                    "translation": "您希望我们在邮件里怎么称呼您？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Record the answer in a preferred-name or notes field if the system has one.",
                                },
                                {
                                    "term": "I’m sorry, I don’t think I said that correctly. Could you say it once more?",
                                    "translation": "抱歉，我好像念得不对，您能再说一遍吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Apologise lightly and try again.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>Recording names in the library system</h3><ol><li><b>The university’s official record comes first.</b> User data is usually synchronised from the student or staff records system. If you must enter a name by hand, copy the family name and the given name exactly as the passport or student record separates them, and don’t reorder them yourself.</li><li><b>Beware the machine-readable zone.</b> The code at the bottom of a passport uses only the letters A–Z, drops diacritics and sometimes transliterates (German Müller may appear as MUELLER or MULLER). Take the name from the printed data page; if the system cannot store special characters, follow the university’s agreed convention.</li><li><b>Keep the official name and the preferred name apart.</b> If the system has a preferred-name, alias or notes field, record how the person wishes to be addressed, or their Chinese name, there. Never put a nickname in the official name fields.</li><li><b>Handle single names by the university’s agreed rule.</b> Don’t improvise a surname, and don’t type “none” or “Unknown”. Add a note (“single name”) so colleagues can find the record.</li><li><b>Search by ID or library card number first,</b> not by name. If you have to search by name, try both orders and common spelling variants (Mohammed / Muhammad / Mohamed).</li><li><b>Check notice templates.</b> An automatic “Dear [surname]” does not suit many name structures. Consider the full name (“Dear Nurul Aina binti Ahmad”) or a greeting without a title.</li></ol>",
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Dear Ms Binti”",
                            "situation": "<p>Nurul Aina binti Ahmad, a doctoral student from Malaysia, comes to the desk and, a little embarrassed, shows Liu Fang an overdue notice on her phone. It begins “Dear Ms Binti”. “My friends are all laughing at this email,” she says. Liu Fang looks her up: the family-name field in the system says “BINTI AHMAD” and the given-name field says “NURUL AINA”.</p>",
                            "question": "How should Liu Fang respond now? Who else needs to hear about this?",
                            "commentary": "<p>Apologise sincerely and explain: “I’m sorry — our email template builds the greeting from the family-name field automatically, and it doesn’t suit your name.” Then ask: “How would you like us to address you?” If the system has a preferred-name field, record the answer there and then.</p><p>This is not one user’s problem but a <b>systemic</b> one: the same template will greet many Malay, Arab, Indonesian and other users inappropriately. Report the concrete example to the systems administrator or your supervisor and suggest that the template use the full or preferred name. Don’t change the official name synchronised from the student record yourself; it may then stop matching the university’s other systems.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "The hold that couldn’t be found",
                            "situation": "<p>Sulastri, a visiting scholar from Indonesia, has a single name. She received a text message saying her requested book is ready, but when the librarian searches by name, no hold for “Sulastri” appears. A colleague says: “Don’t all foreigners have a surname? Maybe she never registered.”</p>",
                            "question": "How would you find her record? What does this tell you?",
                            "commentary": "<p>Search by her ID or library card number instead. Her name has probably been entered as “Sulastri Sulastri” in one system, with an empty given-name field in another, or with a placeholder, so a name search fails.</p><p>Once you find the record, check it against the official university record and add a note (“single name”) so colleagues can find her next time. The colleague’s remark is a common false assumption: many people in the world have one name, and that is perfectly normal. It is our systems and habits that need adjusting, not the user’s name.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A visiting scholar from Spain has the passport name Javier García López. Which forms of address are appropriate? (Choose all that apply.)",
                            "options": [
                                {
                                    "text": "Dr López",
                                    "correct": False,
                                    "feedback": "López is the second family name (from his mother); it is not normally used on its own.",
                                },
                                {
                                    "text": "Dr García",
                                    "correct": True,
                                    "feedback": "Correct. The first family name (from his father) is the one used in everyday address.",
                                },
                                {
                                    "text": "Dr García López",
                                    "correct": True,
                                    "feedback": "Correct. Using both family names is more formal and entirely appropriate.",
                                },
                                {
                                    "text": "Dr Javier López",
                                    "correct": False,
                                    "feedback": "This drops the first family name, which is the important one.",
                                },
                            ],
                            "explanation": "Spanish names are usually given name + father’s family name + mother’s family name; address and filing use the first family name. Portuguese (and Brazilian) names usually go by the last family name. When unsure, ask: “How would you like me to address you?”",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 3: non-verbal cues
        # ------------------------------------------------------------------
        {
            "slug": "non-verbal-cues",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "非语言信号",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>先说一句提醒</h3><p>非语言信号是最容易被误读的。下面列出的是一些常见的差异，它们可以帮你<b>理解</b>一次奇怪的互动，但不能用来<b>预测</b>某个人会怎么做。个性、年龄、性别、在国外生活的时间、当时的情绪都会影响一个人的举止。</p><h3>个人空间</h3><p>霍尔在《隐藏的维度》（<i>The Hidden Dimension</i>，1966）中研究美国中产阶层时，把人际距离分为四种：亲密距离（约45厘米以内）、个人距离（约45厘米至1.2米）、社交距离（约1.2至3.6米）和公共距离（3.6米以上）。不同群体感到舒适的距离并不相同。排队时站得很近，或者隔着服务台身体前倾，多半只是习惯不同，而不是无礼或有攻击性。服务台前可以用地面标线和“请在此等候”的提示来统一期待，这比对个人提醒更不容易让人尴尬。</p><h3>目光接触</h3><p>在很多英语国家，直视对方常被理解为真诚和专注；而在不少文化中（包括东亚和西非的部分地区），面对年长者或有地位的人时垂下目光反而是尊重的表现。另外，有些人回避目光接触与文化无关，而是因为害羞、焦虑或孤独症等原因。<b>不要根据目光判断一个人是否诚实。</b></p>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>手势和数字</h3><ul><li><b>用手指数数的方式不同。</b>中国人单手比划 6 到 10 的手势（如大拇指加小拇指表示“六”、拇指加食指表示“八”）在很多国家并不通用，“八”常被看成“二”或别的意思。说出数字，再写下来。</li><li><b>指方向。</b>用食指直指人在很多地方被视为不礼貌。指方向时可以用整只手掌，最好带读者走过去。</li><li><b>招手叫人。</b>掌心向上勾手指叫人，在一些国家是叫动物的方式。需要叫人过来时，直接用语言：“Could you come over here, please?”</li><li><b>“OK”和竖大拇指</b>在多数地方是积极的意思，但在少数地区可能被理解为粗鲁的手势。在服务台上，用语言确认更保险。</li><li><b>点头和摇头。</b>在保加利亚等少数地方，点头和摇头的意思可能与我们相反；在南亚，头向两侧轻轻摆动常表示“好的”或“我在听”。</li></ul><h3>递东西、握手和接触</h3><ul><li>在中国、日本和韩国，双手递接物品表示尊重；在很多穆斯林占多数的地区以及南亚，左手被视为不洁，递东西宜用右手。<b>双手或右手递物</b>几乎在任何地方都得体。</li><li>有些读者出于宗教信仰不与异性握手，也可能以手放胸前的方式致意。让对方先伸手，你跟随即可，不要因为对方不握手而感到被冒犯。</li><li>拍肩、拉胳膊带路等身体接触，最好完全避免。</li></ul><h3>沉默、笑和音量</h3><ul><li><b>沉默</b>不一定表示不同意或没听懂。用第二语言交流的人需要时间在脑中组织语言。问完问题后，默数五秒再开口。</li><li><b>笑</b>有时是为了掩饰尴尬或不知所措。我们自己在听不懂时的“尴尬一笑”，也可能被对方理解为嘲笑。</li><li><b>音量</b>的习惯差别很大。说话大声不等于生气，说话轻柔也不等于满意。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>一个信号说明不了什么。</b>不要根据单一的非语言信号下结论，尤其不要据此判断诚实与否或态度好坏。聋人、视障读者、孤独症读者以及正处于压力中的人，其目光、音量和距离感都可能与你预期的不同，而这与文化无关。拿不准时，用语言确认。</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "用语言代替手势",
                            "phrases": [
                                {
                                    "term": "It’s on the second floor, on the left after the lifts. I’ll walk you there.",
                                    "translation": "在二楼，出电梯后左手边。我带您过去。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "带路比用手指方向更清楚，也更友好。",
                                },
                                {
                                    "term": "Your locker number is eight — let me write it down.",
                                    "translation": "您的储物柜是8号，我给您写下来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "数字说出来并写下来，不用手势比划。",
                                },
                                {
                                    "term": "Take your time.",
                                    "translation": "不着急，您慢慢来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "对方沉默思考时，给他一点时间。",
                                },
                                {
                                    "term": "Would you like to come round to this side, so you can see the screen?",
                                    "translation": "您要不要到这边来，这样能看到屏幕？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "让对方自己决定距离，而不是拉对方过来。",
                                },
                                {
                                    "term": "Could you come over here, please?",
                                    "translation": "请您过来一下好吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "代替招手。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "6号还是2号？",
                            "situation": "<p>服务台很忙，馆员赵敏一边接电话，一边用手势告诉巴西学生 Rafael Costa 他的储物柜号码：她伸出大拇指和小拇指，比了一个“六”。Rafael 愣了一下，笑着也回了同样的手势，然后去找柜子。十分钟后他回来说钥匙打不开柜子。</p>",
                            "question": "发生了什么？以后怎样避免？",
                            "commentary": "<p>中国人用单手比划 6 到 10 的方式在很多国家并不通用。对 Rafael 来说，大拇指加小拇指更像是打电话或“放轻松”的手势，他以为是一个友好的示意，也友好地回应了。他可能随便试了几个柜子，或者按别的理解去找。</p><p>规则很简单：<b>数字要说出来，并且写下来</b>（或者直接写在钥匙牌上）。服务台很忙时尤其如此，因为那正是最容易用手势“省事”的时候。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“他都不敢看我”",
                            "situation": "<p>一本归还的书有明显的水渍。新同事询问归还的尼日利亚硕士生 Emeka Nwosu 时，Emeka 一直低着头，回答很简短。事后新同事对你说：“他都不敢看我，肯定是他弄湿的。”</p>",
                            "question": "你会怎么回应这位同事？这件事应该依据什么来处理？",
                            "commentary": "<p>目光不是证据。在很多社区（包括尼日利亚的一些社区，也包括中国和日本的很多家庭），面对有权威的人低头、少看对方是尊重的表现；被工作人员询问“是不是你弄坏的”，任何人都可能紧张、尴尬。也有人天生害羞，或者因为孤独症等原因不习惯目光接触。</p><p>处理应当依据事实：借出时的记录（有没有标注原有损坏）、损坏程度以及图书馆的赔偿规定。询问时用中性的语言：“这本书还回来时有水渍，我们需要按规定登记一下。您借的时候注意到了吗？”把对方当作一起弄清事实的人，而不是嫌疑人。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "读者问某一类书在哪里。以下哪种做法最稳妥？",
                            "options": [
                                {
                                    "text": "用食指指向书架的方向。",
                                    "correct": False,
                                    "feedback": "用食指指方向在一些文化中不礼貌，而且读者往往还是找不到。",
                                },
                                {
                                    "text": "用手势比出楼层号和书架号。",
                                    "correct": False,
                                    "feedback": "数字手势在不同国家差别很大，容易误解。",
                                },
                                {
                                    "text": "说明位置并写下索书号；如果方便，带读者走过去，或用整只手掌示意方向。",
                                    "correct": True,
                                    "feedback": "语言加书面信息最可靠，带路也是最友好的做法。",
                                },
                            ],
                            "explanation": "手势和数字手势最容易误解。用语言说明、写下关键信息、能带路就带路，这几招在任何文化中都管用。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Non-verbal cues",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>A word of caution first</h3><p>Non-verbal cues are the easiest signals to misread. The differences below can help you <b>understand</b> an odd moment at the desk, but they cannot <b>predict</b> what any particular person will do. Personality, age, gender, time spent abroad and mood all shape how someone behaves.</p><h3>Personal space</h3><p>In <i>The Hidden Dimension</i> (1966) Edward T. Hall described four interpersonal distances among the middle-class Americans he studied: intimate (up to about 45 cm), personal (about 45 cm to 1.2 m), social (about 1.2 to 3.6 m) and public (beyond about 3.6 m). The distance people find comfortable differs between groups. Someone who stands close in a queue or leans across the desk is most likely following a different habit, not being rude or aggressive. At a desk, a floor line and a “Please wait here” sign set shared expectations without singling anyone out.</p><h3>Eye contact</h3><p>In many English-speaking countries, looking someone in the eye is read as honesty and attention. In many other settings, including parts of East Asia and West Africa, lowering one’s eyes before an older or more senior person is a sign of respect. Some people avoid eye contact for reasons that have nothing to do with culture: shyness, anxiety, or being autistic, for example. <b>Never judge honesty by eye contact.</b></p>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>Gestures and numbers</h3><ul><li><b>Counting on fingers differs.</b> The Chinese one-hand signs for 6 to 10 (thumb and little finger for six, thumb and index finger for eight) are not understood in many countries; “eight” is often read as “two” or something else. Say the number and write it down.</li><li><b>Pointing.</b> Pointing at people with the index finger is considered rude in many places. Indicate a direction with the whole open hand — or, better, walk the user there.</li><li><b>Beckoning.</b> Curling a finger with the palm up is how some people call animals. To ask someone to come over, use words: “Could you come over here, please?”</li><li><b>“OK” and thumbs up</b> are positive in most places, but can be read as rude gestures in a few. At the desk, confirm in words.</li><li><b>Nodding and shaking the head.</b> In a few places, such as Bulgaria, nods and shakes may mean the opposite of what you expect; in South Asia a gentle side-to-side tilt of the head often means “yes” or “I’m listening”.</li></ul><h3>Handing things over, handshakes and touch</h3><ul><li>In China, Japan and Korea, giving and receiving with both hands shows respect. In many Muslim-majority regions and in South Asia the left hand is considered unclean, so items are given with the right. <b>Both hands, or the right hand,</b> is appropriate almost everywhere.</li><li>Some users do not shake hands with people of another gender for religious reasons, and may greet you with a hand on the heart instead. Let the other person offer their hand first and follow their lead; don’t take a declined handshake personally.</li><li>Avoid touch altogether: no tapping shoulders or steering people by the arm.</li></ul><h3>Silence, laughter and volume</h3><ul><li><b>Silence</b> does not necessarily mean disagreement or confusion. People using a second language need time to put their thoughts into words. After asking a question, count five seconds silently before speaking again.</li><li><b>Laughter</b> sometimes covers embarrassment or uncertainty. Our own awkward laugh when we don’t understand something can be taken as mockery.</li><li><b>Volume</b> habits vary widely. Loud does not mean angry, and soft does not mean satisfied.</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>One cue proves nothing.</b> Don’t draw conclusions from a single non-verbal signal, and never use one to judge honesty or attitude. Deaf and blind users, autistic users and anyone under stress may differ from your expectations in eye contact, volume and distance, for reasons that have nothing to do with culture. When in doubt, check in words.</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Words instead of gestures",
                            "phrases": [
                                {
                                    "term": "It’s on the second floor, on the left after the lifts. I’ll walk you there.",
                                    "translation": "在二楼，出电梯后左手边。我带您过去。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Walking someone there is clearer and friendlier than pointing.",
                                },
                                {
                                    "term": "Your locker number is eight — let me write it down.",
                                    "translation": "您的储物柜是8号，我给您写下来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Say numbers and write them; don’t sign them.",
                                },
                                {
                                    "term": "Take your time.",
                                    "translation": "不着急，您慢慢来。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "When someone is silent while they think.",
                                },
                                {
                                    "term": "Would you like to come round to this side, so you can see the screen?",
                                    "translation": "您要不要到这边来，这样能看到屏幕？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Lets the user choose the distance; don’t pull them over.",
                                },
                                {
                                    "term": "Could you come over here, please?",
                                    "translation": "请您过来一下好吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Instead of beckoning.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "Locker six or locker two?",
                            "situation": "<p>The desk is busy. While on the phone, Zhao Min signals a locker number to Rafael Costa, a student from Brazil: she holds up her thumb and little finger — “six” in Chinese hand counting. Rafael pauses, smiles, makes the same gesture back and goes off to find his locker. Ten minutes later he returns: the key doesn’t open it.</p>",
                            "question": "What happened? How can it be avoided?",
                            "commentary": "<p>Chinese hand signs for 6 to 10 are not understood in many countries. To Rafael, thumb and little finger looked more like a “phone me” or “hang loose” sign; he took it as a friendly gesture and returned it. He may then have tried lockers at random or guessed another number.</p><p>The rule is simple: <b>say numbers aloud and write them down</b> — or write them on the key tag. This matters most when the desk is busy, because that is exactly when a quick gesture is tempting.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“He wouldn’t even look at me”",
                            "situation": "<p>A returned book has obvious water damage. When a new colleague asks Emeka Nwosu, the master’s student from Nigeria who returned it, about it, Emeka keeps his eyes down and gives short answers. Afterwards the colleague tells you: “He wouldn’t even look at me. He must have done it.”</p>",
                            "question": "How would you respond to your colleague? What should the case be decided on?",
                            "commentary": "<p>Eye contact is not evidence. In many communities — including some in Nigeria, and many families in China and Japan — looking down before a person in authority is respectful, and anyone asked by staff “Did you damage this?” may feel nervous or embarrassed. Some people are simply shy, or avoid eye contact because they are autistic.</p><p>Decide on the facts: the loan record (was earlier damage noted?), the extent of the damage and the library’s replacement rules. Ask in neutral language: “This book came back with water damage, and we need to record it under our rules. Did you notice it when you borrowed it?” Treat the user as someone helping to establish the facts, not as a suspect.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A user asks where a subject section is. Which approach is safest?",
                            "options": [
                                {
                                    "text": "Point towards the shelves with your index finger.",
                                    "correct": False,
                                    "feedback": "Index-finger pointing is impolite in some cultures, and users often still can’t find the place.",
                                },
                                {
                                    "text": "Show the floor and shelf numbers with your fingers.",
                                    "correct": False,
                                    "feedback": "Number gestures differ widely between countries and are easily misread.",
                                },
                                {
                                    "text": "Describe the location and write down the call number; if you can, walk the user there, or indicate the direction with an open hand.",
                                    "correct": True,
                                    "feedback": "Words plus writing are the most reliable, and walking someone there is the friendliest option.",
                                },
                            ],
                            "explanation": "Gestures, especially number gestures, are the easiest things to misread. Say it, write down the key details, and walk the user there when you can: that works in every culture.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 4: avoiding stereotypes
        # ------------------------------------------------------------------
        {
            "slug": "avoiding-stereotypes",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "避免刻板印象",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>概括与刻板印象</h3><p>本课程前几课用到了很多“某些文化倾向于……”的说法。这类<b>概括</b>（generalisation）是有用的，但它和<b>刻板印象</b>（stereotype）只有一步之遥。区别在于我们怎么使用它：</p><ul><li><b>概括</b>描述的是一个群体的总体倾向，是一个<b>起点假设</b>；我们知道群体内部差异很大，一旦面前这个人的表现不同，就立即更新判断。</li><li><b>刻板印象</b>把一种特征套在群体里的<b>每一个人</b>身上，固定不变，不受事实影响，而且常常带有褒贬评价。</li></ul><p>研究跨文化管理的学者 Joyce Osland 和 Allan Bird 把“知道一些文化维度，就以为能预测每个人”的做法称为“精致的刻板印象”（sophisticated stereotyping）。文化知识应当帮助我们提出更好的问题，而不是替我们回答问题。</p><h3>检查自己的假设：描述—解释—评价</h3><p>跨文化培训中常用“描述—解释—评价”（Describe–Interpret–Evaluate）练习来放慢判断：</p><ol><li><b>描述</b>：只说看到、听到的事实。“这位读者在安静区打了两次电话。”</li><li><b>解释</b>：至少想出三种可能的解释。“他不知道这里是安静区；标识只有中文；他在处理紧急的家事。”</li><li><b>评价</b>：最后才下判断，并且选择合适的回应。“先友好地告诉他哪里可以打电话，再看看标识是否需要加英文。”</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>每个标签里面都有巨大的差异。</b>非洲有54个国家；仅尼日利亚就有500多种语言，而英语是其官方语言。很多哈萨克斯坦学生同时说哈萨克语和俄语。“国际学生”中也有来自马来西亚、印度尼西亚、美国等地的华裔，他们可能不会读中文；而一位“看起来像外国人”的读者，也可能是中国公民。从外表推断国籍、语言或宗教，十有八九会出错。</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>包容性的语言</h3><p><b>说中文时：</b></p><ul><li>用“国际学生”“外籍教师”“访问学者”，或者直接说“读者”；不用“老外”“洋人”等称呼，即使你并无恶意。</li><li>不对读者的肤色、头发、身材、服饰发表评论，包括自以为是夸奖的评论。</li><li>记住：很多国际学生听得懂中文。同事之间在服务台旁用中文议论读者，对方很可能全都听到了。</li></ul><p><b>说英语时：</b></p><ul><li>说 “international students”、“visiting scholars”、“users”，而不是 “foreigners”。</li><li>只有在与服务相关时才问对方来自哪里；不要追问 “Where are you <i>really</i> from?”</li><li>不要夸来自英语为官方语言国家（如尼日利亚、印度、巴基斯坦、新加坡）的读者“英语真好”。</li><li>对群体说话时用 “everyone”，对不确定性别的人可以用 “they”。</li><li>不要从外表推断宗教，也不要主动谈论宗教；祈祷室、饮食等问题，按学校的相关规定和资源转介。</li></ul>",
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "不带假设地提问",
                            "phrases": [
                                {
                                    "term": "Which language would you prefer — English, Chinese, or another language?",
                                    "translation": "您希望用哪种语言交流？英语、中文，还是其他语言？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "不要从外表判断对方说什么语言。",
                                },
                                {
                                    "term": "I don’t want to assume — could you tell me what you need?",
                                    "translation": "我不想想当然——您能告诉我您需要什么吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "当你发现自己正在猜测时。",
                                },
                                {
                                    "term": "Would it help if I wrote it down?",
                                    "translation": "我写下来会不会更方便？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "对所有人都适用，不只是“外国人”。",
                                },
                                {
                                    "term": "Is there anything that would make the library easier for you to use?",
                                    "translation": "有什么能让您更方便地使用图书馆吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "让读者自己说出需要，而不是由我们替他们决定。",
                                },
                                {
                                    "term": "Good morning, everyone.",
                                    "translation": "大家早上好。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "面向群体时使用的中性问候。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“你的英语真好！”",
                            "situation": "<p>尼日利亚博士生 Chinedu Okafor 在参考咨询台用英语详细地描述了他的研究问题。馆员周婷很高兴，真诚地说：“Wow, your English is very good!”Chinedu 停顿了一下，淡淡地说：“Thank you. English is the official language in Nigeria.”接下来的交流明显冷淡了。</p>",
                            "question": "周婷的本意是友好的，为什么效果不好？她现在可以怎么做？",
                            "commentary": "<p>这句夸奖背后有一个假设：一个黑人非洲学生的英语本来“不该”这么好。英语是尼日利亚的官方语言，也是其高等教育的主要语言，Chinedu 很可能从小就用英语上学。对他来说，这句话听起来像是惊讶，而不是赞美。这种出于好意却传递了偏见的小话语，常被称为“微冒犯”（microaggression）。</p><p>补救的方法很简单：承认并继续做好服务。“Of course — sorry, that was a silly thing for me to say. Let’s look at your topic.”不必过度道歉，让对话回到他的研究问题上就好。以后，夸奖对方的研究问题提得清楚，比夸他的语言更合适。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "服务台边的一句议论",
                            "situation": "<p>服务台前排着队，同事李建国翻着逾期清单，用中文对你说：“又是这几个国家的学生，他们就是不守规矩，从来不按时还书。”队伍里的哈萨克斯坦学生 Aigerim 抬头看了你们一眼，她的中文已经达到HSK五级。</p>",
                            "question": "你当下怎么做？之后又怎么做？",
                            "commentary": "<p><b>当下：</b>不附和，把话题拉回到工作上，例如轻声说：“先办业务吧，这个我们待会儿说。”如果 Aigerim 明显听到了，接待她时格外礼貌，必要时简单说一句：“不好意思，刚才的话不妥当。”</p><p><b>之后：</b>私下和李建国谈，对事不对人。逾期多少通常和一些可以改进的因素有关：通知是否只有中文、提醒短信是否发到了对方能收到的号码、对方是否知道续借的方法、是否正赶上假期回国。查一查数据，往往会发现问题出在流程上，而流程是图书馆可以修改的。</p><p>最后记住：在服务台旁边，任何语言说的话都可能被读者听懂。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "以下哪一种是把文化知识用作“概括”而不是“刻板印象”？",
                            "options": [
                                {
                                    "text": "“日本读者都不会提问，所以不用问他们有没有问题。”",
                                    "correct": False,
                                    "feedback": "这把一种倾向套在每个人身上，还据此减少了服务。",
                                },
                                {
                                    "text": "“有些读者不习惯当众提问，所以培训结束后我会留下来，并给出邮箱，方便大家私下问。”",
                                    "correct": True,
                                    "feedback": "这是把概括当作起点，为所有人多提供一个选择，而不针对任何人。",
                                },
                                {
                                    "text": "“德国人说话直接，所以他生气的时候我不必在意。”",
                                    "correct": False,
                                    "feedback": "用文化来解释掉一个人的真实不满，会让你错过真正的问题。",
                                },
                            ],
                            "explanation": "好的概括帮助我们为更多人设计更好的服务，并在遇到具体的人时随时更新判断；刻板印象则替我们下结论，让我们不再观察和提问。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Avoiding stereotypes",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Generalisation and stereotype</h3><p>Earlier lessons used many statements of the form “some cultures tend to…”. Such <b>generalisations</b> are useful, but they are one step away from <b>stereotypes</b>. The difference lies in how we use them:</p><ul><li>A <b>generalisation</b> describes an overall tendency in a group and serves as a <b>starting hypothesis</b>. We know there is wide variation inside any group, and we update our view as soon as the person in front of us behaves differently.</li><li>A <b>stereotype</b> applies a trait to <b>every member</b> of a group. It is fixed, resists evidence and often carries a judgement.</li></ul><p>The intercultural management scholars Joyce Osland and Allan Bird called the habit of learning a few cultural dimensions and then believing one can predict every individual “sophisticated stereotyping”. Cultural knowledge should help us ask better questions, not answer them for us.</p><h3>Checking your assumptions: Describe, Interpret, Evaluate</h3><p>Intercultural training often uses the Describe–Interpret–Evaluate exercise to slow judgement down:</p><ol><li><b>Describe:</b> state only what you saw and heard. “This user made two phone calls in the silent area.”</li><li><b>Interpret:</b> think of at least three possible explanations. “He doesn’t know it’s a silent area; the signs are only in Chinese; he is dealing with a family emergency.”</li><li><b>Evaluate:</b> judge last, and choose a proportionate response. “First tell him kindly where he can take calls; then check whether the signs need English.”</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>Every label hides enormous variety.</b> Africa has 54 countries; Nigeria alone has more than 500 languages, and English is its official language. Many students from Kazakhstan speak both Kazakh and Russian. “International students” include ethnic Chinese from Malaysia, Indonesia, the United States and elsewhere who may not read Chinese, and a user who “looks foreign” may be a Chinese citizen. Guessing nationality, language or religion from appearance is usually wrong.</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>Inclusive language</h3><p><b>In Chinese:</b></p><ul><li>Say 国际学生 (international students), 外籍教师 (international staff), 访问学者 (visiting scholars), or simply 读者 (users). Don’t use 老外 or 洋人 (“foreigner” in casual or old-fashioned terms), even without bad intent.</li><li>Don’t comment on users’ skin, hair, body or clothing — including remarks you mean as compliments.</li><li>Remember that many international students understand Chinese. Remarks about users made in Chinese at the desk may be fully understood.</li></ul><p><b>In English:</b></p><ul><li>Say “international students”, “visiting scholars”, “users” — not “foreigners”.</li><li>Ask where someone is from only when it matters for the service, and never “Where are you <i>really</i> from?”</li><li>Don’t praise the English of users from countries where English is an official language (Nigeria, India, Pakistan, Singapore and others).</li><li>Address groups as “everyone”; “they” works for a person whose gender you don’t know.</li><li>Don’t infer religion from appearance or raise it yourself; for prayer rooms, food and similar questions, refer to the university’s own policies and services.</li></ul>",
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Asking without assuming",
                            "phrases": [
                                {
                                    "term": "Which language would you prefer — English, Chinese, or another language?",
                                    "translation": "您希望用哪种语言交流？英语、中文，还是其他语言？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Don’t judge someone’s language by their appearance.",
                                },
                                {
                                    "term": "I don’t want to assume — could you tell me what you need?",
                                    "translation": "我不想想当然——您能告诉我您需要什么吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "When you catch yourself guessing.",
                                },
                                {
                                    "term": "Would it help if I wrote it down?",
                                    "translation": "我写下来会不会更方便？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Useful with everyone, not only “foreigners”.",
                                },
                                {
                                    "term": "Is there anything that would make the library easier for you to use?",
                                    "translation": "有什么能让您更方便地使用图书馆吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Let users name their needs rather than deciding for them.",
                                },
                                {
                                    "term": "Good morning, everyone.",
                                    "translation": "大家早上好。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "A neutral greeting for a group.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Your English is very good!”",
                            "situation": "<p>Chinedu Okafor, a doctoral student from Nigeria, describes his research question in detail, in English, at the reference desk. The librarian, Zhou Ting, is pleased and says warmly: “Wow, your English is very good!” Chinedu pauses and replies flatly: “Thank you. English is the official language in Nigeria.” The rest of the conversation is noticeably cooler.</p>",
                            "question": "Zhou Ting meant well. Why did it land badly, and what can she do now?",
                            "commentary": "<p>The compliment carries an assumption: that a Black African student’s English “shouldn’t” be this good. English is Nigeria’s official language and the main language of its higher education; Chinedu has very likely been taught in English since childhood. To him the remark sounds like surprise, not praise. Small, well-meant remarks that convey a bias like this are often called microaggressions.</p><p>Repair is simple: acknowledge it and carry on serving well. “Of course — sorry, that was a silly thing for me to say. Let’s look at your topic.” There’s no need to over-apologise; bring the conversation back to his research. Next time, praising how clearly he framed his research question is the better compliment.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "A remark at the desk",
                            "situation": "<p>There is a queue at the desk. Your colleague Li Jianguo, looking through the overdue list, says to you in Chinese: “Students from these countries again. They just don’t follow rules; they never return books on time.” Aigerim, a student from Kazakhstan who is in the queue and has passed HSK level 5, looks up at you both.</p>",
                            "question": "What do you do in the moment? And afterwards?",
                            "commentary": "<p><b>In the moment:</b> don’t agree; bring things back to the work, for example quietly: “Let’s serve the queue first and talk about this later.” If Aigerim clearly heard, be especially courteous when you serve her, and if appropriate say briefly: “I’m sorry, that remark was out of place.”</p><p><b>Afterwards:</b> talk to Li Jianguo privately, about the issue rather than the person. Overdue rates usually reflect things that can be fixed: notices only in Chinese, reminder messages sent to a number the user no longer has, users not knowing how to renew, or the timing of holidays when many go home. Look at the data and you will often find the problem is in the process — which the library can change.</p><p>And remember: at the desk, anything said in any language may be understood.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "Which of these uses cultural knowledge as a generalisation rather than a stereotype?",
                            "options": [
                                {
                                    "text": "“Japanese users never ask questions, so there’s no point asking if they have any.”",
                                    "correct": False,
                                    "feedback": "This applies a tendency to every individual and uses it to give less service.",
                                },
                                {
                                    "text": "“Some users don’t like asking questions in front of a group, so after the workshop I stay behind and give out my email address for private questions.”",
                                    "correct": True,
                                    "feedback": "The generalisation is a starting point that gives everyone one more option, without targeting anyone.",
                                },
                                {
                                    "text": "“Germans are direct, so when he’s angry I don’t need to take it seriously.”",
                                    "correct": False,
                                    "feedback": "Explaining away someone’s real complaint with culture means missing the actual problem.",
                                },
                            ],
                            "explanation": "A good generalisation helps us design better service for more people, and is updated the moment we meet a real person. A stereotype draws the conclusion for us and stops us observing and asking.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 5: handling complaints across cultures
        # ------------------------------------------------------------------
        {
            "slug": "handling-complaints",
            "minutes": 25,
            "required": True,
            "zh": {
                "title": "跨文化投诉处理",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>为什么跨文化投诉更难处理</h3><ul><li><b>期待不同。</b>有的读者习惯当面协商、希望现场解决；有的读者希望看到书面规定和正式流程；还有的读者不满意也不会说，只是不再来了。</li><li><b>表达方式不同。</b>直接的措辞不一定是愤怒，平静的语气也不一定是满意。情绪的外露程度因人而异。</li><li><b>语言压力。</b>用第二语言投诉本身就很吃力，读者可能显得比实际更生硬，也可能因为说不清而更着急。</li><li><b>面子。</b>读者不想当众显得犯了错，馆员也不想当众显得做错了。双方都在保护面子时，事情很容易僵住。</li></ul><h3>五个步骤：倾听、共情、致歉、解决、致谢</h3><p>服务行业常用的投诉处理模型（如 LAST、LEARN、HEARD 等）名称各异，核心都差不多。本课程使用五个步骤：</p><ol><li><b>倾听（Listen）。</b>让对方把话说完，不打断，不急于解释规定。用自己的话复述一遍：“让我确认一下，您是说……”对用第二语言表达的读者，复述尤其重要。</li><li><b>共情（Empathise）。</b>承认对方的感受，而不是评判感受是否合理：“我能理解，这确实让人着急。”</li><li><b>致歉（Apologise）。</b>区分两种道歉：对对方的遭遇表示遗憾（“很抱歉让您等了这么久”），和承认图书馆的错误（“这是我们的失误”）。前者几乎总是可以说；后者要在弄清事实后才说，一旦确认是我们的错，就明确地说出来。</li><li><b>解决（Solve）。</b>说明你现在能做什么、不能做什么、谁能决定、什么时候给答复。给出选项，让读者自己选择。不要承诺你无权兑现的事。</li><li><b>致谢（Thank）。</b>感谢对方告诉我们问题：投诉是免费的改进建议。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>照顾双方的面子。</b>跨文化沟通学者 Stella Ting-Toomey 的“面子协商理论”指出，冲突中的人同时在维护自己的面子和对方的面子。实用做法：换到安静一点的地方谈；谈“系统”和“流程”，不谈“你错了”；给出几个选项，让对方自己选择；请对方一起看书面规定，而不是由你宣读规定；如果是同事出错，不当着读者的面指责同事。</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "投诉处理常用语",
                            "phrases": [
                                {
                                    "term": "Thank you for telling us about this.",
                                    "translation": "谢谢您告诉我们这件事。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "开场和结束时都可以用。",
                                },
                                {
                                    "term": "Let me make sure I’ve understood: you returned the book on the 3rd, but the system still shows it on loan?",
                                    "translation": "我确认一下：您3号还了书，但系统仍显示在借，对吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "复述事实，让对方可以纠正你。",
                                },
                                {
                                    "term": "I can see why that was frustrating.",
                                    "translation": "我能理解这让人很着急。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "承认感受，不评判对错。",
                                },
                                {
                                    "term": "I’m sorry you had to wait so long.",
                                    "translation": "很抱歉让您等了这么久。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "对遭遇表示遗憾，不等于承认过错。",
                                },
                                {
                                    "term": "You’re right, this was our mistake, and I’m sorry.",
                                    "translation": "您说得对，这是我们的失误，非常抱歉。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "确认是图书馆的错时，就明确地说出来。",
                                },
                                {
                                    "term": "Here’s what I can do now, and here’s what I’ll ask my supervisor about.",
                                    "translation": "这是我现在能做的，这部分我会请示主管。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "分清自己的权限。",
                                },
                                {
                                    "term": "I’ll email you by Thursday with an answer.",
                                    "translation": "我会在周四前发邮件答复您。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "给出具体时间，并且做到。",
                                },
                                {
                                    "term": "Would you like to sit down somewhere quieter so we can look at this together?",
                                    "translation": "要不要我们到安静一点的地方坐下来一起看看？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "为双方保留面子。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "一笔有争议的逾期费",
                            "setting": "流通服务台。德国博士生 Jonas Becker 拿着手机上的逾期费通知来到服务台，馆员刘芳接待。",
                            "lines": [
                                {
                                    "speaker": "Jonas",
                                    "line": "I got a fine for this book. I returned it on time, on the 3rd, in the return machine. Your system is wrong.",
                                    "translation": "这本书我被罚了款。我3号就按时还到自助还书机了。你们的系统有问题。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "Thank you for coming to tell us. Let me make sure I’ve understood: you returned it on the 3rd at the self-service machine, and now the system shows a fine?",
                                    "translation": "谢谢您过来告诉我们。我确认一下：您3号在自助还书机还了书，现在系统显示有罚款，对吗？",
                                },
                                {
                                    "speaker": "Jonas",
                                    "line": "Exactly. And I don’t have time for this.",
                                    "translation": "没错。我可没时间处理这种事。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "I understand, this is annoying when you’re busy. Let me check the machine log… Yes, I can see the book was returned on the 3rd at 6:40 in the evening, but it wasn’t checked in until the next morning. You’re right — this was our mistake, and I’m sorry.",
                                    "translation": "理解，忙的时候遇到这种事确实烦人。我查一下还书机的记录……是的，记录显示这本书是3号晚上6点40分还的，但第二天早上才被处理入库。您说得对，这是我们的失误，非常抱歉。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "I’ve removed the fine now; you’ll see it’s gone when you refresh your account. I’ll also report the delay so it doesn’t happen to other readers.",
                                    "translation": "我已经把罚款撤销了，您刷新账户就能看到。我也会把这个延迟问题上报，避免其他读者遇到同样的情况。",
                                },
                                {
                                    "speaker": "Jonas",
                                    "line": "OK. Good. Thank you for checking.",
                                    "translation": "好的，很好。谢谢你查清楚。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "Thank you for letting us know. It helps us fix the problem.",
                                    "translation": "谢谢您告诉我们，这能帮我们改进问题。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>何时升级、如何升级</h3><p><b>以下情况应当升级处理</b>，交给值班主管或相关负责人：</p><ul><li>超出你权限的事项，如减免费用、规定之外的例外处理；</li><li>涉及歧视、骚扰或对工作人员行为的投诉；</li><li>涉及人身安全或读者情绪失控；</li><li>来自外部机构的正式要求（例如要求提供读者信息）；</li><li>同一问题反复投诉，或你本人就是被投诉的对象。</li></ul><p><b>怎样升级才不让读者觉得被“踢皮球”：</b></p><ol><li>先私下向主管简要说明情况，让读者<b>不必从头再讲一遍</b>。</li><li>当面介绍：“这位是我们的值班主管孙老师，她可以决定费用减免，我已经把情况告诉她了。”</li><li>告诉读者接下来会发生什么、什么时候会有答复。</li><li>记录事实：时间、经过、读者的诉求、做出的承诺。</li><li>书面答复尽量使用读者能读懂的语言（至少提供英文）。</li></ol><p>无论结果如何：不在工作群或社交媒体上讨论读者的投诉；不因为读者投诉而对其区别对待。</p>",
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“没关系，没关系”",
                            "situation": "<p>韩国硕士生 Park Ji-yeon 提前一周预约了研讨间，准备和小组做论文答辩演练。她带着三位同学到达时，发现系统出错，房间被重复预约，另一组已经在里面。馆员周婷道歉后说暂时没有空房。Ji-yeon 笑着连说“It’s fine, it’s fine”，然后和同学离开了。第二天，图书馆的留学生微信群里出现了一条对图书馆预约系统的抱怨，被很多人点赞。</p>",
                            "question": "周婷当时还能做些什么？现在又该怎么做？",
                            "commentary": "<p>“It’s fine”不一定真的没关系。当着同学的面，Ji-yeon 可能不愿意和工作人员争执，也不想让场面难堪。这并不是“韩国人”的特点，很多人在这种场合都会这样做。</p><p><b>当时：</b>主动提供选项，而不是等对方提出要求：“我可以帮您看看今天下午和明天有没有空房，或者帮您在阅览区找一张安静的大桌子；您看哪种合适？”并记下她的联系方式：“我查清楚原因后发邮件给您。”</p><p><b>现在：</b>查明重复预约的原因并修复；给 Ji-yeon 发一封简短的邮件致歉，说明原因和补救办法（例如为她优先安排一次预约）。不要在群里和评论的读者争论；可以由负责的同事在群里说明问题已经找到、正在修复，并告诉大家以后遇到问题可以向谁反映。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "一位读者投诉他的预约书被错放到了别人名下。你还不知道问题出在哪里。此时最合适的说法是？",
                            "options": [
                                {
                                    "text": "“我们的系统不会出错，肯定是您弄错了。”",
                                    "correct": False,
                                    "feedback": "在弄清事实之前就否定对方，会让对方失面子，也可能是错的。",
                                },
                                {
                                    "text": "“这完全是我们的错，我保证马上给您补偿。”",
                                    "correct": False,
                                    "feedback": "在确认事实之前承认错误、许下无权兑现的承诺，之后可能无法兑现。",
                                },
                                {
                                    "text": "“很抱歉给您带来麻烦。我现在就查一下记录，看看是哪里出了问题。”",
                                    "correct": True,
                                    "feedback": "对遭遇表示遗憾，同时马上着手查明事实。",
                                },
                            ],
                            "explanation": "对读者的遭遇表示遗憾几乎总是可以的；承认图书馆的过错要在事实清楚之后，一旦确认就明确地说出来。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Handling complaints across cultures",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Why complaints across cultures are harder</h3><ul><li><b>Expectations differ.</b> Some users expect to negotiate face to face and settle things on the spot; some expect written rules and a formal procedure; others will never complain, and simply stop coming.</li><li><b>Ways of expressing it differ.</b> Direct wording does not necessarily mean anger, and a calm tone does not necessarily mean satisfaction. How openly people show emotion varies.</li><li><b>Language stress.</b> Complaining in a second language is hard work. The user may sound blunter than they mean, or become more agitated because they can’t explain.</li><li><b>Face.</b> The user doesn’t want to appear in the wrong in public, and neither does the librarian. When both are protecting face, things easily get stuck.</li></ul><h3>Five steps: listen, empathise, apologise, solve, thank</h3><p>Service complaint models such as LAST, LEARN and HEARD have different names but a similar core. This course uses five steps:</p><ol><li><b>Listen.</b> Let the person finish. Don’t interrupt, and don’t rush to explain the rules. Then say it back in your own words: “Let me make sure I’ve understood: you’re saying…” This matters even more when the user is speaking a second language.</li><li><b>Empathise.</b> Acknowledge the feeling without judging whether it is justified: “I can see why that’s worrying.”</li><li><b>Apologise.</b> Distinguish two kinds of apology: regret for what the person experienced (“I’m sorry you had to wait so long”), and admitting the library’s mistake (“This was our error”). The first is almost always appropriate; the second comes once you know the facts — and once you do know it was our mistake, say so plainly.</li><li><b>Solve.</b> Say what you can do now, what you can’t, who can decide and when the user will hear back. Offer options and let the user choose. Never promise what you have no authority to deliver.</li><li><b>Thank.</b> Thank the user for telling you: a complaint is free advice on how to improve.</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>Protect everyone’s face.</b> The intercultural communication scholar Stella Ting-Toomey’s face-negotiation theory holds that people in conflict are managing both their own face and the other person’s. In practice: move somewhere quieter; talk about “the system” and “the process”, not “you were wrong”; offer choices so the user decides; read the written policy together rather than reciting it at them; and if a colleague made the mistake, don’t blame them in front of the user.</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Phrases for handling complaints",
                            "phrases": [
                                {
                                    "term": "Thank you for telling us about this.",
                                    "translation": "谢谢您告诉我们这件事。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Works at the start and at the end.",
                                },
                                {
                                    "term": "Let me make sure I’ve understood: you returned the book on the 3rd, but the system still shows it on loan?",
                                    "translation": "我确认一下：您3号还了书，但系统仍显示在借，对吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Restate the facts so the user can correct you.",
                                },
                                {
                                    "term": "I can see why that was frustrating.",
                                    "translation": "我能理解这让人很着急。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Acknowledges the feeling without judging.",
                                },
                                {
                                    "term": "I’m sorry you had to wait so long.",
                                    "translation": "很抱歉让您等了这么久。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Regret for the experience; not an admission of fault.",
                                },
                                {
                                    "term": "You’re right, this was our mistake, and I’m sorry.",
                                    "translation": "您说得对，这是我们的失误，非常抱歉。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "When the library was at fault, say so plainly.",
                                },
                                {
                                    "term": "Here’s what I can do now, and here’s what I’ll ask my supervisor about.",
                                    "translation": "这是我现在能做的，这部分我会请示主管。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Be clear about the limits of your authority.",
                                },
                                {
                                    "term": "I’ll email you by Thursday with an answer.",
                                    "translation": "我会在周四前发邮件答复您。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Give a specific time — and keep to it.",
                                },
                                {
                                    "term": "Would you like to sit down somewhere quieter so we can look at this together?",
                                    "translation": "要不要我们到安静一点的地方坐下来一起看看？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Saves face on both sides.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "A disputed overdue fine",
                            "setting": "The circulation desk. Jonas Becker, a doctoral student from Germany, arrives with an overdue notice on his phone. The librarian is Liu Fang.",
                            "lines": [
                                {
                                    "speaker": "Jonas",
                                    "line": "I got a fine for this book. I returned it on time, on the 3rd, in the return machine. Your system is wrong.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Thank you for coming to tell us. Let me make sure I’ve understood: you returned it on the 3rd at the self-service machine, and now the system shows a fine?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Jonas",
                                    "line": "Exactly. And I don’t have time for this.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "I understand, this is annoying when you’re busy. Let me check the machine log… Yes, I can see the book was returned on the 3rd at 6:40 in the evening, but it wasn’t checked in until the next morning. You’re right — this was our mistake, and I’m sorry.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "I’ve removed the fine now; you’ll see it’s gone when you refresh your account. I’ll also report the delay so it doesn’t happen to other readers.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Jonas",
                                    "line": "OK. Good. Thank you for checking.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Thank you for letting us know. It helps us fix the problem.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>When and how to escalate</h3><p><b>Escalate</b> to the duty supervisor or the person responsible when:</p><ul><li>the request is beyond your authority, such as waiving fees or making an exception to policy;</li><li>the complaint alleges discrimination or harassment, or concerns a staff member’s conduct;</li><li>someone’s safety is at risk, or a user is very distressed or out of control;</li><li>an outside body makes a formal request (for example, for information about a user);</li><li>the same complaint keeps coming back, or you are the person being complained about.</li></ul><p><b>How to escalate without the user feeling passed around:</b></p><ol><li>Brief the supervisor privately first, so the user <b>does not have to tell the story again</b>.</li><li>Introduce them in person: “This is Ms Sun, our duty supervisor. She can decide on fee waivers, and I’ve told her what happened.”</li><li>Tell the user what happens next and when they will hear back.</li><li>Record the facts: time, what happened, what the user asked for, what was promised.</li><li>Reply in writing in a language the user can read — at least in English.</li></ol><p>Whatever the outcome: don’t discuss users’ complaints in staff chat groups or on social media, and never treat a user differently because they complained.</p>",
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“It’s fine, it’s fine”",
                            "situation": "<p>Park Ji-yeon, a master’s student from Korea, booked a group study room a week ahead for a thesis-defence rehearsal. When she arrives with three classmates, a system error has double-booked the room and another group is already inside. Zhou Ting apologises and says no other room is free right now. Ji-yeon smiles, says “It’s fine, it’s fine”, and leaves with her classmates. The next day a complaint about the library’s booking system appears in the international students’ WeChat group and collects many likes.</p>",
                            "question": "What else could Zhou Ting have done at the time? What should happen now?",
                            "commentary": "<p>“It’s fine” is not always fine. In front of her classmates, Ji-yeon may not have wanted to argue with staff or make the moment awkward. This is not a “Korean” trait; many people would do the same in that situation.</p><p><b>At the time:</b> offer options rather than waiting to be asked: “I can check for a free room later today or tomorrow, or find you a large quiet table in the reading area — which would suit you better?” And take her contact details: “I’ll find out what went wrong and email you.”</p><p><b>Now:</b> find and fix the cause of the double booking; send Ji-yeon a short email apologising, explaining the cause and offering a remedy (for example, a priority booking). Don’t argue with commenters in the group; the responsible colleague can post that the problem has been found and is being fixed, and say whom to contact about such problems in future.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A user complains that the book he reserved was checked out to someone else. You don’t yet know what went wrong. What is the best thing to say?",
                            "options": [
                                {
                                    "text": "“Our system doesn’t make mistakes, so you must have got it wrong.”",
                                    "correct": False,
                                    "feedback": "Dismissing the user before you know the facts costs them face — and you may be wrong.",
                                },
                                {
                                    "text": "“This is entirely our fault, and I promise you’ll get compensation right away.”",
                                    "correct": False,
                                    "feedback": "Admitting fault before checking, and promising what you can’t authorise, may leave you unable to keep your word.",
                                },
                                {
                                    "text": "“I’m sorry for the trouble. Let me check the records now and find out what happened.”",
                                    "correct": True,
                                    "feedback": "Regret for the experience, and immediate action to establish the facts.",
                                },
                            ],
                            "explanation": "Regret for what the user went through is almost always appropriate. Admit the library’s fault once the facts are clear — and when they are, say it plainly.",
                        },
                    },
                ],
            },
        },
    ],
}
