package io.github.govreport.cli;

import java.nio.file.Path;

/** One input of a run, in the order the user gave it: a file, standard input, or a path that gave none. */
sealed interface Input {

    /** How the input is named in messages: the path as given or found. */
    String label();

    /** A file, named on the command line or found in a directory. */
    record File(Path path) implements Input {
        @Override
        public String label() {
            return path.toString();
        }
    }

    /** Standard input, given as {@code -}. */
    record Stdin() implements Input {
        @Override
        public String label() {
            return "<stdin>";
        }
    }

    /** A path that yields no document (missing, unreadable, an empty directory); counts as a failed input. */
    record Unreadable(String label, String reason) implements Input {
    }
}
