"""Final quiz of "Cross-cultural communication foundations": high- and low-context communication,
names, non-verbal cues, stereotypes and complaints; six situational-judgement questions."""

from decimal import Decimal as D

from assessments.spec import ParsedOption as O
from assessments.spec import ParsedQuestion as Q
from assessments.spec import QType

CC = "cross-cultural"
BEST, ACCEPTABLE, POOR = D(1), D("0.5"), D(0)
RIGHT, WRONG = D(1), D(0)
HALF, MINUS_HALF = D("0.5"), D("-0.5")

NAMES = [
    ("Javier García López", "Dr García"),
    ("Ana Paula Souza Oliveira", "Ms Oliveira"),
    ("Nguyễn Thị Lan", "Ms Lan"),
    ("Guðrún Jónsdóttir", "Guðrún"),
    ("Kim Min-jun", "Mr Kim"),
]
COUNTRIES = {
    "zh": ["西班牙", "巴西", "越南", "冰岛", "韩国"],
    "en": ["Spain", "Brazil", "Vietnam", "Iceland", "Korea"],
}


def names_options(language: str) -> list[O]:
    """Users and their usual short form of address, and a distractor."""
    country = COUNTRIES[language]
    left, right = ("（", "）") if language == "zh" else (" (", ")")
    pairs = [
        O(f"{name}{left}{country[i]}{right}", match_text=short)
        for i, (name, short) in enumerate(NAMES)
    ]
    return [*pairs, O("", match_text="Dr López")]


