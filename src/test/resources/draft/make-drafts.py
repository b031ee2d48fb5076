# Writes the two invented drafts used by DraftReaderTest as HTML; LibreOffice turns them into .docx:
#   python3 make-drafts.py && soffice --headless --convert-to 'docx:MS Word 2007 XML' du-thao-de-muc.html du-thao-danh-so.html
import unicodedata, html
# (level, label, heading, body paragraphs)
S = [
 (1,"PHẦN THỨ NHẤT","ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NHIỆM KỲ 2020–2025",["Nhiệm kỳ 2020–2025, Đảng bộ xã lãnh đạo thực hiện Nghị quyết Đại hội trong bối cảnh có nhiều thuận lợi, khó khăn đan xen."]),
 (2,"I.","KẾT QUẢ ĐẠT ĐƯỢC",[]),
 (3,"1.","Về phát triển kinh tế",["Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 8,2%/năm, vượt chỉ tiêu Nghị quyết đề ra."]),
 (4,"a)","Sản xuất nông nghiệp",["Diện tích lúa chất lượng cao đạt 620 ha; hình thành 3 cánh đồng lớn liên kết tiêu thụ.","- Chăn nuôi chuyển dần sang gia trại, trang trại bảo đảm an toàn sinh học."]),
 (4,"b)","Công nghiệp, tiểu thủ công nghiệp và dịch vụ",["Làng nghề mây tre đan được duy trì; dịch vụ thương mại phát triển khá."]),
 (4,"c)","Xây dựng nông thôn mới",["Xã giữ vững chuẩn nông thôn mới nâng cao; 100% đường trục thôn được cứng hóa; các thôn đều có nhà văn hóa đạt chuẩn, thiết chế văn hóa được phát huy; thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng, tăng 1,6 lần so với đầu nhiệm kỳ; tỷ lệ hộ nghèo giảm còn 1,2%."]),
 (3,"2.","Về văn hóa – xã hội",[]),
 (4,"a)","Giáo dục và đào tạo",["Cả 3 trường đạt chuẩn quốc gia mức độ 1."]),
 (4,"b)","Y tế, dân số",["Trạm y tế xã duy trì chuẩn quốc gia; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,4%."]),
 (4,"c)","Văn hóa, thông tin, thể thao",["Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được hưởng ứng rộng rãi."]),
 (3,"3.","Về quốc phòng, an ninh",["Hoàn thành 100% chỉ tiêu giao quân; an ninh chính trị, trật tự an toàn xã hội được giữ vững."]),
 (3,"4.","Về công tác xây dựng Đảng và hệ thống chính trị",[]),
 (4,"a)","Công tác chính trị, tư tưởng",["Việc học tập, quán triệt các nghị quyết của Đảng được thực hiện nghiêm túc."]),
 (4,"b)","Công tác tổ chức, cán bộ",["Kết nạp 46 đảng viên mới, đạt 115% chỉ tiêu."]),
 (4,"c)","Công tác kiểm tra, giám sát",["Ủy ban Kiểm tra Đảng ủy thực hiện 12 cuộc kiểm tra, 9 cuộc giám sát."]),
 (4,"d)","Công tác dân vận; Mặt trận Tổ quốc và các đoàn thể",["Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phát huy vai trò tập hợp, đoàn kết Nhân dân."]),
 (2,"II.","HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN",[]),
 (3,"1.","Hạn chế, yếu kém",["Chuyển dịch cơ cấu kinh tế còn chậm; thu hút đầu tư còn hạn chế."]),
 (3,"2.","Nguyên nhân",["Nguyên nhân chủ quan là chủ yếu."]),
 (2,"III.","BÀI HỌC KINH NGHIỆM",["Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ."]),
 (1,"PHẦN THỨ HAI","PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025–2030",[]),
 (2,"I.","DỰ BÁO TÌNH HÌNH",["Tình hình thế giới, trong nước tiếp tục có nhiều diễn biến phức tạp."]),
 (2,"II.","MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU",[]),
 (3,"1.","Mục tiêu tổng quát",["Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát triển kinh tế nhanh, bền vững."]),
 (3,"2.","Các chỉ tiêu chủ yếu",[]),
 (4,"2.1.","Chỉ tiêu về kinh tế",["Tốc độ tăng giá trị sản xuất bình quân 8,5%/năm trở lên."]),
 (4,"2.2.","Chỉ tiêu về văn hóa – xã hội",["Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa từ 92% trở lên."]),
 (4,"2.3.","Chỉ tiêu về môi trường",["100% rác thải sinh hoạt được thu gom, xử lý."]),
 (4,"2.4.","Chỉ tiêu về xây dựng Đảng",["Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ."]),
 (2,"III.","NHIỆM VỤ VÀ GIẢI PHÁP",[]),
 (3,"1.","Phát triển kinh tế nhanh và bền vững",[]),
 (4,"a)","Nông nghiệp ứng dụng công nghệ cao",["Hình thành vùng sản xuất rau an toàn 50 ha."]),
 (4,"b)","Thương mại, dịch vụ",["Nâng cấp chợ trung tâm xã."]),
 (3,"2.","Phát triển văn hóa, xã hội; chăm lo đời sống Nhân dân",["Thực hiện tốt chính sách an sinh xã hội."]),
 (3,"3.","Bảo đảm quốc phòng, an ninh",["Xây dựng thế trận quốc phòng toàn dân gắn với thế trận an ninh Nhân dân."]),
 (3,"4.","Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh",["Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng."]),
 (3,"5.","Phát huy quyền làm chủ của Nhân dân và sức mạnh khối đại đoàn kết toàn dân tộc",["Thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”."]),
 (2,"IV.","CÁC KHÂU ĐỘT PHÁ",[]),
 (3,"1.","Đột phá về hạ tầng giao thông nông thôn",["Cứng hóa 100% đường ngõ xóm."]),
 (3,"2.","Đột phá về chuyển đổi số",["Đưa các thủ tục hành chính lên môi trường số."]),
 (1,"","KẾT LUẬN",["Đại hội kêu gọi toàn thể cán bộ, đảng viên và Nhân dân trong xã đoàn kết, phát huy truyền thống, thực hiện thắng lợi Nghị quyết Đại hội."]),
]
PRE = ["ÐẢNG BỘ XÃ TÂN PHÚC", "DỰ THẢO", "BÁO CÁO CHÍNH TRỊ",
       "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ KHÓA I TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ II, NHIỆM KỲ 2025–2030",
       "Đại hội đại biểu Đảng bộ xã lần thứ II, nhiệm kỳ 2025–2030 diễn ra trong bối cảnh cả nước tổ chức đại hội đảng bộ các cấp."]

