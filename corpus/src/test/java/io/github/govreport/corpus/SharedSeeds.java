package io.github.govreport.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The team's copy of the seeds, {@code shared/seeds} beside the repository checkout, where the
 * seeds of this module come from. Absent outside the team's and CI's layout.
 */
final class SharedSeeds {

    private SharedSeeds() {
    }

    /** Found from the working directory, which is the module in surefire and may be the root elsewhere. */
    static Optional<Path> directory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            boolean isRepositoryRoot = Files.isRegularFile(dir.resolve("corpus/pom.xml"))
                    && Files.isRegularFile(dir.resolve("pom.xml"));
            if (isRepositoryRoot && dir.getParent() != null) {
                Path seeds = dir.getParent().resolve("shared/seeds");
                return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
