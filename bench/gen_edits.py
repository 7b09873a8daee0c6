#!/usr/bin/python3
"""Generates a labeled dev set of newsroom edits at three strengths, in eight scripts.

    /usr/bin/python3 bench/gen_edits.py --stories 40 --seed 1 --out /tmp/ed.jsonl --labels /tmp/ed_labels.jsonl
    build/copydesk dedup /tmp/ed.jsonl --no-reports | /usr/bin/python3 bench/clusters_to_labels.py > /tmp/ed_pred.jsonl
    /usr/bin/python3 bench/score_edits.py /tmp/ed_pred.jsonl /tmp/ed_labels.jsonl

Text is composed from sentence templates and word lists we wrote for each language (English,
Russian, Hindi, Urdu, Arabic, Chinese, Japanese, Thai); nothing is taken from any corpus. Per
language and story: a source article of 8-12 paragraphs, and one copy at each strength:

  light   hard wrapping, quote style, site boilerplate lines
  medium  cut to 60-85%, one paragraph dropped and one of the outlet's own inserted (+ light)
  hard    30-50% kept, the lead rewritten, 3-6 typos, 1-2 paragraphs of 50-90 words from other
          stories inserted, leftover boilerplate

Every copy in a script written without reliable spaces (and in Hindi and Russian) also has 2-3% of
its words gain or lose a space. Distractors (labeled as singletons): a different story on the same
subject (same people and places) that shares three short phrases with the source; a roundup that
quotes the first one or two paragraphs of two stories, at most a quarter of each story's words
(below the 30% a hard copy keeps), never two roundups of the same two stories. Unrelated singles
complete the set.

With --reworded R (off by default; the set is otherwise the same, byte for byte), each story also
gets a fourth copy, "reworded": the whole source with a share R of its words (two-character runs in
Chinese, Japanese and Thai) replaced by words drawn from the language's other articles, as a
paraphrase replaces words in place (docs/quality.md, "Reworded copies").

Labels: {"id", "cluster", "strength", "lang"} per line (cluster null for singletons); strength is
"source", "light", "medium", "hard", "reworded", "distractor", "roundup" or "single".
"""
import argparse
import json
import random

