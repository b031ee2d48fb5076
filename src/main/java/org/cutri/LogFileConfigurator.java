package org.cutri;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;

/**
 * The program's log, set up in code: {@code cutri.log} in the folder named by {@code cutri.log.dir} (the
 * launcher sets it to the data folder's {@code logs}; else {@code ~/.cutri/logs}), five files of 5 MB kept,
 * INFO and above, Flyway and H2 from WARN. Logback finds this class as a service before it looks for
 * an XML file: reading and interpreting {@code logback.xml} (an XML parser and Logback's configuration
 * model, about 300 classes) was a fifth of a second of processor time on every start
 * (docs/decisions/0017-start-up-work-and-grouping-garbage.md).
 *
 * <p>A configuration file still wins when one is given: {@code -Dlogback.configurationFile=…}, or a
 * {@code logback-test.xml} on the class path (the tests' console log).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {

    /** The system property naming the log folder. */
    public static final String FOLDER_PROPERTY = "cutri.log.dir";
    /**
     * The layout of each line. Values quoted in library messages (H2 names the key of a duplicate, the text of a
     * value too long) are masked: the log keeps ids and SQL, never an opinion's text, code or a name.
     */
    static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - "
            + "%replace(%msg){\"'[^'\r\n]+'\", \"'…'\"}%n%replace(%ex){\"'[^'\r\n]+'\", \"'…'\"}%nopex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogFileConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configureFile(context, System.getProperty(FOLDER_PROPERTY, System.getProperty("user.home") + "/.cutri/logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sends the log to {@code cutri.log} in this folder (rolled over at 5 MB, five old files kept). */
    public static void configureFile(LoggerContext context, String folder) {
        // Logback's own problems (a log folder it cannot create) are not printed on standard output: the console
        // belongs to the command's output and its one-line messages (docs/hostile-cases.md).
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/cutri.log");
        file.setEncoder(encoder);

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder + "/cutri.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(5);
        rolling.start();
        file.setRollingPolicy(rolling);

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("5MB"));
        trigger.start();
        file.setTriggeringPolicy(trigger);
        file.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.h2").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
