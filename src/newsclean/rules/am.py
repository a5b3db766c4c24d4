"""Amharic phrase pack: interface strings of Amharic-language news pages (data only).

Amharic is written in the Ethiopic script; a page in it is told by its script when it declares no
language (`newsclean.language`). (Tigrinya, also written in Ethiopic, has no pack: an undeclared
Tigrinya page is guessed Amharic.)"""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="am",
    stopwords=("እና", "ነው", "ላይ", "ውስጥ", "ወደ", "ጋር", "ነበር", "ይህ", "ያ", "እንደ", "ግን", "ደግሞ", "በኋላ",
               "ሲሆን", "ናቸው", "የሆነ", "አለ", "አሉ", "ብለዋል", "ገልጸዋል", "ተናግረዋል", "መሆኑን", "ሁሉ", "ብቻ",
               "እስከ", "ከዚህ", "በዚህ", "ምክንያት", "አሁን"),
    share=("አጋራ", "ያጋሩ", "ሊንክ ቅዳ", "አትም"),
    more=("ተጨማሪ ያንብቡ", "ተጨማሪ", "ሁሉንም ይመልከቱ", "ተጨማሪ ዜናዎች", "ሙሉውን ያንብቡ"),
    lead_ins=("ይህንንም ያንብቡ", "ተዛማጅ ዜናዎች", "ተያያዥ ዜናዎች", "ተዛማጅ ርዕሶች"),
    related=("ተዛማጅ ዜናዎች", "ተያያዥ ዜናዎች", "የቅርብ ጊዜ ዜናዎች", "ብዙ የተነበቡ", "በብዛት የተነበቡ", "ዋና ዋና ዜናዎች",
             "ተዛማጅ ርዕሶች"),
    navigation=("መነሻ", "ዋና ገጽ", "ፈልግ", "ፍለጋ", "ማውጫ", "ግባ", "ውጣ", "ወደ ላይ"),
    newsletter=("ለዜና መጽሔታችን ይመዝገቡ", "ይመዝገቡ"),
    consent=("ኩኪዎችን እንጠቀማለን", "ይህ ድረ-ገጽ ኩኪዎችን ይጠቀማል", "ሁሉንም ተቀበል", "ተቀበል", "አልቀበልም"),
    embed=("ውጫዊ ይዘት",),
    advert=("ማስታወቂያ", "ስፖንሰር የተደረገ"),
    report=("ስህተት ሪፖርት ያድርጉ",),
    # ("ቀጥታ", "direct", alone only where punctuation sets it off in a title)
    live=("ቀጥታ", "በቀጥታ", "ቀጥታ ስርጭት", "የቀጥታ ስርጭት"),
    published=("የታተመ:", "ታትሟል:"),
    updated=("የተሻሻለ:", "ተሻሽሏል:", "መጨረሻ የተሻሻለው:"),
    new_window=("በአዲስ መስኮት ይከፈታል",),
    credit=("ፎቶ", "ምስል", "ምንጭ", "የምስሉ ባለመብት", "የፎቶው ባለቤት"),
    caption=("የምስሉ መግለጫ",),
    labels=("ሰበር ዜና", "አስቸኳይ", "ልዩ", "ትንታኔ", "ቪዲዮ"),
    edited_by=("አርታኢ:",),
    photo_labels=("ፎቶ", "ምስል"),
    roles=("ዘጋቢ", "ጋዜጠኛ", "አዘጋጅ", "ፎቶግራፈር"),
    byline=("ጸሐፊ:", "ዘጋቢ:"),
    rights=("መብቱ በህግ የተጠበቀ ነው", "መብቱ በሕግ የተጠበቀ ነው", "ሁሉም መብቶች የተጠበቁ ናቸው"),
    click=("እዚህ ይጫኑ",),
    legal=("የግላዊነት ፖሊሲ", "ያግኙን", "ስለ እኛ", "የአጠቃቀም ውል"),
    player=("ቪዲዮ",),
    cookie_words=("ኩኪ",),
)
