"""Chinese phrase pack: interface strings of Chinese-language news pages (data only).

Traditional (Taiwan, Hong Kong) and simplified (mainland, Singapore) spellings are both listed:
pages declare "zh-TW", "zh-Hant", "zh-CN" alike and the base code is "zh". Chinese is written
without spaces, so stopwords cannot tell it (`language.guess_language` reads the Han script
instead); the stopwords listed are its most frequent function words, which match only where a
page happens to set them off with spaces."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="zh",
    stopwords=("的", "了", "是", "在", "和", "也", "有", "不", "這", "这", "他", "她", "我們", "我们", "表示", "以及",
               "但", "就", "都", "將", "将", "與", "与", "對", "对", "為", "为", "並", "并", "等", "已", "於", "于"),
    share=("分享", "分享至", "分享到", "分享到facebook", "分享到line", "複製連結", "复制链接", "連結已複製",
           "链接已复制", "列印", "打印", "轉寄", "转发"),
    more=("更多", "看更多", "查看更多", "閱讀更多", "阅读更多", "載入更多", "加载更多", "顯示更多", "显示更多",
          "繼續閱讀", "继续阅读", "閱讀全文", "阅读全文", "看全文", "更多新聞", "更多新闻"),
    lead_ins=("延伸閱讀", "延伸阅读", "相關新聞", "相关新闻", "相關報導", "相关报道", "推薦閱讀", "推荐阅读",
              "看更多", "你可能也想看", "猜你喜歡", "猜你喜欢"),
    related=("熱門新聞", "热门新闻", "熱門", "最新新聞", "最新新闻", "即時新聞", "即时新闻", "相關新聞", "相关新闻",
             "排行榜", "點閱排行", "熱門文章", "热门文章", "編輯推薦", "编辑推荐"),
    navigation=("跳到主要內容", "跳到主要内容", "跳至主要內容", "首頁", "首页", "登入", "登录", "登出", "退出",
                "註冊", "注册", "搜尋", "搜索", "選單", "菜单", "回到頂端", "返回顶部", "會員中心", "会员中心"),
    newsletter=("訂閱電子報", "订阅电子报", "訂閱新聞", "订阅新闻", "免費訂閱", "免费订阅"),
    consent=("本網站使用cookie", "本网站使用cookie", "我們使用cookie", "我们使用cookie", "cookie設定",
             "全部接受", "全部拒絕", "全部拒绝", "我同意", "同意"),
    embed=("外部內容", "外部内容", "內容無法顯示", "内容无法显示"),
    advert=("廣告", "广告", "贊助", "赞助", "贊助內容", "赞助内容", "合作內容", "推廣", "推广"),
    report=("錯誤回報", "错误回报", "新聞爆料", "我要爆料", "回報錯誤"),
    live=("直播", "live", "即時更新", "即时更新", "文字直播", "最新進度", "最新进展"),
    published=("發布時間", "发布时间", "發布時間:", "發布於", "发布于", "刊登日期"),
    updated=("更新時間", "更新时间", "最後更新", "最后更新", "更新於", "更新于", "更新"),
    new_window=("在新視窗開啟", "在新窗口打开", "另開新視窗"),
    credit=("圖", "图", "圖片", "图片", "攝影", "摄影", "圖片來源", "图片来源", "資料照", "资料照"),
    caption=("圖說", "图说"),
    labels=("快訊", "快讯", "突發", "突发", "置頂", "置顶", "分析", "獨家", "独家", "最新"),
    edited_by=("編輯:", "编辑:", "責任編輯:", "责任编辑:", "責任編輯", "责任编辑"),
    photo_labels=("圖", "图", "圖片", "图片", "攝影", "摄影", "資料照", "资料照"),
    roles=("记者", "記者", "特派员", "特派員", "通讯员", "通訊員", "主编", "主編", "实习记者", "實習記者", "摄影记者", "攝影記者"),
    byline=("記者", "记者", "文:", "撰文:", "作者:"),
    rights=("版權所有", "版权所有", "不得轉載", "不得转载", "未經授權不得轉載", "未经授权不得转载"),
    click=("點我看", "按此", "點此", "点此", "點擊這裡", "点击这里"),
    legal=("隱私權政策", "隐私政策", "服務條款", "服务条款", "聯絡我們", "联系我们", "關於我們", "关于我们",
           "廣告刊登", "著作權聲明", "使用條款"),
    stamp_words=("發布時間", "发布时间", "更新時間", "更新时间", "更新", "發布", "发布"),
)

# words that close a picture credit in brackets after the photographer's name ("（記者張嘉明攝）":
# "photographed by reporter ..."), read by `text_credits.split_suffixed`
CREDIT_SUFFIXES = ("攝", "摄", "攝影", "摄影")
