package org.cutri.cli;

import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.office.OfficeKind;
import org.cutri.province.HeldCommune;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code communes}: at a province office, the communes whose packages it holds, one line each:
 * {@code code<TAB>name<TAB>packages}. At a commune office it says in one line that it is for a province office and
 * exits with {@value CutriCommand#EXIT_USER_ERROR}.
 */
@Command(name = "communes", description = {"Tại văn phòng tỉnh: các xã đã nhận gói, mỗi xã một dòng:",
        "mã xã<TAB>tên xã<TAB>số gói đã nhập."})
class CommunesCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Override
    public Integer call() {
        if (!parent.hasData()) {
            return noneYet();
        }
        try (AppContext context = parent.openContext()) {
            if (context.office().get().officeKind() != OfficeKind.PROVINCE) {
                if (context.office().canImportPackages()) {
                    return noneYet();
                }
                throw new UserException("provinceanswer.communes.notProvince");
            }
            for (HeldCommune commune : context.province().communes()) {
                parent.out().println(commune.code() + "\t" + commune.name() + "\t" + commune.packages());
            }
            return 0;
        }
    }

    /** A new province folder (or server database) that has taken no package yet: nothing to list, no error. */
    private int noneYet() {
        parent.err().println(parent.messages().get("provinceanswer.communes.none"));
        return 0;
    }
}
