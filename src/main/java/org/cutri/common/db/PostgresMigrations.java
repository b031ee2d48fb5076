package org.cutri.common.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * The program's migrations as PostgreSQL runs them (decision 0048). The files in {@code db/migration} are written
 * for H2 and never change once shipped (an office's H2 file checks them by checksum); on PostgreSQL the two things
 * H2 writes its own way are translated as the files are read: a trigger that calls one of the audit's Java classes
 * calls its PL/pgSQL function instead, and {@code CLOB} is {@code TEXT}. {@code db/postgresql} adds what only
 * PostgreSQL needs (those functions), in the same order of versions.
 */
final class PostgresMigrations implements ResourceProvider {

    /** The migrations only PostgreSQL runs. */
    static final String LOCATION = "db/postgresql";

    private static final Pattern JAVA_TRIGGER = Pattern.compile(
            "(CREATE TRIGGER \\w+ (?:BEFORE|AFTER) )([A-Z, ]+?)( ON \\w+ FOR EACH ROW) CALL 'org\\.cutri\\.audit\\.(\\w+)'");
    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b");

    private final ClassLoader loader;

    PostgresMigrations(ClassLoader loader) {
        this.loader = loader;
    }

    /** The versions of every migration PostgreSQL runs, normalized ({@link SchemaCheck#shippedVersions}). */
    static java.util.Set<String> shippedVersions(ClassLoader loader) {
        return SchemaCheck.shippedVersions(loader, SchemaCheck.LOCATION, LOCATION);
    }

    @Override
    public LoadableResource getResource(String name) {
        for (String location : List.of(SchemaCheck.LOCATION, LOCATION)) {
            if (loader.getResource(location + "/" + name) != null) {
                return new Migration(location, name);
            }
        }
        return null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> found = new ArrayList<>();
        for (String location : List.of(SchemaCheck.LOCATION, LOCATION)) {
            for (String name : names(location)) {
                if (name.startsWith(prefix) && endsWithAny(name, suffixes)) {
                    found.add(new Migration(location, name));
                }
            }
        }
        return found;
    }

    private List<String> names(String location) {
        try {
            List<String> names = new ArrayList<>();
            Enumeration<URL> roots = loader.getResources(location);
            while (roots.hasMoreElements()) {
                names.addAll(SchemaCheck.fileNames(roots.nextElement()));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations in " + location, e);
        }
    }

    private static boolean endsWithAny(String name, String[] suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** An H2 migration's text as PostgreSQL runs it. */
    static String translate(String h2) {
        Matcher triggers = JAVA_TRIGGER.matcher(h2);
        StringBuilder out = new StringBuilder();
        while (triggers.find()) {
            String events = String.join(" OR ", triggers.group(2).split("\\s*,\\s*"));
            String function = switch (triggers.group(4)) {
                case "AuditRowTrigger" -> "cutri_audit_row()";
                case "AuditLockTrigger" -> "cutri_audit_lock()";
                default -> throw new IllegalStateException("No PostgreSQL function for the trigger " + triggers.group());
            };
            triggers.appendReplacement(out, Matcher.quoteReplacement(
                    triggers.group(1) + events + triggers.group(3) + " EXECUTE FUNCTION " + function));
        }
        triggers.appendTail(out);
        return CLOB.matcher(out).replaceAll("TEXT");
    }

    private final class Migration extends LoadableResource {

        private final String location;
        private final String name;

        Migration(String location, String name) {
            this.location = location;
            this.name = name;
        }

        @Override
        public Reader read() {
            try (InputStream in = loader.getResourceAsStream(location + "/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Migration not found: " + location + "/" + name);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new StringReader(SchemaCheck.LOCATION.equals(location) ? translate(text) : text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return location + "/" + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return getAbsolutePath();
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
