"""Course: Searching international databases (国际数据库检索)."""

from courses.demo.blocks import callout as _callout
from courses.demo.blocks import check as _check
from courses.demo.blocks import dialogue as _dialogue
from courses.demo.blocks import phrasebook
from courses.demo.blocks import scenario as _scenario
from courses.demo.blocks import text as _text


def _phrasebook(title, phrases):
    """phrases: (term, translation, romanisation, note)."""
    return phrasebook(title, [(term, tr, note, roman) for term, tr, roman, note in phrases])


# ---------------------------------------------------------------------------
# Lesson 1: transliteration systems
# ---------------------------------------------------------------------------

TRANSLIT_ZH = [
    _text(
        "<h3>为什么同一个词有好几种拼法</h3>"
        "<p>外文数据库和国外图书馆目录以拉丁字母为主。中文、日文、韩文、俄文等文字的书名、人名、地名进入这些系统时，要经过<b>转写（罗马化）</b>。问题在于：转写系统不止一种，不同年代、不同地区、不同机构用的不一样，作者本人还常常有自己习惯的拼法。只用一种拼法检索，就会漏掉大量文献。</p>"
        "<h3>中文：汉语拼音、威妥玛拼音和“老拼法”</h3>"
        "<ul>"
        "<li><b>汉语拼音</b>：1958年在中国大陆推行，1982年成为国际标准ISO 7098。美国国会图书馆在2000年把中文编目从威妥玛拼音全面转为拼音；台湾在2009年正式采用汉语拼音，但很多人名、部分地名仍保留旧拼法。</li>"
        "<li><b>威妥玛拼音（Wade-Giles）</b>：19世纪由威妥玛创制、翟理斯完善，在拼音普及之前是英语学术界的主流。1970年代以前的英文文献、较早的目录记录里大量使用。</li>"
        "<li><b>邮政式拼音和约定俗成的旧拼法</b>：Peking（北京）、Tientsin（天津）、Chungking（重庆）、Canton（广州）、Amoy（厦门）等。一些大学至今沿用：Peking University、Tsinghua University、Soochow University、Sun Yat-sen University。</li>"
        "<li><b>方言拼法</b>：香港人名多按粤语拼写（陈 Chan、黄 Wong、张 Cheung、吴 Ng），孙逸仙的 “Sun Yat-sen” 也来自粤语读音。</li>"
        "</ul>"
        "<h4>威妥玛拼音与汉语拼音的主要对应</h4>"
        "<ul>"
        "<li>送气符号：p／p’ = b／p，t／t’ = d／t，k／k’ = g／k，ch／ch’ = zh／ch 或 j／q，ts／ts’（tz／tz’）= z／c。</li>"
        "<li>hs = x（Hsü = Xu），j = r（jen = ren），ssu／szu = si。</li>"
        "<li>韵母：-ung = -ong（Tung = Dong），-ien = -ian，yu = you，ê／o = e（ko = ge）。</li>"
        "<li>威妥玛拼音的人名常用连字符（Mao Tse-tung），数据库里撇号和连字符经常被去掉或当作空格（Mao Tsetung、Mao Tse tung）。</li>"
        "</ul>"
        "<p>还要知道：美国国会图书馆的拼音规则（ALA-LC）在书名中一般<b>逐个音节分开</b>写，例如《中国近代史》是 “Zhongguo jin dai shi”，而人名、地名连写。用 “Zhongguo jindaishi” 去查，可能什么也查不到。</p>"
    ),
    _phrasebook(
        "中文地名、人名、书名的常见拼法",
        [
            (
                "北京",
                "Beijing",
                "Běijīng；旧拼 Peking；威妥玛 Pei-ching",
                "1928—1949年称北平（Beiping / Peiping），这一时期的文献要加上这两种拼法。",
            ),
            (
                "清华",
                "Qinghua",
                "Qīnghuá；旧拼 Tsinghua；威妥玛 Ch’ing-hua",
                "清华大学英文校名沿用 Tsinghua University，查机构时用 Tsinghua。",
            ),
            (
                "重庆",
                "Chongqing",
                "Chóngqìng；旧拼 Chungking；威妥玛 Ch’ung-ch’ing",
                "抗战时期文献多用 Chungking。",
            ),
            (
                "广州",
                "Guangzhou",
                "Guǎngzhōu；旧称 Canton；威妥玛 Kuang-chou",
                "Canton 也出现在 Cantonese（粤语）一词中。",
            ),
            (
                "苏州",
                "Suzhou",
                "Sūzhōu；旧拼 Soochow；威妥玛 Su-chou",
                "苏州大学英文名 Soochow University；台北的东吴大学英文名也是 Soochow University，注意区分。",
            ),
            (
                "毛泽东",
                "Mao Zedong",
                "Máo Zédōng；威妥玛 Mao Tse-tung",
                "也见 Mao Tsetung、Mao Tse tung 等去掉连字符的写法。",
            ),
            (
                "孔子",
                "Kongzi / Confucius",
                "Kǒngzǐ；威妥玛 K’ung-tzu",
                "英文通常用拉丁化名称 Confucius，检索时三种都要试。",
            ),
            (
                "道德经",
                "Daodejing",
                "Dàodéjīng；威妥玛 Tao-te ching；ALA-LC Dao de jing",
                "常见英文书名 Tao Te Ching。",
            ),
        ],
    ),
    _text(
        "<h3>日文：黑本式与训令式</h3>"
        "<ul>"
        "<li><b>黑本式（Hepburn）</b>：最常用，护照、路牌、大多数英文出版物都用它。美国国会图书馆用的是修订黑本式（ALA-LC），长音加长音符号：Tōkyō、Ōsaka。</li>"
        "<li><b>训令式（Kunrei-shiki）</b>：日本政府规定的系统，也是ISO 3602的基础。差别在于：し si／shi，ち ti／chi，つ tu／tsu，ふ hu／fu，じ zi／ji。清水 Shimizu／Simizu，藤田 Fujita／Huzita。</li>"
        "<li><b>长音</b>是最大的陷阱：东京可以写成 Tōkyō、Tôkyô、Tokyo、Toukyou；大野可以写成 Ōno、Ohno、Oono——去掉长音符号后和小野（Ono）就分不开了。</li>"
        "<li>撥音“ん”在 b／m／p 前：传统黑本式写 m（Asahi Shimbun，报社自己的拼法），ALA-LC写 n（Asahi shinbun）。</li>"
        "</ul>"
        "<h3>韩文：文化观光部式与马科恩-赖肖尔式</h3>"
        "<ul>"
        "<li><b>文化观光部式（Revised Romanization, RR）</b>：韩国2000年起的官方系统，不用附加符号：Busan、Daegu、Jeju、Hanguk。</li>"
        "<li><b>马科恩-赖肖尔式（McCune-Reischauer, MR）</b>：1939年发表，带短音符号和撇号：Pusan、Taegu、Cheju、Han’guk、Chosŏn。美国国会图书馆的韩文罗马化以它为基础；朝鲜使用其变体。2000年以前的英文文献基本都是MR。</li>"
        "<li><b>人名往往不按任何系统</b>：이 可以是 Lee、Yi、Rhee、I；박 是 Park、Pak、Bak；정 是 Jung、Jeong、Chung；최 是 Choi、Choe。延世大学叫 Yonsei，不是按RR的 Yeonse。</li>"
        "</ul>"
        "<h3>西里尔字母：ALA-LC及其他</h3>"
        "<ul>"
        "<li><b>ALA-LC</b>：图书馆目录最常用，带少量附加符号：Dostoevskiĭ、Chaĭkovskiĭ，软音符号写作 ʹ。</li>"
        "<li><b>BGN/PCGN</b>：英美地名机构用，较少附加符号。<b>ISO 9</b>：一个字母对一个字母，附加符号多（ž、č、š、ŝ）。<b>语言学界的“科学转写”</b>：Dostoevskij、Čajkovskij。</li>"
        "<li><b>不同语言的习惯拼法</b>：柴可夫斯基在英文里是 Tchaikovsky，德文是 Tschaikowski，法文是 Tchaïkovski；陀思妥耶夫斯基在德文是 Dostojewski，法文是 Dostoïevski。</li>"
        "<li>乌克兰、哈萨克斯坦等国有自己的拼法（Kyiv 来自乌克兰语，Kiev 来自俄语）；哈萨克斯坦正在向拉丁字母过渡。</li>"
        "</ul>"
    ),
    _phrasebook(
        "日文、韩文、俄文的常见变体",
        [
            (
                "東京",
                "Tokyo",
                "Tōkyō（ALA-LC）；Tôkyô；Toukyou；德文 Tokio",
                "数据库不一定能把 ō 和 o 视为相同，两种都要查。",
            ),
            (
                "大野／小野",
                "Ōno / Ono",
                "Ōno、Ohno、Oono（大野）；Ono（小野）",
                "去掉长音符号后两个姓无法区分，要结合名字、机构核对。",
            ),
            (
                "新聞",
                "newspaper",
                "Shimbun（传统黑本式）；shinbun（ALA-LC）",
                "朝日新闻自称 Asahi Shimbun，目录中常作 Asahi shinbun。",
            ),
            ("부산", "Busan", "Busan（RR）；Pusan（MR）", "2000年前的英文文献多用 Pusan。"),
            ("이（姓）", "Lee", "Lee、Yi、Rhee、I", "韩国最常见的姓之一，作者自选拼法。"),
            (
                "한국",
                "Korea",
                "Hanguk（RR）；Han’guk（MR）",
                "撇号在检索中常被忽略或导致检索失败，两种都试。",
            ),
            (
                "Чайковский",
                "Tchaikovsky",
                "Chaĭkovskiĭ（ALA-LC）；Tschaikowski（德）；Čajkovskij（科学转写）",
                "著名人物在规范档中可能采用通行英文形式，而不是严格转写。",
            ),
            (
                "Юрий",
                "Yuri",
                "Iuriĭ（ALA-LC）；Yury；Iurii；Jurij；Juri（德）",
                "俄罗斯护照上的拼法也可能和这些都不同。",
            ),
        ],
    ),
    _callout(
        "tip",
        "<p><b>三个检索习惯。</b>一、把变体用 OR 连起来：(Beijing OR Peking OR Peiping)。二、附加符号和撇号都试“有”和“没有”两种：Han’guk／Hanguk，Tōkyō／Tokyo。三、能用原文就用原文：WorldCat、CiNii、RISS、俄罗斯的eLibrary.ru都支持原文字检索，很多中日韩文记录同时有原文字段。</p>",
    ),
    _scenario(
        "“清华”在1930年代找不到",
        "<p>德国历史学访问学者卢卡斯·贝克尔（Lukas Becker）在研究1930年代的清华大学。他在Web of Science和JSTOR里用 “Qinghua University” 检索，1930年代几乎一条结果都没有，他怀疑这段历史“没人研究”。</p>",
        "你会怎样帮他调整检索？",
        "<p>1930年代及研究那个时期的早期英文文献，几乎不会用拼音。建议他把变体都加上：Tsinghua、Tsing Hua、Ch’ing-hua、Chinghua，以及当时的地名 Peiping 和 Peking。在JSTOR这类全文库中，短语检索 “Tsing Hua” 和 “Tsinghua” 结果会不同，两个都要查。中文资料则直接用“清华”检索，包括民国期刊数据库。顺便告诉他：Tsinghua 今天仍是清华大学的官方英文名，所以近年的文献里也更多用 Tsinghua 而不是 Qinghua。还要提醒他：台湾新竹的“国立清华大学”英文名是 National Tsing Hua University，结果中要注意区分。</p>",
    ),
    _check(
        "一位读者要找英文文献中关于民国时期北京图书馆事业的研究。以下哪个检索式最可能查全？",
        [
            ("Beijing AND librar*", False, "只用拼音，会漏掉大量用 Peking 或 Peiping 的早期文献。"),
            (
                "(Beijing OR Peking OR Peiping OR Beiping) AND librar*",
                True,
                "对。涵盖了拼音、旧拼法和1928—1949年的“北平”两种拼法。",
            ),
            (
                "Beijing AND Peking AND librar*",
                False,
                "用 AND 连接同义词，要求两个拼法同时出现，结果反而更少。",
            ),
            ('"Beijing library"', False, "短语太窄，也只用了一种拼法。"),
        ],
        "变体之间用 OR，不同概念之间用 AND；时代和地区决定了会出现哪些拼法。",
    ),
]

