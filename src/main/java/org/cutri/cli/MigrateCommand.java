package org.cutri.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.cutri.common.UserException;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerCopy;
import org.cutri.common.db.ServerLogin;
import org.cutri.common.i18n.Messages;
import org.cutri.common.task.TaskMonitor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code migrate --to postgresql://HOST:PORT/DB --db-user USER}: copies the data of the data folder (a province that
 * began on one PC) into an empty PostgreSQL database, checks every table's rows there, and leaves the data file as
 * it was (decision 0048). The server account's password comes from {@code CUTRI_DB_PASSWORD}, or the first line of
 * input with {@code --password-stdin} (then a protected data file's password from {@code CUTRI_PASSWORD}).
 */
@Command(name = "migrate", description = {
        "Chép toàn bộ dữ liệu của thư mục dữ liệu sang một cơ sở dữ liệu PostgreSQL còn trống (Văn phòng tỉnh),",
        "kiểm tra số dòng từng bảng; tệp dữ liệu trên máy giữ nguyên."})
class MigrateCommand implements Callable<Integer> {

    @ParentCommand
    private CutriCommand parent;

    @Option(names = "--to", required = true, paramLabel = "postgresql://HOST:PORT/DB",
            description = "Cơ sở dữ liệu PostgreSQL đích, còn trống.")
    private String to;

    @Override
    public Integer call() {
        Messages messages = parent.messages();
        if (parent.onServer()) {
            throw new UserException("migrate.fromServer");
        }
        ServerAddress target = ServerAddress.parse(to);
        String user = parent.dbUser();
        if (user == null || user.isBlank()) {
            throw new UserException("db.server.noUser");
        }
        DataPassword serverPassword = parent.serverPassword();
        try (ServerLogin login = new ServerLogin(user, serverPassword);
                DataPassword filePassword = parent.filePasswordFromEnvironment()) {
            ServerCopy.Copied copied = ServerCopy.copy(parent.dataFolder(), filePassword, target, login,
                    TaskMonitor.NONE);
            for (Map.Entry<String, Long> table : copied.rows().entrySet()) {
                if (table.getValue() > 0) {
                    parent.out().println(table.getKey() + "\t" + table.getValue());
                }
            }
            parent.out().println(messages.get("migrate.done", copied.total(), copied.rows().size(), target,
                    parent.dataFolder()));
            return 0;
        }
    }
}
