package org.cutri;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/** The log file the program writes, set up in code as {@code logback.xml} did before. */
class LogFileConfiguratorTest {

    @TempDir
    Path folder;

    @Test
    void linesGoToCutriLogInTheFolderFromInfoAndFlywayAndH2FromWarn() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        LogFileConfigurator.configureFile(context, folder.toString());
        Logger app = context.getLogger("org.cutri.minutes.MinutesService");
        app.debug("not written");
        app.info("Đã lưu biên bản {}", 12);
        context.getLogger("org.flywaydb.core.Flyway").info("flyway chatter");
        context.getLogger("org.h2.engine").warn("h2 warning");
        context.stop();

        List<String> lines = Files.readAllLines(folder.resolve("cutri.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+\\] "
                + "org\\.cutri\\.minutes\\.MinutesService - Đã lưu biên bản 12");
        assertThat(lines.get(1)).endsWith("WARN  [" + Thread.currentThread().getName() + "] org.h2.engine - h2 warning");
    }

    @Test
    void aConfigurationFileStillWinsLikeTheTestsConsoleLog() {
        LogFileConfigurator configurator = new LogFileConfigurator();
        LoggerContext context = new LoggerContext();
        configurator.setContext(context);

        assertThat(getClass().getClassLoader().getResource("logback-test.xml")).isNotNull();
        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
    }
}
