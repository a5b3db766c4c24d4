"""Vietnamese phrase pack: interface strings of Vietnamese-language news pages (data only).

Vietnamese writes a space between syllables, so most phrases are several words."""
from .phrases import PhrasePack

PACK = PhrasePack(
    language="vi",
    # (the only pack in Vietnamese: frequent syllables with its diacritics)
    stopwords=("và", "của", "các", "là", "được", "có", "không", "những", "cho", "người", "này", "với", "đã",
               "trong", "một", "khi", "để", "từ", "đến", "theo", "cũng", "sẽ", "nhưng", "đang", "tại", "về",
               "năm", "nhiều", "ông", "bà", "sau", "nói"),
    share=("chia sẻ", "chia sẻ bài viết", "chia sẻ lên facebook", "sao chép liên kết", "sao chép link",
           "đã sao chép", "in bài viết", "in bài"),
    more=("xem thêm", "đọc thêm", "xem tiếp", "tải thêm", "xem tất cả", "đọc tiếp", "xem toàn bộ",
          "tin khác", "xem chi tiết"),
    lead_ins=("xem thêm", "đọc thêm", "tin liên quan", "bài liên quan", "có thể bạn quan tâm"),
    related=("đọc nhiều", "đọc nhiều nhất", "xem nhiều nhất", "tin mới nhất", "tin liên quan",
             "có thể bạn quan tâm", "tin nổi bật", "mới nhất"),
    navigation=("trang chủ", "đăng nhập", "đăng xuất", "đăng ký", "tìm kiếm", "chuyển đến nội dung",
                "tài khoản của tôi", "lên đầu trang", "menu"),
    newsletter=("đăng ký nhận bản tin", "nhận bản tin", "đăng ký nhận tin"),
    consent=("chúng tôi sử dụng cookie", "trang web này sử dụng cookie", "cài đặt cookie", "chấp nhận tất cả",
             "từ chối tất cả", "đồng ý"),
    embed=("nội dung bên ngoài", "nội dung không khả dụng"),
    advert=("quảng cáo", "tài trợ", "nội dung tài trợ", "bài viết được tài trợ"),
    report=("báo lỗi", "gửi góp ý", "phản hồi"),
    live=("trực tiếp", "đang diễn ra", "tường thuật trực tiếp"),
    published=("đăng lúc", "đăng ngày", "xuất bản", "đăng:"),
    updated=("cập nhật", "cập nhật lúc", "cập nhật:", "cập nhật lần cuối"),
    new_window=("mở trong cửa sổ mới", "mở trong tab mới"),
    credit=("ảnh", "nguồn", "video", "đồ họa"),
    caption=("chú thích ảnh",),
    labels=("Nóng", "Tin nóng", "Ghim", "Đã ghim", "Phân tích", "Quan trọng", "Độc quyền",
            "Bình luận"),
    edited_by=("biên tập:", "biên tập viên:"),
    photo_labels=("ảnh", "đồ họa"),
    player=("xem", "phát", "video"),
    byline=("theo", "bài:", "tác giả:", "phóng viên:", "nhóm phóng viên"),
    rights=("bản quyền thuộc về", "giữ toàn quyền", "ghi rõ nguồn khi phát hành lại"),
    click=("bấm vào đây", "nhấn vào đây", "click vào đây"),
    legal=("điều khoản sử dụng", "chính sách bảo mật", "liên hệ", "liên hệ quảng cáo", "giới thiệu",
           "quy định bảo mật"),
    stamp_words=("cập nhật", "đăng", "lúc", "ngày", "giờ"),
)
