package io.github.govreport.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A committed list of the cases a data-driven test still fails, which may only shrink: a case that
 * fails and is not listed fails the build, and so does a listed case that passes now. Run with
 * {@code -Dgovreport.updateKnownFailures=true} to rewrite the list after an improvement.
 */
public final class KnownFailures {

    private KnownFailures() {
    }

    /**
     * Checks the cases that fail today against the list of known failures.
     *
     * @param file     the list, one case id a line (# starts a comment)
     * @param failures the ids of the cases that fail today
     * @param explain  what to print about a failing case that is not listed
     */
    public static void check(Path file, Set<String> failures, Function<String, String> explain) throws IOException {
        if (Boolean.getBoolean("govreport.updateKnownFailures")) {
            Files.write(file, failures, StandardCharsets.UTF_8);
            System.out.println(file.getFileName() + " rewritten: " + failures.size() + " known failures");
            return;
        }
        Set<String> known = new TreeSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        known.removeIf(line -> line.isBlank() || line.startsWith("#"));
        Set<String> unlisted = new TreeSet<>(failures);
        unlisted.removeAll(known);
        Set<String> nowPassing = new TreeSet<>(known);
        nowPassing.removeAll(failures);
        assertThat(unlisted).as("cases that fail and are not in %s:%n%s", file.getFileName(),
                String.join("\n", unlisted.stream().map(explain).toList())).isEmpty();
        assertThat(nowPassing).as("known failures that pass now: remove them from %s", file).isEmpty();
    }
}
