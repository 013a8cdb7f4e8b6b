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

    static Optional<Path> directory() {
        return RepositoryRoot.find()
                .map(Path::getParent)
                .map(parent -> parent.resolve("shared/seeds"))
                .filter(Files::isDirectory);
    }
}
