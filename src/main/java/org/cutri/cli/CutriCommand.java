package org.cutri.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.cutri.app.AppContext;
import org.cutri.app.CutriApplication;
import org.cutri.common.UserException;
import org.cutri.common.db.DataFolder;
import org.cutri.common.db.DataPassword;
import org.cutri.common.db.Database;
import org.cutri.common.db.ServerAddress;
import org.cutri.common.db.ServerConnection;
import org.cutri.common.db.ServerLogin;
import org.cutri.common.i18n.Messages;
import org.cutri.common.io.FilePermissions;
import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cutri [--data-dir DIR] [COMMAND]}. Without a command it opens the window; every command runs
 * without a window or display. Errors are one Vietnamese line on stderr and a non-zero exit, never a
 * stack trace (that goes to the log file in the data folder).
 */
@Command(name = "cutri", mixinStandardHelpOptions = true, versionProvider = CutriCommand.Version.class,
        sortOptions = false,
        description = {"cutri: tiếp xúc cử tri — the voter-contact office of a commune Front.",
                "Không có lệnh: mở cửa sổ chương trình. Without a command: opens the window."},
        subcommands = {DemoCommand.class, CheckCommand.class, HamletsCommand.class, ImportCommand.class,
                MinutesCommand.class, SearchCommand.class,
                RoundsCommand.class, MeetingsCommand.class, ScheduleCommand.class, PackageCommand.class,
                SimilarCommand.class, ReportCommand.class, ProtectCommand.class, UnprotectCommand.class,
                AuditCommand.class, PersonCommand.class, KeyCommand.class, KeysCommand.class,
                BackupCommand.class, BackupsCommand.class, RestoreCommand.class, AnswersCommand.class,
                CommunesCommand.class, DocumentsCommand.class,
                SentimentCommand.class,
                ConferencesCommand.class, ConferenceCommand.class,
                DueCommand.class, PlansCommand.class, PlanCommand.class,
                DraftsCommand.class, MigrateCommand.class})
public class CutriCommand implements Callable<Integer> {

    /** Exit code of an error the user can act on (bad input, data in use). */
    public static final int EXIT_USER_ERROR = 2;
    /** Exit code of an unexpected failure. */
    public static final int EXIT_FAILURE = 1;
    /** Where Logback writes ({@code logback.xml} reads it). */
    private static final String LOG_DIR_PROPERTY = "cutri.log.dir";

    @Spec
    private CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Thư mục dữ liệu (mặc định: biến CUTRI_DATA hoặc thư mục của người dùng).")
    private String dataDir;

    @Option(names = "--password-stdin", scope = CommandLine.ScopeType.INHERIT,
            description = "Đọc mật khẩu bảo vệ dữ liệu từ dòng đầu của đầu vào chuẩn (hoặc đặt biến môi trường"
                    + " CUTRI_PASSWORD).")
    private boolean passwordStdin;

    @Option(names = "--database", paramLabel = "postgresql://HOST:PORT/DB", scope = CommandLine.ScopeType.INHERIT,
            description = "Dữ liệu trên máy chủ PostgreSQL (Văn phòng tỉnh) thay cho tệp dữ liệu trên máy.")
    private String database;

    @Option(names = "--db-user", paramLabel = "USER", scope = CommandLine.ScopeType.INHERIT,
            description = "Tài khoản trên máy chủ dữ liệu; mật khẩu từ biến CUTRI_DB_PASSWORD hoặc --password-stdin.")
    private String dbUser;

    /** The environment variable a command reads the data's password from. */
    public static final String PASSWORD_VARIABLE = "CUTRI_PASSWORD";
    /** The environment variable a command reads the database server account's password from. */
    public static final String DB_PASSWORD_VARIABLE = "CUTRI_DB_PASSWORD";

    private final Messages messages = Messages.forSystem();
    private Map<String, String> environment = System.getenv();
    private InputStream input = System.in;
    private BufferedReader inputLines;
    /** The first line of standard input once read ({@code --password-stdin}). */
    private Optional<String> firstLine;

    @Override
    public Integer call() {
        if (database != null) {
            CutriApplication.launchWindow(dataFolder(), server());
        } else {
            CutriApplication.launchWindow(dataFolder());
        }
        return 0;
    }

    /** True when there is data to open: the data folder's file, or a database server given. */
    public boolean hasData() {
        return database != null || Files.exists(dataFolder().resolve(Database.FILE_NAME + Database.FILE_SUFFIX));
    }

    /** True when the data is on a PostgreSQL server ({@code --database}). */
    public boolean onServer() {
        return database != null;
    }

    /**
     * The server and account given with {@code --database} and {@code --db-user}, with the account's password from
     * {@code --password-stdin} or {@value #DB_PASSWORD_VARIABLE}.
     */
    ServerConnection server() {
        ServerAddress address = ServerAddress.parse(database);
        if (dbUser == null || dbUser.isBlank()) {
            throw new UserException("db.server.noUser");
        }
        return new ServerConnection(address, new ServerLogin(dbUser, serverPassword()));
    }

