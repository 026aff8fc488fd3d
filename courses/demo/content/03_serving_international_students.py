"""Demo course: serving international students and visiting scholars."""

COURSE = {
    "slug": "serving-international-students",
    "topic": "international",
    "target_language": None,
    "cefr_level": "",
    "estimated_minutes": 110,
    "mandatory": False,
    "certificate_validity_months": 36,
    "outcomes": [("visiting-scholar", 2)],
    "zh": {
        "title": "服务国际学生与访问学者",
        "summary": "从入学头几周的账户、校园卡、校外访问和打印，到真正有效的入馆培训；从访问学者的临时账户和数据库许可条款，到不带指责地讲解学术规范；再到转介、合作和读者隐私保护。帮助一线馆员为国际读者提供顺畅、可靠的服务。",
        "objectives": "<ul><li>说明国际读者入学头几周需要办理的账户和服务，预见他们常遇到的障碍（手机号、支付、校外访问）</li><li>设计简短、动手、多语种、时间合适的入馆培训</li><li>为访问学者开通临时账户，按数据库许可条款区分“授权用户”和“到馆用户”，说明馆际互借资格和工作空间</li><li>用不带指责的方式讲解改写、引用格式和相似度检测</li><li>判断何时转介到国际学生办公室、心理咨询、信息化部门或语言中心，并做“温暖转介”</li><li>保护读者记录隐私，维护一份及时更新的转介清单</li></ul>",
    },
    "en": {
        "title": "Serving international students and visiting scholars",
        "summary": "From accounts, campus cards, off-campus access and printing in the first weeks, to orientation sessions that actually work; from visiting scholars’ temporary accounts and database licence terms, to explaining academic integrity without accusation; and on to referral, partnership and the privacy of user records. Practical guidance for desk staff serving international users.",
        "objectives": "<ul><li>Explain the accounts and services international users need in their first weeks, and anticipate the usual obstacles (mobile numbers, payment, off-campus access)</li><li>Design orientation that is short, hands-on, multilingual and well timed</li><li>Set up temporary accounts for visiting scholars, tell authorised users from walk-in users under licence terms, and explain interlibrary loan eligibility and workspace</li><li>Explain paraphrasing, citation styles and similarity checks without accusation</li><li>Decide when to refer someone to the international students office, counselling, IT or the language centre, and make a warm referral</li><li>Protect the privacy of user records and keep a referral list current</li></ul>",
    },
    "lessons": [
        # ------------------------------------------------------------------
        # Lesson 1: the first weeks
        # ------------------------------------------------------------------
        {
            "slug": "the-first-weeks",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "最初几周：账户、校园卡与校外访问",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>入学头几周清单</h3><p>国际学生和访问学者刚到校时，要在陌生的语言环境里同时办理很多手续。图书馆服务台往往是他们最先求助的地方之一。下面这些事项，最好在他们开口之前就有所准备：</p><ol><li><b>读者账户。</b>多数高校的图书馆账户由学籍或人事系统自动生成，但国际读者的记录有时生成得较晚，例如注册手续办得晚，或者走的是国际学生办公室的单独流程。图书馆账户通常与学校的“统一身份认证”账号绑定：用户名多为学号或工号，初始密码规则各校不同，首次登录可能要求绑定手机号。</li><li><b>校园卡（一卡通）。</b>常常同时用作借书证、门禁卡、打印卡和消费卡。有的图书馆门禁使用人脸识别，需要先采集照片。卡丢失时要及时挂失。</li><li><b>中国手机号。</b>很多系统通过短信发送验证码。还在用本国手机号的读者，可能根本收不到验证码，无法登录。尽早提醒他们，并把绑定问题转给信息化部门。</li><li><b>校外访问。</b>数据库和电子期刊通常按校园网IP地址识别用户。在校外，需要先连接学校的VPN（或WebVPN、代理服务器），或者在出版商平台上选择“机构登录”，通过 CARSI（中国教育科研网统一认证和资源共享基础设施，一种基于 Shibboleth 的联合认证）登录，前提是该平台支持。<b>商业VPN不能代替学校的VPN</b>：它给出的是校外IP，数据库不会识别为本校用户。</li><li><b>无线网络。</b>校园网一般用统一身份认证账号登录，并实行实名认证。如果学校加入了 eduroam，来自其他加入机构的访问学者可以用本单位的账号上网。</li><li><b>打印、扫描和付款。</b>打印可能只接受校园卡或手机支付（微信支付、支付宝）。近年来这两个应用已允许很多外籍用户绑定境外银行卡，但条件和限额时有变化。要清楚本馆的备用付款办法。</li><li><b>找书和用馆。</b>国内高校图书馆多用《中国图书馆分类法》（中图法），以字母开头，例如 H 为语言文字、I 为文学、TP 为自动化技术和计算机技术，这和国际学生熟悉的杜威分类法或美国国会图书馆分类法不同。还有座位预约、储物柜、安静区、饮食规定、假期开放时间等本馆规则。</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>国际读者常常“不知道自己不知道”。</b>他们原来的图书馆可能没有座位预约系统，可能是全开架，也可能从来不罚款；有的人不知道可以请馆员帮忙做研究咨询，因为在他们的经验里，图书馆员只负责借还书；很多人没有关注图书馆的微信公众号，或者看不懂只有中文的通知。一位读者“不守规矩”之前，先问问：这条规则有没有用他能读懂的语言、在他能看到的地方告诉过他？</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "讲解账户和访问的常用语",
                            "phrases": [
                                {
                                    "term": "Your library account uses the same username and password as the campus portal.",
                                    "translation": "您的图书馆账户和学校门户用同一个用户名和密码。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "即统一身份认证账号；按本校实际情况说明。",
                                },
                                {
                                    "term": "Do you have a Chinese mobile number yet? Many systems send login codes by text message.",
                                    "translation": "您有中国手机号了吗？很多系统会用短信发送登录验证码。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "入学第一周就问，能省去很多麻烦。",
                                },
                                {
                                    "term": "Off campus, please connect to the university VPN first. A commercial VPN won’t work for our databases.",
                                    "translation": "在校外请先连接学校的VPN。商业VPN无法访问我们的数据库。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "这是国际读者最常见的误解之一。",
                                },
                                {
                                    "term": "On the publisher’s website, choose “Access through your institution” and select our university.",
                                    "translation": "在出版商网站上选择“通过您的机构访问”，然后选择我们学校。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "适用于支持 CARSI 机构登录的平台。",
                                },
                                {
                                    "term": "Your campus card is also your library card. Please keep it with you.",
                                    "translation": "您的校园卡同时也是借书证，请随身携带。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "If a notice is only in Chinese, please bring it to us and we’ll explain it.",
                                    "translation": "如果通知只有中文，请拿来给我们，我们帮您解释。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "让读者知道提问是受欢迎的。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "在公寓里打不开数据库",
                            "setting": "参考咨询台。来自巴基斯坦的博士生 Bilal Ahmed 住在校外公寓，来问数据库的问题。馆员陈浩接待。",
                            "lines": [
                                {
                                    "speaker": "Bilal",
                                    "line": "I can’t open IEEE Xplore from my apartment. It keeps asking me to pay for each article.",
                                    "translation": "我在公寓里打不开 IEEE Xplore，每篇文章都让我付费。",
                                },
                                {
                                    "speaker": "陈浩",
                                    "line": "Are you connected to the university VPN when you try?",
                                    "translation": "您访问的时候连了学校的VPN吗？",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "I use my own VPN app. Isn’t that the same?",
                                    "translation": "我用的是自己的VPN软件，不是一样的吗？",
                                },
                                {
                                    "speaker": "陈浩",
                                    "line": "Unfortunately not. Your own VPN gives you an address outside the university, so the publisher doesn’t know you’re one of our users. The university VPN makes you look as if you’re on campus. You log in with your campus account.",
                                    "translation": "可惜不一样。您自己的VPN给的是校外地址，出版商不知道您是我们的读者。学校的VPN会让您看起来就像在校园里，用统一身份认证账号登录。",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "I tried that once, but it sends a code to my phone, and I still have my Pakistani number.",
                                    "translation": "我试过一次，但它要往我手机发验证码，而我用的还是巴基斯坦的号码。",
                                },
                                {
                                    "speaker": "陈浩",
                                    "line": "That happens a lot in the first weeks. The IT service desk can change the phone number linked to your account — here are their location and opening hours. Until then, you can use all the databases on the campus network, here in the library or in your department.",
                                    "translation": "头几周经常遇到这种情况。信息化服务台可以更改账户绑定的手机号，这是他们的地址和办公时间。在那之前，您可以在校园网内使用所有数据库，比如在图书馆或院系里。",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "Great, I’ll go there this afternoon. Thank you.",
                                    "translation": "太好了，我今天下午就去。谢谢。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "第一周，无法付款",
                            "situation": "<p>来自尼日利亚的新生 Chinedu Okafor 入学第三天来到图书馆，需要打印几份表格，明天上午要交到国际学生办公室。打印机只接受校园卡和手机支付。他的校园卡还没充值，手机支付也还没开通，身上只有现金和一张尼日利亚银行卡。</p>",
                            "question": "怎样解决他今天的问题？图书馆又能从中改进什么？",
                            "commentary": "<p><b>先解决今天的需要。</b>了解本馆有哪些备用办法：有的馆有充值窗口或可以现场给校园卡充值的地方，有的馆有为特殊情况准备的服务台代打印流程。按本馆规定办理，不要自掏腰包或私下“通融”，以免日后说不清。</p><p><b>再解决根本问题。</b>告诉他校园卡在哪里充值；手机支付能否绑定境外银行卡要看当时的条件，可以建议他向国际学生办公室或同乡学长咨询。表格本身的问题（填什么、交到哪）属于国际学生办公室的职责，不要替对方解答。</p><p><b>最后，改进流程。</b>“第一周还不能付款”是所有新生都会遇到的“先有鸡还是先有蛋”的问题。可以和国际学生办公室商量：在迎新材料里写明付款办法，或者在开学头两周提供一个简单的备用付款方式。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "占了三个小时的座位",
                            "situation": "<p>巴西学生 Rafael Costa 早上把笔记本电脑和书放在自习区的桌子上，然后去上课。座位预约系统在他离开后按规定释放了座位，另一位同学坐下来，把他的东西挪到了一边。Rafael 回来后很生气：“我先来的！我的东西一直在这里！”</p>",
                            "question": "怎样平息这次冲突？怎样避免下一次？",
                            "commentary": "<p>在很多国家的图书馆，没有座位预约系统，用物品“占座”也很常见，所以 Rafael 很可能真心认为自己占理。不要当众说他“违反规定”，而是先处理眼前的情况：帮他检查物品是否齐全，再在一旁平静地解释：“这里的座位是通过系统预约的，离开超过一定时间，系统会自动释放座位。我帮您看看现在哪里有空位，再教您怎么预约和暂离。”</p><p>预防的关键是：在入馆培训和英文标识里，把座位规则和“暂离”功能讲清楚；在座位上贴出中英文的简短提示；提醒大家不要把贵重物品无人看管地留在座位上。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "一位访问学者住在校外，用自己的商业VPN访问本校订购的数据库，页面却要求付费。最可能的原因是？",
                            "options": [
                                {
                                    "text": "图书馆没有订购这个数据库。",
                                    "correct": False,
                                    "feedback": "有可能，但更常见的原因在于访问方式。先确认他是不是在校园网内。",
                                },
                                {
                                    "text": "商业VPN给出的是校外IP地址，数据库无法识别他是本校用户。",
                                    "correct": True,
                                    "feedback": "正确。应当使用学校的VPN或WebVPN，或通过 CARSI 机构登录。",
                                },
                                {
                                    "text": "外籍用户不能使用中国高校订购的数据库。",
                                    "correct": False,
                                    "feedback": "不对。能否使用取决于用户在许可协议中的身份，而不是国籍。",
                                },
                            ],
                            "explanation": "数据库通常按IP地址或机构登录识别用户。校外访问必须通过学校提供的途径（VPN、WebVPN、代理或 CARSI），商业VPN不能代替。",
                        },
                    },
                ],
            },
            "en": {
                "title": "The first weeks: accounts, campus cards and remote access",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>A checklist for the first weeks</h3><p>International students and visiting scholars arrive to a pile of procedures in an unfamiliar language, and the library desk is often one of the first places they ask for help. Be ready for these before they ask:</p><ol><li><b>The library account.</b> At most universities library accounts are created automatically from the student or staff records system, but international users’ records sometimes arrive later — for example when registration was completed late or went through a separate international office process. The library account is usually tied to the university’s unified identity login (统一身份认证): the username is often the student or staff number, initial password rules vary, and the first login may require linking a mobile number.</li><li><b>The campus card (校园卡 / 一卡通).</b> Often it is the library card, door pass, print card and payment card in one. Some libraries use face recognition at the gates, which needs a photo to be enrolled first. A lost card should be reported and frozen straight away.</li><li><b>A Chinese mobile number.</b> Many systems send verification codes by text message. A user still on a home SIM may never receive them and cannot log in. Mention this early, and refer account-binding problems to IT.</li><li><b>Off-campus access.</b> Databases and e-journals usually recognise users by the campus IP range. Off campus, users must first connect to the university VPN (or WebVPN or proxy), or choose “institutional login” on the publisher’s platform and sign in through CARSI — China’s research-and-education identity federation, built on Shibboleth — where the platform supports it. <b>A commercial VPN is no substitute for the university VPN:</b> it gives an off-campus IP address, so the database does not recognise the user as ours.</li><li><b>Wi-Fi.</b> The campus network usually takes the unified login and requires real-name registration. If the university participates in eduroam, visiting scholars from other participating institutions can connect with their home credentials.</li><li><b>Printing, scanning and payment.</b> Printers may accept only the campus card or mobile payment (WeChat Pay, Alipay). In recent years both apps have allowed many foreign users to link international bank cards, but conditions and limits change. Know your library’s fallback options.</li><li><b>Finding things and using the building.</b> Most Chinese university libraries use the Chinese Library Classification (中图法), whose classes begin with letters — H for languages, I for literature, TP for automation and computer technology — unlike the Dewey or Library of Congress schemes many international users know. Add local rules: seat booking, lockers, quiet zones, food and drink, holiday opening hours.</li></ol>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "culture",
                            "text": "<p><b>International users often don’t know what they don’t know.</b> Their home library may have had no seat booking, fully open shelves, or no fines. Some don’t know they can ask a librarian for research help, because where they come from librarians only handled loans. Many don’t follow the library’s WeChat account, or can’t read notices that are only in Chinese. Before deciding a user “doesn’t follow the rules”, ask: was the rule ever explained to them, in a language they read, somewhere they would see it?</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Explaining accounts and access",
                            "phrases": [
                                {
                                    "term": "Your library account uses the same username and password as the campus portal.",
                                    "translation": "您的图书馆账户和学校门户用同一个用户名和密码。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "The unified identity login; adapt to your university’s set-up.",
                                },
                                {
                                    "term": "Do you have a Chinese mobile number yet? Many systems send login codes by text message.",
                                    "translation": "您有中国手机号了吗？很多系统会用短信发送登录验证码。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Ask in the first week; it saves a lot of trouble later.",
                                },
                                {
                                    "term": "Off campus, please connect to the university VPN first. A commercial VPN won’t work for our databases.",
                                    "translation": "在校外请先连接学校的VPN。商业VPN无法访问我们的数据库。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "One of the most common misunderstandings.",
                                },
                                {
                                    "term": "On the publisher’s website, choose “Access through your institution” and select our university.",
                                    "translation": "在出版商网站上选择“通过您的机构访问”，然后选择我们学校。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "For platforms that support institutional login through CARSI.",
                                },
                                {
                                    "term": "Your campus card is also your library card. Please keep it with you.",
                                    "translation": "您的校园卡同时也是借书证，请随身携带。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "If a notice is only in Chinese, please bring it to us and we’ll explain it.",
                                    "translation": "如果通知只有中文，请拿来给我们，我们帮您解释。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Tells users that questions are welcome.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "The database that won’t open at home",
                            "setting": "The reference desk. Bilal Ahmed, a doctoral student from Pakistan who lives in an off-campus flat, has a question about databases. The librarian is Chen Hao.",
                            "lines": [
                                {
                                    "speaker": "Bilal",
                                    "line": "I can’t open IEEE Xplore from my apartment. It keeps asking me to pay for each article.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Chen Hao",
                                    "line": "Are you connected to the university VPN when you try?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "I use my own VPN app. Isn’t that the same?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Chen Hao",
                                    "line": "Unfortunately not. Your own VPN gives you an address outside the university, so the publisher doesn’t know you’re one of our users. The university VPN makes you look as if you’re on campus. You log in with your campus account.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "I tried that once, but it sends a code to my phone, and I still have my Pakistani number.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Chen Hao",
                                    "line": "That happens a lot in the first weeks. The IT service desk can change the phone number linked to your account — here are their location and opening hours. Until then, you can use all the databases on the campus network, here in the library or in your department.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Bilal",
                                    "line": "Great, I’ll go there this afternoon. Thank you.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "Week one, no way to pay",
                            "situation": "<p>On his third day, Chinedu Okafor, a new student from Nigeria, comes to the library to print some forms that are due at the international students office tomorrow morning. The printers take only the campus card or mobile payment. His campus card has no credit yet, his mobile payment isn’t set up, and he has only cash and a Nigerian bank card.</p>",
                            "question": "How do you solve today’s problem? And what can the library learn from it?",
                            "commentary": "<p><b>First, today’s need.</b> Know your library’s fallbacks: some have a top-up counter or a place to add credit to the campus card on the spot; some have a staff-assisted printing procedure for cases like this. Follow your library’s rules; don’t pay out of your own pocket or make private exceptions that are hard to account for later.</p><p><b>Then, the underlying problem.</b> Tell him where to top up his campus card. Whether mobile payment will accept a foreign card depends on the current conditions; suggest he asks the international students office or fellow students who arrived earlier. Questions about the forms themselves — what to fill in, where to hand them in — belong to the international students office; don’t answer for them.</p><p><b>Finally, fix the process.</b> “Can’t pay in week one” is a chicken-and-egg problem that every new arrival meets. Talk to the international students office about explaining payment in the welcome pack, or offering a simple fallback payment method in the first two weeks of term.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "The seat held for three hours",
                            "situation": "<p>In the morning, Rafael Costa from Brazil leaves his laptop and books on a desk in the study area and goes to class. After he has been away for the permitted time, the seat-booking system releases the seat; another student sits down and moves his things aside. Rafael comes back angry: “I was here first! My things were here the whole time!”</p>",
                            "question": "How do you calm the situation, and how do you prevent the next one?",
                            "commentary": "<p>Many libraries abroad have no seat-booking system, and leaving belongings to hold a seat is normal, so Rafael very probably believes he is in the right. Don’t announce in public that he “broke the rules”. Deal with the moment first: help him check that all his belongings are there, then explain calmly, to one side: “Seats here are booked through the system, and if you’re away longer than the allowed time it releases the seat automatically. Let me find you a free seat and show you how to book and how to mark a short break.”</p><p>Prevention is about explaining the seat rules and the “short break” function in orientation and on English signs, putting a short bilingual notice on the desks, and reminding everyone not to leave valuables unattended.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A visiting scholar living off campus uses his own commercial VPN to reach a database the library subscribes to, and the platform asks him to pay. What is the most likely reason?",
                            "options": [
                                {
                                    "text": "The library doesn’t subscribe to that database.",
                                    "correct": False,
                                    "feedback": "Possible, but the access route is the far more common cause. First check whether he is on the campus network.",
                                },
                                {
                                    "text": "The commercial VPN gives him an off-campus IP address, so the database can’t recognise him as one of our users.",
                                    "correct": True,
                                    "feedback": "Correct. He should use the university VPN or WebVPN, or institutional login through CARSI.",
                                },
                                {
                                    "text": "Foreign nationals can’t use databases licensed by Chinese universities.",
                                    "correct": False,
                                    "feedback": "No. Access depends on the user’s status under the licence, not on nationality.",
                                },
                            ],
                            "explanation": "Databases usually recognise users by IP address or institutional login. Off campus, users must come in through a route the university provides (VPN, WebVPN, proxy or CARSI); a commercial VPN is no substitute.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 2: orientation sessions that work
        # ------------------------------------------------------------------
        {
            "slug": "orientation-that-works",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "真正有效的入馆培训",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>为什么很多入馆培训效果不好</h3><p>常见的做法是：开学第一周安排一场90分钟的讲座，用中文或语速很快的英语，把图书馆的所有服务从头讲到尾。可这时新生正在倒时差、办注册、做体检、办居留许可，信息早已超载。讲座结束时大家记住的很少，而真正需要用到这些信息时（第一次写论文、第一次在校外查数据库），讲座早已过去好几周。</p><h3>有效培训的四个原则</h3><ul><li><b>短。</b>新生第一次培训控制在20到30分钟，只讲头两周一定要会的事：进馆、借还、座位、打印、上网、校外访问、找谁求助。</li><li><b>动手。</b>离开之前，每个人用自己的手机或电脑实际完成几件事：登录账户、预约一个座位、在目录里找到一本书并记下索书号、连接VPN打开一篇全文。做过一次，比听十次都管用。</li><li><b>多语种。</b>讲义以简明英语为基础，再根据生源提供其他语言的版本。界面截图上同时标出中文和英文。</li><li><b>时间合适、分层进行。</b>不要指望一次培训解决所有问题，而是在学期中的不同时间提供不同内容（见下文）。</li></ul><h3>在学期中分层安排</h3><ol><li><b>到校之前：</b>通过国际学生办公室发一封英文欢迎邮件或网页链接，说明需要准备什么（护照、学生证、中国手机号）以及第一周去哪里办什么。</li><li><b>第1–2周：</b>20–30分钟的“生存培训”加馆内参观，多安排几个场次（包括傍晚场），方便大家错开注册和体检的时间。</li><li><b>第4–8周：</b>第一批作业布置下来时，开展研究技能工作坊：数据库检索、知网等中文数据库的英文界面、文献管理软件。</li><li><b>开题和写论文之前：</b>引用规范、相似度检测规定、学位论文提交流程。</li><li><b>全学期：</b>随到随问的咨询时间和预约咨询。访问学者全年陆续到校，可以为他们安排15分钟的一对一介绍。</li></ol><p>排期之前，先向国际学生办公室要一份新生日程表，避开集中注册、体检和办理居留许可的时间。</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": "<p><b>多语种讲义怎么做。</b>一页纸为宜；先写简明英语版（短句、不用习语）；向国际学生办公室了解新生的主要语言，据此增加俄语、法语、阿拉伯语、韩语等版本；机器翻译只能当草稿，最好请母语者（例如学生志愿者）审读；截图中标出中文按钮名称及其英文含义；附上在线指南的二维码；在页脚注明版本日期，每学期更新一次。</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "界面常用词中英对照（可直接用于讲义）",
                            "phrases": [
                                {
                                    "term": "统一身份认证",
                                    "translation": "Unified login (campus account)",
                                    "romanisation": "tǒngyī shēnfèn rènzhèng",
                                    "audio": None,
                                    "note": "很多系统的登录入口都叫这个名字。",
                                },
                                {
                                    "term": "借阅",
                                    "translation": "Loans / borrowing",
                                    "romanisation": "jièyuè",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "续借",
                                    "translation": "Renew",
                                    "romanisation": "xùjiè",
                                    "audio": None,
                                    "note": "提醒读者：被预约的书通常不能续借。",
                                },
                                {
                                    "term": "预约",
                                    "translation": "Reserve / place a hold",
                                    "romanisation": "yùyuē",
                                    "audio": None,
                                    "note": "座位、研讨间和图书都可能用到这个词。",
                                },
                                {
                                    "term": "逾期",
                                    "translation": "Overdue",
                                    "romanisation": "yúqī",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "索书号",
                                    "translation": "Call number",
                                    "romanisation": "suǒshūhào",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "馆藏地",
                                    "translation": "Location (floor / collection)",
                                    "romanisation": "guǎncáng dì",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "可借",
                                    "translation": "Available",
                                    "romanisation": "kě jiè",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "座位预约",
                                    "translation": "Seat booking",
                                    "romanisation": "zuòwèi yùyuē",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "自助借还机",
                                    "translation": "Self-service loan and return machine",
                                    "romanisation": "zìzhù jièhuán jī",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "校外访问",
                                    "translation": "Off-campus access",
                                    "romanisation": "xiàowài fǎngwèn",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "馆际互借 / 文献传递",
                                    "translation": "Interlibrary loan / document delivery",
                                    "romanisation": "guǎnjì hùjiè / wénxiàn chuándì",
                                    "audio": None,
                                    "note": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "培训的最后五分钟",
                            "setting": "开学第二周的一场30分钟“生存培训”即将结束。馆员刘芳请大家动手操作。参加者中有韩国学生 Kim Min-jun 和摩洛哥学生 Fatima Zahra Benali。",
                            "lines": [
                                {
                                    "speaker": "刘芳",
                                    "line": "Before we finish, please take out your phones and book a seat for tomorrow. I’ll wait — take your time.",
                                    "translation": "结束之前，请大家拿出手机，预约一个明天的座位。我等大家，不着急。",
                                },
                                {
                                    "speaker": "Min-jun",
                                    "line": "I can’t find the button. Everything is in Chinese.",
                                    "translation": "我找不到按钮，全是中文。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "Look at picture 3 on your handout. It’s the button that says 座位预约 — zuòwèi yùyuē, “seat booking”.",
                                    "translation": "请看讲义上的第3张图，就是写着“座位预约”的那个按钮。",
                                },
                                {
                                    "speaker": "Fatima",
                                    "line": "Is there a French version of the handout?",
                                    "translation": "讲义有法语版吗？",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "Yes — this term we have English, Russian and French. Here you are. If anything in it is unclear, please tell me; we’re still improving it.",
                                    "translation": "有的，这学期有英语、俄语和法语版。给您。如果有哪里不清楚请告诉我，我们还在不断改进。",
                                },
                                {
                                    "speaker": "Fatima",
                                    "line": "Done! Tomorrow at nine, third floor.",
                                    "translation": "好了！明天九点，三楼。",
                                },
                                {
                                    "speaker": "刘芳",
                                    "line": "Perfect. If you have questions later, our email address is on the back of the handout. You can write to us in English or Chinese.",
                                    "translation": "很好。以后有问题，讲义背面有我们的邮箱，用英文或中文写信都可以。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "120人中来了6个",
                            "situation": "<p>图书馆在开学第一周的周三下午安排了一场90分钟的国际学生入馆讲座，通知通过图书馆微信公众号发布，只有中文。当学期新到校的国际学生约120人，结果只来了6人。负责的同事得出结论：“国际学生对图书馆不感兴趣，明年不用办了。”</p>",
                            "question": "这个结论对吗？下学期你会怎么改？",
                            "commentary": "<p>这个结论站不住。出席率低可以用安排本身来解释：第一周的周三下午很可能正好赶上体检或注册；通知只有中文，而且发在很多新生还没关注的公众号上；90分钟对刚到校的人来说太长。</p><p>下学期可以这样改：向国际学生办公室要新生日程，避开冲突；通过国际学生办公室的邮件和新生群发英文通知；把内容拆成多场20–30分钟的短培训，包括傍晚场；在注册现场或迎新活动上做5分钟的简短介绍，并发放多语种讲义；第4–8周再开研究技能工作坊。然后<b>用数据评估</b>：统计出席人数，培训后一个月内的账户登录和校外访问使用情况，并收集简短反馈。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "以下哪个方案最可能让国际新生真正用起图书馆？",
                            "options": [
                                {
                                    "text": "开学第一天安排一场2小时的讲座，把所有服务一次讲完。",
                                    "correct": False,
                                    "feedback": "时间太早、内容太多，大部分信息记不住。",
                                },
                                {
                                    "text": "第1–2周多场30分钟的动手培训并配多语种讲义，第4–8周再开研究技能工作坊。",
                                    "correct": True,
                                    "feedback": "短、动手、多语种、分层，是有效培训的关键。",
                                },
                                {
                                    "text": "只在网站上放一份详细的中文使用指南。",
                                    "correct": False,
                                    "feedback": "很多新生读不懂，也不知道去哪里找它。",
                                },
                            ],
                            "explanation": "在需要的时候提供恰好够用的内容，并让每个人亲手做一遍，这比一次性的长讲座有效得多。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Orientation sessions that work",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Why many orientations don’t work</h3><p>The usual pattern: a 90-minute lecture in the first week, in Chinese or fast English, covering every library service from start to finish. But new arrivals are jet-lagged, registering, having medical checks and applying for residence permits; they are already overloaded. Little is remembered, and by the time the information is needed — the first assignment, the first database search from off campus — the lecture is weeks in the past.</p><h3>Four principles of orientation that works</h3><ul><li><b>Short.</b> Keep the first session to 20–30 minutes and cover only what people must know in their first two weeks: getting in, borrowing and returning, seats, printing, Wi-Fi, off-campus access, and whom to ask.</li><li><b>Hands-on.</b> Before they leave, everyone does a few things on their own phone or laptop: logs in, books a seat, finds a book in the catalogue and notes its call number, connects to the VPN and opens a full-text article. Doing it once beats hearing it ten times.</li><li><b>Multilingual.</b> Base the handout on plain English and add other languages according to your intake. Label interface screenshots in both Chinese and English.</li><li><b>Well timed and layered.</b> Don’t expect one session to do everything; offer different content at different points in the semester (see below).</li></ul><h3>Layering through the semester</h3><ol><li><b>Before arrival:</b> a welcome email or web page in English, sent via the international students office, saying what to bring (passport, student card, Chinese mobile number) and what to do where in week one.</li><li><b>Weeks 1–2:</b> a 20–30 minute “survival” session with a short tour, in several time slots (including early evening) so people can fit it around registration and medical checks.</li><li><b>Weeks 4–8:</b> when the first assignments arrive, research-skills workshops: database searching, the English interfaces of Chinese databases such as CNKI, reference management software.</li><li><b>Before research proposals and theses:</b> citation, similarity-check rules, thesis submission.</li><li><b>All semester:</b> drop-in hours and consultations by appointment. Visiting scholars arrive all year round, so offer them a 15-minute one-to-one introduction.</li></ol><p>Before scheduling anything, ask the international students office for the arrivals timetable and avoid the days of mass registration, medical checks and residence-permit appointments.</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "tip",
                            "text": "<p><b>Making multilingual handouts.</b> One page is best. Write the plain-English version first (short sentences, no idioms). Ask the international students office which languages your new arrivals speak and add versions accordingly — Russian, French, Arabic, Korean and so on. Treat machine translation as a draft only and have a native speaker (a student volunteer, for example) check it. Show Chinese button labels in screenshots together with their English meaning. Add a QR code for the online guide, and put a version date in the footer; update it each semester.</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Common interface terms in Chinese and English (ready for handouts)",
                            "phrases": [
                                {
                                    "term": "统一身份认证",
                                    "translation": "Unified login (campus account)",
                                    "romanisation": "tǒngyī shēnfèn rènzhèng",
                                    "audio": None,
                                    "note": "The login button on many campus systems.",
                                },
                                {
                                    "term": "借阅",
                                    "translation": "Loans / borrowing",
                                    "romanisation": "jièyuè",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "续借",
                                    "translation": "Renew",
                                    "romanisation": "xùjiè",
                                    "audio": None,
                                    "note": "Remind users that reserved books usually can’t be renewed.",
                                },
                                {
                                    "term": "预约",
                                    "translation": "Reserve / place a hold",
                                    "romanisation": "yùyuē",
                                    "audio": None,
                                    "note": "Used for seats, group rooms and books alike.",
                                },
                                {
                                    "term": "逾期",
                                    "translation": "Overdue",
                                    "romanisation": "yúqī",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "索书号",
                                    "translation": "Call number",
                                    "romanisation": "suǒshūhào",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "馆藏地",
                                    "translation": "Location (floor / collection)",
                                    "romanisation": "guǎncáng dì",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "可借",
                                    "translation": "Available",
                                    "romanisation": "kě jiè",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "座位预约",
                                    "translation": "Seat booking",
                                    "romanisation": "zuòwèi yùyuē",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "自助借还机",
                                    "translation": "Self-service loan and return machine",
                                    "romanisation": "zìzhù jièhuán jī",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "校外访问",
                                    "translation": "Off-campus access",
                                    "romanisation": "xiàowài fǎngwèn",
                                    "audio": None,
                                    "note": "",
                                },
                                {
                                    "term": "馆际互借 / 文献传递",
                                    "translation": "Interlibrary loan / document delivery",
                                    "romanisation": "guǎnjì hùjiè / wénxiàn chuándì",
                                    "audio": None,
                                    "note": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "The last five minutes of a session",
                            "setting": "A 30-minute survival session in the second week of term is nearly over. Liu Fang asks everyone to try things for themselves. Among the participants are Kim Min-jun from Korea and Fatima Zahra Benali from Morocco.",
                            "lines": [
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Before we finish, please take out your phones and book a seat for tomorrow. I’ll wait — take your time.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Min-jun",
                                    "line": "I can’t find the button. Everything is in Chinese.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Look at picture 3 on your handout. It’s the button that says 座位预约 — zuòwèi yùyuē, “seat booking”.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Fatima",
                                    "line": "Is there a French version of the handout?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Yes — this term we have English, Russian and French. Here you are. If anything in it is unclear, please tell me; we’re still improving it.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Fatima",
                                    "line": "Done! Tomorrow at nine, third floor.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Liu Fang",
                                    "line": "Perfect. If you have questions later, our email address is on the back of the handout. You can write to us in English or Chinese.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "Six out of a hundred and twenty",
                            "situation": "<p>The library scheduled a 90-minute orientation lecture for international students on the Wednesday afternoon of week one, announced on the library’s WeChat account in Chinese only. About 120 new international students had arrived that term; six came. The colleague in charge concludes: “International students aren’t interested in the library. We needn’t bother next year.”</p>",
                            "question": "Is that conclusion right? What would you change next semester?",
                            "commentary": "<p>The conclusion doesn’t hold. The arrangements explain the turnout: a week-one Wednesday afternoon probably clashed with medical checks or registration; the announcement was only in Chinese, on an account many new arrivals don’t yet follow; and 90 minutes is long for people who have just arrived.</p><p>Next semester: get the arrivals timetable from the international students office and avoid clashes; announce in English through the office’s emails and new-student groups; split the content into several 20–30 minute sessions, including early evening; give a five-minute introduction with multilingual handouts at registration or a welcome event; run research-skills workshops in weeks 4–8. Then <b>evaluate with data</b>: attendance, account logins and off-campus access in the month after the sessions, and short feedback forms.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "Which plan is most likely to get new international students actually using the library?",
                            "options": [
                                {
                                    "text": "A two-hour lecture on the first day of term covering every service.",
                                    "correct": False,
                                    "feedback": "Too early and too much: most of it will be forgotten.",
                                },
                                {
                                    "text": "Several 30-minute hands-on sessions with multilingual handouts in weeks 1–2, then research-skills workshops in weeks 4–8.",
                                    "correct": True,
                                    "feedback": "Short, hands-on, multilingual and layered: the keys to orientation that works.",
                                },
                                {
                                    "text": "A detailed user guide in Chinese on the website.",
                                    "correct": False,
                                    "feedback": "Many new arrivals can’t read it, or don’t know where to find it.",
                                },
                            ],
                            "explanation": "Just enough, just in time, and done with one’s own hands works far better than one long lecture.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 3: visiting scholars
        # ------------------------------------------------------------------
        {
            "slug": "visiting-scholars",
            "minutes": 25,
            "required": True,
            "zh": {
                "title": "访问学者：账户、许可条款与工作空间",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>访问学者的“生命周期”</h3><p>访问学者通常只在校几周到一两年，时间宝贵。按阶段做好准备，能让他们从第一天起就开展研究：</p><ol><li><b>到校之前。</b>接待单位或国际交流部门通知图书馆：护照上的姓名、来访起止日期、接待单位和联系人。信息齐全的话，账户可以在对方到校当天就开好。</li><li><b>到校时。</b>开通临时账户，<b>到期日与聘期或来访期一致</b>；办理校园卡；按本馆规定确定读者类型和借阅权限（借阅册数、借期、是否需要押金等），这可能与本校教师不同。</li><li><b>在校期间。</b>电子资源、馆际互借与文献传递、工作空间（见下文）。</li><li><b>离校之前。</b>到期前两到四周发提醒：归还图书、结清费用；提醒他们在出版商平台上的个人账户（如检索历史、收藏）会保留，但机构访问权限会随账户到期而终止；如有需要，导出文献管理软件中的数据。</li></ol><h3>许可条款：授权用户与到馆用户</h3><p>数据库和电子期刊的许可协议规定了谁可以使用。常见的区分是：</p><ul><li><b>授权用户（authorised users）</b>：通常指在册的学生、教职工，以及与本校有正式关系的其他人员；有些协议明确把访问学者包括在内。授权用户一般可以在校外远程访问。</li><li><b>到馆用户（walk-in users）</b>：经许可进入图书馆的其他人员，一般只能在馆内或校园网内使用，<b>不能远程访问</b>。</li></ul><p>访问学者属于哪一类，取决于接待单位如何为其办理注册，也取决于每一份许可协议的具体条款。不确定时，查阅电子资源管理记录或询问电子资源部门，不要凭感觉回答。</p><p>几乎所有许可协议都有以下限制：仅限个人学习、教学和非商业性研究；不得与他人共享账号；不得系统性或批量下载；文本与数据挖掘可能需要另行许可或遵守特定条款。</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>批量下载可能让全校断网。</b>用脚本或下载工具大量下载全文，可能触发出版商的监测，导致<b>全校的IP段</b>被暂停访问，影响所有师生。访问学者开通账户时就要说明这一点；有文本与数据挖掘需要的，请他们先联系电子资源部门，了解出版商提供的合规途径。</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>馆际互借与文献传递</h3><ul><li><b>资格：</b>访问学者能否使用、能否免费使用，按本馆规定执行；有的馆要求由接待单位确认或承担费用。</li><li><b>途径：</b>国内可通过 CALIS（中国高等教育文献保障系统）、CASHL（中国高校人文社会科学文献中心）、NSTL（国家科技图书文献中心）等文献保障体系，国外文献可通过国际文献传递服务获取。</li><li><b>讲清期待：</b>大约需要多长时间、是否收费、以什么形式交付，以及版权限制（通常仅限个人研究使用的单份复制件）。</li><li><b>不要忘了开放获取：</b>作者稿、机构知识库、开放获取期刊，有时当天就能拿到全文。</li></ul><h3>工作空间</h3><p>访问学者往往没有固定办公室，最需要的是一个安静、可以较长时间使用的地方。了解本馆有哪些选项：研究小间、教师研修室、可长期租用的储物柜、可预约的研讨间。即使本馆没有这些条件，说清楚“有什么、怎么申请、能用多久”，也比让对方每天到处找座位强。</p>",
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "为访问学者开通账户",
                            "setting": "借阅服务台。来自阿曼的访问学者 Khalid bin Saeed Al-Harthi 博士由化学学院接待，来访6个月。馆员周婷接待。",
                            "lines": [
                                {
                                    "speaker": "周婷",
                                    "line": "Good morning. How would you like me to address you?",
                                    "translation": "早上好。请问我该怎么称呼您？",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "Dr Khalid is fine. I’m visiting the School of Chemistry until the end of August.",
                                    "translation": "叫我 Khalid 博士就好。我在化学学院访问，到八月底。",
                                },
                                {
                                    "speaker": "周婷",
                                    "line": "Thank you, Dr Khalid. Your account is ready, and it runs until the 31st of August, the same as your appointment. As a visiting scholar you can borrow up to the limit on this sheet, and you can use our databases from off campus through the university VPN.",
                                    "translation": "谢谢，Khalid 博士。您的账户已经开好，有效期到8月31日，与您的聘期一致。作为访问学者，您的借阅上限写在这张单子上，您也可以通过学校VPN在校外使用我们的数据库。",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "Very good. I have a large set of articles to analyse. Can I download them all with a script?",
                                    "translation": "很好。我有一大批文章要分析，可以用脚本全部下载吗？",
                                },
                                {
                                    "speaker": "周婷",
                                    "line": "Please don’t use a script — most licences forbid bulk downloading, and the publisher may block access for the whole university. For text and data mining, our e-resources team can tell you what each publisher allows. I’ll give you their email.",
                                    "translation": "请不要用脚本。大多数许可协议禁止批量下载，出版商可能会暂停全校的访问权限。如果要做文本与数据挖掘，电子资源部门可以告诉您每家出版商允许怎么做，我把他们的邮箱给您。",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "I didn’t know that. Thank you for telling me before I started.",
                                    "translation": "我之前不知道。谢谢您在我开始之前就告诉我。",
                                },
                                {
                                    "speaker": "周婷",
                                    "line": "You’re welcome. We’ll also email you two weeks before your account ends, to remind you about returning books.",
                                    "translation": "不客气。在您的账户到期前两周，我们也会发邮件提醒您归还图书。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“我的学生在德国也需要这些文章”",
                            "situation": "<p>德国访问学者 Katrin Vogel 博士在本校访问三个月。她问服务台馆员：“我在德国的博士生也需要用这些数据库。我可以把我的VPN账号密码给她吗？只是用于研究，不是商业用途。”</p>",
                            "question": "你怎么回答？能为她提供哪些替代办法？",
                            "commentary": "<p>明确而友好地说“不能”，并说明理由：许可协议只允许授权用户本人使用，共享账号违反协议，可能导致她的账户被停用，甚至影响全校的访问。她的学生不是本校的授权用户。</p><p>然后提供替代办法：她的学生可以先查本校（德国那所大学）图书馆是否订购了同样的资源；通过学生所在图书馆申请馆际互借；查找开放获取版本（作者稿、机构知识库）；直接给作者写信索取。如果是合作研究，Vogel 博士本人可以在许可范围内使用资源，并与学生讨论研究结果，但不能转发受许可限制的全文。</p><p>注意语气：她并没有恶意，很多研究者并不了解许可条款。把重点放在“能做什么”上。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "被登记成了校外读者",
                            "situation": "<p>日本访问学者田中春人（Tanaka Haruto）教授来访一年。两周后他来到服务台，说在家里无法使用任何数据库，连学校VPN也登录不了。查询发现，他的账户被登记为“校外读者”，只能在馆内使用资源。</p>",
                            "question": "原因可能是什么？应该怎么处理？",
                            "commentary": "<p>很可能是接待单位或国际交流部门在为他办理手续时，没有按“访问学者”类别注册，而是走了校外人员入馆的流程，于是系统把他当作到馆用户。</p><p>处理方法：先向他道歉，说明问题所在；联系接待单位的联系人，按正式的访问学者类别更正注册（图书馆不应自行把他改成另一类读者，读者类型应以学校的正式记录为准）；在更正之前，告诉他可以在馆内和校园网内使用资源。事后把这个案例反馈给国际交流部门，避免其他访问学者遇到同样的问题。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "一位没有与本校建立正式关系的研究者经许可到馆查资料（到馆用户）。根据常见的数据库许可条款，下列哪项通常是允许的？",
                            "options": [
                                {
                                    "text": "在馆内的电脑上检索数据库，阅读文章。",
                                    "correct": True,
                                    "feedback": "很多许可协议允许到馆用户在馆内使用，但具体仍以每份协议为准。",
                                },
                                {
                                    "text": "领取VPN账号，在酒店远程访问。",
                                    "correct": False,
                                    "feedback": "远程访问通常仅限授权用户。",
                                },
                                {
                                    "text": "用下载工具把某期刊近十年的文章全部下载。",
                                    "correct": False,
                                    "feedback": "系统性批量下载几乎被所有许可协议禁止，无论用户身份如何。",
                                },
                            ],
                            "explanation": "授权用户与到馆用户的区别决定了能否远程访问；批量下载、共享账号和商业使用则对所有用户都不允许。具体条款以每份许可协议为准。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Visiting scholars: accounts, licences and workspace",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>The visiting scholar’s life cycle</h3><p>Visiting scholars usually stay from a few weeks to a year or two, and their time is precious. Preparing for each stage lets them start research on day one:</p><ol><li><b>Before arrival.</b> The host department or international office tells the library the name as in the passport, the start and end dates, the host unit and a contact person. With that information, the account can be ready on the day they arrive.</li><li><b>On arrival.</b> Open a temporary account <b>whose expiry date matches the appointment or visit</b>; issue the campus card; set the user category and borrowing privileges under your library’s rules (number of items, loan periods, any deposit), which may differ from those of permanent staff.</li><li><b>During the stay.</b> E-resources, interlibrary loan and document delivery, workspace (see below).</li><li><b>Before departure.</b> Send a reminder two to four weeks before expiry: return books and settle any charges. Remind them that personal accounts on publisher platforms (saved searches, favourites) remain, but institutional access ends with the library account; export reference-manager data if needed.</li></ol><h3>Licence terms: authorised users and walk-in users</h3><p>Database and e-journal licences define who may use the resource. The usual distinction:</p><ul><li><b>Authorised users</b> — typically current students and staff and others formally affiliated with the institution; some licences name visiting scholars explicitly. Authorised users can normally get remote access.</li><li><b>Walk-in users</b> — other people permitted to enter the library. They can normally use resources only on the premises or on the campus network, <b>with no remote access</b>.</li></ul><p>Which category a visiting scholar falls into depends on how the host registered them and on the terms of each licence. If you’re unsure, check the e-resource management record or ask the e-resources team; don’t guess.</p><p>Almost all licences also say: personal study, teaching and non-commercial research only; no sharing of credentials; no systematic or bulk downloading; text and data mining may need separate permission or follow specific terms.</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>Bulk downloading can cut off the whole campus.</b> Downloading large numbers of full texts with a script or download manager can trigger a publisher’s monitoring and get <b>the university’s entire IP range</b> suspended, affecting every student and researcher. Explain this when you open a visiting scholar’s account; anyone who needs text and data mining should first ask the e-resources team about the publisher’s approved routes.</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>Interlibrary loan and document delivery</h3><ul><li><b>Eligibility:</b> whether visiting scholars can use the service, and whether it is free, follows your library’s policy; some libraries need the host department to approve or pay.</li><li><b>Routes:</b> within China, networks such as CALIS (China Academic Library and Information System), CASHL (China Academic Social Sciences and Humanities Library) and NSTL (National Science and Technology Library); for material abroad, international document delivery services.</li><li><b>Set expectations:</b> roughly how long it takes, whether there is a charge, how the item is delivered, and copyright limits (usually a single copy for personal research).</li><li><b>Don’t forget open access:</b> author manuscripts, institutional repositories and open-access journals sometimes give the full text the same day.</li></ul><h3>Workspace</h3><p>Visiting scholars often have no office of their own; what they need most is a quiet place they can use for longer periods. Know your options: research carrels, a faculty study room, lockers for longer-term rental, bookable group rooms. Even if your library has none of these, saying clearly what there is, how to apply and for how long is far better than leaving someone to hunt for a seat every day.</p>",
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "Opening a visiting scholar’s account",
                            "setting": "The loans desk. Dr Khalid bin Saeed Al-Harthi from Oman is visiting the School of Chemistry for six months. The librarian is Zhou Ting.",
                            "lines": [
                                {
                                    "speaker": "Zhou Ting",
                                    "line": "Good morning. How would you like me to address you?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "Dr Khalid is fine. I’m visiting the School of Chemistry until the end of August.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhou Ting",
                                    "line": "Thank you, Dr Khalid. Your account is ready, and it runs until the 31st of August, the same as your appointment. As a visiting scholar you can borrow up to the limit on this sheet, and you can use our databases from off campus through the university VPN.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "Very good. I have a large set of articles to analyse. Can I download them all with a script?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhou Ting",
                                    "line": "Please don’t use a script — most licences forbid bulk downloading, and the publisher may block access for the whole university. For text and data mining, our e-resources team can tell you what each publisher allows. I’ll give you their email.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Dr Khalid",
                                    "line": "I didn’t know that. Thank you for telling me before I started.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhou Ting",
                                    "line": "You’re welcome. We’ll also email you two weeks before your account ends, to remind you about returning books.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“My student in Germany needs these articles too”",
                            "situation": "<p>Dr Katrin Vogel from Germany is visiting for three months. She asks at the desk: “My doctoral student in Germany needs these databases as well. Can I give her my VPN username and password? It’s only for research, nothing commercial.”</p>",
                            "question": "What do you say? What alternatives can you offer?",
                            "commentary": "<p>Say no, clearly and kindly, and give the reason: the licences allow use only by authorised users themselves; sharing credentials breaches them and can get her account suspended, or even affect access for the whole university. Her student is not one of our authorised users.</p><p>Then offer alternatives: the student can check whether her own university’s library in Germany licenses the same resources; request items through interlibrary loan at her own library; look for open-access versions (author manuscripts, repositories); or write to the authors. If they are collaborating, Dr Vogel may use the resources within the licence and discuss the findings with her student, but she may not forward licensed full texts.</p><p>Mind the tone: she means no harm, and many researchers don’t know licence terms. Put the emphasis on what <i>can</i> be done.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "Registered as an external reader",
                            "situation": "<p>Professor Tanaka Haruto from Japan is visiting for a year. After two weeks he comes to the desk: from home he can’t use any databases, and he can’t even log in to the university VPN. You find that his account is registered as an “external reader” who may use resources only in the library.</p>",
                            "question": "What is the likely cause, and how do you handle it?",
                            "commentary": "<p>Most probably the host department or international office registered him through the procedure for external visitors to the library rather than as a visiting scholar, so the system treats him as a walk-in user.</p><p>Apologise and explain what’s wrong; contact the host department’s contact person to have his registration corrected to the formal visiting-scholar category (the library shouldn’t change his user type on its own — it should follow the university’s official record); until then, tell him he can use resources in the library and on the campus network. Afterwards, report the case to the international office so other visiting scholars don’t meet the same problem.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A researcher with no formal affiliation to the university is allowed into the library to consult material (a walk-in user). Under typical database licence terms, which of these is normally allowed?",
                            "options": [
                                {
                                    "text": "Searching databases and reading articles on a library computer.",
                                    "correct": True,
                                    "feedback": "Many licences allow walk-in use on the premises, though each licence must still be checked.",
                                },
                                {
                                    "text": "Getting a VPN account to use the databases from a hotel.",
                                    "correct": False,
                                    "feedback": "Remote access is normally for authorised users only.",
                                },
                                {
                                    "text": "Downloading ten years of a journal with a download manager.",
                                    "correct": False,
                                    "feedback": "Systematic bulk downloading is forbidden by almost every licence, whoever the user is.",
                                },
                            ],
                            "explanation": "The authorised-user / walk-in-user distinction decides remote access. Bulk downloading, credential sharing and commercial use are off-limits for everyone. Each licence’s own terms decide the details.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 4: academic integrity and citation
        # ------------------------------------------------------------------
        {
            "slug": "academic-integrity",
            "minutes": 20,
            "required": True,
            "zh": {
                "title": "不带指责地讲解学术规范与引用",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>规范不同，往往是训练不同</h3><p>学生对“怎样使用别人的文字”的理解，来自他们以前受过的训练，而不是道德水平的高低：</p><ul><li>有些教育体系重视准确复述权威文本，引用经典而不注明出处，被视为“人人都知道”。</li><li>什么算“常识”，因学科和文化而异。</li><li>小组合作的边界不同：在一些地方，同学之间共享作业草稿是正常的学习方式。</li><li>用第二语言写作的人，常常经历“拼凑式写作”（patchwriting，写作研究者 Rebecca Moore Howard 提出的概念）阶段：保留原文的句子结构，只替换部分词语。这是学习用来源写作的一个阶段，需要的是指导。</li><li>两种容易被忽视的情况：<b>翻译不等于原创</b>，把中文或其他语言的文献翻译过来而不注明出处，仍然属于抄袭；<b>重复使用自己以前提交过的文字</b>，在很多学校也需要说明或获得许可。</li></ul><h3>图书馆员的角色：教，而不是审</h3><p>是否构成学术不端，由导师、院系和学校的相关委员会按学校规定认定，而不是服务台馆员。我们的任务是讲清规范、教会方法、介绍工具，并在需要时把学生转介给导师或写作支持。</p>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>改写的四个步骤</h3><ol><li>读懂原文，直到能用自己的话讲给别人听。</li><li>合上原文，凭记忆写下要点。</li><li>对照原文，检查意思是否准确，是否不知不觉照搬了原句或原有结构。</li><li>注明出处：改写和概括同样需要引用。</li></ol><h3>常见引用格式</h3><ul><li><b>APA</b>：作者—年份制，多用于心理学、教育学和社会科学。</li><li><b>MLA</b>：作者—页码制，多用于语言文学和人文学科。</li><li><b>Chicago（芝加哥格式）</b>：有注释—书目制和作者—年份制两种体系，历史学等学科常用前者。</li><li><b>IEEE</b>：顺序编号制，多用于工程和计算机领域。</li><li><b>GB/T 7714</b>：中国国家标准《信息与文献 参考文献著录规则》，有顺序编码制和著者—出版年制两种，用文献类型标识区分文献，如 [M] 专著、[J] 期刊文章、[D] 学位论文、[C] 会议录、[EB/OL] 网络电子公告。</li></ul><p>以导师、院系或期刊要求的格式和版本为准。文献管理软件（如 Zotero、EndNote、NoteExpress）可以自动生成引文，但生成结果仍需人工核对；本馆提供哪些软件和培训，请以本馆的实际情况为准。</p><h3>相似度检测</h3><p>国内高校常用知网、万方、维普等检测系统，国际上常用 Turnitin、iThenticate。需要向学生讲清楚：</p><ul><li><b>相似度报告显示的是文字重合，不是抄袭的结论。</b>正确引用的段落、常用术语、参考文献列表都可能被计入。</li><li>合格线、检测次数和检测系统由学校或院系规定，各校不同。</li><li>不要把论文上传到来路不明的“免费查重”网站，论文内容可能被留存甚至泄露。</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>提醒学生远离“降重”捷径。</b>付费“降重”服务、自动改写工具和代写，不仅可能违反学校规定，还常常把论文改得词不达意。使用生成式人工智能的规定各校不同且在不断变化，请学生查阅学校的最新规定，并听从导师的意见。馆员可以帮助学生学会改写和引用，但不能替学生改写论文。</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "不带指责的说法",
                            "phrases": [
                                {
                                    "term": "Let’s look at how this idea is credited to its source.",
                                    "translation": "我们来看看这个观点是怎么注明来源的。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "谈文本，不谈人。",
                                },
                                {
                                    "term": "Many students find paraphrasing hard at first, especially in a second language.",
                                    "translation": "很多学生一开始都觉得改写很难，用第二语言写作时尤其如此。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "让对方知道这很正常。",
                                },
                                {
                                    "term": "The similarity report shows matching text. It doesn’t decide whether anything is wrong.",
                                    "translation": "相似度报告显示的是重合的文字，它并不判定是否有问题。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "先缓解紧张，再一起看报告。",
                                },
                                {
                                    "term": "Different countries and subjects have different citation conventions. Here is what your department expects.",
                                    "translation": "不同国家和学科的引用习惯不同。这是您所在院系的要求。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "把规范当作需要学习的惯例，而不是道德问题。",
                                },
                                {
                                    "term": "Translating a source also needs a citation.",
                                    "translation": "翻译别人的文献同样需要注明出处。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "多语种学生容易忽视这一点。",
                                },
                                {
                                    "term": "Your supervisor decides what is acceptable in your field. It would be good to ask them about this.",
                                    "translation": "在您的领域什么是可以接受的，由导师决定，最好问问导师。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "超出馆员职责时的转介。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "一份相似度报告",
                            "setting": "参考咨询台。来自巴基斯坦的硕士生 Ayesha Malik 拿着论文初稿的相似度报告，显得很紧张。馆员赵敏接待。",
                            "lines": [
                                {
                                    "speaker": "Ayesha",
                                    "line": "My report says 26 percent. Does that mean I plagiarised? I wrote everything myself.",
                                    "translation": "我的报告显示26%。这是不是说明我抄袭了？都是我自己写的。",
                                },
                                {
                                    "speaker": "赵敏",
                                    "line": "Not necessarily. The report only shows text that matches other sources. It doesn’t decide whether anything is wrong. Shall we look at it together?",
                                    "translation": "不一定。报告只显示与其他来源重合的文字，并不判定是否有问题。我们一起看看好吗？",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "Yes, please.",
                                    "translation": "好的，麻烦您了。",
                                },
                                {
                                    "speaker": "赵敏",
                                    "line": "This highlighted part is your reference list, and these are quotations with quotation marks and citations — those are fine. But this paragraph follows the original sentences very closely, and there’s no citation.",
                                    "translation": "这部分高亮的是您的参考文献列表，这些是加了引号并注明出处的引文，都没问题。不过这一段和原文的句子非常接近，而且没有注明出处。",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "I changed some words. In my previous university we did it like this.",
                                    "translation": "我换了一些词。在我以前的学校大家都是这样写的。",
                                },
                                {
                                    "speaker": "赵敏",
                                    "line": "That’s a common way to start, and many students do it. Here the expectation is a bit different: either quote it exactly, or rewrite it in your own words and structure — and cite it in both cases. Let me show you a four-step method. Your supervisor can tell you what your department accepts.",
                                    "translation": "很多学生一开始都是这样写的。这里的要求有点不同：要么原文照引，要么用自己的语言和结构重新写，两种情况都要注明出处。我给您介绍一个四步改写法。院系接受什么样的标准，可以问问您的导师。",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "Thank you. That makes me feel much better.",
                                    "translation": "谢谢您，我感觉好多了。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“能帮我把重复率降到10%以下吗？”",
                            "situation": "<p>哈萨克斯坦的博士生 Daniyar Seitkali 下周要提交学位论文，检测结果高于学院的要求。他来到服务台说：“能帮我把重复率降到10%以下吗？我朋友说可以用一个改写软件，或者花钱找人‘降重’。你觉得哪个好？”</p>",
                            "question": "你怎样回应，既不指责他，又不越过馆员的职责？",
                            "commentary": "<p>先理解压力：临近截止日期，结果不达标，任何人都会着急。不要说“这是作弊”，而是把话题拉回到可以做的事情上。</p><p>明确但不指责地说明风险：改写软件和“降重”服务常常把句子改得意思走样，还可能违反学校规定，一旦被认定，后果远比推迟提交严重。馆员不能替他修改论文，但可以帮他看懂报告：哪些是参考文献和正确引用的内容，哪些段落需要重新改写或补充引用。</p><p>然后转介：具体能否修改、能否延期、学院认可什么标准，由导师和研究生院决定。建议他今天就联系导师。如果他显得压力很大，也可以告诉他学校的心理咨询服务。</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "一位学生的相似度报告显示18%。以下哪种说法最准确？",
                            "options": [
                                {
                                    "text": "“超过15%就是抄袭。”",
                                    "correct": False,
                                    "feedback": "相似度不等于抄袭，合格线也由学校或院系规定。",
                                },
                                {
                                    "text": "“报告显示的是文字重合，要逐段看是不是正确引用；是否符合要求，以院系规定和导师意见为准。”",
                                    "correct": True,
                                    "feedback": "准确、不带指责，也没有越过馆员的职责。",
                                },
                                {
                                    "text": "“没关系，把高亮的词换成同义词就行了。”",
                                    "correct": False,
                                    "feedback": "替换同义词正是“拼凑式写作”，并没有解决引用问题。",
                                },
                            ],
                            "explanation": "相似度报告是帮助检查引用的工具，不是判决书。馆员帮助学生读懂报告、学会改写和引用，认定和决定则由导师与学校按规定作出。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Explaining academic integrity and citation without accusation",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>Different norms usually mean different training</h3><p>How students use other people’s words reflects how they were taught, not how honest they are:</p><ul><li>Some education systems value reproducing authoritative texts accurately; quoting the classics without attribution counts as “what everyone knows”.</li><li>What counts as common knowledge differs between subjects and cultures.</li><li>The boundaries of group work differ: in some places sharing drafts with classmates is normal learning.</li><li>People writing in a second language often go through a stage of “patchwriting” (a term from the writing scholar Rebecca Moore Howard): keeping the source’s sentence structure and replacing some words. It is a stage in learning to write from sources, and it calls for teaching.</li><li>Two cases are easy to overlook: <b>translation is not originality</b> — translating a Chinese or other-language source without citing it is still plagiarism; and <b>reusing your own previously submitted text</b> must be declared or approved at many universities.</li></ul><h3>The librarian’s role: teach, don’t judge</h3><p>Whether something is academic misconduct is decided by supervisors, departments and university committees under the university’s rules, not at the service desk. Our job is to explain the conventions, teach the methods, introduce the tools, and refer students to their supervisor or to writing support when needed.</p>",
                    },
                    {
                        "type": "text",
                        "value": "<h3>Paraphrasing in four steps</h3><ol><li>Read the source until you could explain it to someone in your own words.</li><li>Close the source and write down the main points from memory.</li><li>Compare with the source: is the meaning accurate, and have you unintentionally copied sentences or structure?</li><li>Cite it: paraphrases and summaries need citations too.</li></ol><h3>Common citation styles</h3><ul><li><b>APA</b> — author–date; common in psychology, education and the social sciences.</li><li><b>MLA</b> — author–page; common in languages, literature and the humanities.</li><li><b>Chicago</b> — two systems, notes–bibliography and author–date; history and related fields often use the former.</li><li><b>IEEE</b> — numbered in order of citation; common in engineering and computing.</li><li><b>GB/T 7714</b> — the Chinese national standard for bibliographic references, with a numeric system (顺序编码制) and an author–year system (著者-出版年制), and document-type codes such as [M] monograph, [J] journal article, [D] thesis, [C] conference proceedings and [EB/OL] online electronic bulletin.</li></ul><p>The style and edition required by the supervisor, department or journal is the one to use. Reference managers (such as Zotero, EndNote and NoteExpress) generate citations automatically, but the output still needs checking by hand; which tools and training your library offers depends on your library.</p><h3>Similarity checks</h3><p>Chinese universities commonly use CNKI, Wanfang or VIP checking systems; Turnitin and iThenticate are common internationally. Make these points clear to students:</p><ul><li><b>A similarity report shows matching text, not a finding of plagiarism.</b> Correctly cited quotations, standard terminology and reference lists can all count towards the figure.</li><li>Thresholds, the number of checks allowed and the system used are set by the university or department and vary.</li><li>Don’t upload a thesis to unknown “free checker” websites; the text may be retained or even leaked.</li></ul>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>Steer students away from “reduce the score” shortcuts.</b> Paid “similarity reduction” (降重) services, automatic rewriting tools and ghost-writing may breach university rules and often mangle the meaning. Rules on generative AI differ between universities and keep changing; ask students to check the current university policy and follow their supervisor’s guidance. Librarians can help students learn to paraphrase and cite, but cannot rewrite a thesis for them.</p>",
                        },
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Saying it without accusation",
                            "phrases": [
                                {
                                    "term": "Let’s look at how this idea is credited to its source.",
                                    "translation": "我们来看看这个观点是怎么注明来源的。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Talk about the text, not the person.",
                                },
                                {
                                    "term": "Many students find paraphrasing hard at first, especially in a second language.",
                                    "translation": "很多学生一开始都觉得改写很难，用第二语言写作时尤其如此。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Tells the student this is normal.",
                                },
                                {
                                    "term": "The similarity report shows matching text. It doesn’t decide whether anything is wrong.",
                                    "translation": "相似度报告显示的是重合的文字，它并不判定是否有问题。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Lower the tension first, then read the report together.",
                                },
                                {
                                    "term": "Different countries and subjects have different citation conventions. Here is what your department expects.",
                                    "translation": "不同国家和学科的引用习惯不同。这是您所在院系的要求。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Frames citation as a convention to learn, not a moral question.",
                                },
                                {
                                    "term": "Translating a source also needs a citation.",
                                    "translation": "翻译别人的文献同样需要注明出处。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Easily overlooked by multilingual students.",
                                },
                                {
                                    "term": "Your supervisor decides what is acceptable in your field. It would be good to ask them about this.",
                                    "translation": "在您的领域什么是可以接受的，由导师决定，最好问问导师。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Referral when a question goes beyond the librarian’s role.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "dialogue",
                        "value": {
                            "title": "A similarity report",
                            "setting": "The reference desk. Ayesha Malik, a master’s student from Pakistan, arrives with the similarity report for her thesis draft, looking worried. The librarian is Zhao Min.",
                            "lines": [
                                {
                                    "speaker": "Ayesha",
                                    "line": "My report says 26 percent. Does that mean I plagiarised? I wrote everything myself.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhao Min",
                                    "line": "Not necessarily. The report only shows text that matches other sources. It doesn’t decide whether anything is wrong. Shall we look at it together?",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "Yes, please.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhao Min",
                                    "line": "This highlighted part is your reference list, and these are quotations with quotation marks and citations — those are fine. But this paragraph follows the original sentences very closely, and there’s no citation.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "I changed some words. In my previous university we did it like this.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Zhao Min",
                                    "line": "That’s a common way to start, and many students do it. Here the expectation is a bit different: either quote it exactly, or rewrite it in your own words and structure — and cite it in both cases. Let me show you a four-step method. Your supervisor can tell you what your department accepts.",
                                    "translation": "",
                                },
                                {
                                    "speaker": "Ayesha",
                                    "line": "Thank you. That makes me feel much better.",
                                    "translation": "",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Can you get my similarity score under 10%?”",
                            "situation": "<p>Daniyar Seitkali, a doctoral student from Kazakhstan, must submit his thesis next week, and his similarity result is above his school’s limit. He comes to the desk: “Can you help me get my similarity rate under 10%? My friend says I can use a rewriting app, or pay someone to ‘reduce’ it. Which do you think is better?”</p>",
                            "question": "How do you respond without accusing him, and without going beyond a librarian’s role?",
                            "commentary": "<p>Start by recognising the pressure: a deadline close and a result over the limit would worry anyone. Don’t say “that’s cheating”; bring the conversation back to what can be done.</p><p>Explain the risks clearly but without blame: rewriting apps and “reduction” services often distort the meaning and may breach university rules; if that is established, the consequences are far worse than a delayed submission. A librarian can’t revise the thesis for him, but can help him read the report: which matches are references and correctly cited passages, and which paragraphs need rewriting or a citation.</p><p>Then refer: whether he may revise, whether he can get an extension and what the school accepts are decisions for his supervisor and the graduate school. Suggest he contacts his supervisor today. If he seems under great strain, also mention the university’s counselling service.</p>",
                        },
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A student’s similarity report shows 18%. Which statement is most accurate?",
                            "options": [
                                {
                                    "text": "“Anything over 15% is plagiarism.”",
                                    "correct": False,
                                    "feedback": "Similarity is not plagiarism, and thresholds are set by the university or department.",
                                },
                                {
                                    "text": "“The report shows matching text. We need to go through it to see whether each match is properly cited; whether it meets the requirements depends on your department’s rules and your supervisor.”",
                                    "correct": True,
                                    "feedback": "Accurate, non-accusatory, and within the librarian’s role.",
                                },
                                {
                                    "text": "“Don’t worry, just swap the highlighted words for synonyms.”",
                                    "correct": False,
                                    "feedback": "Swapping synonyms is exactly patchwriting and doesn’t solve the citation problem.",
                                },
                            ],
                            "explanation": "A similarity report is a tool for checking citation, not a verdict. Librarians help students read it and learn to paraphrase and cite; findings and decisions are made by supervisors and the university under its rules.",
                        },
                    },
                ],
            },
        },
        # ------------------------------------------------------------------
        # Lesson 5: referral, partnership and privacy
        # ------------------------------------------------------------------
        {
            "slug": "referral-and-privacy",
            "minutes": 25,
            "required": True,
            "zh": {
                "title": "转介、合作与读者隐私",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>图书馆常常是第一站</h3><p>图书馆开放时间长、有人会说英语，国际读者遇到各种问题时，常常先来问图书馆。我们不需要什么都会，但需要知道<b>该把人送到哪里</b>：</p><ul><li><b>国际学生办公室／国际交流部门：</b>签证、居留许可、注册、住宿、保险、奖学金、访问学者的来访手续。</li><li><b>心理咨询中心：</b>压力、思乡、孤独、情绪困扰。</li><li><b>信息化部门（网络与信息中心）：</b>统一身份认证账号、密码、VPN、手机号绑定、校园网。</li><li><b>语言中心／汉语教学单位：</b>汉语课程、HSK考试、语言伙伴项目。</li><li><b>研究生院和院系：</b>学位论文格式和截止日期、导师、学术规范案件。</li><li><b>校医院、保卫处：</b>就医、失物、安全问题。</li></ul><h3>“温暖转介”的四个步骤</h3><ol><li><b>说明为什么转介：</b>“居留许可由国际学生办公室办理，他们能给您准确的答复。”</li><li><b>给出书面信息：</b>地点、开放时间、联系方式、可以使用的语言。</li><li><b>在对方同意的前提下提前联系：</b>打个电话或一起发一封邮件，让对方不必从头再讲一遍。</li><li><b>回头确认：</b>下次见到时问一句“问题解决了吗？”；如果转介总是走不通，就更新转介清单。</li></ol><p>最重要的一条：<b>不要猜测自己职责以外的答案</b>，尤其是签证和居留问题。出于好心的错误建议，可能给对方带来严重后果。</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>紧急情况。</b>如果有人可能伤害自己或他人，或者突发急病：不要让对方独处，立即联系学校保卫处；需要时拨打110（报警）、120（急救）或119（火警）；同时报告值班主管，并按学校的危机处理流程办理。事后可以把对方转介给心理咨询中心跟进。</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>读者记录的隐私</h3><p>借阅记录、检索记录、研讨间预约、门禁记录、联系方式、护照号码、签证信息、国籍，都是读者的个人信息。国际图联（IFLA）的《图书馆员和其他信息工作者道德准则》和《图书馆环境中的隐私声明》都强调对读者信息保密。我国《个人信息保护法》（2021年11月1日起施行）要求处理个人信息目的明确、限于最小必要范围，并对敏感个人信息（包括行踪轨迹、宗教信仰等）给予特别保护。</p><p><b>服务台上的做法：</b></p><ul><li>不向来电或来访者确认某位读者是否在馆、借过什么书，无论对方自称家长、朋友、老师还是“使馆工作人员”。</li><li>讨论读者账户之前先核实身份（校园卡、证件）。</li><li>屏幕朝向自己，不让排队的人看到读者信息；离开座位时锁屏。</li><li>不用个人手机拍摄读者的证件；证件复印件只在规定需要时留存，并按规定保管和销毁。</li><li>不在工作群或任何群聊里发布读者姓名和逾期情况。</li><li>收到公安、司法等机构的正式要求时，交给主管，按学校规定的程序处理。</li><li>转介时，只在读者同意的情况下，把其姓名和问题告诉其他部门。</li></ul>",
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "转介和保护隐私的常用语",
                            "phrases": [
                                {
                                    "term": "The International Students Office handles residence permits. They can give you an accurate answer.",
                                    "translation": "居留许可由国际学生办公室办理，他们能给您准确的答复。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "说明为什么转介，而不是简单地“去别处问”。",
                                },
                                {
                                    "term": "Here are their address, opening hours and email.",
                                    "translation": "这是他们的地址、办公时间和邮箱。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "把转介清单上的信息打印或写给对方。",
                                },
                                {
                                    "term": "Would you like me to email them now, with you, so you don’t have to explain everything again?",
                                    "translation": "要不要我们现在一起给他们发封邮件，这样您就不用再从头解释了？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "温暖转介。",
                                },
                                {
                                    "term": "May I share your name and your question with them?",
                                    "translation": "我可以把您的姓名和问题告诉他们吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "先征得同意。",
                                },
                                {
                                    "term": "Could I see your campus card before we look at your account?",
                                    "translation": "在查看您的账户之前，能看一下您的校园卡吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "核实身份。",
                                },
                                {
                                    "term": "I’m sorry, I can’t give out any information about library users.",
                                    "translation": "抱歉，我不能提供任何关于图书馆读者的信息。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "对任何第三方的询问都这样回答，不确认、也不否认。",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "一位父亲的电话",
                            "situation": "<p>服务台接到一个电话，对方用俄语口音的英语说，自己是哈萨克斯坦学生 Arman 的父亲，已经好几天联系不上儿子，非常担心。他问：“他最近有没有来图书馆？他借了什么书？能不能让他给我回个电话？”</p>",
                            "question": "你能告诉他什么？又能为他做些什么？",
                            "commentary": "<p>不能确认 Arman 是不是本馆读者、有没有来过图书馆、借过什么书。你无法在电话里核实对方身份；即使对方确实是父亲，成年学生的记录也属于学生本人。</p><p>但可以表示理解，并指一条有用的路：“我理解您很担心。我不能提供任何读者的信息，但学校的国际学生办公室负责联系和关心国际学生，请您联系他们；如果担心他的安全，他们可以按学校的程序处理。”把国际学生办公室的电话和邮箱告诉他。</p><p>挂断后，把这个电话报告给主管。如果来电内容让人担心学生的安全，由主管决定是否联系国际学生办公室，而不是由服务台自行去查找学生。</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“出境再入境就行了”",
                            "situation": "<p>巴西学生 Rafael Costa 在服务台显得很焦虑：他发现自己的居留许可下周就要到期，但续签材料还没准备好。他问馆员该怎么办。旁边的同事好心地说：“我听说出境再入境就可以了，去一趟香港就行。”</p>",
                            "question": "你应该怎么做？",
                            "commentary": "<p>同事的建议可能完全错误，而且后果严重：居留和出入境的规定复杂，每个人的情况不同，错误的做法可能导致逾期居留等问题。这正是“不要猜测职责以外的答案”的典型情形。</p><p>礼貌地纠正方向，而不是当众批评同事：“出入境的事情我们不太清楚，最好听国际学生办公室的，他们天天处理这类问题。”然后做温暖转介：查清他们今天的办公时间，征得 Rafael 同意后打电话或发邮件说明情况，把地址写给他。</p><p>如果 Rafael 非常焦虑，也可以告诉他心理咨询中心的联系方式。事后私下和同事沟通：出于好意，也不要给出签证方面的建议。</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>维护一份及时更新的转介清单</h3><p>转介清单只有在准确的时候才有用。一份过期的电话号码，会让读者白跑一趟，也会让他们不再信任图书馆。</p><ul><li><b>每一条包括：</b>部门名称（中英文）、负责什么、<b>不</b>负责什么、地点、办公时间、电话和邮箱、可以使用的语言、是否需要预约、最后核实日期和核实人。</li><li><b>指定负责人：</b>清单要有一位明确的负责人，而不是“大家一起维护”。</li><li><b>定期核实：</b>每学期开学前核实一次；学校机构调整、搬迁、换号码时随时更新；实际拨打一次电话、发一封邮件试试。</li><li><b>收集反馈：</b>读者说“那边让我来找你们”时，说明清单或对方的理解需要调整，记下来。</li><li><b>方便使用：</b>放在员工都能访问的共享位置，服务台备一份打印版，并在页脚注明版本日期。</li></ul>",
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "接待访问学者的教授打电话给图书馆，想知道这位访问学者最近借了哪些书，“好了解他的研究进展”。最合适的做法是？",
                            "options": [
                                {
                                    "text": "对方是接待教授，可以告诉他。",
                                    "correct": False,
                                    "feedback": "接待关系不等于有权查看读者的借阅记录。",
                                },
                                {
                                    "text": "只告诉他借了几本书，不说书名。",
                                    "correct": False,
                                    "feedback": "借阅数量同样是读者的个人信息。",
                                },
                                {
                                    "text": "礼貌地说明图书馆不提供读者的借阅信息，建议他直接和访问学者交流。",
                                    "correct": True,
                                    "feedback": "既保护了读者隐私，又给了对方可行的途径。",
                                },
                            ],
                            "explanation": "借阅记录属于读者本人。无论询问者是谁，都不提供、不确认；需要了解研究进展，应当直接和当事人交流。有正式程序的要求，交给主管按规定处理。",
                        },
                    },
                ],
            },
            "en": {
                "title": "Referral, partnership and privacy",
                "body": [
                    {
                        "type": "text",
                        "value": "<h3>The library is often the first stop</h3><p>The library is open long hours and has staff who speak English, so international users often bring all kinds of problems there first. We don’t need to know everything, but we do need to know <b>where to send people</b>:</p><ul><li><b>International students office / international affairs:</b> visas, residence permits, registration, accommodation, insurance, scholarships, visiting scholars’ visit procedures.</li><li><b>Counselling centre:</b> stress, homesickness, loneliness, emotional difficulties.</li><li><b>IT services (network and information centre):</b> unified login, passwords, VPN, phone-number binding, campus network.</li><li><b>Language centre / Chinese-language teaching unit:</b> Chinese courses, the HSK test, language-partner schemes.</li><li><b>Graduate school and departments:</b> thesis format and deadlines, supervisors, academic-integrity cases.</li><li><b>Campus clinic and campus security:</b> medical care, lost property, safety.</li></ul><h3>A warm referral in four steps</h3><ol><li><b>Explain why you’re referring:</b> “Residence permits are handled by the International Students Office; they can give you an accurate answer.”</li><li><b>Give the details in writing:</b> location, opening hours, contact details, languages available.</li><li><b>With the user’s consent, contact them ahead:</b> a phone call or an email written together, so the user doesn’t have to tell the story again.</li><li><b>Follow up:</b> next time you see them, ask “Did that get sorted out?” If referrals keep failing, update the referral list.</li></ol><p>Above all: <b>don’t guess answers outside your area</b>, especially on visas and residence. Well-meant wrong advice can have serious consequences.</p>",
                    },
                    {
                        "type": "callout",
                        "value": {
                            "kind": "warning",
                            "text": "<p><b>Emergencies.</b> If someone may harm themselves or others, or is suddenly seriously ill: don’t leave them alone; contact campus security at once; if needed call 110 (police), 120 (ambulance) or 119 (fire); inform the duty supervisor and follow the university’s crisis procedure. Afterwards, the counselling centre can follow up.</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>The privacy of user records</h3><p>Loan history, search history, room bookings, gate logs, contact details, passport numbers, visa information and nationality are all users’ personal information. IFLA’s Code of Ethics for Librarians and other Information Workers and its Statement on Privacy in the Library Environment both stress the confidentiality of user data. China’s Personal Information Protection Law (in force since 1 November 2021) requires personal information to be processed for a clear purpose and limited to what is necessary, with special protection for sensitive personal information, which includes, among other things, a person’s whereabouts and religious beliefs.</p><p><b>At the desk:</b></p><ul><li>Don’t confirm to callers or visitors whether a user is in the library or what they have borrowed — whether the person says they are a parent, friend, teacher or “from the embassy”.</li><li>Verify identity (campus card, ID) before discussing an account.</li><li>Keep the screen facing you so the queue can’t see user details; lock it when you step away.</li><li>Don’t photograph users’ documents on a personal phone; keep copies of documents only where the rules require, and store and destroy them as the rules say.</li><li>Never post users’ names or overdue details in staff chat groups or any group chat.</li><li>Formal requests from the police, courts or other authorities go to your supervisor and are handled under the university’s procedure.</li><li>When referring, share a user’s name and question with another office only with their consent.</li></ul>",
                    },
                    {
                        "type": "phrasebook",
                        "value": {
                            "title": "Phrases for referral and privacy",
                            "phrases": [
                                {
                                    "term": "The International Students Office handles residence permits. They can give you an accurate answer.",
                                    "translation": "居留许可由国际学生办公室办理，他们能给您准确的答复。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Say why you refer, instead of just “ask somewhere else”.",
                                },
                                {
                                    "term": "Here are their address, opening hours and email.",
                                    "translation": "这是他们的地址、办公时间和邮箱。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Print or write out the entry from the referral list.",
                                },
                                {
                                    "term": "Would you like me to email them now, with you, so you don’t have to explain everything again?",
                                    "translation": "要不要我们现在一起给他们发封邮件，这样您就不用再从头解释了？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "A warm referral.",
                                },
                                {
                                    "term": "May I share your name and your question with them?",
                                    "translation": "我可以把您的姓名和问题告诉他们吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Ask for consent first.",
                                },
                                {
                                    "term": "Could I see your campus card before we look at your account?",
                                    "translation": "在查看您的账户之前，能看一下您的校园卡吗？",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "Identity check.",
                                },
                                {
                                    "term": "I’m sorry, I can’t give out any information about library users.",
                                    "translation": "抱歉，我不能提供任何关于图书馆读者的信息。",
                                    "romanisation": "",
                                    "audio": None,
                                    "note": "The answer to any third-party enquiry: neither confirm nor deny.",
                                },
                            ],
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "A father on the phone",
                            "situation": "<p>The desk receives a call. In Russian-accented English, the caller says he is the father of Arman, a student from Kazakhstan; he has not been able to reach his son for several days and is very worried. “Has he been coming to the library? What has he borrowed? Can you ask him to call me?”</p>",
                            "question": "What can you tell him? What can you do for him?",
                            "commentary": "<p>You cannot confirm whether Arman is a library user, whether he has been in, or what he has borrowed. You can’t verify the caller’s identity by phone, and even if he is the father, an adult student’s records belong to the student.</p><p>But you can show understanding and point to a useful route: “I understand you’re worried. I can’t give out information about any library user, but the university’s International Students Office looks after international students — please contact them, and if you’re concerned for his safety they can act under the university’s procedures.” Give him the office’s phone number and email.</p><p>After the call, report it to your supervisor. If the call raises concern for the student’s safety, the supervisor decides whether to contact the International Students Office; the desk should not go looking for the student on its own.</p>",
                        },
                    },
                    {
                        "type": "scenario",
                        "value": {
                            "title": "“Just leave the country and come back”",
                            "situation": "<p>Rafael Costa from Brazil is anxious at the desk: he has just realised that his residence permit expires next week and his renewal documents aren’t ready. He asks the librarian what to do. A colleague nearby helpfully says: “I heard you can just leave and re-enter — a trip to Hong Kong will do it.”</p>",
                            "question": "What should you do?",
                            "commentary": "<p>The colleague’s advice may be entirely wrong, with serious consequences: residence and entry rules are complex, every case is different, and the wrong move can lead to problems such as overstaying. This is the textbook case for “don’t guess answers outside your area”.</p><p>Redirect politely rather than correcting the colleague in public: “We’re not really the right people for immigration questions; the International Students Office deals with these every day.” Then make a warm referral: check their opening hours today, and with Rafael’s consent call or email them to explain, and write down the address for him.</p><p>If Rafael is very anxious, also give him the counselling centre’s details. Later, have a private word with your colleague: however well meant, don’t give visa advice.</p>",
                        },
                    },
                    {
                        "type": "text",
                        "value": "<h3>Keeping a referral list current</h3><p>A referral list is only useful while it is accurate. One out-of-date phone number sends a user on a wasted journey and costs the library their trust.</p><ul><li><b>Each entry includes:</b> the office’s name (Chinese and English), what it handles and what it does <b>not</b>, location, opening hours, phone and email, languages available, whether an appointment is needed, and the date it was last checked and by whom.</li><li><b>Name an owner:</b> one named person is responsible for the list, not “everyone”.</li><li><b>Check regularly:</b> before each semester, and whenever offices reorganise, move or change numbers; actually make a call and send an email to test.</li><li><b>Collect feedback:</b> when a user says “they sent me back to you”, the list or the other office’s understanding needs adjusting. Note it.</li><li><b>Make it easy to use:</b> keep it where all staff can reach it, keep a printed copy at the desk, and put a version date in the footer.</li></ul>",
                    },
                    {
                        "type": "knowledge_check",
                        "value": {
                            "question": "A visiting scholar’s host professor phones the library asking which books the scholar has borrowed recently, “to get a sense of his research progress”. What is the best response?",
                            "options": [
                                {
                                    "text": "He is the host professor, so you can tell him.",
                                    "correct": False,
                                    "feedback": "Hosting a visitor doesn’t give anyone the right to see their loan records.",
                                },
                                {
                                    "text": "Tell him only how many books were borrowed, not the titles.",
                                    "correct": False,
                                    "feedback": "The number of loans is personal information too.",
                                },
                                {
                                    "text": "Explain politely that the library doesn’t share users’ loan information, and suggest he talks to the scholar directly.",
                                    "correct": True,
                                    "feedback": "Protects the user’s privacy and gives the caller a workable route.",
                                },
                            ],
                            "explanation": "Loan records belong to the user. Whoever asks, don’t share or confirm them; to learn about someone’s research progress, talk to that person. Formal requests with legal standing go to the supervisor and are handled under the rules.",
                        },
                    },
                ],
            },
        },
    ],
}
