package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The NOTICE file at the repository root names every jar the command runs with (what
 * {@code target/lib} holds after {@code mvn package}) and carries the NOTICE text of each.
 * The jars are read from {@code target/runtime-dependencies.txt}, which the build writes before
 * the tests ({@code dependency:list}, runtime scope), and from {@code target/lib} when it is there.
 */
class NoticeTest {

    private static final Path NOTICE = Path.of("../NOTICE");
    private static final Path DEPENDENCY_LIST = Path.of("target/runtime-dependencies.txt");
    private static final Path LIB = Path.of("target/lib");

    /** {@code groupId:artifactId:type[:classifier]:version:scope}, as dependency:list writes it. */
    private static final Pattern DEPENDENCY = Pattern.compile(
            "^\\s+([^:\\s]+):([^:\\s]+):([^:\\s]+)(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime)\\b.*");

    private static String notice;
    private static Set<String> jars;

    @BeforeAll
    static void read() throws IOException {
        notice = normalise(Files.readString(NOTICE, StandardCharsets.UTF_8));
        jars = new TreeSet<>(jarNamesFromList());
        if (Files.isDirectory(LIB)) {
            try (Stream<Path> files = Files.list(LIB)) {
                files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).forEach(jars::add);
            }
        }
    }

    @Test
    void everyJarOfTheCommandIsNamed() {
        assertThat(jars).as("the jars of the command").hasSizeGreaterThan(40)
                .anyMatch(jar -> jar.startsWith("picocli-")).anyMatch(jar -> jar.startsWith("govreport-core-"));
        List<String> missing = jars.stream().filter(jar -> !notice.contains("  " + jar + "  ")).toList();
        assertThat(missing).as("jars not named in NOTICE (add a line with the licence of each)").isEmpty();
    }

    @Test
    void theNoticeOfEveryJarIsCarried() throws IOException {
        List<String> checked = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String name : List.of("META-INF/NOTICE", "META-INF/NOTICE.txt")) {
            for (URL url : Collections.list(NoticeTest.class.getClassLoader().getResources(name))) {
                if (!"jar".equals(url.getProtocol())) {
                    continue;
                }
                JarURLConnection connection = (JarURLConnection) url.openConnection();
                connection.setUseCaches(false);
                String jar = Path.of(connection.getJarFileURL().getPath()).getFileName().toString();
                if (!jars.contains(jar)) {
                    continue;   // a test dependency
                }
                String text;
                try (InputStream in = connection.getInputStream()) {
                    text = normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                checked.add(jar);
                if (!notice.contains(text)) {
                    missing.add(jar + " (" + name + ")");
                }
            }
        }
        assertThat(checked).as("jars with a NOTICE").anyMatch(jar -> jar.startsWith("tika-core-"));
        assertThat(missing).as("NOTICE texts not carried in NOTICE (copy each verbatim)").isEmpty();
    }

    private static List<String> jarNamesFromList() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(DEPENDENCY_LIST, StandardCharsets.UTF_8)) {
            Matcher m = DEPENDENCY.matcher(line);
            if (m.matches() && m.group(3).equals("jar")) {
                names.add(m.group(2) + "-" + m.group(5) + (m.group(4) == null ? "" : "-" + m.group(4)) + ".jar");
            }
        }
        return names;
    }

    /** Line ends as \n, no trailing blanks on a line, no blank lines around the text. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n")).strip();
    }
}