# Per language: people, organisations, places, nouns, verbs (past tense phrases), times, templates,
# boilerplate lines, sentence end, word joiner. Templates use {P} {O} {L} {N} {V} {T} {X}.
LANGS = {
    "en": dict(
        P=["Maria Lopez", "Ahmed Karimi", "Chen Wei", "Olga Petrova", "James Okafor", "Sara Lind",
           "Rahul Mehta", "Yuki Tanaka", "Pedro Alves", "Fatima Noor", "Ivan Sokolov", "Lena Berg"],
        O=["the central bank", "the health ministry", "the port authority", "the football league",
           "the farmers' union", "the state railway", "the energy regulator", "the city council",
           "the teachers' union", "the airline", "the steel company", "the water board"],
        L=["Lisbon", "Karachi", "Nairobi", "Osaka", "Bogota", "Warsaw", "Manila", "Cairo", "Lima",
           "Hanoi", "Accra", "Quito"],
        N=["wheat prices", "the new bridge", "fuel subsidies", "flood defences", "school fees",
           "the budget deficit", "rail fares", "power cuts", "the vaccine programme", "grain exports",
           "housing permits", "the fishing quota", "bus routes", "hospital beds", "the tax rebate"],
        V=["announced a review of", "raised concerns about", "approved a plan for", "criticised",
           "delayed a decision on", "welcomed", "promised to cut", "opened talks on",
           "rejected calls to change", "published figures on"],
        T=["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "early on Friday",
           "at the weekend", "last month", "this week"],
        tpl=["{P} of {O} {V} {N} in {L} {T}", "{O} said {T} that {N} had risen by {X} percent",
             "Officials in {L} {V} {N} after protests {T}", "{P} told reporters that {N} would cost {X} million",
             "According to {O}, {N} fell for the {X}th time", "Critics in {L} said {O} {V} {N} too late",
             "The decision on {N} affects {X} thousand families in {L}",
             "{P} {V} {N}, saying {O} had no choice", "Residents of {L} waited {T} for news on {N}"],
        site=["Share this article", "Advertisement", "Sign up for our newsletter", "Read more",
              "Follow us on social media", "Related stories"],
        end=".", join=" "),
    "ru": dict(
        P=["Мария Лопес", "Ахмед Карими", "Чэнь Вэй", "Ольга Петрова", "Джеймс Окафор",
           "Сара Линд", "Рахул Мехта", "Юки Танака", "Педро Алвес", "Фатима Нур", "Иван Соколов"],
        O=["центральный банк", "министерство здравоохранения", "портовое управление",
           "футбольная лига", "союз фермеров", "государственная железная дорога",
           "энергетический регулятор", "городской совет", "профсоюз учителей", "авиакомпания"],
        L=["Лиссабоне", "Карачи", "Найроби", "Осаке", "Боготе", "Варшаве", "Маниле", "Каире",
           "Лиме", "Ханое", "Аккре"],
        N=["цены на пшеницу", "новый мост", "топливные субсидии", "защиту от наводнений",
           "плату за обучение", "дефицит бюджета", "тарифы на поезда", "отключения электричества",
           "программу вакцинации", "экспорт зерна", "разрешения на жильё", "квоту на вылов рыбы",
           "автобусные маршруты", "больничные койки", "налоговый вычет"],
        V=["объявил о проверке", "выразил сомнения насчёт", "одобрил план на", "раскритиковал",
           "отложил решение про", "приветствовал", "пообещал сократить", "начал переговоры про",
           "отверг призывы изменить", "опубликовал данные про"],
        T=["в понедельник", "во вторник", "поздно в среду", "в четверг", "рано в пятницу",
           "в выходные", "в прошлом месяце", "на этой неделе"],
        tpl=["{P} {V} {N} в {L} {T}", "{O} сообщил {T}, что {N} выросли на {X} процентов",
             "Чиновники в {L} {V} {N} после протестов {T}", "{P} заявил журналистам, что {N} обойдутся в {X} миллионов",
             "По данным ведомства {O}, {N} снизились в {X}-й раз", "Критики в {L} сказали, что {O} {V} {N} слишком поздно",
             "Решение про {N} касается {X} тысяч семей в {L}", "{P} {V} {N}, сказав, что {O} не имел выбора",
             "Жители в {L} ждали {T} новостей про {N}"],
        site=["Поделиться статьёй", "Реклама", "Подпишитесь на нашу рассылку", "Читайте также",
              "Мы в социальных сетях", "Похожие материалы"],
        end=".", join=" "),
    "hi": dict(
        P=["मारिया लोपेज़", "अहमद करीमी", "चेन वेई", "ओल्गा पेत्रोवा", "जेम्स ओकाफ़ोर", "सारा लिंड",
           "राहुल मेहता", "युकी तनाका", "पेद्रो अल्वेस", "फ़ातिमा नूर", "इवान सोकोलोव"],
        O=["केंद्रीय बैंक", "स्वास्थ्य मंत्रालय", "बंदरगाह प्राधिकरण", "फ़ुटबॉल लीग", "किसान संघ",
           "राज्य रेलवे", "ऊर्जा नियामक", "नगर परिषद", "शिक्षक संघ", "विमान कंपनी"],
        L=["लिस्बन", "कराची", "नैरोबी", "ओसाका", "बोगोटा", "वारसॉ", "मनीला", "काहिरा", "लीमा",
           "हनोई", "अक्रा"],
        N=["गेहूं की कीमतों", "नए पुल", "ईंधन सब्सिडी", "बाढ़ सुरक्षा", "स्कूल फ़ीस", "बजट घाटे",
           "रेल किराए", "बिजली कटौती", "टीकाकरण कार्यक्रम", "अनाज निर्यात", "आवास परमिट",
           "मछली पकड़ने के कोटे", "बस मार्गों", "अस्पताल बिस्तरों", "कर छूट"],
        V=["की समीक्षा की घोषणा की", "पर चिंता जताई", "की योजना को मंज़ूरी दी", "की आलोचना की",
           "पर फ़ैसला टाल दिया", "का स्वागत किया", "में कटौती का वादा किया", "पर बातचीत शुरू की",
           "में बदलाव की मांग ठुकरा दी", "के आंकड़े जारी किए"],
        T=["सोमवार को", "मंगलवार को", "बुधवार देर रात", "गुरुवार को", "शुक्रवार सुबह", "सप्ताहांत में",
           "पिछले महीने", "इस सप्ताह"],
        tpl=["{L} में {O} के {P} ने {T} {N} {V}", "{O} ने {T} कहा कि {N} में {X} प्रतिशत की बढ़ोतरी हुई",
             "{L} के अधिकारियों ने विरोध के बाद {T} {N} {V}", "{P} ने पत्रकारों से कहा कि {N} पर {X} करोड़ खर्च होंगे",
             "{O} के अनुसार {N} में {X}वीं बार गिरावट आई", "{L} में आलोचकों ने कहा कि {O} ने देर से {N} {V}",
             "{N} के फ़ैसले से {L} के {X} हज़ार परिवार प्रभावित होंगे", "{P} ने {N} {V} और कहा कि {O} के पास कोई विकल्प नहीं था",
             "{L} के निवासी {T} {N} की खबर का इंतज़ार करते रहे"],
        site=["यह लेख साझा करें", "विज्ञापन", "हमारे न्यूज़लेटर के लिए साइन अप करें", "और पढ़ें",
              "सोशल मीडिया पर हमें फ़ॉलो करें", "संबंधित खबरें"],
        end="।", join=" "),
    "ur": dict(
        P=["ماریا لوپیز", "احمد کریمی", "چن وے", "اولگا پیٹرووا", "جیمز اوکافور", "سارہ لنڈ",
           "راہول مہتا", "یوکی تاناکا", "پیڈرو الویز", "فاطمہ نور", "ایوان سوکولوف"],
        O=["مرکزی بینک", "وزارت صحت", "بندرگاہ اتھارٹی", "فٹبال لیگ", "کسان اتحاد", "ریاستی ریلوے",
           "توانائی ریگولیٹر", "سٹی کونسل", "اساتذہ یونین", "فضائی کمپنی"],
        L=["لزبن", "کراچی", "نیروبی", "اوساکا", "بوگوٹا", "وارسا", "منیلا", "قاہرہ", "لیما", "ہنوئی", "اکرا"],
        N=["گندم کی قیمتوں", "نئے پل", "ایندھن سبسڈی", "سیلاب سے بچاؤ", "اسکول فیسوں", "بجٹ خسارے",
           "ریل کرایوں", "بجلی کی بندش", "ویکسین پروگرام", "اناج کی برآمدات", "رہائشی اجازت ناموں",
           "ماہی گیری کوٹے", "بس روٹس", "اسپتال کے بستروں", "ٹیکس چھوٹ"],
        V=["کا جائزہ لینے کا اعلان کیا", "پر تشویش ظاہر کی", "کے منصوبے کی منظوری دی", "پر تنقید کی",
           "پر فیصلہ مؤخر کر دیا", "کا خیرمقدم کیا", "میں کمی کا وعدہ کیا", "پر مذاکرات شروع کیے",
           "میں تبدیلی کا مطالبہ مسترد کر دیا", "کے اعداد و شمار جاری کیے"],
        T=["پیر کو", "منگل کو", "بدھ کی رات", "جمعرات کو", "جمعہ کی صبح", "ہفتے کے آخر میں", "گزشتہ ماہ", "اس ہفتے"],
        tpl=["{L} میں {O} کے {P} نے {T} {N} {V}", "{O} نے {T} کہا کہ {N} میں {X} فیصد اضافہ ہوا",
             "{L} کے حکام نے احتجاج کے بعد {T} {N} {V}", "{P} نے صحافیوں کو بتایا کہ {N} پر {X} کروڑ خرچ ہوں گے",
             "{O} کے مطابق {N} میں {X}ویں بار کمی آئی", "{L} میں ناقدین نے کہا کہ {O} نے تاخیر سے {N} {V}",
             "{N} کے فیصلے سے {L} کے {X} ہزار خاندان متاثر ہوں گے", "{P} نے {N} {V} اور کہا کہ {O} کے پاس کوئی راستہ نہیں تھا",
             "{L} کے شہری {T} {N} کی خبر کا انتظار کرتے رہے"],
        site=["یہ مضمون شیئر کریں", "اشتہار", "ہمارے نیوز لیٹر کے لیے سائن اپ کریں", "مزید پڑھیں",
              "سوشل میڈیا پر ہمیں فالو کریں", "متعلقہ خبریں"],
        end="۔", join=" "),
    "ar": dict(
        P=["ماريا لوبيز", "أحمد كريمي", "تشن وي", "أولغا بتروفا", "جيمس أوكافور", "سارة ليند",
           "راهول ميهتا", "يوكي تاناكا", "بيدرو ألفيس", "فاطمة نور", "إيفان سوكولوف"],
        O=["البنك المركزي", "وزارة الصحة", "هيئة الميناء", "دوري كرة القدم", "اتحاد المزارعين",
           "السكك الحديدية الحكومية", "هيئة تنظيم الطاقة", "مجلس المدينة", "نقابة المعلمين", "شركة الطيران"],
        L=["لشبونة", "كراتشي", "نيروبي", "أوساكا", "بوغوتا", "وارسو", "مانيلا", "القاهرة", "ليما", "هانوي", "أكرا"],
        N=["أسعار القمح", "الجسر الجديد", "دعم الوقود", "الحماية من الفيضانات", "الرسوم المدرسية",
           "عجز الميزانية", "أسعار تذاكر القطارات", "انقطاع الكهرباء", "برنامج التطعيم", "صادرات الحبوب",
           "تصاريح السكن", "حصة الصيد", "خطوط الحافلات", "أسرة المستشفيات", "الإعفاء الضريبي"],
        V=["أعلن مراجعة", "أبدى قلقه بشأن", "وافق على خطة بشأن", "انتقد", "أرجأ قرارا بشأن", "رحب بـ",
           "تعهد بخفض", "بدأ محادثات حول", "رفض دعوات لتغيير", "نشر أرقاما عن"],
        T=["يوم الاثنين", "يوم الثلاثاء", "مساء الأربعاء", "يوم الخميس", "صباح الجمعة",
           "في عطلة نهاية الأسبوع", "الشهر الماضي", "هذا الأسبوع"],
        tpl=["{P} من {O} {V} {N} في {L} {T}", "قال {O} {T} إن {N} ارتفعت بنسبة {X} في المئة",
             "المسؤولون في {L} {V} {N} بعد احتجاجات {T}", "قال {P} للصحفيين إن {N} ستكلف {X} مليونا",
             "بحسب {O} انخفضت {N} للمرة {X}", "قال منتقدون في {L} إن {O} {V} {N} متأخرا",
             "يؤثر القرار بشأن {N} على {X} ألف أسرة في {L}", "{P} {V} {N} قائلا إن {O} لم يكن أمامه خيار",
             "انتظر سكان {L} {T} أخبارا عن {N}"],
        site=["شارك هذا المقال", "إعلان", "اشترك في نشرتنا الإخبارية", "اقرأ أيضا",
              "تابعنا على وسائل التواصل", "أخبار ذات صلة"],
        end=".", join=" "),
    "zh": dict(
        P=["玛丽亚·洛佩斯", "艾哈迈德·卡里米", "陈伟", "奥尔加·彼得罗娃", "詹姆斯·奥卡福", "萨拉·林德",
           "拉胡尔·梅塔", "田中由纪", "佩德罗·阿尔维斯", "法蒂玛·努尔", "伊万·索科洛夫"],
        O=["中央银行", "卫生部", "港务局", "足球联赛", "农民联合会", "国家铁路", "能源监管机构",
           "市议会", "教师工会", "航空公司"],
        L=["里斯本", "卡拉奇", "内罗毕", "大阪", "波哥大", "华沙", "马尼拉", "开罗", "利马", "河内", "阿克拉"],
        N=["小麦价格", "新大桥", "燃油补贴", "防洪工程", "学费", "预算赤字", "铁路票价", "停电",
           "疫苗计划", "粮食出口", "住房许可", "捕鱼配额", "公交线路", "医院床位", "退税"],
        V=["宣布审查", "对此表示担忧的", "批准了关于", "批评了", "推迟了有关", "欢迎", "承诺削减",
           "启动了关于", "拒绝修改", "公布了有关"],
        T=["周一", "周二", "周三晚间", "周四", "周五早上", "周末", "上个月", "本周"],
        tpl=["{O}的{P}{T}在{L}{V}{N}", "{O}{T}表示{N}上涨了百分之{X}", "{L}官员在抗议之后{T}{V}{N}",
             "{P}对记者说{N}将耗资{X}百万", "据{O}称{N}第{X}次下降", "{L}的批评者说{O}{V}{N}太晚了",
             "关于{N}的决定影响{L}的{X}千个家庭", "{P}{V}{N}并说{O}别无选择", "{L}居民{T}等待{N}的消息"],
        site=["分享本文", "广告", "订阅我们的新闻简报", "阅读更多", "关注我们的社交媒体", "相关新闻"],
        end="。", join=""),
    "ja": dict(
        P=["マリア・ロペス", "アフマド・カリミ", "陳偉", "オリガ・ペトロワ", "ジェームズ・オカフォー", "サラ・リンド",
           "ラフル・メータ", "田中由紀", "ペドロ・アルベス", "ファティマ・ヌール", "イワン・ソコロフ"],
        O=["中央銀行", "厚生省", "港湾局", "サッカーリーグ", "農業組合", "国営鉄道", "エネルギー規制当局",
           "市議会", "教職員組合", "航空会社"],
        L=["リスボン", "カラチ", "ナイロビ", "大阪", "ボゴタ", "ワルシャワ", "マニラ", "カイロ", "リマ", "ハノイ", "アクラ"],
        N=["小麦の価格", "新しい橋", "燃料補助金", "洪水対策", "学費", "財政赤字", "鉄道運賃", "停電",
           "ワクチン計画", "穀物輸出", "住宅許可", "漁獲枠", "バス路線", "病床", "税の還付"],
        V=["の見直しを発表した", "に懸念を示した", "の計画を承認した", "を批判した", "の決定を延期した",
           "を歓迎した", "の削減を約束した", "について協議を始めた", "の変更要求を拒否した", "の数字を公表した"],
        T=["月曜日に", "火曜日に", "水曜日の夜に", "木曜日に", "金曜日の朝に", "週末に", "先月", "今週"],
        tpl=["{O}の{P}氏は{T}{L}で{N}{V}", "{O}は{T}{N}が{X}パーセント上昇したと述べた",
             "{L}の当局は抗議を受けて{T}{N}{V}", "{P}氏は記者団に{N}には{X}百万かかると語った",
             "{O}によると{N}は{X}回目の下落となった", "{L}の批判者は{O}が{N}{V}のは遅すぎたと述べた",
             "{N}に関する決定は{L}の{X}千世帯に影響する", "{P}氏は{N}{V}うえで{O}には選択肢がなかったと述べた",
             "{L}の住民は{T}{N}の知らせを待った"],
        site=["この記事を共有する", "広告", "ニュースレターに登録", "続きを読む", "ソーシャルメディアでフォロー", "関連記事"],
        end="。", join=""),
    "th": dict(
        P=["มาเรีย โลเปซ", "อาหมัด คาริมี", "เฉินเว่ย", "โอลกา เปโตรวา", "เจมส์ โอกาฟอร์", "ซารา ลินด์",
           "ราหุล เมห์ตา", "ยูกิ ทานากะ", "เปโดร อัลเวส", "ฟาติมา นูร์", "อีวาน โซโคลอฟ"],
        O=["ธนาคารกลาง", "กระทรวงสาธารณสุข", "การท่าเรือ", "ลีกฟุตบอล", "สหภาพเกษตรกร", "การรถไฟแห่งรัฐ",
           "หน่วยงานกำกับพลังงาน", "สภาเมือง", "สหภาพครู", "สายการบิน"],
        L=["ลิสบอน", "การาจี", "ไนโรบี", "โอซากา", "โบโกตา", "วอร์ซอ", "มะนิลา", "ไคโร", "ลิมา", "ฮานอย", "อักกรา"],
        N=["ราคาข้าวสาลี", "สะพานใหม่", "เงินอุดหนุนน้ำมัน", "ระบบป้องกันน้ำท่วม", "ค่าเล่าเรียน", "การขาดดุลงบประมาณ",
           "ค่าโดยสารรถไฟ", "ไฟฟ้าดับ", "โครงการวัคซีน", "การส่งออกธัญพืช", "ใบอนุญาตที่อยู่อาศัย", "โควตาการประมง",
           "เส้นทางรถประจำทาง", "เตียงโรงพยาบาล", "การคืนภาษี"],
        V=["ประกาศทบทวน", "แสดงความกังวลเรื่อง", "อนุมัติแผนเกี่ยวกับ", "วิจารณ์", "เลื่อนการตัดสินใจเรื่อง",
           "ยินดีกับ", "สัญญาว่าจะลด", "เริ่มเจรจาเรื่อง", "ปฏิเสธข้อเรียกร้องให้เปลี่ยน", "เผยแพร่ตัวเลขเรื่อง"],
        T=["เมื่อวันจันทร์", "เมื่อวันอังคาร", "เมื่อคืนวันพุธ", "เมื่อวันพฤหัสบดี", "เมื่อเช้าวันศุกร์",
           "ช่วงสุดสัปดาห์", "เมื่อเดือนที่แล้ว", "ในสัปดาห์นี้"],
        tpl=["{P}จาก{O}{V}{N}ที่{L}{T}", "{O}กล่าว{T}ว่า{N}เพิ่มขึ้นร้อยละ{X}", "เจ้าหน้าที่ใน{L}{V}{N}หลังการประท้วง{T}",
             "{P}บอกผู้สื่อข่าวว่า{N}จะใช้เงิน{X}ล้าน", "ตามข้อมูลของ{O}{N}ลดลงเป็นครั้งที่{X}",
             "ผู้วิจารณ์ใน{L}กล่าวว่า{O}{V}{N}ช้าเกินไป", "การตัดสินใจเรื่อง{N}กระทบ{X}พันครอบครัวใน{L}",
             "{P}{V}{N}โดยกล่าวว่า{O}ไม่มีทางเลือก", "ชาวเมือง{L}รอข่าวเรื่อง{N}{T}"],
        site=["แชร์บทความนี้", "โฆษณา", "สมัครรับจดหมายข่าว", "อ่านเพิ่มเติม", "ติดตามเราบนโซเชียลมีเดีย", "ข่าวที่เกี่ยวข้อง"],
        end=" ", join=""),
}
# Syllables per script, for the names each story invents (people, places, firms): stories differ
# by their names and figures as real ones do, not only by the template words they draw.
SYLLABLES = {
    "en": "ka to ri men sa lo ver an ti pol gra de us ex mor tra ne mi co ral fin ber ga on".split(),
    "ru": "ка то ри мен са ло вер ан ти пол гра де ус ек мор тра не ми ко рал фин бер га он".split(),
    "hi": "क तो री मेन स लो वर अन ति पोल ग्रा दे उस एक मोर त्रा ने मि को रल फ़िन बेर गा ओन".split(),
    "ur": "کا تو ری من سا لو ور ان تی پول گرا دے اس ایک مور ترا نے می کو رل فن بر گا اون".split(),
    "ar": "كا تو ري من سا لو فر ان تي بول غرا دي اس اك مور ترا ني مي كو رال فين بر غا ون".split(),
    "zh": "卡 托 里 门 萨 洛 韦 安 蒂 波 格 德 乌 克 莫 特 内 米 科 拉 芬 贝 加 翁".split(),
    "ja": "カ ト リ メン サ ロ ヴェ アン ティ ポル グラ デ ウ ク モ トラ ネ ミ コ ラル フィン ベル ガ オン".split(),
    "th": "กา โต ริ เมน ซา โล เวอร์ อัน ติ โพล กรา เด อุส เอก มอร์ ตรา เน มิ โค รัล ฟิน เบอร์ กา ออน".split(),
}

