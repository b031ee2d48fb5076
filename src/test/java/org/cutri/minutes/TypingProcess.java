package org.cutri.minutes;

import java.nio.file.Path;
import java.util.List;

import org.cutri.app.AppContext;
import org.cutri.opinion.Opinion;
import org.cutri.opinion.OpinionDraft;
import org.cutri.testing.TestContexts;

/**
 * A second program for {@link CrashWhileTypingTest}: opens the data, stores opinions one by one as the minutes
 * screen does (insert at once, then the typed text), prints "saved N" after each, then keeps typing a fourth
 * opinion until it is killed.
 */
public final class TypingProcess {

    /** The opinions typed before the crash, with their exact Vietnamese text. */
    public static final List<String> TEXTS = List.of(
            "Đề nghị sửa đường liên thôn đoạn qua xóm Bến bị sụt lún",
            "Nước sạch bị đục vào mùa mưa, đề nghị kiểm tra đường ống",
            "Phản ánh điện áp yếu giờ cao điểm ở cuối xóm; đề nghị Điện lực thay dây");

    private TypingProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int meetingId = Integer.parseInt(args[1]);
        AppContext context = TestContexts.open(folder);
        for (int i = 0; i < TEXTS.size(); i++) {
            Opinion started = context.opinions().add(meetingId, OpinionDraft.of(""));
            context.opinions().update(started.id(), started.version(), OpinionDraft.of(TEXTS.get(i)));
            System.out.println("saved " + (i + 1));
            System.out.flush();
        }
        Opinion typing = context.opinions().add(meetingId, OpinionDraft.of(""));
        StringBuilder text = new StringBuilder("Đang gõ ý kiến thứ tư");
        while (true) {
            text.append(" tiếp");
            if (text.length() > 3000) {
                text.setLength(20);
            }
            typing = context.opinions().update(typing.id(), typing.version(), OpinionDraft.of(text.toString()));
        }
    }
}