    /** The account named with {@code --db-user}, or null. */
    String dbUser() {
        return dbUser;
    }

    /**
     * The server account's password: the first line of input with {@code --password-stdin}, else
     * {@value #DB_PASSWORD_VARIABLE}; null when neither gives one.
     */
    DataPassword serverPassword() {
        return passwordStdin ? password() : Optional.ofNullable(environment.get(DB_PASSWORD_VARIABLE))
                .filter(p -> !p.isEmpty()).map(DataPassword::of).orElse(null);
    }

    /** The data file's password from {@value #PASSWORD_VARIABLE} (when the server's is read from the input), or null. */
    DataPassword filePasswordFromEnvironment() {
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : DataPassword.of(fromEnvironment);
    }

    /**
     * The data folder chosen on the command line, by the environment or by default; a user error when the
     * name given is empty or cannot be a path on this system.
     */
    public Path dataFolder() {
        return DataFolder.resolve(dataDir == null ? null : DataFolder.parse(dataDir));
    }

    /** Opens the data for a command, with the password of protected data ({@link #password}). */
    public AppContext openContext() {
        if (database == null) {
            // The server kept in the window's "Máy chủ dữ liệu" screen, when this folder has one.
            java.util.Optional<org.cutri.common.db.ServerSettings> saved =
                    org.cutri.common.db.ServerSettings.read(dataFolder());
            if (saved.isPresent()) {
                database = saved.get().address().toString();
                dbUser = dbUser == null ? saved.get().user() : dbUser;
            }
        }
        if (database != null) {
            ServerConnection server = server();
            try (ServerLogin login = server.login()) {
                return AppContext.openServer(dataFolder(), server.address(), login, messages);
            } catch (UserException e) {
                if (server.login().password().isEmpty()
                        && org.cutri.common.db.ServerDatabase.LOGIN_REFUSED.equals(e.key())) {
                    // No password given at all: say where a command takes it from, not that it was wrong.
                    throw new UserException(e, "db.server.passwordNeeded", server.address(), server.login().user());
                }
                throw e;
            }
        }
        try (DataPassword password = password()) {
            return AppContext.open(dataFolder(), messages, password).backingUpOnClose();
        }
    }

    /**
     * The password of the data: the first line of standard input with {@code --password-stdin}, else the
     * environment variable {@value #PASSWORD_VARIABLE}; null when neither gives one.
     */
    DataPassword password() {
        if (passwordStdin) {
            // The first line is the data's password: read once, given again to whoever asks (restore asks twice).
            if (firstLine == null) {
                firstLine = nextInputLine();
            }
            return firstLine.map(DataPassword::of).orElse(null);
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isEmpty() ? null : DataPassword.of(fromEnvironment);
    }

    /**
     * The password of a backup being restored: with {@code --password-stdin} the next line when there is one (a
     * backup made under an older password than the data's), else the password that opened the data; else the
     * environment variable {@value #PASSWORD_VARIABLE}.
     */
    DataPassword backupPassword() {
        if (passwordStdin) {
            DataPassword first = password();
            Optional<String> next = nextInputLine();
            if (next.isPresent() && first != null) {
                first.close();
            }
            return next.map(DataPassword::of).orElse(first);
        }
        return password();
    }

    /** The next line of standard input (without its line end), if there is one. */
    Optional<String> nextInputLine() {
        try {
            if (inputLines == null) {
                inputLines = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            }
            String line = inputLines.readLine();
            return Optional.ofNullable(line);
        } catch (IOException e) {
            throw new UserException(e, "cli.password.unreadable");
        }
    }

    public Messages messages() {
        return messages;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Runs the command line with the process's streams. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command line; output and errors go to the given streams (tests pass their own). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err, System.getenv());
    }

    /** The same with this standard input and these environment variables (tests pass their own). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
            Map<String, String> environment) {
        prepareLogging(args);
        if (opensWindowOnly(args)) {
            // The usual start (a double-click): no command to parse, so the window opens without building
            // the command line's model; the log is set up meanwhile on its own thread (see docs/decisions/0012).
            Thread logging = new Thread(LoggerFactory::getILoggerFactory, "cutri-log-setup");
            logging.setDaemon(true);
            logging.start();
            CutriApplication.launchWindow(dataDirArgument(args));
            return 0;
        }
        CutriCommand root = new CutriCommand();
        root.input = in;
        root.environment = Map.copyOf(environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        addHelpOption(commandLine);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(errWriter);
        commandLine.setExecutionExceptionHandler((error, cmd, parsed) -> {
            UserException user = UserException.find(error);
            if (user != null) {
                LoggerFactory.getLogger(CutriCommand.class).warn("Command refused: {}", user.getMessage(), user);
                errWriter.println(root.messages.of(user));
                return EXIT_USER_ERROR;
            }
            LoggerFactory.getLogger(CutriCommand.class).error("Command failed", error);
            errWriter.println(root.messages.get("cli.error.unexpected", logFolder(args)));
            return EXIT_FAILURE;
        });
        commandLine.setParameterExceptionHandler((error, cmdArgs) -> {
            LoggerFactory.getLogger(CutriCommand.class).info("Command line refused: {}", error.getMessage());
            errWriter.println(usageError(root.messages, error));
            error.getCommandLine().usage(errWriter);
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine.execute(args);
    }

    /** Every subcommand answers {@code --help} (and {@code -h} where free) with its usage, as the program itself does. */
    private static void addHelpOption(CommandLine line) {
        for (CommandLine sub : line.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                String[] names = spec.findOption("-h") == null ? new String[] {"-h", "--help"} : new String[] {"--help"};
                spec.addOption(CommandLine.Model.OptionSpec.builder(names).usageHelp(true)
                        .description("Cách dùng lệnh này.").build());
            }
            addHelpOption(sub);
        }
    }