# Scripts whose copies gain or lose spaces between outlets.
SPACING = {"ru", "hi", "ur", "ar", "zh", "ja", "th"}


class Lang:
    def __init__(self, code):
        self.code = code
        self.d = LANGS[code]

    def words(self, text):
        """Rough word count: spaced scripts by spaces, the others by characters / 2."""
        if self.d["join"] == " ":
            return len(text.split())
        return sum(1 for ch in text if not ch.isspace()) // 2

    def sentence(self, rng, focus):
        tpl = rng.choice(self.d["tpl"])
        out = tpl
        for slot in "POLNVT":
            while "{%s}" % slot in out:
                pool = focus.get(slot) if rng.random() < 0.8 and focus.get(slot) else self.d[slot]
                out = out.replace("{%s}" % slot, rng.choice(pool), 1)
        while "{X}" in out:
            out = out.replace("{X}", str(rng.randint(2, 95)), 1)
        return out[0].upper() + out[1:] + self.d["end"]

    def paragraph(self, rng, focus, n=None):
        n = n or rng.randint(2, 4)
        sep = "" if self.d["join"] == "" and self.code != "th" else " "
        return sep.join(self.sentence(rng, focus) for _ in range(n)).strip()

    def name(self, rng, parts):
        syl = SYLLABLES[self.code]
        words = ["".join(rng.choice(syl) for _ in range(rng.randint(2, 3))) for _ in range(parts)]
        if self.code == "en" or self.code == "ru":
            words = [w.capitalize() for w in words]
        return ("\u30fb" if self.code == "ja" else "·" if self.code == "zh" else " ").join(words)

    def focus(self, rng):
        # Two of each from the lists, and three invented names of each kind.
        f = {k: rng.sample(self.d[k], 2) for k in "POLN"}
        f["P"] += [self.name(rng, 2) for _ in range(3)]
        f["L"] += [self.name(rng, 1) for _ in range(3)]
        return f

    def article(self, rng, focus):
        return [self.paragraph(rng, focus) for _ in range(rng.randint(8, 12))]


