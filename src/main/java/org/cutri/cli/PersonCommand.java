package org.cutri.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.common.UserException;
import org.cutri.person.EraseResult;
import org.cutri.person.PersonPlace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code person find NAME}: every place the name is stored (case and diacritics ignored), one a line:
 * {@code table<TAB>row<TAB>role<TAB>text}. {@code person erase NAME --yes}: erases it where a voter's name may be
 * erased, lists the places kept (office holders) and compacts the database file.
 */
@Command(name = "person", description = "Dữ liệu cá nhân: tìm hoặc xóa tên một người.",
        subcommands = {PersonCommand.Find.class, PersonCommand.Erase.class})
class PersonCommand {

    @ParentCommand
    private CutriCommand parent;

    private static void print(CutriCommand root, List<PersonPlace> places) {
        for (PersonPlace place : places) {
            root.out().println(place.table() + "." + place.column() + "\t" + place.reference() + "\t"
                    + root.messages().label(place.kind()) + "\t" + place.text().replaceAll("\\s+", " "));
        }
    }

    @Command(name = "find", description = "Tìm mọi chỗ lưu tên (không phân biệt hoa thường, có dấu hay không): "
            + "bảng.cột<TAB>dòng<TAB>vai trò<TAB>nội dung.")
    static class Find implements Callable<Integer> {

        @ParentCommand
        private PersonCommand person;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "Tên cần tìm.")
        private List<String> name;

        @Override
        public Integer call() {
            try (AppContext context = person.parent.openContext()) {
                print(person.parent, context.persons().find(String.join(" ", name)));
                return 0;
            }
        }
    }

    @Command(name = "erase", description = "Xóa tên một người khỏi các ý kiến (ý kiến vẫn giữ, không ghi tên); "
            + "tên đại biểu, chủ trì, thư ký chỉ được sửa. Cần --yes.")
    static class Erase implements Callable<Integer> {

        @ParentCommand
        private PersonCommand person;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "Tên cần xóa.")
        private List<String> name;

        @Option(names = "--yes", description = "Xác nhận xóa (không thể hoàn tác).")
        private boolean yes;

        @Override
        public Integer call() {
            CutriCommand root = person.parent;
            try (AppContext context = root.openContext()) {
                if (!yes) {
                    print(root, context.persons().find(String.join(" ", name)));
                    throw new UserException("cli.person.confirm");
                }
                EraseResult result = context.persons().erase(String.join(" ", name));
                root.out().println(root.messages().get("cli.person.erased", result.erased()));
                if (!result.kept().isEmpty()) {
                    root.out().println(root.messages().get("cli.person.kept", result.kept().size()));
                    print(root, result.kept());
                }
                return 0;
            }
        }
    }
}