    /**
     * What is wrong with the command line, in Vietnamese (picocli's own words are English): the options missing,
     * the words not understood, or the option whose value is wrong.
     */
    static String usageError(Messages messages, CommandLine.ParameterException error) {
        if (error instanceof CommandLine.MissingParameterException missing && missing.getMissing().size() > 1
                && missing.getMissing().get(0).group() != null && missing.getMissing().get(0).group().exclusive()) {
            return messages.get("cli.error.missingOneOf", missing.getMissing().stream().map(CutriCommand::named)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (error instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return messages.get("cli.error.missing", missing.getMissing().stream().map(CutriCommand::named)
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (error instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return messages.get("cli.error.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (error.getArgSpec() != null) {
            return messages.get("cli.error.value", named(error.getArgSpec()));
        }
        return messages.get("cli.error.usage");
    }

    private static String named(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option
                ? option.longestName() + (option.arity().max > 0 ? "=" + option.paramLabel() : "")
                : spec.paramLabel();
    }

    /**
     * Logs go to {@code logs/} in the data folder; set before the first logger is made. The folder is made
     * readable by the user only before Logback writes into it. A folder that cannot be named or made is
     * reported by the command itself, with one line: the log then goes nowhere.
     */
    private static void prepareLogging(String[] args) {
        if (System.getProperty(LOG_DIR_PROPERTY) != null) {
            return;
        }
        Path logs = logFolder(args);
        prepareLogFolder(logs);
        System.setProperty(LOG_DIR_PROPERTY, logs.toString());
    }

    /** Makes the log folder (0700) and the log file (0600) before Logback opens it; a failure is left to the command. */
    static void prepareLogFolder(Path logs) {
        try {
            FilePermissions.createFolders(logs);
            Path log = logs.resolve("cutri.log");
            if (!Files.exists(log)) {
                Files.createFile(log);
            }
            try (var files = Files.list(logs)) {
                files.forEach(FilePermissions::userOnly);
            }
        } catch (IOException | RuntimeException e) {
            // Nothing to tell yet: opening the data in this folder fails and says why.
        }
    }

    /**
     * {@code logs} in the data folder once it holds the data; else (a folder named for the first time, a dry run,
     * a refused package, a folder given that is no usable path) in the usual folder: a command that stores nothing
     * leaves the folder given to it as it was, without even a log.
     */
    static Path logFolder(String[] args) {
        Path folder;
        try {
            folder = DataFolder.resolve(dataDirArgument(args));
        } catch (RuntimeException e) {
            folder = DataFolder.resolve(null);
        }
        if (folder.toString().indexOf(';') >= 0) {
            // Refused as a data folder (DataFolder.prepare): nothing is made there, not even the log.
            folder = DataFolder.resolve(null);
        }
        if (!Files.isRegularFile(folder.resolve(Database.FILE_NAME + Database.FILE_SUFFIX))) {
            folder = DataFolder.resolve(null);
        }
        return folder.resolve("logs");
    }

    /** The folder given with {@code --data-dir DIR} or {@code --data-dir=DIR}, else null; a user error if unusable. */
    private static Path dataDirArgument(String[] args) {
        String dir = null;
        for (int i = 0; i < args.length; i++) {
            if ("--data-dir".equals(args[i]) && i + 1 < args.length) {
                dir = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                dir = args[i].substring("--data-dir=".length());
            }
        }
        return dir == null ? null : DataFolder.parse(dir);
    }

    /**
     * True for no arguments or only {@code --data-dir DIR} / {@code --data-dir=DIR} with a usable path: the
     * window, no command. Anything else goes through the command line, which explains what is wrong.
     */
    static boolean opensWindowOnly(String[] args) {
        boolean plain = args.length == 0
                || args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()
                || args.length == 2 && "--data-dir".equals(args[0]) && !args[1].startsWith("-");
        try {
            return plain && (args.length == 0 || dataDirArgument(args) != null);
        } catch (UserException e) {
            return false;
        }
    }

    /** The program's version, from the build. */
    public static String version() {
        try (InputStream in = CutriCommand.class.getResourceAsStream("/cutri-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cutri " + version()};
        }
    }
}