def wrap(text, width=60):
    out, line = [], ""
    for w in text.split(" "):
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n".join(out)


def respace(rng, lang, text, rate):
    """Makes `rate` of the words gain or lose a space."""
    if lang.d["join"] == " ":
        ws = text.split(" ")
        out = []
        for w in ws:
            r = rng.random()
            if r < rate / 2 and out:
                out[-1] += w  # lost space
            elif r < rate and len(w) >= 4:
                k = rng.randint(1, len(w) - 1)
                out += [w[:k], w[k:]]  # gained space
            else:
                out.append(w)
        return " ".join(out)
    # No spaces between words: insert a space after ~rate/2 of the characters (two characters a
    # word), and drop an existing space at the same rate.
    out = []
    for ch in text:
        if ch == " " and rng.random() < 0.5:
            continue
        out.append(ch)
        if not ch.isspace() and rng.random() < rate / 2:
            out.append(" ")
    return "".join(out)


def typos(rng, text, n):
    chars = list(text)
    for _ in range(n):
        i = rng.randrange(1, max(2, len(chars) - 2))
        if chars[i].isspace() or chars[i + 1].isspace():
            continue
        if rng.random() < 0.5:
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        else:
            del chars[i]
    return "".join(chars)


def trim_words(lang, text, lo, hi, rng):
    """Returns a slice of `text` of lo..hi words (spaced scripts) or 2*lo..2*hi characters."""
    if lang.d["join"] == " ":
        ws = text.split(" ")
        return " ".join(ws[: rng.randint(lo, hi)])
    return text[: 2 * rng.randint(lo, hi)]