ZH = [
    Q(
        QType.TRUEFALSE,
        name="高语境不是个人标签",
        category="跨文化沟通/高语境与低语境",
        competency=CC,
        level=1,
        shuffle=False,
        text="<p>霍尔把中国放在沟通风格“光谱”中偏高语境的一端。因此，一位中国学生总是会用暗示，而不会直接说出自己需要什么。</p>",
        options=[
            O(
                "true",
                WRONG,
                "不对：高语境和低语境描述的是群体在特定场合下的倾向，不是对某个人的判断。一位在加拿大读过书的中国学生可能非常直接。",
            ),
            O(
                "false",
                RIGHT,
                "正确：这一框架描述的是群体在特定场合下的倾向，个人和场合都会有差异。",
            ),
        ],
        general_feedback="高语境和低语境的概念用来解释误会，而不是给人贴标签。无论对方是什么风格，都要把结果说清楚，并确认对方理解了。",
    ),
    Q(
        QType.SJT,
        name="“我考虑一下”",
        category="跨文化沟通/高语境与低语境",
        competency=CC,
        level=2,
        text="<p>你问来自韩国的硕士生 Park Ji-yeon：下个月给新来的国际学生办讲座时，她愿不愿意花五分钟分享自己的检索经验？她笑了笑说：“嗯……我考虑一下。”你怎么做？</p>",
        options=[
            O(
                "让她容易拒绝：“完全没关系，不想讲也没问题；如果愿意，周五前告诉我一声就好。”",
                BEST,
                "最佳。“我考虑一下”可能是委婉的拒绝。给出明确的期限和轻松的退路，她可以不失面子地说“不”，你也能得到明确的答复。",
            ),
            O(
                "不再多说，等她自己来找你。",
                ACCEPTABLE,
                "尊重对方、不施压，这一点可取；但你得不到答复，她也可能不知道你需要答复。最好给她一个方便回复的方式。",
            ),
            O(
                "既然她没有拒绝，就把她的名字排进讲座日程。",
                POOR,
                "“我考虑一下”不等于同意。把它当成承诺，正是本课 “Maybe, I will try” 那个误会的由来。",
            ),
            O(
                "当着她同学的面，请她现在就明确答复行还是不行。",
                POOR,
                "当众追问，逼她要么公开拒绝，要么违心答应，两者都让人丢面子。",
            ),
        ],
        general_feedback="拒绝可能很柔和：“我考虑一下”“也许吧”可能是礼貌的“不”。不要追问，也不要当成同意；提供容易拒绝的选项和明确的时间，让说“不”的一方不必付出面子代价。",
    ),
    Q(
        QType.SJT,
        name="托朋友来问",
        category="跨文化沟通/高语境与低语境",
        competency=CC,
        level=2,
        text="<p>Aigerim 来到服务台说：“我的朋友 Daniyar 不好意思来问……他想知道，书能不能多借一段时间？”Daniyar 本人没有来。你怎么做？</p>",
        options=[
            O(
                "当作真正的续借请求来回应：说明书一般可以在网上或服务台续借，除非已被他人预约；并表示很乐意直接帮 Daniyar，他可以来服务台或发邮件。不和 Aigerim 一起查看他的账户。",
                BEST,
                "最佳。你回应了暗示背后的需要，让 Daniyar 可以不失面子地直接求助，也保护了他的账户隐私——朋友不是账户本人。",
            ),
            O(
                "把英文版网上续借指南交给 Aigerim，请她转交 Daniyar。",
                ACCEPTABLE,
                "有帮助，也没有泄露隐私；但 Daniyar 只能自己摸索。加一句“欢迎他直接来找我”，下一步会容易得多。",
            ),
            O(
                "查 Daniyar 的账户，告诉 Aigerim 他哪几本书逾期了、欠多少罚款。",
                POOR,
                "借阅记录和罚款是他的个人信息，即使出于好意，也不能告诉朋友。",
            ),
            O(
                "说“让他本人来，我们不接受别人代问”，然后接待下一位读者。",
                POOR,
                "托人代问常常是为了避免丢面子。生硬地拒绝既没回答问题，也没满足需要，Daniyar 更不会来了。",
            ),
        ],
        general_feedback="请求可能以暗示的方式出现，也可能托别人转达。回应背后的需要（“需要我帮您续借吗？”），让读者本人求助的路更好走；账户信息只和账户本人讨论。",
    ),
    Q(
        QType.MULTI,
        name="马来姓名的称呼",
        category="跨文化沟通/称呼与姓名",
        competency=CC,
        level=2,
        text="<p>你要给来自马来西亚的博士生 Nurul Aina binti Ahmad 写邮件。下面哪些称呼是恰当的？（多选）</p>",
        options=[
            O("Ms Nurul Aina", HALF, "正确：Nurul Aina 是她本人的名字。"),
            O("Ms Nurul", HALF, "正确：这样称呼也可以。"),
            O("Ms Ahmad", MINUS_HALF, "Ahmad 是她父亲的名字；她没有“姓”。"),
            O(
                "Ms Binti",
                MINUS_HALF,
                "binti 的意思是“……之女”，根本不是名字——本课案例中让她难堪的正是 “Dear Ms Binti” 这封邮件。",
            ),
        ],
        general_feedback="马来人的姓名中，bin／binti 把本人的名字和父亲的名字连在一起：Nurul Aina binti Ahmad 就是“Ahmad 的女儿 Nurul Aina”，没有姓。用她本人的名字称呼；拿不准就问：“How would you like me to address you?”",
    ),
    Q(
        QType.MATCHING,
        name="各国姓名的简短称呼",
        category="跨文化沟通/称呼与姓名",
        competency=CC,
        level=2,
        text="<p>请为每位读者配上通常正确的简短称呼。</p>",
        options=names_options("zh"),
        general_feedback="西班牙姓名用第一个姓（来自父亲）；葡萄牙和巴西姓名用最后一个姓；越南人按最后一个字、也就是名字来称呼；冰岛人即使在正式场合也称名；韩国人姓在前。这些是常见规律，不是对个人的断言：拿不准就问。",
    ),
    Q(
        QType.SJT,
        name="不看人就是心虚？",
        category="跨文化沟通/非语言信号",
        competency=CC,
        level=2,
        text="<p>一本还回来的书被撕掉了几页。你询问还书的读者——来自加纳的一年级学生 Kwame——时，他一直低着头，回答很简短。同事小声说：“他都不敢看你，肯定是他弄的。”你怎么做？</p>",
        options=[
            O(
                "根据事实处理：先查借阅记录里有没有以前的损坏登记，再用中性的语言问：“这本书缺了几页，按规定我们需要登记。您借的时候注意到了吗？”",
                BEST,
                "最佳。目光不是证据：在许多群体中，在工作人员面前垂下目光是尊重，被问到这种事时谁都可能紧张。应由记录和规定来决定。",
            ),
            O(
                "按规定登记损坏，告诉他图书馆会再联系他，不再多谈。",
                ACCEPTABLE,
                "以事实为依据，也算公平，但没有听他的说法——他也许知道书原来就是坏的。下结论之前，先用中性的方式问一问。",
            ),
            O(
                "温和地告诉他，不看人会显得心虚，请他回答时看着你。",
                POOR,
                "把文化或个人习惯当成心虚的证据，只会让他更不自在，而不会让他更诚实。",
            ),
            O(
                "同意同事的判断，直接按赔偿标准收费。",
                POOR,
                "这是根据一个非语言信号下的结论，而不是根据事实。有人回避目光是出于尊重、害羞或孤独症等原因。",
            ),
        ],
        general_feedback="不要根据目光判断一个人是否诚实。单一信号说明不了什么：依据借阅记录、损坏情况和规定来处理，用中性的语言询问，把读者当作帮助弄清事实的人，而不是嫌疑人。",
    ),
    Q(
        QType.SINGLE,
        name="告诉读者储物柜号码",
        category="跨文化沟通/非语言信号",
        competency=CC,
        level=1,
        text="<p>服务台很忙。你要告诉来自巴西的学生 Rafael，他的储物柜是8号。最可靠的方法是什么？</p>",
        options=[
            O(
                "竖起拇指和食指，用中国的手势表示“八”。",
                WRONG,
                "中国表示6到10的手势在很多国家不通用，“八”常被看成“二”或别的意思。",
            ),
            O(
                "说 “eight”，并在钥匙牌上写下 8。",
                RIGHT,
                "正确：说出来再写下来，数字就不会被误解。",
            ),
            O(
                "不说话，双手伸出八根手指。",
                WRONG,
                "比单手手势好一些，但在忙乱的服务台仍可能被看错；要说出来并写下来。",
            ),
            O(
                "用食指指向储物柜。",
                WRONG,
                "没有告诉他号码，而且在很多地方用一根手指指点是不礼貌的。",
            ),
        ],
        general_feedback="表示数字的手势各国差别很大。数字要说出来并写下来——服务台越忙越要这样，因为越忙越想随手比划一下。",
    ),
    Q(
        QType.SJT,
        name="婉拒握手",
        category="跨文化沟通/非语言信号",
        competency=CC,
        level=2,
        text="<p>咨询开始时，你（女性）向访问学者 Yusuf Hassan 博士伸出手。他没有握手，而是微笑着把手放在胸前。你怎么做？</p>",
        options=[
            O(
                "微笑、点头回礼，继续热情地交流；以后让对方先伸手。",
                BEST,
                "最佳。有些人出于宗教原因不与异性握手，手放胸前是一种尊重的问候。跟随对方的方式，双方都自在。",
            ),
            O(
                "把手收回，并一再道歉，说自己不知道。",
                ACCEPTABLE,
                "出于好意，也很尊重，但长时间的道歉会让一个平常的瞬间变得尴尬。微笑点头就够了。",
            ),
            O(
                "一直伸着手等他握，因为在这里握手是正常的礼节。",
                POOR,
                "逼人做违背自己信仰的事，会让双方都难堪，咨询也开了个坏头。",
            ),
            O(
                "问他信什么宗教，以便下次注意。",
                POOR,
                "不要主动提起宗教，也不要从行为推断宗教；不需要知道原因，也能跟随对方的方式。",
            ),
        ],
        general_feedback="让对方先伸手，跟随对方的方式；被婉拒握手不要往心里去，也不要主动谈论宗教。",
    ),
    Q(
        QType.SINGLE,
        name="描述—解释—评价",
        category="跨文化沟通/刻板印象",
        competency=CC,
        level=2,
        text="<p>一位读者在安静自习区打了两次电话。在“描述—解释—评价”练习中，哪一句属于<em>描述</em>这一步？</p>",
        options=[
            O(
                "“这位读者在安静区打了两次电话。”",
                RIGHT,
                "正确：只说看到和听到的事实，不作解释或评判。",
            ),
            O("“他根本不顾及其他读者。”", WRONG, "这是对人品的评判——过早地跳到了“评价”。"),
            O(
                "“也许他不知道这里是安静区，或者标识只有中文。”",
                WRONG,
                "这是可能的解释，属于“解释”这一步。",
            ),
            O(
                "“他们国家的人说话总是很大声。”",
                WRONG,
                "这是刻板印象：把一种特征套在群体里的每一个人身上。",
            ),
        ],
        general_feedback="“描述”只说看到和听到的事实；“解释”至少想出三种可能的原因；最后才“评价”，并选择合适的回应。",
    ),
    Q(
        QType.SJT,
        name="以貌取人选错了语言",
        category="跨文化沟通/刻板印象",
        competency=CC,
        level=2,
        text="<p>你看一位读者长得像中国人，就用中文跟她打招呼。她一脸困惑地说：“Sorry — English?”原来她是来自马来西亚的交换生，从小说英语和马来语。你怎么做？</p>",
        options=[
            O(
                "不加评论地改用英语：“Of course — how can I help?”以后接待新读者时，先问对方希望用哪种语言。",
                BEST,
                "最佳。她马上得到帮助，谁都不丢面子；询问语言偏好，也避免了以貌取人。",
            ),
            O(
                "改用英语，并为以为她会说中文连连道歉。",
                ACCEPTABLE,
                "态度尊重，但反复道歉反而让人注意她的长相。简单一句 “Sorry — of course” 就够了。",
            ),
            O(
                "笑着说：“真的吗？可你看起来像中国人！”",
                POOR,
                "评论对方的长相，还暗示她“应该”会中文；很多来自马来西亚、印度尼西亚、美国等地的华裔并不会读写中文。",
            ),
            O(
                "继续用缓慢、简单的中文说，反正她在中国留学。",
                POOR,
                "她已经请求用英语；坚持说中文，是把你的偏好放在她的需要之上。",
            ),
        ],
        general_feedback="根据外表猜测语言、国籍或宗教，往往是错的。不妨直接问：“您希望用哪种语言交流？英语、中文，还是其他语言？”",
    ),
    Q(
        QType.SJT,
        name="对罚款不满的访问学者",
        category="跨文化沟通/投诉处理",
        competency=CC,
        level=3,
        text="<p>来自德国的访问学者 Katharina Vogel 博士来到繁忙的服务台，大声说：“这个罚款太荒唐了。我周日就把书投进还书箱了，你们的系统有问题。”你怎么做？</p>",
        options=[
            O(
                "让她把话说完，复述事实（“您周日把书投进了还书箱，现在系统却显示罚款，是吗？”），表示理解她的恼火，并当场查看还书记录。如果是图书馆的错，就明确承认，并把罚款撤销。",
                BEST,
                "最佳：倾听、共情、核实事实，确认是图书馆的错后明确承认。她说话直接，是一种表达方式，不一定说明她很愤怒。",
            ),
            O(
                "对给她带来的麻烦表示抱歉，记下她的联系方式，承诺主管会在周四前发邮件答复。",
                ACCEPTABLE,
                "礼貌，也给了具体时间——但还书记录你现在就能查。超出权限的事才需要上报，能当场解决的就不要推给别人。",
            ),
            O(
                "不等她说完，就详细解释罚款规定，因为德国人喜欢明确的规则。",
                POOR,
                "打断对方、背诵规定会把人拒之门外；“德国人喜欢规则”是刻板印象，会让你听不到她真正的投诉。",
            ),
            O(
                "为了平息场面，马上取消罚款，尽管你无权减免罚款。",
                POOR,
                "承诺无权兑现的事，可能让你无法兑现承诺，而且问题的原因也永远找不到。",
            ),
        ],
        general_feedback="倾听、共情、致歉、解决、致谢。对读者的遭遇表示遗憾几乎总是恰当的；图书馆的错误要在弄清事实后承认——一旦确认，就明确地说出来。",
    ),
    Q(
        QType.ORDERING,
        name="投诉处理五步",
        category="跨文化沟通/投诉处理",
        competency=CC,
        level=2,
        text="<p>按“倾听、共情、致歉、解决、致谢”五个步骤，把下面几句话排好顺序。</p>",
        options=[
            O("我确认一下：您3号还了书，但系统仍显示在借，对吗？"),
            O("我能理解这让人很着急。"),
            O("很抱歉让您等了这么久。"),
            O("这是我现在能做的，这部分我会请示主管。"),
            O("谢谢您告诉我们这件事。"),
        ],
        general_feedback="先倾听并复述事实；再承认对方的感受；表示遗憾（弄清事实后再承认错误）；说明你能做什么、由谁决定、何时答复；最后感谢读者——投诉是免费的改进建议。",
    ),
]