TRANSLIT_EN = [
    _text(
        "<h3>Why one word has several spellings</h3>"
        "<p>International databases and library catalogues abroad work mainly in Latin script. Titles, personal names and place names in Chinese, Japanese, Korean, Russian and other scripts enter them through <b>transliteration (romanisation)</b>. The catch: there is more than one system, different periods, regions and institutions use different ones, and authors often have their own preferred spelling. Search with only one spelling and you will miss a great deal.</p>"
        "<h3>Chinese: Hanyu Pinyin, Wade-Giles and older conventional spellings</h3>"
        "<ul>"
        "<li><b>Hanyu Pinyin</b>: introduced in mainland China in 1958 and made an international standard, ISO 7098, in 1982. The Library of Congress converted its Chinese cataloguing from Wade-Giles to pinyin in 2000; Taiwan officially adopted Hanyu Pinyin in 2009, though many personal names and some place names keep older spellings.</li>"
        "<li><b>Wade-Giles</b>: devised by Thomas Wade in the 19th century and refined by Herbert Giles, it dominated English-language scholarship before pinyin. English literature before the 1970s and older catalogue records use it heavily.</li>"
        "<li><b>Postal and conventional spellings</b>: Peking (Beijing), Tientsin (Tianjin), Chungking (Chongqing), Canton (Guangzhou), Amoy (Xiamen). Several universities still use them: Peking University, Tsinghua University, Soochow University, Sun Yat-sen University.</li>"
        "<li><b>Dialect spellings</b>: Hong Kong names usually follow Cantonese (陈 Chan, 黄 Wong, 张 Cheung, 吴 Ng); “Sun Yat-sen” also comes from a Cantonese reading.</li>"
        "</ul>"
        "<h4>Key Wade-Giles to pinyin correspondences</h4>"
        "<ul>"
        "<li>Aspiration marks: p / p’ = b / p, t / t’ = d / t, k / k’ = g / k, ch / ch’ = zh / ch or j / q, ts / ts’ (tz / tz’) = z / c.</li>"
        "<li>hs = x (Hsü = Xu), j = r (jen = ren), ssu / szu = si.</li>"
        "<li>Finals: -ung = -ong (Tung = Dong), -ien = -ian, yu = you, ê / o = e (ko = ge).</li>"
        "<li>Wade-Giles names are often hyphenated (Mao Tse-tung); databases frequently drop apostrophes and hyphens or treat them as spaces (Mao Tsetung, Mao Tse tung).</li>"
        "</ul>"
        "<p>Note also that the Library of Congress pinyin rules (ALA-LC) normally write title words <b>syllable by syllable</b> — 中国近代史 is “Zhongguo jin dai shi” — while personal and place names are joined. A search for “Zhongguo jindaishi” may find nothing.</p>"
    ),
    _phrasebook(
        "Common spellings of Chinese places, people and titles",
        [
            (
                "北京",
                "Beijing",
                "Běijīng; older Peking; Wade-Giles Pei-ching",
                "From 1928 to 1949 the city was Beiping (Peiping); add both spellings for that period.",
            ),
            (
                "清华",
                "Qinghua",
                "Qīnghuá; older Tsinghua; Wade-Giles Ch’ing-hua",
                "Tsinghua University keeps “Tsinghua” as its English name; search affiliations with it.",
            ),
            (
                "重庆",
                "Chongqing",
                "Chóngqìng; older Chungking; Wade-Giles Ch’ung-ch’ing",
                "Wartime literature mostly uses Chungking.",
            ),
            (
                "广州",
                "Guangzhou",
                "Guǎngzhōu; older Canton; Wade-Giles Kuang-chou",
                "“Canton” survives in the word Cantonese.",
            ),
            (
                "苏州",
                "Suzhou",
                "Sūzhōu; older Soochow; Wade-Giles Su-chou",
                "Soochow University (Suzhou) and Soochow University in Taipei (東吳大學) share an English name — check which one.",
            ),
            (
                "毛泽东",
                "Mao Zedong",
                "Máo Zédōng; Wade-Giles Mao Tse-tung",
                "Also Mao Tsetung and Mao Tse tung, without the hyphen.",
            ),
            (
                "孔子",
                "Kongzi / Confucius",
                "Kǒngzǐ; Wade-Giles K’ung-tzu",
                "English normally uses the Latinised “Confucius”; try all three.",
            ),
            (
                "道德经",
                "Daodejing",
                "Dàodéjīng; Wade-Giles Tao-te ching; ALA-LC Dao de jing",
                "A common English title is Tao Te Ching.",
            ),
        ],
    ),
    _text(
        "<h3>Japanese: Hepburn and Kunrei-shiki</h3>"
        "<ul>"
        "<li><b>Hepburn</b>: the most widely used — passports, road signs, most English publications. The Library of Congress uses a modified Hepburn (ALA-LC) with macrons for long vowels: Tōkyō, Ōsaka.</li>"
        "<li><b>Kunrei-shiki</b>: the system prescribed by the Japanese government and the basis of ISO 3602. Differences: し si / shi, ち ti / chi, つ tu / tsu, ふ hu / fu, じ zi / ji. 清水 Shimizu / Simizu, 藤田 Fujita / Huzita.</li>"
        "<li><b>Long vowels</b> are the main trap: 東京 can be Tōkyō, Tôkyô, Tokyo or Toukyou; 大野 can be Ōno, Ohno or Oono — and without the macron it cannot be told apart from 小野 (Ono).</li>"
        "<li>Syllabic ん before b / m / p: traditional Hepburn writes m (Asahi Shimbun, the paper’s own spelling), ALA-LC writes n (Asahi shinbun).</li>"
        "</ul>"
        "<h3>Korean: Revised Romanization and McCune-Reischauer</h3>"
        "<ul>"
        "<li><b>Revised Romanization (RR)</b>: South Korea’s official system since 2000, with no diacritics: Busan, Daegu, Jeju, Hanguk.</li>"
        "<li><b>McCune-Reischauer (MR)</b>: published in 1939, with breves and apostrophes: Pusan, Taegu, Cheju, Han’guk, Chosŏn. The Library of Congress romanisation of Korean is based on it, and North Korea uses a variant. English literature before 2000 is almost all MR.</li>"
        "<li><b>Personal names often follow no system</b>: 이 may be Lee, Yi, Rhee or I; 박 Park, Pak or Bak; 정 Jung, Jeong or Chung; 최 Choi or Choe. Yonsei University is “Yonsei”, not RR “Yeonse”.</li>"
        "</ul>"
        "<h3>Cyrillic: ALA-LC and others</h3>"
        "<ul>"
        "<li><b>ALA-LC</b>: the usual choice in library catalogues, with a few diacritics — Dostoevskiĭ, Chaĭkovskiĭ, and ʹ for the soft sign.</li>"
        "<li><b>BGN/PCGN</b>: used by the US and UK geographic names bodies, with fewer diacritics. <b>ISO 9</b>: strictly one letter for one letter, with many diacritics (ž, č, š, ŝ). The <b>scholarly (“scientific”) transliteration</b> of linguists: Dostoevskij, Čajkovskij.</li>"
        "<li><b>Each language has its own habits</b>: Tchaikovsky in English, Tschaikowski in German, Tchaïkovski in French; Dostoevsky is Dostojewski in German and Dostoïevski in French.</li>"
        "<li>Ukraine, Kazakhstan and others have their own spellings (Kyiv from Ukrainian, Kiev from Russian); Kazakhstan is moving to a Latin-based alphabet.</li>"
        "</ul>"
    ),
    _phrasebook(
        "Common variants in Japanese, Korean and Russian",
        [
            (
                "東京",
                "Tokyo",
                "Tōkyō (ALA-LC); Tôkyô; Toukyou; German Tokio",
                "Not every database treats ō and o as equal; search both.",
            ),
            (
                "大野／小野",
                "Ōno / Ono",
                "Ōno, Ohno, Oono (大野); Ono (小野)",
                "Without the macron the two surnames merge; confirm by given name and affiliation.",
            ),
            (
                "新聞",
                "newspaper",
                "Shimbun (traditional Hepburn); shinbun (ALA-LC)",
                "The Asahi calls itself Asahi Shimbun; catalogues often have Asahi shinbun.",
            ),
            (
                "부산",
                "Busan",
                "Busan (RR); Pusan (MR)",
                "English literature before 2000 mostly has Pusan.",
            ),
            (
                "이 (surname)",
                "Lee",
                "Lee, Yi, Rhee, I",
                "One of the commonest Korean surnames; each author chooses a spelling.",
            ),
            (
                "한국",
                "Korea",
                "Hanguk (RR); Han’guk (MR)",
                "Apostrophes are often ignored or break searches; try both.",
            ),
            (
                "Чайковский",
                "Tchaikovsky",
                "Chaĭkovskiĭ (ALA-LC); Tschaikowski (German); Čajkovskij (scholarly)",
                "Authority files may use the well-known English form for famous people rather than a strict transliteration.",
            ),
            (
                "Юрий",
                "Yuri",
                "Iuriĭ (ALA-LC); Yury; Iurii; Jurij; Juri (German)",
                "The spelling in a Russian passport may differ from all of these.",
            ),
        ],
    ),
    _callout(
        "tip",
        "<p><b>Three search habits.</b> One: join variants with OR — (Beijing OR Peking OR Peiping). Two: try diacritics and apostrophes both with and without — Han’guk / Hanguk, Tōkyō / Tokyo. Three: use the original script wherever you can — WorldCat, CiNii, RISS and Russia’s eLibrary.ru all accept it, and many CJK catalogue records carry the original script alongside the romanisation.</p>",
    ),
    _scenario(
        "“Qinghua” in the 1930s finds nothing",
        "<p>Lukas Becker, a visiting historian from Germany, is researching Tsinghua University in the 1930s. Searching Web of Science and JSTOR for “Qinghua University” finds almost nothing for that decade, and he wonders whether nobody has studied it.</p>",
        "How would you help him adjust the search?",
        "<p>Sources from the 1930s, and early English scholarship on the period, almost never use pinyin. Suggest he adds the variants: Tsinghua, Tsing Hua, Ch’ing-hua, Chinghua, and the city names of the time, Peiping and Peking. In full-text collections such as JSTOR the phrases “Tsing Hua” and “Tsinghua” give different results, so search both. For Chinese sources, search 清华 directly, including Republican-era periodical databases. Tell him too that Tsinghua is still the university’s official English name, which is why recent literature also uses Tsinghua rather than Qinghua. Warn him too that National Tsing Hua University in Hsinchu, Taiwan, shares the name, so he will need to tell the two apart in the results.</p>",
    ),
    _check(
        "A reader wants English-language research on libraries in Beijing during the Republican period. Which search is most likely to be comprehensive?",
        [
            (
                "Beijing AND librar*",
                False,
                "Pinyin only: misses the many older works using Peking or Peiping.",
            ),
            (
                "(Beijing OR Peking OR Peiping OR Beiping) AND librar*",
                True,
                "Right. It covers pinyin, the older spelling and both spellings of Beiping, the city’s name from 1928 to 1949.",
            ),
            (
                "Beijing AND Peking AND librar*",
                False,
                "AND between variants demands both spellings in one record, so you get fewer results.",
            ),
            ('"Beijing library"', False, "Too narrow a phrase, and only one spelling."),
        ],
        "OR between variants, AND between concepts; the period and region tell you which spellings to expect.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 2: author names across scripts
# ---------------------------------------------------------------------------

NAMES_ZH = [
    _text(
        "<h3>一位作者，十种写法</h3>"
        "<p>外文数据库通常按“姓, 名或名的首字母”存储作者。中国作者“张晓明”在不同论文、不同数据库里可能是：</p>"
        "<ul>"
        "<li>Zhang Xiaoming、Xiaoming Zhang（英文期刊常见的名在前）</li>"
        "<li>Zhang Xiao-Ming、Zhang Xiao-ming、Zhang Xiao Ming</li>"
        "<li>Zhang, X.、Zhang, X.M.、Zhang XM、Zhang, X.-M.</li>"
        "<li>被误倒置为 Xiaoming, Z.</li>"
        "</ul>"
        "<p>连字符和空格带来一个特别的问题：“Xiao Ming” 或 “Xiao-Ming” 常被处理成名 X 加中间名 M，于是同一个人既在 “Zhang X” 下，又在 “Zhang XM” 下。</p>"
        "<h4>其他容易出错的情况</h4>"
        "<ul>"
        "<li><b>复姓</b>（欧阳、司马、诸葛）写成 Ou-Yang、Ou Yang 时，可能被拆成姓 Yang。</li>"
        "<li><b>港台和海外华人</b>：人名可能按粤语或威妥玛拼写，还可能有英文名，如 “Tony K. M. Chan”。香港部分已婚女性会在本姓前冠夫姓（如陈方安生）。</li>"
        "<li><b>日本</b>：日文中姓在前，英文出版物中多为名在前；2020年起日本政府在官方英文文件中倾向于姓在前。日本法律要求夫妻同姓，很多女性研究者婚后仍以原姓发表，同一位作者可能有两个姓。</li>"
        "<li><b>韩国</b>：姓在前，名字通常两个音节，可能写作 Ji-woo、Jiwoo、Ji Woo；英文里可能是 Kim Ji-woo，也可能是 Ji-Woo Kim。</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>不只是东亚。</b>巴西人名常有两个姓，母姓在前、父姓在后，引用时用最后一个：Mariana Costa Silva → Silva, M. C.；西班牙语人名则是父姓在前：José García López → García López, J.，数据库常误作 López。巴基斯坦等地很多人没有固定的家族姓，最后一个名字可能是父名或族名，Muhammad 常缩写为 M.。俄罗斯和哈萨克斯坦人名有父称（Ivanov, Ivan Petrovich → Ivanov, I. P.），部分哈萨克人用 -uly／-kyzy 代替俄式姓。德文变音字母有三种写法：Müller、Mueller、Muller；“von”一般不作为排序首词（Humboldt, Alexander von）。遇到不熟悉的姓名习惯，最好的办法是直接问读者：“您发表时用什么名字？”</p>",
    ),
    _text(
        "<h3>同名同姓与作者标识符</h3>"
        "<p>“Zhang Wei”“Wang Wei”“Li Na”这样的名字，在Web of Science里可能对应成千上万位作者。仅靠姓名无法区分，需要<b>作者标识符</b>：</p>"
        "<ul>"
        "<li><b>ORCID</b>：研究者本人免费注册、终身使用的16位编号（最后一位可能是X），如ORCID官方文档中的示例 0000-0002-1825-0097（属于虚构的Josiah Carberry教授）。越来越多的期刊和基金要求提供。</li>"
        "<li><b>Scopus Author ID</b>：Scopus自动为作者生成的档案，可能把一个人分成几个档案，或把几个人并成一个；作者可以通过Scopus的反馈渠道申请合并或拆分。</li>"
        "<li><b>Web of Science 研究者档案（Researcher Profiles）</b>：由算法生成、可由作者认领的作者记录，标识符是ResearcherID。</li>"
        "<li><b>VIAF（虚拟国际规范文档）</b>：由OCLC托管，把各国国家图书馆的名称规范档聚合在一起，能看到同一个人在不同文字、不同国家的规范形式。查历史人物、译者、用多种文字出版的作者时特别有用。</li>"
        "<li><b>ISNI</b>（ISO 27729）和美国国会图书馆名称规范档（LCNAF，可在 id.loc.gov 免费查）。</li>"
        "</ul>"
        "<h4>服务台上的检索方法</h4>"
        "<ol>"
        "<li>先问读者要ORCID，或作者个人主页、院系主页上的论文列表。</li>"
        "<li>在Web of Science中用 AU=（姓名变体用OR连接）或 AI=（ORCID／ResearcherID）；在Scopus中用作者检索，再用 AU-ID() 锁定档案。</li>"
        "<li>加上机构限定：WoS用 OG=（规范化机构名），Scopus用 AFFIL() 或机构ID。注意机构名也有变体：Peking University 常被误写为 Beijing University。</li>"
        "<li>用合作者、研究主题和时间段核对，逐条排除同名者。</li>"
        "</ol>"
    ),
    _dialogue(
        "在数据库里找一位“张伟”",
        "来自韩国的材料学硕士生金智优（Kim Ji-woo）想找一位中国教授的全部论文，只知道他叫Zhang Wei，在清华大学工作。",
        [
            (
                "Kim Ji-woo",
                "I searched “Zhang Wei” in Web of Science and got more than a hundred thousand results. I don’t know where to start.",
                "我在Web of Science里搜“Zhang Wei”，结果超过十万条，不知道从哪儿开始。",
            ),
            (
                "王丽（馆员）",
                "That’s normal — it’s one of the most common names in China. Do you know his ORCID, or does he have a homepage with a publication list?",
                "这很正常——这是中国最常见的名字之一。你知道他的ORCID吗？或者他有没有列出论文的个人主页？",
            ),
            ("Kim Ji-woo", "His department page has an ORCID link.", "他的院系主页上有ORCID链接。"),
            (
                "王丽（馆员）",
                "Great. In Web of Science we can search the identifier field, AI=, with that ORCID. That finds the papers linked to it.",
                "太好了。在Web of Science里我们可以用标识符字段AI=检索这个ORCID，就能找到与之关联的论文。",
            ),
            ("Kim Ji-woo", "Will that find all of them?", "这样能找全吗？"),
            (
                "王丽（馆员）",
                "Not always — older papers may not be linked. So we also search AU=(Zhang W OR Zhang Wei) with OG=Tsinghua University and your subject words, and check the co-authors.",
                "不一定——较早的论文可能没有关联。所以我们再用 AU=(Zhang W OR Zhang Wei) 加上 OG=Tsinghua University 和你的主题词检索，并核对合作者。",
            ),
            (
                "Kim Ji-woo",
                "It’s like my name. Some of my papers say Kim J, some say Kim JW.",
                "就像我的名字。我有的论文写Kim J，有的写Kim JW。",
            ),
            (
                "王丽（馆员）",
                "Exactly. That’s a good reason to register your own ORCID and use the same form of your name every time you publish.",
                "正是这样。这也是你应该注册自己的ORCID，并在每次发表时使用同一种姓名写法的好理由。",
            ),
        ],
    ),
    _scenario(
        "比拉尔的两个Scopus档案",
        "<p>巴基斯坦博士生比拉尔·艾哈迈德（Bilal Ahmed）发现，他在Scopus里有两个作者档案：一个是 “Ahmed, B.”，另一个是 “Bilal, A.”，第二个里还混进了一篇别人的论文。导师要求他提供h指数，他很着急。</p>",
        "你会给他什么建议？",
        "<p>这是姓名顺序不固定和同名者混合造成的典型问题。建议：一、注册或更新ORCID，把自己的论文都加进去，并与Scopus关联；二、通过Scopus的作者反馈渠道申请合并两个档案、移除不属于他的论文（处理需要时间，要提前做）；三、今后发表时固定使用同一种姓名形式，并在投稿系统中填写ORCID。同时提醒他：在档案修正之前，h指数可以根据核对过的论文清单手工计算，并注明方法。说明时要体谅：在许多南亚国家，名字没有固定的“姓”，外国数据库的格式并不是为他的名字设计的。</p>",
    ),
    _check(
        "读者要找一位名叫Li Na的作者在2015年以后发表的论文。以下哪种做法最可靠？",
        [
            (
                "在作者字段检索 “Li N”，全部导出",
                False,
                "Li N 对应的作者成千上万，必然混入大量他人的论文。",
            ),
            (
                "用作者的ORCID检索，再用姓名变体加机构、主题补查，并核对合作者",
                True,
                "对。标识符解决同名问题，姓名加机构补上没有关联标识符的论文。",
            ),
            (
                "只在Google Scholar里检索 “Li Na”",
                False,
                "Google Scholar同样无法区分同名作者，结果难以核对。",
            ),
            ("请读者放弃，因为名字太常见", False, "有标识符和机构信息，完全可以找准。"),
        ],
        "姓名是线索，标识符是钥匙：ORCID、Scopus Author ID、ResearcherID，加上机构和合作者核对。",
    ),
]

NAMES_EN = [
    _text(
        "<h3>One author, ten spellings</h3>"
        "<p>International databases usually store authors as “Surname, given name or initials”. A Chinese author, 张晓明, may appear in different papers and databases as:</p>"
        "<ul>"
        "<li>Zhang Xiaoming, or Xiaoming Zhang (given name first, common in English-language journals)</li>"
        "<li>Zhang Xiao-Ming, Zhang Xiao-ming, Zhang Xiao Ming</li>"
        "<li>Zhang, X.; Zhang, X.M.; Zhang XM; Zhang, X.-M.</li>"
        "<li>wrongly reversed as Xiaoming, Z.</li>"
        "</ul>"
        "<p>Hyphens and spaces cause a particular problem: “Xiao Ming” or “Xiao-Ming” is often read as first name X plus middle name M, so one person appears under both “Zhang X” and “Zhang XM”.</p>"
        "<h4>Other common pitfalls</h4>"
        "<ul>"
        "<li><b>Two-character surnames</b> (欧阳 Ouyang, 司马 Sima, 诸葛 Zhuge) written as Ou-Yang or Ou Yang can be split so that the surname becomes “Yang”.</li>"
        "<li><b>Hong Kong, Taiwan and overseas Chinese</b>: names may follow Cantonese or Wade-Giles and include an English name, e.g. “Tony K. M. Chan”. Some married women in Hong Kong put their husband’s surname before their own (e.g. Anson Chan Fang On-sang).</li>"
        "<li><b>Japan</b>: surname first in Japanese, usually given name first in English publications; since 2020 the Japanese government has preferred surname-first in official English documents. Japanese law requires a married couple to share one surname, and many women researchers keep publishing under their birth surname, so one author may have two surnames.</li>"
        "<li><b>Korea</b>: surname first; given names are usually two syllables written Ji-woo, Jiwoo or Ji Woo; in English the same person may be Kim Ji-woo or Ji-Woo Kim.</li>"
        "</ul>"
    ),
    _callout(
        "culture",
        "<p><b>Not only East Asia.</b> Brazilians often have two surnames, mother’s first and father’s last, and are cited by the last: Mariana Costa Silva → Silva, M. C. Spanish names put the father’s surname first: José García López → García López, J., which databases often misfile under López. In Pakistan and elsewhere many people have no fixed family name; the last element may be a father’s or clan name, and Muhammad is often shortened to M. Russian and Kazakh names include a patronymic (Ivanov, Ivan Petrovich → Ivanov, I. P.), and some Kazakhs use -uly / -kyzy instead of a Russian-style surname. German umlauts appear three ways: Müller, Mueller, Muller; “von” is usually not the filing word (Humboldt, Alexander von). When a naming custom is unfamiliar, the best move is to ask: “What name do you publish under?”</p>",
    ),
    _text(
        "<h3>Identical names and author identifiers</h3>"
        "<p>Names such as Zhang Wei, Wang Wei or Li Na can correspond to thousands of authors in Web of Science. Names alone cannot separate them; you need <b>author identifiers</b>:</p>"
        "<ul>"
        "<li><b>ORCID</b>: a free, lifelong 16-character identifier that researchers register themselves (the last character may be X) — ORCID’s own documentation uses 0000-0002-1825-0097, belonging to the fictional Professor Josiah Carberry, as its example. More and more journals and funders require it.</li>"
        "<li><b>Scopus Author ID</b>: profiles generated automatically by Scopus; one person may be split across several profiles or several people merged into one. Authors can ask Scopus, through its feedback service, to merge or split them.</li>"
        "<li><b>Web of Science Researcher Profiles</b>: algorithm-generated author records that authors can claim, identified by a ResearcherID.</li>"
        "<li><b>VIAF (Virtual International Authority File)</b>: hosted by OCLC, it clusters the name authority files of national libraries, showing the authorised forms of one person in different scripts and countries — especially useful for historical figures, translators and authors who publish in several languages.</li>"
        "<li><b>ISNI</b> (ISO 27729), and the Library of Congress Name Authority File (LCNAF, free at id.loc.gov).</li>"
        "</ul>"
        "<h4>Searching at the desk</h4>"
        "<ol>"
        "<li>Ask the reader for the author’s ORCID, or a publication list on a personal or department web page.</li>"
        "<li>In Web of Science, use AU= (name variants joined with OR) or AI= (ORCID / ResearcherID); in Scopus, use author search, then AU-ID() to fix the profile.</li>"
        "<li>Add the institution: OG= (unified organisation name) in WoS, AFFIL() or the affiliation ID in Scopus. Institution names vary too: Peking University is often miswritten as Beijing University.</li>"
        "<li>Check co-authors, subjects and dates to weed out namesakes.</li>"
        "</ol>"
    ),
    _dialogue(
        "Finding one “Zhang Wei”",
        "Kim Ji-woo, a materials-science master’s student from Korea, wants all the papers of a Chinese professor. She knows only that he is Zhang Wei of Tsinghua University.",
        [
            (
                "Kim Ji-woo",
                "I searched “Zhang Wei” in Web of Science and got more than a hundred thousand results. I don’t know where to start.",
                "",
            ),
            (
                "Wang Li (librarian)",
                "That’s normal — it’s one of the most common names in China. Do you know his ORCID, or does he have a homepage with a publication list?",
                "",
            ),
            ("Kim Ji-woo", "His department page has an ORCID link.", ""),
            (
                "Wang Li (librarian)",
                "Great. In Web of Science we can search the identifier field, AI=, with that ORCID. That finds the papers linked to it.",
                "",
            ),
            ("Kim Ji-woo", "Will that find all of them?", ""),
            (
                "Wang Li (librarian)",
                "Not always — older papers may not be linked. So we also search AU=(Zhang W OR Zhang Wei) with OG=Tsinghua University and your subject words, and check the co-authors.",
                "",
            ),
            ("Kim Ji-woo", "It’s like my name. Some of my papers say Kim J, some say Kim JW.", ""),
            (
                "Wang Li (librarian)",
                "Exactly. That’s a good reason to register your own ORCID and use the same form of your name every time you publish.",
                "",
            ),
        ],
    ),
    _scenario(
        "Bilal’s two Scopus profiles",
        "<p>Bilal Ahmed, a PhD student from Pakistan, finds he has two author profiles in Scopus: “Ahmed, B.” and “Bilal, A.”, and the second includes a paper that is not his. His supervisor has asked for his h-index and he is anxious.</p>",
        "What would you advise?",
        "<p>This is the classic result of an unfixed name order plus a namesake. Advise him to: one, register or update his ORCID, add all his papers and link it to Scopus; two, use Scopus’s author feedback service to merge the two profiles and remove the paper that is not his (it takes time, so start now); three, use one name form consistently from now on and give his ORCID when submitting papers. Until the profile is fixed, his h-index can be calculated by hand from a checked list of his papers, with the method stated. Be understanding: in much of South Asia names have no fixed “surname”, and international database formats were not designed with his name in mind.</p>",
    ),
    _check(
        "A reader wants the papers published since 2015 by an author named Li Na. Which approach is most reliable?",
        [
            (
                "Search “Li N” in the author field and export everything",
                False,
                "Thousands of authors share Li N; you will get many other people’s papers.",
            ),
            (
                "Search the author’s ORCID, then add name variants with affiliation and subject, checking co-authors",
                True,
                "Right. The identifier solves the namesake problem; name plus affiliation catches papers not yet linked to it.",
            ),
            (
                "Search “Li Na” in Google Scholar only",
                False,
                "Google Scholar cannot separate namesakes either, and its results are hard to verify.",
            ),
            (
                "Tell the reader it is impossible because the name is too common",
                False,
                "With identifiers and affiliation data it can be done.",
            ),
        ],
        "The name is a clue; the identifier is the key — ORCID, Scopus Author ID, ResearcherID — checked against affiliation and co-authors.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 3: controlled vocabularies
# ---------------------------------------------------------------------------

VOCAB_ZH = [
    _text(
        "<h3>关键词 vs 受控词</h3>"
        "<p>关键词检索找的是作者碰巧用的词；受控词（主题词、叙词）是标引人员从固定词表中选出的规范术语。同一个概念，作者可能写 cancer、tumour、tumor、malignancy，而MeSH统一标引为 <b>Neoplasms</b>。用受控词检索，能一次找到用不同说法写的文献，也能避开只是顺带提到这个词的文献。</p>"
        "<h4>主要词表</h4>"
        "<ul>"
        "<li><b>LCSH（美国国会图书馆主题词表）</b>：全世界图书馆目录使用最广的主题词表。结构是主标目加复分，例如 “Education, Higher--China--History”；有“用代”（UF）、上位（BT）、下位（NT）、相关（RT）参照。不少标目是倒置形式（Education, Higher），还用美式拼写（Urbanization）。可在 id.loc.gov 免费查询。</li>"
        "<li><b>MeSH（医学主题词表）</b>：美国国立医学图书馆编制，每年更新，用于MEDLINE／PubMed。有树状结构、入口词（entry terms）和副主题词（如 /therapy）。PubMed中 [mh] 检索默认包含所有下位词，[majr] 只找以该词为主要主题的文献。可用MeSH Browser查询。</li>"
        "<li><b>学科叙词表</b>：ERIC叙词表（教育）、APA心理学叙词表（PsycInfo）、Emtree（Embase）、INSPEC叙词表（物理、工程）、AGROVOC（联合国粮农组织，多语种，包括中文）、Getty艺术与建筑叙词表（AAT）。数据库里通常有“Thesaurus”或“Subject terms”入口。</li>"
        "<li><b>中文词表</b>：《中国分类主题词表》；中国生物医学文献数据库（SinoMed）使用的中文医学主题词表（CMeSH）与MeSH对应，是从中文医学概念找到英文MeSH的好桥梁。</li>"
        "</ul>"
    ),
    _phrasebook(
        "从中文概念到英文受控词：几个例子",
        [
            ("Neoplasms", "癌症、肿瘤", "", "MeSH。“Cancer”只是入口词，规范主题词是 Neoplasms。"),
            (
                "Myocardial Infarction",
                "心肌梗死（心脏病发作）",
                "",
                "MeSH。“Heart Attack”是入口词。",
            ),
            (
                "Medicine, Chinese Traditional",
                "中医",
                "",
                "MeSH，倒置形式。中药另有 Drugs, Chinese Herbal。",
            ),
            (
                "Aged",
                "老年人（65岁及以上）",
                "",
                "MeSH中的年龄组主题词，80岁以上另有 Aged, 80 and over。",
            ),
            (
                "Education, Higher",
                "高等教育",
                "",
                "LCSH的倒置形式；ERIC叙词表里是 Higher Education。",
            ),
            (
                "School management and organization",
                "（中小学）教育管理",
                "",
                "LCSH。用“educational administration”这样的自然语言去查，会被参照引到这个标目。",
            ),
            (
                "Universities and colleges--Administration",
                "高校管理",
                "",
                "LCSH，主标目加复分的典型例子。",
            ),
            (
                "Foreign Students",
                "留学生、国际学生",
                "",
                "ERIC叙词。在LCSH中请先查“international students”，看参照指向哪个规范形式。",
            ),
        ],
    ),
    _text(
        "<h3>中图法与美国国会图书馆分类法</h3>"
        "<p>国内图书馆普遍使用<b>《中国图书馆分类法》（中图法）</b>：5大部类、22个基本大类，用字母加数字标记。美国和许多国家的研究型图书馆使用<b>美国国会图书馆分类法（LCC）</b>：21个大类，字母加数字，再加著者号。另有许多图书馆（特别是公共图书馆和部分英联邦国家的大学）使用杜威十进分类法（DDC）。</p>"
        "<ul>"
        "<li>中图法大类：A 马克思主义、列宁主义、毛泽东思想、邓小平理论；B 哲学、宗教；C 社会科学总论；D 政治、法律；E 军事；F 经济；G 文化、科学、教育、体育；H 语言、文字；I 文学；J 艺术；K 历史、地理；N 自然科学总论；O 数理科学和化学；P 天文学、地球科学；Q 生物科学；R 医药、卫生；S 农业科学；T 工业技术；U 交通运输；V 航空、航天；X 环境科学、安全科学；Z 综合性图书。</li>"
        "<li>LCC大类：A 总类；B 哲学、心理学、宗教；C 历史辅助科学；D 世界史；E–F 美洲史；G 地理、人类学、娱乐；H 社会科学；J 政治学；K 法律；L 教育；M 音乐；N 美术；P 语言与文学；Q 科学；R 医学；S 农业；T 技术；U 军事科学；V 海军科学；Z 目录学、图书馆学。</li>"
        "</ul>"
        "<p>几组对照：计算机技术在中图法是TP3，在LCC主要在QA75.5–QA76.95；经济学在中图法是F，在LCC是HB–HJ；图书馆学在中图法是G25，在LCC在Z类。</p>"
    ),
    _callout(
        "warning",
        "<p><b>同一个字母，意思不同。</b>中图法的E是军事，LCC的E是美洲史；中图法的U是交通运输，LCC的U是军事科学；中图法的Q是生物科学，LCC的Q是整个科学（生物在QH）。给国际读者解释书架时别想当然。另外，受控词表更新较慢，新概念常常还没有专门的主题词——检索时要把受控词和自由词结合起来用。</p>",
    ),
    _dialogue(
        "把“老年抑郁”变成MeSH检索式",
        "来自韩国的护理学硕士生金智优（Kim Ji-woo）在准备一篇关于老年人抑郁的文献综述。",
        [
            (
                "Kim Ji-woo",
                "My topic is depression in older people. I searched “elderly depression” in PubMed, but the results look random.",
                "我的题目是老年人抑郁。我在PubMed里搜了“elderly depression”，结果看起来很杂。",
            ),
            (
                "陈静（馆员）",
                "Let’s look it up in the MeSH Browser. Depression has its own heading, and there is also Depressive Disorder for the clinical condition. Which one fits your topic?",
                "我们在MeSH Browser里查一下。Depression有自己的主题词，临床疾病还有Depressive Disorder。哪个更符合你的题目？",
            ),
            (
                "Kim Ji-woo",
                "I’m studying diagnosed patients, so Depressive Disorder.",
                "我研究的是确诊病人，所以是Depressive Disorder。",
            ),
            (
                "陈静（馆员）",
                'And for older people, MeSH uses Aged, which means 65 and over. So we can search "Depressive Disorder"[mh] AND Aged[mh].',
                '老年人在MeSH里用Aged，指65岁及以上。所以可以检索 "Depressive Disorder"[mh] AND Aged[mh]。',
            ),
            ("Kim Ji-woo", "Why not just use keywords?", "为什么不直接用关键词？"),
            (
                "陈静（馆员）",
                'We will, too. The newest articles may not have MeSH terms yet, so we add keywords in title and abstract with OR: depress*[tiab] AND (elderly[tiab] OR "older adult*"[tiab]).',
                '我们也会用。最新的文章可能还没有标引MeSH，所以再用OR加上题名和摘要中的关键词：depress*[tiab] AND (elderly[tiab] OR "older adult*"[tiab])。',
            ),
        ],
    ),
    _scenario(
        "拼写不同，结果不同",
        "<p>来自尼日利亚的城市规划硕士生奇内杜·奥卡福（Chinedu Okafor）在本馆目录里用英文 “urbanisation Africa” 检索外文图书，只找到两本。他说：“你们馆的英文书太少了。”</p>",
        "问题可能出在哪里？你会怎么帮他？",
        "<p>奇内杜用的是英式拼写 “urbanisation”，而外文书的目录记录常常带有从WorldCat或CALIS套录的LCSH，标目是美式拼写 “Urbanization”，细分为 “Urbanization--Africa”。建议：一、两种拼写都查，或者用截词 urbani*ation（如果系统支持）；二、找到一本合适的书，点开记录中的主题词链接，看同一主题下的全部馆藏；三、看这本书的中图法分类号，到相应书架或在目录中按分类号浏览，找到用中文标引的相关图书。说明时不必纠正他的拼写“对错”——英式拼写完全正确，只是系统用的是另一种。</p>",
    ),
    _check(
        "以下关于中图法和LCC的说法，哪一项正确？",
        [
            ("两者的E类都是军事", False, "中图法E是军事，LCC的E是美洲史。"),
            (
                "中图法的R类和LCC的R类都是医学",
                True,
                "对。R在两种分类法中都对应医学／医药卫生，这是少数字母含义一致的大类之一。",
            ),
            ("LCC的Q类只包括生物科学", False, "LCC的Q是整个科学，生物学只是其中的QH。"),
            ("两者大类数量相同", False, "中图法有22个基本大类，LCC有21个大类。"),
        ],
        "看到分类号时先确认是哪一种分类法；同一个字母在不同体系中意义可能完全不同。",
    ),
]

VOCAB_EN = [
    _text(
        "<h3>Keywords vs controlled vocabulary</h3>"
        "<p>A keyword search finds whatever words the author happened to use. A controlled vocabulary (subject headings, thesaurus descriptors) is a fixed list from which indexers choose standard terms. Authors may write cancer, tumour, tumor or malignancy; MeSH indexes them all as <b>Neoplasms</b>. Searching the controlled term finds papers however they phrase the concept, and skips papers that merely mention the word.</p>"
        "<h4>The main vocabularies</h4>"
        "<ul>"
        "<li><b>LCSH (Library of Congress Subject Headings)</b>: the most widely used subject vocabulary in library catalogues worldwide. Headings take subdivisions, e.g. “Education, Higher--China--History”, with Used For (UF), Broader (BT), Narrower (NT) and Related (RT) references. Many headings are inverted (Education, Higher) and spelling is American (Urbanization). Free to search at id.loc.gov.</li>"
        "<li><b>MeSH (Medical Subject Headings)</b>: from the US National Library of Medicine, updated every year, used in MEDLINE / PubMed. It has a tree structure, entry terms and subheadings (such as /therapy). In PubMed, [mh] includes all narrower terms by default, and [majr] finds papers where the heading is a major topic. Look terms up in the MeSH Browser.</li>"
        "<li><b>Subject thesauri</b>: the ERIC Thesaurus (education), the APA Thesaurus (PsycInfo), Emtree (Embase), the INSPEC thesaurus (physics, engineering), AGROVOC (FAO, multilingual including Chinese), the Getty Art &amp; Architecture Thesaurus (AAT). Databases usually offer a “Thesaurus” or “Subject terms” link.</li>"
        "<li><b>Chinese vocabularies</b>: the Chinese Classified Thesaurus (中国分类主题词表); the Chinese MeSH (CMeSH) used in SinoMed maps to MeSH and is a good bridge from a Chinese medical concept to the English heading.</li>"
        "</ul>"
    ),
    _phrasebook(
        "From a Chinese concept to an English controlled term: examples",
        [
            (
                "Neoplasms",
                "癌症、肿瘤",
                "",
                "MeSH. “Cancer” is only an entry term; the heading is Neoplasms.",
            ),
            (
                "Myocardial Infarction",
                "心肌梗死（心脏病发作）",
                "",
                "MeSH. “Heart Attack” is an entry term.",
            ),
            (
                "Medicine, Chinese Traditional",
                "中医",
                "",
                "MeSH, inverted. Chinese herbal medicines have their own heading, Drugs, Chinese Herbal.",
            ),
            (
                "Aged",
                "老年人（65岁及以上）",
                "",
                "The MeSH age-group heading; there is also Aged, 80 and over.",
            ),
            (
                "Education, Higher",
                "高等教育",
                "",
                "LCSH, inverted; the ERIC Thesaurus has Higher Education.",
            ),
            (
                "School management and organization",
                "（中小学）教育管理",
                "",
                "LCSH. Looking up the everyday phrase “educational administration” leads you here by reference.",
            ),
            (
                "Universities and colleges--Administration",
                "高校管理",
                "",
                "LCSH; a typical heading with a subdivision.",
            ),
            (
                "Foreign Students",
                "留学生、国际学生",
                "",
                "ERIC descriptor. In LCSH, look up “international students” first and follow the reference to the authorised form.",
            ),
        ],
    ),
    _text(
        "<h3>Chinese Library Classification and Library of Congress Classification</h3>"
        "<p>Libraries in China generally use the <b>Chinese Library Classification (CLC, 中图法)</b>: five main categories and 22 basic classes, with letters and numbers. Research libraries in the US and many other countries use the <b>Library of Congress Classification (LCC)</b>: 21 main classes, letters and numbers plus a Cutter number. Many other libraries (especially public libraries and some universities in Commonwealth countries) use the Dewey Decimal Classification (DDC).</p>"
        "<ul>"
        "<li>CLC classes: A Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory; B Philosophy, religion; C Social sciences (general); D Politics, law; E Military science; F Economics; G Culture, science, education, sport; H Languages; I Literature; J Art; K History, geography; N Natural sciences (general); O Mathematics, physics, chemistry; P Astronomy, earth sciences; Q Biology; R Medicine, health; S Agriculture; T Industrial technology; U Transport; V Aviation, aerospace; X Environmental science, safety science; Z General works.</li>"
        "<li>LCC classes: A General works; B Philosophy, psychology, religion; C Auxiliary sciences of history; D World history; E–F History of the Americas; G Geography, anthropology, recreation; H Social sciences; J Political science; K Law; L Education; M Music; N Fine arts; P Language and literature; Q Science; R Medicine; S Agriculture; T Technology; U Military science; V Naval science; Z Bibliography, library science.</li>"
        "</ul>"
        "<p>Some comparisons: computing is TP3 in CLC and mainly QA75.5–QA76.95 in LCC; economics is F in CLC and HB–HJ in LCC; library science is G25 in CLC and in class Z in LCC.</p>"
    ),
    _callout(
        "warning",
        "<p><b>Same letter, different meaning.</b> CLC E is military science, LCC E is history of the Americas; CLC U is transport, LCC U is military science; CLC Q is biology, LCC Q is all of science (biology is QH). Do not assume when explaining the shelves to international readers. And controlled vocabularies change slowly, so new concepts often have no heading yet — combine controlled terms with free-text keywords.</p>",
    ),
    _dialogue(
        "Turning “depression in older people” into a MeSH search",
        "Kim Ji-woo, a nursing master’s student from Korea, is preparing a literature review on depression in older people.",
        [
            (
                "Kim Ji-woo",
                "My topic is depression in older people. I searched “elderly depression” in PubMed, but the results look random.",
                "",
            ),
            (
                "Chen Jing (librarian)",
                "Let’s look it up in the MeSH Browser. Depression has its own heading, and there is also Depressive Disorder for the clinical condition. Which one fits your topic?",
                "",
            ),
            ("Kim Ji-woo", "I’m studying diagnosed patients, so Depressive Disorder.", ""),
            (
                "Chen Jing (librarian)",
                'And for older people, MeSH uses Aged, which means 65 and over. So we can search "Depressive Disorder"[mh] AND Aged[mh].',
                "",
            ),
            ("Kim Ji-woo", "Why not just use keywords?", ""),
            (
                "Chen Jing (librarian)",
                'We will, too. The newest articles may not have MeSH terms yet, so we add keywords in title and abstract with OR: depress*[tiab] AND (elderly[tiab] OR "older adult*"[tiab]).',
                "",
            ),
        ],
    ),
    _scenario(
        "Different spelling, different results",
        "<p>Chinedu Okafor, an urban-planning master’s student from Nigeria, searches our catalogue for foreign-language books with “urbanisation Africa” and finds only two. “Your library hardly has any English books,” he says.</p>",
        "What is probably going on, and how would you help?",
        "<p>Chinedu used the British spelling “urbanisation”, but records for foreign books in our catalogue often carry LCSH copied from WorldCat or CALIS records, with the American spelling “Urbanization” and the subdivision “Urbanization--Africa”. Suggest: one, search both spellings, or truncate (urbani*ation) if the system allows it; two, open a good record and click its subject heading to see everything we hold under it; three, note the book’s CLC number and browse that class, on the shelf or in the catalogue, to find related books indexed in Chinese. There is no need to “correct” his spelling — British spelling is perfectly right; the system simply uses the other one.</p>",
    ),
    _check(
        "Which statement about CLC and LCC is correct?",
        [
            (
                "Class E is military science in both",
                False,
                "CLC E is military science; LCC E is history of the Americas.",
            ),
            (
                "Class R is medicine in both",
                True,
                "Right. R means medicine / medicine and health in both schemes — one of the few letters that match.",
            ),
            (
                "LCC class Q covers only biology",
                False,
                "LCC Q is all of science; biology is only QH.",
            ),
            (
                "Both have the same number of main classes",
                False,
                "CLC has 22 basic classes; LCC has 21 main classes.",
            ),
        ],
        "When you see a class number, first check which scheme it belongs to; the same letter can mean something quite different.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 4: search strategy
# ---------------------------------------------------------------------------

STRATEGY_ZH = [
    _text(
        "<h3>检索式的基本构件</h3>"
        "<ul>"
        "<li><b>布尔逻辑</b>：OR 连接同义词（扩大），AND 连接不同概念（缩小），NOT 排除（慎用，容易误删相关文献）。混用时一定加括号：(migrant OR immigrant) AND (health OR wellbeing)。</li>"
        "<li><b>截词和通配符</b>：多数数据库用 * 表示任意词尾：librar* 找 library、libraries、librarian。Web of Science中 ? 代表一个字符，$ 代表零或一个字符（behavio$r 找 behavior 和 behaviour）。</li>"
        '<li><b>短语检索</b>：用引号把词绑在一起，如 "academic library"。Scopus有两种：引号是宽松短语，花括号 {} 是精确短语。</li>'
        "<li><b>位置算符</b>：Web of Science用 NEAR/n，Scopus用 W/n 和 PRE/n，EBSCOhost用 Nn 和 Wn。</li>"
        "<li><b>字段限定</b>：把检索词限定在题名、摘要、关键词等字段中，结果更相关。</li>"
        "<li><b>限定条件（filters）</b>：年份、文献类型、语言、学科、开放获取等。语言限定要小心：很多非英语论文有英文摘要，限定“English”会把它们排除。</li>"
        "</ul>"
        "<h4>常用字段代码</h4>"
        "<ul>"
        "<li><b>Web of Science</b>：TS=主题（题名、摘要、关键词），TI=题名，AU=作者，AI=作者标识符，OG=机构（规范化），SO=出版物名称，DO=DOI，PY=出版年。</li>"
        "<li><b>Scopus</b>：TITLE-ABS-KEY()、TITLE()、AUTHOR-NAME()、AU-ID()、AFFIL()、SRCTITLE()、DOI()、PUBYEAR。</li>"
        "<li><b>PubMed</b>：[tiab] 题名和摘要，[ti] 题名，[mh] MeSH主题词，[majr] 主要主题词，[au] 作者，[dp] 出版日期。</li>"
        "<li><b>EBSCOhost</b>：TI、AB、SU、AU。<b>中国知网（CNKI）专业检索</b>：SU 主题、TI 篇名、KY 关键词、AB 摘要、AU 作者、AF 机构。</li>"
        "</ul>"
    ),
    _callout(
        "warning",
        "<p><b>每个数据库的语法都不完全一样。</b>PubMed要求截词前至少有四个字符，而且使用截词会关闭自动词语匹配（Automatic Term Mapping）；Google Scholar不支持截词，只支持有限的布尔运算。把一个数据库的检索式复制到另一个数据库之前，先看它的帮助页面。</p>",
    ),
    _text(
        "<h3>检索之外：引文追踪、保存与提醒</h3>"
        "<ul>"
        "<li><b>向后追踪</b>：读一篇好文章的参考文献，找更早的基础文献。</li>"
        "<li><b>向前追踪</b>：看“被引用”（Times Cited／Cited by），找之后引用它的新文献。Web of Science、Scopus、Google Scholar都提供。</li>"
        "<li><b>相关文献</b>：Web of Science的“相关记录”基于共同参考文献，常能找到关键词检索漏掉的文章。</li>"
        "<li><b>保存检索式和设置提醒</b>：注册个人账户（Web of Science、Scopus、PubMed的My NCBI等），保存检索式，设置新文献提醒和引文提醒。做综述或写论文时，这能省下大量重复劳动。</li>"
        "<li><b>记录检索过程</b>：写下日期、数据库、检索式和结果数。系统综述必须这样做；普通论文也值得这样做。</li>"
        "</ul>"
    ),
    _phrasebook(
        "用英文向国际学生解释检索",
        [
            (
                "Let’s break your topic into two or three main ideas.",
                "我们把你的题目拆成两三个主要概念。",
                "",
                "构建检索式的第一步，比直接输入整句话有效。",
            ),
            (
                "We use OR to join words that mean the same thing.",
                "我们用OR连接意思相同的词。",
                "",
                "可以配合在纸上画一个圆圈来解释。",
            ),
            (
                "AND narrows the search: every result must contain both ideas.",
                "AND会缩小范围：每条结果都必须包含两个概念。",
                "",
                "两个圆圈的交集。",
            ),
            (
                "The asterisk finds all the endings: migra* finds migrant, migration and migrating.",
                "星号能找到所有词尾：migra*能找到migrant、migration和migrating。",
                "",
                "同时提醒截得太短会带来无关词。",
            ),
            (
                "Quotation marks keep the words together as a phrase.",
                "引号把几个词绑在一起作为短语。",
                "",
                "",
            ),
            (
                "Let’s search only in the title, abstract and keywords.",
                "我们只在题名、摘要和关键词中检索。",
                "",
                "解释为什么结果更相关。",
            ),
            ("Let’s limit it to the last ten years.", "我们把年份限定在最近十年。", "", ""),
            (
                "This paper looks useful — let’s see who has cited it since.",
                "这篇文章看起来有用——我们看看之后有谁引用了它。",
                "",
                "引出向前追踪。",
            ),
            (
                "You can save this search and get an e-mail when new papers appear.",
                "你可以保存这个检索式，有新文章时会收到邮件。",
                "",
                "需要先注册个人账户。",
            ),
            (
                "Would you like to try the next one yourself?",
                "下一个你想自己试试吗？",
                "",
                "比问“Do you understand?”更能确认对方真正掌握了。",
            ),
        ],
    ),
    _dialogue(
        "在Scopus里构建检索式",
        "来自巴西的访问学者玛丽安娜·科斯塔·席尔瓦（Mariana Costa Silva）研究巴西城市的水治理。",
        [
            (
                "Mariana Costa Silva",
                "I typed “water governance in Brazilian cities” into Scopus and got very few results.",
                "我在Scopus里输入了“water governance in Brazilian cities”，结果很少。",
            ),
            (
                "刘洋（馆员）",
                "Let’s break it into three ideas: water governance, cities, and Brazil. For each idea, what other words do authors use?",
                "我们把它拆成三个概念：水治理、城市、巴西。每个概念，作者还会用哪些词？",
            ),
            (
                "Mariana Costa Silva",
                "Water management, maybe water policy. And urban, or municipal.",
                "水管理，也许还有水政策。还有urban或者municipal。",
            ),
            (
                "刘洋（馆员）",
                "Good. We join those with OR inside brackets, and the three groups with AND. We could use cit* for city and cities, but that would also find citizen and citation, so let’s write city OR cities instead.",
                "很好。每组内用OR连接并加括号，三组之间用AND。我们本可以用cit*代表city和cities，但它也会找到citizen和citation，所以还是写city OR cities。",
            ),
            (
                "Mariana Costa Silva",
                "And Brazil? Many articles are in Portuguese.",
                "那巴西呢？很多文章是葡萄牙语的。",
            ),
            (
                "刘洋（馆员）",
                "Brazil* finds Brazil and Brazilian. Scopus indexes many Brazilian journals with English abstracts, and you can add Portuguese terms such as “gestão da água” in another OR group if you like.",
                "Brazil*可以找到Brazil和Brazilian。Scopus收录了很多带英文摘要的巴西期刊，如果愿意，也可以在另一个OR组里加上葡萄牙语词，如“gestão da água”。",
            ),
            (
                "Mariana Costa Silva",
                "Now I have four hundred results. That’s much better.",
                "现在有四百条结果了，好多了。",
            ),
            (
                "刘洋（馆员）",
                "Let’s save the search and set an alert. Would you like to try the citation search on the top article yourself?",
                "我们保存检索式并设置提醒。你想自己试试对排名第一的文章做引文追踪吗？",
            ),
        ],
    ),
    _scenario(
        "艾格林更习惯用俄语检索",
        "<p>来自哈萨克斯坦的博士生艾格林·苏尔坦诺娃（Aigerim Sultanova）研究咸海生态。她英语阅读不错，但说她“在英文数据库里总找不到重要文献”。你和她交谈时，她一直点头说“yes, yes”，但几分钟后你发现她并没有按你的建议操作。</p>",
        "你会怎样调整检索建议和沟通方式？",
        "<p>检索方面：大量关于咸海的研究以俄语发表，英文数据库只收录了一部分。除了Web of Science和Scopus（用 Aral Sea 加上 Aralʹskoe more 等转写形式），可以建议她使用俄语平台，如eLibrary.ru和开放获取的CyberLeninka，直接用俄语检索；哈萨克斯坦本国的期刊也值得查。沟通方面：在许多文化中，点头和“yes”表示“我在听”，不一定表示“我明白了”或“我同意”。与其问“Do you understand?”，不如请她自己操作下一步，或者把检索式写下来让她带走。放慢语速、一边说一边在屏幕上演示，效果会好很多。</p>",
    ),
    _check(
        "读者要找关于国际学生使用高校图书馆的研究。在Scopus中，以下哪个检索式最合适？",
        [
            (
                "TITLE-ABS-KEY(international AND students AND library)",
                False,
                "缺少同义词，也没有短语，会混入大量无关结果。",
            ),
            (
                'TITLE-ABS-KEY(("international students" OR "foreign students") AND librar*)',
                True,
                "对。同义短语用OR，两个概念用AND，librar*覆盖library、libraries、librarian。",
            ),
            (
                'TITLE-ABS-KEY("international students" AND "foreign students" AND library)',
                False,
                "用AND连接同义词，要求两个说法同时出现，结果会很少。",
            ),
            (
                "TITLE-ABS-KEY(international students library)",
                False,
                "没有同义词和短语，检索质量不稳定。",
            ),
        ],
        "同义词用OR并加括号，不同概念用AND，短语加引号，词尾变化用截词。",
    ),
]

STRATEGY_EN = [
    _text(
        "<h3>The building blocks of a search</h3>"
        "<ul>"
        "<li><b>Boolean logic</b>: OR joins synonyms (broadens), AND joins different concepts (narrows), NOT excludes (use with care — it easily removes relevant papers). Always use brackets when you mix them: (migrant OR immigrant) AND (health OR wellbeing).</li>"
        "<li><b>Truncation and wildcards</b>: most databases use * for any ending: librar* finds library, libraries, librarian. In Web of Science ? stands for one character and $ for zero or one character (behavio$r finds behavior and behaviour).</li>"
        '<li><b>Phrase searching</b>: quotation marks keep words together, as in "academic library". Scopus has two kinds: quotation marks for a loose phrase, braces {} for an exact phrase.</li>'
        "<li><b>Proximity</b>: NEAR/n in Web of Science, W/n and PRE/n in Scopus, Nn and Wn in EBSCOhost.</li>"
        "<li><b>Field searching</b>: limiting terms to title, abstract and keywords gives more relevant results.</li>"
        "<li><b>Filters</b>: year, document type, language, subject area, open access. Be careful with language: many non-English papers have English abstracts, and a filter set to “English” excludes them.</li>"
        "</ul>"
        "<h4>Common field codes</h4>"
        "<ul>"
        "<li><b>Web of Science</b>: TS= topic (title, abstract, keywords), TI= title, AU= author, AI= author identifiers, OG= organisation (unified), SO= publication name, DO= DOI, PY= year published.</li>"
        "<li><b>Scopus</b>: TITLE-ABS-KEY(), TITLE(), AUTHOR-NAME(), AU-ID(), AFFIL(), SRCTITLE(), DOI(), PUBYEAR.</li>"
        "<li><b>PubMed</b>: [tiab] title/abstract, [ti] title, [mh] MeSH heading, [majr] MeSH major topic, [au] author, [dp] date of publication.</li>"
        "<li><b>EBSCOhost</b>: TI, AB, SU, AU. <b>CNKI expert search</b>: SU subject, TI title, KY keyword, AB abstract, AU author, AF affiliation.</li>"
        "</ul>"
    ),
    _callout(
        "warning",
        "<p><b>Every database’s syntax is a little different.</b> PubMed needs at least four characters before a truncation symbol, and truncating switches off Automatic Term Mapping; Google Scholar has no truncation and only limited Boolean searching. Check the help page before you copy a search from one database to another.</p>",
    ),
    _text(
        "<h3>Beyond the search box: citation chasing, saving and alerts</h3>"
        "<ul>"
        "<li><b>Backward chasing</b>: read the reference list of a good paper to find earlier, foundational work.</li>"
        "<li><b>Forward chasing</b>: use “Times Cited” / “Cited by” to find later papers that cite it — in Web of Science, Scopus and Google Scholar.</li>"
        "<li><b>Related records</b>: Web of Science’s related records are based on shared references and often find papers that keyword searches miss.</li>"
        "<li><b>Saved searches and alerts</b>: with a personal account (Web of Science, Scopus, My NCBI for PubMed) you can save searches and set alerts for new papers and new citations — a great time-saver during a review or thesis.</li>"
        "<li><b>Keep a search log</b>: date, database, search string and number of results. Essential for systematic reviews, and worth doing for any thesis.</li>"
        "</ul>"
    ),
    _phrasebook(
        "Explaining searching to an international student",
        [
            (
                "Let’s break your topic into two or three main ideas.",
                "我们把你的题目拆成两三个主要概念。",
                "",
                "The first step in building a search; works better than typing a whole sentence.",
            ),
            (
                "We use OR to join words that mean the same thing.",
                "我们用OR连接意思相同的词。",
                "",
                "Drawing circles on paper helps.",
            ),
            (
                "AND narrows the search: every result must contain both ideas.",
                "AND会缩小范围：每条结果都必须包含两个概念。",
                "",
                "The overlap of two circles.",
            ),
            (
                "The asterisk finds all the endings: migra* finds migrant, migration and migrating.",
                "星号能找到所有词尾：migra*能找到migrant、migration和migrating。",
                "",
                "Also warn that truncating too short brings in unrelated words.",
            ),
            (
                "Quotation marks keep the words together as a phrase.",
                "引号把几个词绑在一起作为短语。",
                "",
                "",
            ),
            (
                "Let’s search only in the title, abstract and keywords.",
                "我们只在题名、摘要和关键词中检索。",
                "",
                "Explain why the results become more relevant.",
            ),
            ("Let’s limit it to the last ten years.", "我们把年份限定在最近十年。", "", ""),
            (
                "This paper looks useful — let’s see who has cited it since.",
                "这篇文章看起来有用——我们看看之后有谁引用了它。",
                "",
                "Leads into forward citation chasing.",
            ),
            (
                "You can save this search and get an e-mail when new papers appear.",
                "你可以保存这个检索式，有新文章时会收到邮件。",
                "",
                "Needs a personal account first.",
            ),
            (
                "Would you like to try the next one yourself?",
                "下一个你想自己试试吗？",
                "",
                "Checks real understanding better than “Do you understand?”.",
            ),
        ],
    ),
    _dialogue(
        "Building a search in Scopus",
        "Mariana Costa Silva, a visiting scholar from Brazil, studies water governance in Brazilian cities.",
        [
            (
                "Mariana Costa Silva",
                "I typed “water governance in Brazilian cities” into Scopus and got very few results.",
                "",
            ),
            (
                "Liu Yang (librarian)",
                "Let’s break it into three ideas: water governance, cities, and Brazil. For each idea, what other words do authors use?",
                "",
            ),
            (
                "Mariana Costa Silva",
                "Water management, maybe water policy. And urban, or municipal.",
                "",
            ),
            (
                "Liu Yang (librarian)",
                "Good. We join those with OR inside brackets, and the three groups with AND. We could use cit* for city and cities, but that would also find citizen and citation, so let’s write city OR cities instead.",
                "",
            ),
            ("Mariana Costa Silva", "And Brazil? Many articles are in Portuguese.", ""),
            (
                "Liu Yang (librarian)",
                "Brazil* finds Brazil and Brazilian. Scopus indexes many Brazilian journals with English abstracts, and you can add Portuguese terms such as “gestão da água” in another OR group if you like.",
                "",
            ),
            ("Mariana Costa Silva", "Now I have four hundred results. That’s much better.", ""),
            (
                "Liu Yang (librarian)",
                "Let’s save the search and set an alert. Would you like to try the citation search on the top article yourself?",
                "",
            ),
        ],
    ),
    _scenario(
        "Aigerim prefers to search in Russian",
        "<p>Aigerim Sultanova, a PhD student from Kazakhstan, studies the ecology of the Aral Sea. She reads English well but says she “never finds the important papers” in English-language databases. As you talk, she keeps nodding and saying “yes, yes”, yet a few minutes later you see she has not done what you suggested.</p>",
        "How would you adjust your search advice and the way you communicate?",
        "<p>On the search: much research on the Aral Sea is published in Russian, and English-language databases index only part of it. Besides Web of Science and Scopus (with Aral Sea plus transliterations such as Aralʹskoe more), suggest Russian-language platforms such as eLibrary.ru and the open-access CyberLeninka, searched in Russian; journals published in Kazakhstan are worth checking too. On communication: in many cultures nodding and “yes” mean “I am listening”, not necessarily “I understand” or “I agree”. Instead of asking “Do you understand?”, invite her to do the next step herself, or write the search down for her to take away. Speaking more slowly and demonstrating on screen as you talk helps a great deal.</p>",
    ),
    _check(
        "A reader wants research on international students’ use of academic libraries. Which Scopus search is best?",
        [
            (
                "TITLE-ABS-KEY(international AND students AND library)",
                False,
                "No synonyms and no phrase; many irrelevant results.",
            ),
            (
                'TITLE-ABS-KEY(("international students" OR "foreign students") AND librar*)',
                True,
                "Right. Synonym phrases joined with OR, the two concepts with AND, and librar* covers library, libraries and librarian.",
            ),
            (
                'TITLE-ABS-KEY("international students" AND "foreign students" AND library)',
                False,
                "AND between synonyms demands both phrases in one record, so very few results.",
            ),
            (
                "TITLE-ABS-KEY(international students library)",
                False,
                "No synonyms or phrases; unreliable.",
            ),
        ],
        "OR and brackets for synonyms, AND between concepts, quotation marks for phrases, truncation for word endings.",
    ),
]

# ---------------------------------------------------------------------------
# Lesson 5: evaluating and exporting results
# ---------------------------------------------------------------------------

EXPORT_ZH = [
    _text(
        "<h3>评价检索结果</h3>"
        "<ul>"
        "<li><b>文献类型</b>：同行评议的研究论文、综述、会议论文、预印本、学位论文、灰色文献。预印本（arXiv、medRxiv、SSRN等）未经同行评议，引用时要说明。</li>"
        "<li><b>撤稿和更正</b>：引用前检查文章是否被撤稿。Retraction Watch撤稿数据库已通过Crossref公开提供，很多数据库也会标注撤稿。</li>"
        "<li><b>来源期刊</b>：是否被Web of Science、Scopus等收录；警惕掠夺性期刊——“Think. Check. Submit.”提供了一份实用的核对清单。</li>"
        "<li><b>时效与相关性</b>：被引次数多不等于适合读者的题目；新发表的文章被引少也很正常。</li>"
        "<li><b>中国的评价体系</b>：国际学生常听导师提到“SCI一区”“核心期刊”。这些指的是中科院期刊分区、北大《中文核心期刊要目总览》、CSSCI、CSCD等。可以客观地解释这些名称的含义，具体要求请读者以学院和导师的规定为准。</li>"
        "</ul>"
    ),
    _text(
        "<h3>导出到文献管理软件</h3>"
        "<p>常用的文献管理软件有：Zotero（免费、开源）、EndNote（Clarivate，付费）、Mendeley（Elsevier）、NoteExpress（国内高校常用）和JabRef（基于BibTeX）。大多数数据库提供直接导出，或导出为以下格式：</p>"
        "<ul>"
        "<li><b>RIS</b>：几乎所有软件都能导入的纯文本格式，每行一个两字符标签：TY（文献类型，如JOUR）、AU（作者）、TI（题名）、T2（期刊名）、PY（年份）、VL（卷）、IS（期）、SP／EP（起止页）、DO（DOI），以ER结束一条记录。</li>"
        "<li><b>BibTeX</b>：LaTeX用户使用，每条记录形如 @article{键, author = {Zhang, Xiaoming and Kim, Ji-woo}, title = {…}, journal = {…}, year = {2021}}。注意多位作者之间用 “and” 连接。</li>"
        "<li><b>EndNote格式</b>（.enw）和各软件的专用格式；中国知网可以导出EndNote、NoteExpress、RefWorks等格式。</li>"
        "</ul>"
        "<h4>导入后一定要检查</h4>"
        "<ul>"
        "<li><b>字符编码</b>：中文、俄文、带附加符号的名字导入后是否乱码？文件应为UTF-8。</li>"
        "<li><b>作者姓名</b>：连字符名字（Ji-woo、Xiao-Ming）、复姓、巴西和西班牙语的双姓是否被拆错？</li>"
        "<li><b>中文文献</b>：知网导出的记录是中文；如果读者用英文写论文，需要补充拼音和英文译名。APA第7版要求非英文文献给出原文标题（非拉丁文字需转写）并在方括号中附英文翻译。</li>"
        "<li><b>引文格式</b>：确认使用学院要求的格式，如APA、Harvard或GB/T 7714-2015。</li>"
        "</ul>"
    ),
    _callout(
        "tip",
        "<p><b>Zotero很适合国际学生。</b>它免费、跨平台，浏览器插件（Zotero Connector）可以从大多数数据库和知网页面一键保存记录，官方样式库中也有GB/T 7714-2015样式。毕业后账号和文献库都还在自己手里——这一点对会离开学校的访问学者和交换生尤其重要。</p>",
    ),
    _text(
        "<h3>获取全文：从链接解析器到馆际互借</h3>"
        "<ul>"
        "<li><b>链接解析器</b>：数据库中的“Find It”“Get full text”一类按钮使用OpenURL标准，判断本馆是否有权访问全文，有就直接链接过去。</li>"
        "<li><b>Google Scholar</b>：在设置的“图书馆链接”中添加本馆，检索结果旁就会出现本馆的全文链接。</li>"
        "<li><b>校外访问</b>：通过图书馆VPN，或通过CARSI（中国教育和科研计算机网联邦认证与资源共享基础设施）在出版商网站上选择“通过机构登录”。</li>"
        "<li><b>合法的开放获取版本</b>：机构知识库、PubMed Central、作者主页；Unpaywall等工具可以帮助查找。</li>"
        "<li><b>以上都没有</b>：提交馆际互借或文献传递请求——参见本系列“国际馆际互借与文献传递”课程。</li>"
        "</ul>"
    ),
    _dialogue(
        "导入后的乱码",
        "来自日本的社会学硕士生佐藤由纪（Yuki Sato）把Web of Science和中国知网的记录导入了Zotero。",
        [
            (
                "Yuki Sato",
                "I exported records from CNKI and Web of Science into Zotero. The English ones are fine, but some Chinese titles look like strange symbols.",
                "我把知网和Web of Science的记录导进了Zotero。英文的没问题，但有些中文标题变成了奇怪的符号。",
            ),
            (
                "赵敏（馆员）",
                "That’s usually an encoding problem. How did you import them — with the Zotero Connector, or by downloading a file?",
                "这通常是编码问题。你是怎么导入的——用Zotero Connector，还是下载文件？",
            ),
            ("Yuki Sato", "I downloaded a file and opened it.", "我下载了一个文件然后打开的。"),
            (
                "赵敏（馆员）",
                "Let’s try saving the CNKI records directly from the page with the Connector instead. It handles the characters correctly, and it keeps the abstract too.",
                "我们换个方法，用Connector直接从知网页面保存。它能正确处理汉字，还会保留摘要。",
            ),
            (
                "Yuki Sato",
                "It works now. But my thesis is in English. How should I cite Chinese articles?",
                "现在好了。不过我的论文是英文的，中文文章应该怎么引用？",
            ),
            (
                "赵敏（馆员）",
                "In APA style, you give the title in pinyin and add an English translation in square brackets. Check your author names too — Zotero sometimes splits Chinese names the wrong way.",
                "按APA格式，标题写拼音，并在方括号里附英文翻译。也要检查作者姓名——Zotero有时会把中文名字拆错。",
            ),
            (
                "Yuki Sato",
                "That happens to Japanese names too. Thank you.",
                "日本人的名字也会这样。谢谢。",
            ),
        ],
    ),
    _scenario(
        "39.95美元的付费墙",
        "<p>尼日利亚硕士生奇内杜·奥卡福（Chinedu Okafor）在宿舍用Google Scholar找到一篇关键文章，点开后出版商页面要求支付39.95美元购买。他问你：“我是不是只能自己付钱？”</p>",
        "你会按什么顺序给他建议？",
        "<p>一、不要急着付钱。先在Google Scholar设置中添加本馆的图书馆链接，看是否出现本馆全文链接；或者从图书馆主页进入该数据库，通过VPN或CARSI校外登录。二、查有没有合法的开放获取版本：Google Scholar的“所有版本”、Unpaywall、作者的机构知识库。三、本馆没有订购时，提交文献传递请求，通常几天内可以拿到，而且多数情况下费用由图书馆承担或很低（按本馆政策说明）。四、也可以礼貌地给作者写信索取。不要推荐影子图书馆。最后告诉他：以后在校外检索，先从图书馆网站登录，可以省去这些麻烦。</p>",
    ),
    _check(
        "读者想把检索结果导入一个你不熟悉的文献管理软件。哪种导出格式最有可能被它识别？",
        [
            ("RIS", True, "对。RIS是几乎所有文献管理软件都支持的通用纯文本格式。"),
            ("PDF", False, "PDF是全文文件，不是书目记录格式。"),
            ("截图", False, "截图无法被软件识别为书目数据。"),
            ("复制粘贴网页文字", False, "格式不稳定，软件无法可靠地解析各个字段。"),
        ],
        "RIS通用，BibTeX适合LaTeX，EndNote和NoteExpress各有专用格式；导入后都要检查编码和作者姓名。",
    ),
]

EXPORT_EN = [
    _text(
        "<h3>Evaluating results</h3>"
        "<ul>"
        "<li><b>Document type</b>: peer-reviewed research articles, reviews, conference papers, preprints, theses, grey literature. Preprints (arXiv, medRxiv, SSRN and others) have not been peer reviewed; say so when citing them.</li>"
        "<li><b>Retractions and corrections</b>: check before citing. The Retraction Watch database is now openly available through Crossref, and many databases flag retracted papers.</li>"
        "<li><b>The journal</b>: is it indexed in Web of Science, Scopus or similar? Beware of predatory journals — “Think. Check. Submit.” offers a practical checklist.</li>"
        "<li><b>Currency and relevance</b>: a highly cited paper is not necessarily right for the reader’s question, and a new paper with few citations is normal.</li>"
        "<li><b>Chinese evaluation systems</b>: international students often hear supervisors mention “SCI zone 1” or “core journals”. These refer to the Chinese Academy of Sciences journal ranking, the Peking University list of core Chinese journals, CSSCI, CSCD and similar lists. Explain what the names mean neutrally, and refer readers to their school’s and supervisor’s actual requirements.</li>"
        "</ul>"
    ),
    _text(
        "<h3>Exporting to a reference manager</h3>"
        "<p>Common reference managers: Zotero (free, open source), EndNote (Clarivate, paid), Mendeley (Elsevier), NoteExpress (widely used in Chinese universities) and JabRef (BibTeX-based). Most databases export directly to them or in these formats:</p>"
        "<ul>"
        "<li><b>RIS</b>: a plain-text format almost every tool can import, one two-character tag per line: TY (item type, e.g. JOUR), AU (author), TI (title), T2 (journal), PY (year), VL (volume), IS (issue), SP / EP (start / end page), DO (DOI), with ER ending each record.</li>"
        "<li><b>BibTeX</b>: for LaTeX users; each record looks like @article{key, author = {Zhang, Xiaoming and Kim, Ji-woo}, title = {…}, journal = {…}, year = {2021}}. Note that multiple authors are joined with “and”.</li>"
        "<li><b>EndNote tagged format</b> (.enw) and each tool’s own formats; CNKI exports to EndNote, NoteExpress, RefWorks and others.</li>"
        "</ul>"
        "<h4>Always check after importing</h4>"
        "<ul>"
        "<li><b>Character encoding</b>: are Chinese, Russian or accented names garbled? Files should be UTF-8.</li>"
        "<li><b>Author names</b>: have hyphenated given names (Ji-woo, Xiao-Ming), two-character Chinese surnames, or Brazilian and Spanish double surnames been split wrongly?</li>"
        "<li><b>Chinese sources</b>: CNKI records come out in Chinese; for a thesis in English the reader must add pinyin and an English translation. APA 7th edition asks for the original title (transliterated if not in Latin script) followed by an English translation in square brackets.</li>"
        "<li><b>Citation style</b>: confirm the style the school requires — APA, Harvard, GB/T 7714-2015 and so on.</li>"
        "</ul>"
    ),
    _callout(
        "tip",
        "<p><b>Zotero suits international students well.</b> It is free and cross-platform, the Zotero Connector browser extension saves records in one click from most databases and from CNKI pages, and the official style repository includes GB/T 7714-2015. Their account and library stay with them after they leave — important for visiting scholars and exchange students.</p>",
    ),
    _text(
        "<h3>Getting the full text: from link resolver to ILL</h3>"
        "<ul>"
        "<li><b>Link resolver</b>: buttons such as “Find It” or “Get full text” use the OpenURL standard to check whether our library has access and, if so, link straight to it.</li>"
        "<li><b>Google Scholar</b>: add our library under “Library links” in Settings, and our full-text links appear beside results.</li>"
        "<li><b>Off campus</b>: use the library VPN, or CARSI (the CERNET federated authentication and resource-sharing infrastructure) by choosing “access through your institution” on the publisher’s site.</li>"
        "<li><b>Legal open-access versions</b>: institutional repositories, PubMed Central, authors’ pages; tools such as Unpaywall help find them.</li>"
        "<li><b>None of the above</b>: place an ILL or document delivery request — see the “International interlibrary loan and document delivery” course.</li>"
        "</ul>"
    ),
    _dialogue(
        "Garbled characters after import",
        "Yuki Sato, a sociology master’s student from Japan, has imported records from Web of Science and CNKI into Zotero.",
        [
            (
                "Yuki Sato",
                "I exported records from CNKI and Web of Science into Zotero. The English ones are fine, but some Chinese titles look like strange symbols.",
                "",
            ),
            (
                "Zhao Min (librarian)",
                "That’s usually an encoding problem. How did you import them — with the Zotero Connector, or by downloading a file?",
                "",
            ),
            ("Yuki Sato", "I downloaded a file and opened it.", ""),
            (
                "Zhao Min (librarian)",
                "Let’s try saving the CNKI records directly from the page with the Connector instead. It handles the characters correctly, and it keeps the abstract too.",
                "",
            ),
            (
                "Yuki Sato",
                "It works now. But my thesis is in English. How should I cite Chinese articles?",
                "",
            ),
            (
                "Zhao Min (librarian)",
                "In APA style, you give the title in pinyin and add an English translation in square brackets. Check your author names too — Zotero sometimes splits Chinese names the wrong way.",
                "",
            ),
            ("Yuki Sato", "That happens to Japanese names too. Thank you.", ""),
        ],
    ),
    _scenario(
        "A USD 39.95 paywall",
        "<p>Chinedu Okafor, a master’s student from Nigeria, finds a key article through Google Scholar in his dormitory. The publisher’s page asks him to pay USD 39.95. He asks you: “Do I have to pay for it myself?”</p>",
        "In what order would you advise him?",
        "<p>One: don’t pay yet. Add our library under Library links in Google Scholar’s settings and see whether our full-text link appears, or go to the database from the library website and log in off campus through the VPN or CARSI. Two: look for a legal open-access version — Google Scholar’s “All versions”, Unpaywall, the author’s institutional repository. Three: if we do not subscribe, place a document delivery request; it usually arrives within days, and in most cases the library covers the cost or it is low (explain our actual policy). Four: he can also write politely to the author for a copy. Do not recommend shadow libraries. Finally, tell him that starting off-campus searches from the library website avoids most of this trouble.</p>",
    ),
    _check(
        "A reader wants to import results into a reference manager you don’t know. Which export format is most likely to work?",
        [
            (
                "RIS",
                True,
                "Right. RIS is the plain-text format supported by almost every reference manager.",
            ),
            ("PDF", False, "A PDF is the full text, not a bibliographic record format."),
            ("A screenshot", False, "Software cannot read a screenshot as bibliographic data."),
            (
                "Copying and pasting the web page",
                False,
                "Unstructured; the software cannot reliably parse the fields.",
            ),
        ],
        "RIS is universal, BibTeX suits LaTeX, EndNote and NoteExpress have their own formats; after any import, check the encoding and the author names.",
    ),
]


def _phrasebook(title, phrases):
    """phrases: (term, translation, romanisation, note)."""
    return phrasebook(title, [(term, tr, note, roman) for term, tr, roman, note in phrases])


COURSE = {
    "slug": "searching-international-databases",
    "topic": "international",
    "target_language": None,
    "cefr_level": "",
    "estimated_minutes": 105,
    "mandatory": False,
    "certificate_validity_months": 24,
    "outcomes": [("intl-databases", 3)],
    "zh": {
        "title": "国际数据库检索",
        "summary": "帮助国际学生和学者在外文数据库中查全、查准：掌握中日韩俄文字的转写变体，处理跨文字的作者姓名和同名问题，使用LCSH、MeSH等受控词表，构建和解释检索式，评价、导出结果并获取全文。",
        "objectives": (
            "<ul>"
            "<li>识别汉语拼音、威妥玛拼音、黑本式、文化观光部式、马科恩-赖肖尔式和西里尔字母转写的差异，并在检索中覆盖这些变体。</li>"
            "<li>用姓名变体、ORCID、VIAF和数据库作者档案准确找到一位作者的文献。</li>"
            "<li>把中文概念对应到LCSH、MeSH和学科叙词表中的规范术语，并说明中图法与LCC的区别。</li>"
            "<li>在Web of Science、Scopus、PubMed等数据库中构建检索式、追踪引文、设置提醒，并用清楚的英文向国际学生解释。</li>"
            "<li>评价检索结果，导出到文献管理软件，并通过链接解析器、开放获取或馆际互借获取全文。</li>"
            "</ul>"
        ),
    },
    "en": {
        "title": "Searching international databases",
        "summary": "Helping international students and scholars search foreign databases thoroughly and precisely: transliteration variants for Chinese, Japanese, Korean and Cyrillic, author names across scripts and identical names, controlled vocabularies such as LCSH and MeSH, building and explaining search strategies, and evaluating, exporting and obtaining the full text.",
        "objectives": (
            "<ul>"
            "<li>Recognise the differences between Hanyu Pinyin, Wade-Giles, Hepburn, Revised Romanization, McCune-Reischauer and Cyrillic transliterations, and cover the variants in searches.</li>"
            "<li>Find one author’s work reliably using name variants, ORCID, VIAF and database author profiles.</li>"
            "<li>Map a Chinese concept to headings in LCSH, MeSH and subject thesauri, and explain how CLC differs from LCC.</li>"
            "<li>Build searches, chase citations and set alerts in Web of Science, Scopus, PubMed and similar databases, and explain them in clear English to international students.</li>"
            "<li>Evaluate results, export them to reference managers, and obtain full text through the link resolver, open access or interlibrary loan.</li>"
            "</ul>"
        ),
    },
    "lessons": [
        {
            "slug": "transliteration-systems",
            "minutes": 20,
            "required": True,
            "zh": {"title": "转写系统：拼音、威妥玛、黑本式与西里尔字母", "body": TRANSLIT_ZH},
            "en": {
                "title": "Transliteration systems: Pinyin, Wade-Giles, Hepburn and Cyrillic",
                "body": TRANSLIT_EN,
            },
        },
        {
            "slug": "author-names-across-scripts",
            "minutes": 20,
            "required": True,
            "zh": {"title": "跨文字的作者姓名", "body": NAMES_ZH},
            "en": {"title": "Author names across scripts", "body": NAMES_EN},
        },
        {
            "slug": "controlled-vocabularies",
            "minutes": 20,
            "required": True,
            "zh": {"title": "受控词表与分类法", "body": VOCAB_ZH},
            "en": {"title": "Controlled vocabularies and classification", "body": VOCAB_EN},
        },
        {
            "slug": "search-strategy",
            "minutes": 25,
            "required": True,
            "zh": {"title": "国际数据库的检索策略", "body": STRATEGY_ZH},
            "en": {"title": "Search strategy in international databases", "body": STRATEGY_EN},
        },
        {
            "slug": "evaluating-and-exporting",
            "minutes": 20,
            "required": True,
            "zh": {"title": "评价、导出与获取全文", "body": EXPORT_ZH},
            "en": {"title": "Evaluating, exporting and getting the full text", "body": EXPORT_EN},
        },
    ],
}