def light(rng, lang, paras):
    p = list(paras)
    if rng.random() < 0.7:
        p = [x.replace("\u201c", '"').replace("\u201d", '"') for x in p]
        p = ["\u00ab" + x + "\u00bb" if i == 2 else x for i, x in enumerate(p)]
    p = rng.sample(lang.d["site"], 2) + p + rng.sample(lang.d["site"], 2)
    if lang.d["join"] == " " and rng.random() < 0.5:
        return "\n".join(wrap(x) for x in p)
    return "\n\n".join(p)


def medium(rng, lang, paras, focus):
    p = list(paras)
    keep = max(3, round(len(p) * rng.uniform(0.6, 0.85)))
    p = p[:keep]
    del p[rng.randrange(1, len(p))]
    p.insert(rng.randint(1, len(p)), lang.paragraph(rng, focus, 2))
    return light(rng, lang, p)


def hard(rng, lang, paras, focus, foreign):
    p = list(paras)
    total = sum(lang.words(x) for x in p)
    share = rng.uniform(0.3, 0.5)
    # Keep paragraphs after the lead until the share is reached; maybe drop one in the middle.
    kept, count = [], 0
    for x in p[1:]:
        if count >= share * total:
            break
        kept.append(x)
        count += lang.words(x)
    if len(kept) > 3 and rng.random() < 0.5:
        del kept[rng.randrange(1, len(kept) - 1)]
    kept = [lang.paragraph(rng, focus, 2)] + kept  # the rewritten lead
    for f in foreign:
        kept.insert(rng.randint(1, len(kept)), f)
    text = "\n\n".join(kept)
    text = typos(rng, text, rng.randint(3, 6))
    site = lang.d["site"]
    return rng.choice(site) + "\n\n" + text + "\n\n" + rng.choice(site)