EN = [
    Q(
        QType.TRUEFALSE,
        name="High context is not a personal label",
        category="Cross-cultural communication/High and low context",
        competency=CC,
        level=1,
        shuffle=False,
        text="<p>Hall placed China towards the high-context end of his spectrum of communication styles. So a Chinese student will always hint rather than say directly what she needs.</p>",
        options=[
            O(
                "true",
                WRONG,
                "No: high and low context describe tendencies of groups in particular settings, not facts about a person. A Chinese student who studied in Canada may be very direct.",
            ),
            O(
                "false",
                RIGHT,
                "Right: the framework describes group tendencies in particular settings; individuals and situations vary.",
            ),
        ],
        general_feedback="Use high- and low-context communication to explain a misunderstanding, not to label a person. Whatever the user's style, state outcomes clearly and check understanding.",
    ),
    Q(
        QType.SJT,
        name="“I will think about it”",
        category="Cross-cultural communication/High and low context",
        competency=CC,
        level=2,
        text="<p>You ask Park Ji-yeon, a master's student from Korea, whether she would give a five-minute talk on her search tips at next month's workshop for new international students. She smiles and says: “Hmm… I will think about it.” What do you do?</p>",
        options=[
            O(
                "Make it easy to say no: “No pressure at all — if you'd rather not, that's fine. If you'd like to, just let me know by Friday.”",
                BEST,
                "Best. “I will think about it” may be a polite no. A clear date and an easy way out let her decline without losing face, and you still get a clear answer.",
            ),
            O(
                "Say nothing more and wait to see whether she comes back to you.",
                ACCEPTABLE,
                "Respectful — you don't press her — but you are left without an answer, and she may not know you need one. Give her an easy way to reply.",
            ),
            O(
                "Put her name on the workshop programme, since she didn't say no.",
                POOR,
                "“I will think about it” is not a yes. Turning it into a commitment is exactly how the lesson's “Maybe, I will try” misunderstanding happened.",
            ),
            O(
                "Ask her for a definite yes or no now, in front of her classmates.",
                POOR,
                "Pressing for an answer in public forces her either to refuse openly or to agree against her wishes; both cost face.",
            ),
        ],
        general_feedback="Refusals may be soft: “I'll think about it” or “maybe” can be a polite no. Don't press and don't treat it as a yes; offer options that are easy to decline, with a clear date, so that saying no costs nobody face.",
    ),
    Q(
        QType.SJT,
        name="A request through a friend",
        category="Cross-cultural communication/High and low context",
        competency=CC,
        level=2,
        text="<p>Aigerim comes to the desk and says: “My friend Daniyar is too shy to ask… He wonders if maybe it's possible to keep his books a bit longer?” Daniyar is not with her. What do you do?</p>",
        options=[
            O(
                "Treat it as a real renewal request: explain that books can usually be renewed online or at the desk unless someone has reserved them, and say you would be glad to help Daniyar directly — he can come by or e-mail. Don't look at his account with her.",
                BEST,
                "Best. You answer the need behind the hint, make it easy for Daniyar to ask without losing face, and keep his account private: a friend is not the account holder.",
            ),
            O(
                "Give Aigerim the English guide to renewing online, to pass on to Daniyar.",
                ACCEPTABLE,
                "Helpful and private, but it leaves Daniyar to work it out alone. A word that you're happy to help him in person makes the next step easier.",
            ),
            O(
                "Look up Daniyar's account and tell Aigerim which books are overdue and what he owes.",
                POOR,
                "His loans and fines are his personal information. Don't share them with a friend, however well meant.",
            ),
            O(
                "Say: “He needs to come himself — we don't deal with go-betweens,” and serve the next person.",
                POOR,
                "Asking through someone else is a common way to avoid losing face. A flat refusal answers neither the request nor the need, and Daniyar is even less likely to come.",
            ),
        ],
        general_feedback="Requests may come as hints, or through someone else. Answer the need (“Would you like me to renew it?”), make the direct route easy, and discuss an account only with its holder.",
    ),
    Q(
        QType.MULTI,
        name="Addressing a Malay name",
        category="Cross-cultural communication/Names",
        competency=CC,
        level=2,
        text="<p>You are writing an e-mail to Nurul Aina binti Ahmad, a doctoral student from Malaysia. Which forms of address are appropriate? Choose all that apply.</p>",
        options=[
            O("Ms Nurul Aina", HALF, "Right: Nurul Aina is her own name."),
            O("Ms Nurul", HALF, "Right: this is also correct."),
            O("Ms Ahmad", MINUS_HALF, "Ahmad is her father's name; she has no family name."),
            O(
                "Ms Binti",
                MINUS_HALF,
                "“Binti” means “daughter of”: it is not a name at all. “Dear Ms Binti” is the e-mail that embarrassed her in the lesson.",
            ),
        ],
        general_feedback="In Malay names, bin / binti links a person's own name to the father's: Nurul Aina binti Ahmad is Nurul Aina, daughter of Ahmad, with no family name. Use her own name, and if you are unsure, ask: “How would you like me to address you?”",
    ),
    Q(
        QType.MATCHING,
        name="Short forms of address",
        category="Cross-cultural communication/Names",
        competency=CC,
        level=2,
        text="<p>Match each user with the short form of address that is normally right.</p>",
        options=names_options("en"),
        general_feedback="Spanish names use the first family name (the father's); Portuguese and Brazilian names the last one; Vietnamese people are addressed by the last element, the given name; Icelanders by their given name even formally; Korean names put the family name first. These are patterns, not rules about individuals: when in doubt, ask.",
    ),
    Q(
        QType.SJT,
        name="“He won't look at me”",
        category="Cross-cultural communication/Non-verbal cues",
        competency=CC,
        level=2,
        text="<p>A returned book has several pages torn out. When you ask Kwame, the first-year student from Ghana who returned it, about it, he keeps his eyes down and gives short answers. A colleague whispers: “He won't even look at you. He did it.” What do you do?</p>",
        options=[
            O(
                "Decide on the facts: check the loan record for earlier damage notes, then ask neutrally — “Some pages are missing and we need to record it under our rules. Did you notice it when you borrowed it?”",
                BEST,
                "Best. Eye contact is not evidence: in many communities looking down before staff is respectful, and anyone may feel nervous when asked about damage. The record and the rules decide.",
            ),
            O(
                "Record the damage under the rules and tell him the library will contact him, without discussing it further.",
                ACCEPTABLE,
                "Fact-based and fair, but it misses his side of the story — he may know it was damaged already. Ask neutrally before you decide.",
            ),
            O(
                "Tell him gently that looking away makes him seem guilty, and ask him to look at you when he answers.",
                POOR,
                "It treats a cultural or personal habit as a sign of guilt, and makes him more uncomfortable, not more honest.",
            ),
            O(
                "Agree with your colleague and charge the replacement cost straight away.",
                POOR,
                "A decision based on one non-verbal cue, not on facts. People avoid eye contact out of respect, shyness or autism, among other reasons.",
            ),
        ],
        general_feedback="Never judge honesty by eye contact. One cue proves nothing: decide on the loan record, the damage and the rules, and ask in neutral words, treating the user as someone helping to establish the facts, not as a suspect.",
    ),
    Q(
        QType.SINGLE,
        name="Giving a locker number",
        category="Cross-cultural communication/Non-verbal cues",
        competency=CC,
        level=1,
        text="<p>The desk is busy. You need to tell Rafael, a student from Brazil, that his locker is number 8. What is the most reliable way?</p>",
        options=[
            O(
                "Hold up your thumb and index finger, the Chinese hand sign for eight.",
                WRONG,
                "The Chinese hand signs for 6 to 10 are not understood in many countries; “eight” is often read as “two” or something else.",
            ),
            O(
                "Say “eight” and write 8 on the key tag.",
                RIGHT,
                "Right: said and written, the number can't be misread.",
            ),
            O(
                "Hold up eight fingers with both hands, without saying anything.",
                WRONG,
                "Better than the one-hand sign, but still a gesture that can be misread at a busy desk; say it and write it.",
            ),
            O(
                "Point at the lockers with your index finger.",
                WRONG,
                "It doesn't give the number, and pointing with one finger is rude in many places.",
            ),
        ],
        general_feedback="Number gestures differ widely between countries. Say numbers aloud and write them down — above all when the desk is busy, which is exactly when a quick gesture is tempting.",
    ),
    Q(
        QType.SJT,
        name="A declined handshake",
        category="Cross-cultural communication/Non-verbal cues",
        competency=CC,
        level=2,
        text="<p>At the start of a consultation you (a woman) offer your hand to Dr Yusuf Hassan, a visiting scholar. He does not take it; he smiles and places his hand on his heart. What do you do?</p>",
        options=[
            O(
                "Smile, nod in return and carry on warmly; from now on, let the other person offer a hand first.",
                BEST,
                "Best. Some people do not shake hands with someone of another gender for religious reasons, and a hand on the heart is a respectful greeting. Following his lead keeps the moment easy for both of you.",
            ),
            O(
                "Withdraw your hand and apologise at length for not knowing.",
                ACCEPTABLE,
                "Well meant and respectful, but a long apology makes an ordinary moment awkward. A smile and a nod are enough.",
            ),
            O(
                "Keep your hand out until he shakes it, since a handshake is the normal greeting here.",
                POOR,
                "Pressing someone to act against their beliefs embarrasses you both and starts the consultation badly.",
            ),
            O(
                "Ask him which religion he follows, so that you know for next time.",
                POOR,
                "Don't raise religion yourself or infer it from behaviour; you don't need to know his reasons to follow his lead.",
            ),
        ],
        general_feedback="Let the other person offer their hand first and follow their lead; don't take a declined handshake personally, and don't raise religion yourself.",
    ),
    Q(
        QType.SINGLE,
        name="Describe, interpret, evaluate",
        category="Cross-cultural communication/Stereotypes",
        competency=CC,
        level=2,
        text="<p>A user has made two phone calls in the silent study area. In the Describe–Interpret–Evaluate exercise, which statement belongs to the <em>Describe</em> step?</p>",
        options=[
            O(
                "“This user made two phone calls in the silent area.”",
                RIGHT,
                "Right: only what was seen and heard, with no explanation or judgement.",
            ),
            O(
                "“He doesn't care about other readers.”",
                WRONG,
                "A judgement about his character: the Evaluate step, reached far too early.",
            ),
            O(
                "“Maybe he doesn't know it's a silent area, or the signs are only in Chinese.”",
                WRONG,
                "These are possible explanations: the Interpret step.",
            ),
            O(
                "“People from his country are always loud.”",
                WRONG,
                "A stereotype: it applies a trait to every member of a group.",
            ),
        ],
        general_feedback="Describe only what you saw and heard; interpret by thinking of at least three possible explanations; evaluate last, and choose a proportionate response.",
    ),
    Q(
        QType.SJT,
        name="The wrong language from appearance",
        category="Cross-cultural communication/Stereotypes",
        competency=CC,
        level=2,
        text="<p>A user looks Chinese to you, so you greet her in Chinese. She looks puzzled and says: “Sorry — English?” She is an exchange student from Malaysia who grew up speaking English and Malay. What do you do?</p>",
        options=[
            O(
                "Switch to English without comment: “Of course — how can I help?” From now on, ask new users which language they prefer.",
                BEST,
                "Best. She gets help at once, nobody loses face, and asking about language avoids guessing from appearance.",
            ),
            O(
                "Switch to English, apologising several times for assuming she spoke Chinese.",
                ACCEPTABLE,
                "Respectful, but the repeated apology draws attention to her appearance. One short “Sorry — of course” is enough.",
            ),
            O(
                "Say with a smile: “Really? But you look Chinese!”",
                POOR,
                "It comments on her appearance and implies she “should” speak Chinese; many ethnic Chinese from Malaysia, Indonesia, the USA and elsewhere don't read or speak it.",
            ),
            O(
                "Carry on in slow, simple Chinese, since she is studying in China.",
                POOR,
                "She has asked for English; insisting on Chinese puts your preference above her need.",
            ),
        ],
        general_feedback="Guessing language, nationality or religion from appearance is usually wrong. Ask instead: “Which language would you prefer — English, Chinese, or another language?”",
    ),
    Q(
        QType.SJT,
        name="A visiting scholar disputes a fine",
        category="Cross-cultural communication/Complaints",
        competency=CC,
        level=3,
        text="<p>Dr Katharina Vogel, a visiting scholar from Germany, comes to the busy desk and says loudly: “This fine is absurd. I put the book in the return box on Sunday. Your system is wrong.” What do you do?</p>",
        options=[
            O(
                "Let her finish, restate the facts (“You returned it through the return box on Sunday, and now there's a fine?”), say you can see why that's frustrating, and check the return log now. If the library was at fault, say so plainly and have the fine removed.",
                BEST,
                "Best: listen, empathise, check the facts, and admit the library's mistake plainly once you know it. Her directness is a way of speaking, not necessarily anger.",
            ),
            O(
                "Say you're sorry for the trouble, take her contact details and promise that your supervisor will e-mail her by Thursday.",
                ACCEPTABLE,
                "Polite, with a specific time — but you could check the return log yourself now. Escalate what is beyond your authority, not what you can solve on the spot.",
            ),
            O(
                "Explain the fine rules in detail before she has finished, since Germans like clear rules.",
                POOR,
                "Interrupting to recite rules shuts her out, and “Germans like rules” is a stereotype that stops you hearing her actual complaint.",
            ),
            O(
                "Cancel the fine at once to end the scene, although you are not allowed to waive fines.",
                POOR,
                "Promising what you have no authority to deliver may leave you unable to keep your word — and the cause is never found.",
            ),
        ],
        general_feedback="Listen, empathise, apologise, solve, thank. Regret for what the user went through is almost always right; admit the library's fault once the facts are clear — and then say it plainly.",
    ),
    Q(
        QType.ORDERING,
        name="The five steps of a complaint",
        category="Cross-cultural communication/Complaints",
        competency=CC,
        level=2,
        text="<p>Put these lines in the order of the five steps for handling a complaint: listen, empathise, apologise, solve, thank.</p>",
        options=[
            O(
                "Let me make sure I've understood: you returned the book on the 3rd, but the system still shows it on loan?"
            ),
            O("I can see why that was frustrating."),
            O("I'm sorry you had to wait so long."),
            O("Here's what I can do now, and here's what I'll ask my supervisor about."),
            O("Thank you for telling us about this."),
        ],
        general_feedback="Listen and restate the facts; acknowledge the feeling; express regret (and admit fault once you know it); say what you can do, who decides and when; thank the user — a complaint is free advice.",
    ),
]

QUIZ = {
    "course": "cross-cultural-foundations",
    "slug": "final-quiz",
    "after_lesson": None,
    "pass_mark": 80,
    "attempts_allowed": 0,
    "time_limit_minutes": None,
    "required": True,
    "bank": {"zh": "跨文化沟通基础 题库", "en": "Cross-cultural foundations question bank"},
    "zh": {
        "title": "跨文化沟通基础：结业测验",
        "intro": "<p>本测验共12题，其中6道是服务台情景判断题。情景题里可能不止一种做法说得过去：最佳做法得满分，可以接受的做法得一半分数。本课程为必修课，正确率达到80%即为通过，作答次数不限。</p>",
    },
    "en": {
        "title": "Cross-cultural communication foundations: final quiz",
        "intro": "<p>Twelve questions, six of them service-desk scenarios. In a scenario more than one response can be reasonable: the best earns full credit, an acceptable one half. This course is required: 80% is a pass, and you can take the quiz as many times as you need.</p>",
    },
    "questions": {"zh": ZH, "en": EN},
}
