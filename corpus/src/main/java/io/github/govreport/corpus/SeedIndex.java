package io.github.govreport.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads and checks {@code seeds/index.tsv}: a header row, then one tab-separated row per seed. */
final class SeedIndex {

    static final String HEADER = "file\ttitle\tnotes";
    private static final String SEED_EXTENSION = ".txt";

    private SeedIndex() {
    }

    static List<String> lines(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * The seeds the index lists.
     *
     * @param source     the index's name, for messages
     * @param fileExists whether a seed file name is on the class path
     * @throws IllegalStateException naming the line of the first problem
     */
    static List<Seed> parse(String source, List<String> lines, Predicate<String> fileExists) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalStateException(source + " line 1: expected the header '"
                    + HEADER.replace("\t", "\\t") + "' but found '"
                    + (lines.isEmpty() ? "" : lines.get(0).replace("\t", "\\t")) + "'");
        }
        List<Seed> seeds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = source + " line " + (i + 1) + ": ";
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException(where + "expected 3 tab-separated columns but found " + columns.length);
            }
            String file = columns[0].strip();
            if (!file.endsWith(SEED_EXTENSION) || file.length() == SEED_EXTENSION.length()) {
                throw new IllegalStateException(where + "seed file '" + file + "' must be a " + SEED_EXTENSION + " file");
            }
            if (!fileExists.test(file)) {
                throw new IllegalStateException(where + "seed file '" + file + "' is not on the class path (expected "
                        + Corpus.resourcePath(Corpus.SEEDS_DIRECTORY + file) + ")");
            }
            String id = file.substring(0, file.length() - SEED_EXTENSION.length());
            if (!ids.add(id)) {
                throw new IllegalStateException(where + "seed '" + id + "' is listed twice");
            }
            seeds.add(new Seed(id, file, columns[1].strip(), columns[2].strip()));
        }
        if (seeds.isEmpty()) {
            throw new IllegalStateException(source + " lists no seeds");
        }
        return List.copyOf(seeds);
    }
}
