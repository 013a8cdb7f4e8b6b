package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Nothing downloads at run time: no main source of any module names a network API (sockets, HTTP
 * clients, URL connections). The tests may talk to loopback (a local schema server that proves
 * nothing is fetched, Chromium's DevTools port); the library and the command never do.
 */
class NoNetworkTest {

    private static final List<String> MODULES = List.of("core", "extract", "panel", "corpus", "cli",
            "test-fixtures", "bench");
    private static final Pattern NETWORK = Pattern.compile(
            "java\\.net\\.(?:http|Socket|ServerSocket|URLConnection|HttpURLConnection|DatagramSocket)"
                    + "|\\.openConnection\\(|\\.openStream\\(|HttpClient|\\bnew URL\\(");

    @Test
    void noMainSourceUsesTheNetwork() throws IOException {
        List<String> found = new ArrayList<>();
        for (String module : MODULES) {
            Path main = RepositoryRoot.resolve(module + "/src/main/java");
            if (!Files.isDirectory(main)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(file);
                    if (NETWORK.matcher(text).find()) {
                        found.add(RepositoryRoot.resolve("").relativize(file).toString());
                    }
                }
            }
        }
        assertThat(found).as("main sources that use a network API").isEmpty();
        assertThat(RepositoryRoot.resolve("extract/src/main/java")).isDirectory();
    }
}
