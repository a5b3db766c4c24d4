"""Japanese phrase pack: interface strings of Japanese-language news pages (data only).

Japanese is written without spaces, so stopwords cannot tell it (`language.guess_language` reads
kana instead); the stopwords listed are its most frequent particles and endings, which match only
where a page happens to set them off with spaces."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="ja",
    stopwords=("の", "に", "は", "を", "た", "が", "で", "て", "と", "し", "も", "ある", "いる", "する", "から", "こと",
               "として", "など", "ない", "この", "その", "ため", "よう", "また", "です", "ます", "した", "これ",
               "それ", "について"),
    share=("シェア", "共有", "シェアする", "リンクをコピー", "urlをコピー", "リンクをコピーしました", "印刷",
           "ツイート", "ポスト", "xでポスト", "x（旧twitter）でポスト", "facebookでシェア", "lineで送る",
           "lineでシェア", "はてなブックマーク"),
    more=("もっと見る", "続きを読む", "さらに読み込む", "すべて見る", "一覧を見る", "記事を読む", "全文を読む",
          "次へ", "前へ", "もっと読む"),
    lead_ins=("関連記事", "あわせて読みたい", "こちらもおすすめ", "おすすめ記事", "関連ニュース", "合わせて読みたい"),
    related=("アクセスランキング", "よく読まれている記事", "よく読まれている", "ランキング", "最新ニュース",
             "関連記事", "関連ニュース", "注目ニュース", "人気記事", "新着記事"),
    navigation=("本文へスキップ", "メインコンテンツへスキップ", "本文へ", "ホーム", "トップ", "ログイン",
                "ログアウト", "会員登録", "検索", "メニュー", "ページの先頭へ", "ページトップへ", "マイページ"),
    newsletter=("ニュースレター登録", "メールマガジン登録", "メルマガ登録", "ニュースレターを受け取る",
                "この記事は有料記事です", "有料会員になると", "有料会員限定"),
    consent=("クッキーを使用しています", "cookieを使用しています", "クッキーの設定", "cookie設定",
             "すべて同意する", "すべて許可", "すべて拒否", "同意する"),
    embed=("外部コンテンツ", "このコンテンツは表示できません"),
    advert=("広告", "pr", "スポンサーリンク", "スポンサー", "提供", "広告の後に記事が続きます"),
    report=("誤りを報告", "ご意見・ご感想", "記事へのご意見"),
    live=("ライブ", "ライブ中継", "生中継", "速報中", "live", "ライブ更新"),
    published=("公開", "公開日", "公開日時", "配信", "配信日時", "掲載日", "投稿日"),
    updated=("更新", "更新日", "更新日時", "最終更新", "最終更新日"),
    new_window=("新しいウィンドウで開く", "別ウィンドウで開きます", "新しいタブで開く"),
    credit=("写真", "画像", "提供", "出典", "撮影"),
    caption=("キャプション",),
    labels=("速報", "ニュース速報", "ピン留め", "解説", "分析", "独自", "スクープ"),
    edited_by=("編集:", "編集部:"),
    photo_labels=("写真", "画像", "撮影"),
    roles=("記者", "特派員", "編集委員", "論説委員", "支局長", "通信員"),
    byline=("文:", "執筆:", "記者:", "取材・文:", "著者:"),
    rights=("無断転載を禁じます", "無断転載禁止", "著作権は", "all rights reserved"),
    click=("こちら", "こちらをクリック", "ここをクリック"),
    legal=("プライバシーポリシー", "利用規約", "お問い合わせ", "会社概要", "サイトマップ", "個人情報保護方針",
           "著作権について", "広告掲載"),
    stamp_words=("公開", "更新", "配信", "最終更新"),
)

# words that close a picture credit in brackets after the photographer's name ("（記者張嘉明攝）":
# "photographed by reporter ..."), read by `text_credits.split_suffixed`
CREDIT_SUFFIXES = ("撮影",)
