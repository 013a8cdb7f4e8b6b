package io.github.govreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project version and the git commit the command was built from, e.g.
 * {@code govreport 0.1.0-SNAPSHOT (commit 1a2b3c4)}. Both are filtered into {@code version.properties}
 * at build time (the commit by git-commit-id-maven-plugin, see cli/pom.xml), so the line is the same
 * from the jar and from {@code target/classes}; a build outside a git checkout says {@code commit unknown}.
 */
final class VersionProvider implements IVersionProvider {

    static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {line(properties)};
    }

    /** The version line of the properties {@code version} and {@code commit}. */
    static String line(Properties properties) {
        return "govreport " + value(properties, "version", "(unknown version)")
                + " (commit " + value(properties, "commit", UNKNOWN) + ")";
    }

    /** A property, or the fallback when it is missing or was never filtered (still reads ${…}). */
    private static String value(Properties properties, String key, String fallback) {
        String value = properties.getProperty(key, "").strip();
        return value.isEmpty() || value.contains("${") ? fallback : value;
    }
}
