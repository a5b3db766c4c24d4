"""Korean phrase pack: interface strings of Korean-language news pages (data only).

Korean spaces its words (eojeol) but glues particles to them, so stopwords are the free-standing
words news prose repeats; pages that declare no language are also told by their Hangul script
(`language.guess_language`)."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="ko",
    # (the only pack in Hangul)
    stopwords=("있다", "있는", "이", "그", "및", "등", "것으로", "것이다", "밝혔다", "했다", "한다", "대한", "위해",
               "또", "이번", "지난", "수", "것", "더", "말했다", "전했다", "했다고", "있다고", "통해", "따르면",
               "중", "후", "한"),
    share=("공유", "공유하기", "기사 공유", "링크 복사", "url 복사", "링크가 복사되었습니다", "인쇄", "프린트",
           "페이스북 공유", "카카오톡 공유"),
    more=("더보기", "더 보기", "기사 더보기", "전체보기", "전체 보기", "계속 읽기", "기사 원문 보기", "이전 기사",
          "다음 기사"),
    lead_ins=("관련기사", "관련 기사", "함께 보면 좋은 기사", "이 기사와 함께 많이 본 뉴스", "추천 기사"),
    related=("많이 본 뉴스", "가장 많이 본 뉴스", "많이 본 기사", "최신 뉴스", "실시간 인기 기사", "관련 뉴스",
             "관련기사", "주요 뉴스", "랭킹 뉴스"),
    navigation=("본문 바로가기", "본문으로 바로가기", "주메뉴 바로가기", "홈", "로그인", "로그아웃", "회원가입",
                "검색", "메뉴", "전체메뉴", "맨 위로", "구독"),
    newsletter=("뉴스레터 구독", "뉴스레터 신청", "뉴스레터를 구독하세요"),
    consent=("쿠키를 사용합니다", "이 웹사이트는 쿠키를 사용합니다", "쿠키 설정", "모두 허용", "모두 거부", "동의합니다"),
    embed=("외부 콘텐츠", "콘텐츠를 불러올 수 없습니다"),
    advert=("광고", "advertisement", "후원", "제휴 콘텐츠"),
    report=("오류 신고", "기사 오류 제보", "제보하기"),
    live=("라이브", "생중계", "실시간", "live"),
    published=("입력", "입력:", "등록", "등록:", "송고", "송고시간", "기사입력"),
    updated=("수정", "수정:", "업데이트", "최종수정", "최종 수정"),
    new_window=("새 창에서 열림", "새창 열림", "새 창 열기"),
    credit=("사진", "그래픽", "자료사진", "출처", "영상"),
    caption=("사진 설명",),
    labels=("속보", "1보", "2보", "단독", "고정", "분석", "종합", "긴급", "해설"),
    edited_by=("편집:", "편집자:"),
    photo_labels=("사진", "그래픽", "자료사진"),
    byline=("글:", "취재:", "기자:"),
    rights=("무단 전재 및 재배포 금지", "무단전재 및 재배포 금지", "무단 전재-재배포, ai 학습 및 활용 금지",
            "저작권자", "all rights reserved"),
    click=("여기를 클릭하세요", "클릭하세요", "바로가기"),
    legal=("개인정보처리방침", "개인정보 처리방침", "이용약관", "청소년보호정책", "회사소개", "고객센터",
           "광고문의", "저작권 정책", "제휴문의"),
    stamp_words=("입력", "수정", "송고", "업데이트", "기사입력", "최종수정"),
)
