package io.github.govreport.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The root of the repository checkout, found from the working directory (the module in surefire). */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("corpus/pom.xml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** A file of the checkout, such as {@code docs/facts.md}; fails when the tests run outside one. */
    static Path resolve(String relative) {
        return find().orElseThrow(() -> new IllegalStateException("not inside the repository checkout"))
                .resolve(relative);
    }
}