def odd(level_label, text):
    # odd real text: Ð for Đ in one heading, decomposed accents in another
    if text == "Y tế, dân số": return unicodedata.normalize("NFD", text)
    if text == "Công tác dân vận; Mặt trận Tổ quốc và các đoàn thể": return text.replace("Đ","Ð")
    if text == "Đột phá về chuyển đổi số": return text.replace("Đ","Ð")
    return text
E = html.escape
def head(title):
    return '<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body>\n' % E(title)
def styled():
    out=[head("Du thao co de muc")]
    for p in PRE[:-1]: out.append('<p align="center"><b>%s</b></p>' % E(p))
    out.append('<p>%s</p>' % E(PRE[-1]))
    for lv,lab,h,body in S:
        t = (lab+" "+odd(lab,h)).strip()
        out.append('<h%d>%s</h%d>' % (lv,E(t),lv))
        for b in body: out.append('<p>%s</p>' % E(b))
    out.append('<table border="1"><tr><td>Chỉ tiêu</td><td>Năm 2025</td></tr><tr><td>Thu nhập bình quân</td><td>72 triệu đồng</td></tr></table>')
    out.append('</body></html>')
    return "\n".join(out)
def numbered():
    out=[head("Du thao danh so")]
    for p in PRE[:-1]: out.append('<p align="center"><b>%s</b></p>' % E(p))
    out.append('<p>%s</p>' % E(PRE[-1]))
    for lv,lab,h,body in S:
        h2=odd(lab,h)
        if lab.startswith("PHẦN"):
            out.append('<p align="center"><b>%s</b></p>' % E(lab))
            out.append('<p align="center"><b>%s</b></p>' % E(h2))
        elif lab=="c)" and h=="Xây dựng nông thôn mới":
            out.append('<p><b>%s %s:</b> %s</p>' % (E(lab),E(h2),E(body[0])))
            continue
        elif lab=="a)" and h=="Sản xuất nông nghiệp":
            out.append('<p><i>%s %s</i></p>' % (E(lab),E(h2)))
        elif lab=="":
            out.append('<p align="center"><b>%s</b></p>' % E(h2))
        else:
            out.append('<p><b>%s %s</b></p>' % (E(lab),E(h2)))
        for b in body: out.append('<p>%s</p>' % E(b))
    out.append('</body></html>')
    return "\n".join(out)
import sys
if __name__ == "__main__":
  open("du-thao-de-muc.html","w",encoding="utf-8").write(styled())
  open("du-thao-danh-so.html","w",encoding="utf-8").write(numbered())
  print(len(S))
