package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.province.TrustedKey;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code keys}: the communes whose keys the province trusts, one line each:
 * {@code code<TAB>commune<TAB>fingerprint<TAB>trusted at<TAB>by<TAB>FIRST_PACKAGE|RETRUST}.
 */
@Command(name = "keys", description = {"Các xã mà văn phòng tỉnh đã tin khóa, mỗi xã một dòng:",
        "mã xã<TAB>tên xã<TAB>mã khóa<TAB>lúc tin<TAB>người tin<TAB>FIRST_PACKAGE (gói đầu) hoặc RETRUST (tin lại)."})
class KeysCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            for (TrustedKey key : context.trustedKeys().list()) {
                parent.out().println(key.communeCode() + "\t" + (key.communeName() == null ? "" : key.communeName())
                        + "\t" + key.fingerprint() + "\t" + key.trustedAt().withNano(0) + "\t" + key.trustedBy() + "\t"
                        + key.how());
            }
            return 0;
        }
    }
}