def reword(rng, lang, paras, rate, pool):
    """Replaces `rate` of the words (2-character runs where words are not spaced) in place."""
    out = []
    for p in paras:
        if lang.d["join"] == " ":
            out.append(" ".join(rng.choice(pool) if rng.random() < rate else w for w in p.split(" ")))
        else:
            runs = [p[i:i + 2] for i in range(0, len(p), 2)]
            out.append("".join(rng.choice(pool) if rng.random() < rate else r for r in runs))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=40, help="stories per language")
    ap.add_argument("--singles", type=int, default=20, help="unrelated articles per language")
    ap.add_argument("--langs", default=",".join(LANGS))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--reworded", type=float, default=0,
                    help="also a reworded copy of each story, this share of its words replaced (0: none)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--labels", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as out, open(a.labels, "w", encoding="utf-8") as lab:
        def emit(aid, text, cluster, strength, code):
            out.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
            lab.write(json.dumps({"id": aid, "cluster": cluster, "strength": strength, "lang": code}) + "\n")

        for code in a.langs.split(","):
            lang = Lang(code)
            stories = []
            for s in range(a.stories):
                focus = lang.focus(rng)
                stories.append((focus, lang.article(rng, focus)))
            roundup_pairs = set()
            # The reworded copies draw from their own generator: the rest of the set is the same.
            rw_rng = random.Random("%d-%s-reworded" % (a.seed, code))
            if lang.d["join"] == " ":
                pool = [w for _, paras in stories for p in paras for w in p.split(" ")]
            else:
                pool = [p[i:i + 2] for _, paras in stories for p in paras for i in range(0, len(p) - 1, 2)]
            for s, (focus, paras) in enumerate(stories):
                sid = "%s-s%03d" % (code, s)
                emit(sid, "\n\n".join(paras), sid, "source", code)
                rate = rng.uniform(0.02, 0.03) if code in SPACING else 0
                copies = {
                    "light": light(rng, lang, paras),
                    "medium": medium(rng, lang, paras, focus),
                }
                others = [o for o in range(a.stories) if o != s]
                foreign = [trim_words(lang, rng.choice(stories[o][1][1:]), 50, 90, rng)
                           for o in rng.sample(others, rng.randint(1, 2))]
                copies["hard"] = hard(rng, lang, paras, focus, foreign)
                if a.reworded > 0:
                    copies["reworded"] = "\n\n".join(reword(rw_rng, lang, paras, a.reworded, pool))
                for strength, text in copies.items():
                    if rate:
                        text = respace(rw_rng if strength == "reworded" else rng, lang, text, rate)
                    emit("%s-%s" % (sid, strength), text, sid, strength, code)
                # A different story on the same subject, sharing three short phrases.
                if s % 2 == 0:
                    other = lang.article(rng, focus)
                    for _ in range(3):
                        src = rng.choice(paras)
                        phrase = trim_words(lang, src, 4, 6, rng)
                        i = rng.randrange(len(other))
                        other[i] = other[i] + lang.d["join"] + phrase + lang.d["end"]
                    emit("%s-d%03d" % (code, s), "\n\n".join(other), None, "distractor", code)
                # A roundup quoting the first one or two paragraphs of two stories: at most a
                # quarter of each story's words (a hard copy keeps 30-50%: a roundup quoting more
                # with another story's paragraphs is a hard copy by the definitions), and no two
                # roundups of the same two stories (they would be copies of each other).
                if s % 3 == 0:
                    o = rng.choice([x for x in others if frozenset((s, x)) not in roundup_pairs])
                    roundup_pairs.add(frozenset((s, o)))
                    body = [lang.paragraph(rng, lang.focus(rng), 1)]
                    k = rng.randint(1, 2)
                    for story in (paras, stories[o][1]):
                        q = k
                        while q > 1 and sum(map(lang.words, story[:q])) > 0.25 * sum(map(lang.words, story)):
                            q -= 1
                        body += story[:q]
                    emit("%s-r%03d" % (code, s), "\n\n".join(body), None, "roundup", code)
            for u in range(a.singles):
                emit("%s-u%03d" % (code, u), "\n\n".join(lang.article(rng, lang.focus(rng))), None, "single", code)


if __name__ == "__main__":
    main()
