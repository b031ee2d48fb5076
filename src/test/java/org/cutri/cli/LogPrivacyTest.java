package org.cutri.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.cutri.common.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

import java.util.Iterator;

import org.cutri.LogFileConfigurator;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.StatusUtil;

/**
 * The log file may be sent to a technician: a failed write is logged with its SQL and ids, never with the
 * opinion's text, its code or a name; the log folder and file are readable by the user only. Uses the
 * product's own log set-up ({@link LogFileConfigurator}).
 */
class LogPrivacyTest {

    private static final String SECRET_TEXT = "Ông Trần Văn Bí Mật phản ánh chuyện riêng";
    private static final String SECRET_CODE = "BM-0042";

    @TempDir
    Path temp;

    private static LoggerContext productLogging(Path logs) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogFileConfigurator.configureFile(context, logs.toString());
        return context;
    }

    @Test
    void aFailedWriteIsLoggedWithoutTheOpinionsTextOrCodeInAFileOnlyTheUserCanRead() throws Exception {
        Path logs = temp.resolve("data").resolve("logs");
        CutriCommand.prepareLogFolder(logs);
        LoggerContext logging = productLogging(logs);
        Logger log = logging.getLogger("org.cutri.cli.CutriCommand");

        try (Database database = Database.open(temp.resolve("data"))) {
            database.jdbi().useHandle(h -> h.execute("INSERT INTO hamlet (name, name_key, kind) VALUES (?, ?, 'THON')",
                    SECRET_TEXT, SECRET_CODE));
            assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.createUpdate(
                    "INSERT INTO hamlet (name, name_key, kind) VALUES (:name, :key, 'THON')")
                    .bind("name", SECRET_TEXT).bind("key", SECRET_CODE).execute()))
                    .satisfies(e -> log.error("Command failed", e));
        } finally {
            logging.stop();
        }

        String written = Files.readString(logs.resolve("cutri.log"), StandardCharsets.UTF_8);
        assertThat(written).contains("Command failed").contains("INSERT INTO hamlet")
                .doesNotContain(SECRET_CODE).doesNotContain(SECRET_TEXT).doesNotContain("Bí Mật");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs.resolve("cutri.log"))))
                .isEqualTo("rw-------");
    }

    /**
     * Standard output belongs to the command's results: the log has no console appender, and Logback's own
     * problems (a log folder it cannot create) are not printed there (a status listener is set, so Logback does
     * not fall back to printing its status).
     */
    @Test
    void loggingNeverWritesToStandardOutput() {
        LoggerContext context = productLogging(temp.resolve("logs"));
        try {
            Iterator<Appender<ILoggingEvent>> appenders = context.getLogger(Logger.ROOT_LOGGER_NAME)
                    .iteratorForAppenders();
            assertThat(appenders).toIterable().isNotEmpty().noneMatch(ConsoleAppender.class::isInstance);
            assertThat(StatusUtil.contextHasStatusListener(context)).isTrue();
        } finally {
            context.stop();
        }
    }
}
