package io.github.govreport.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The seed reports bundled in this module.
 *
 * <p>The seeds are class-path resources under {@code io/github/govreport/corpus/seeds/}, listed in
 * the {@code index.tsv} there: the contents of a directory inside a jar cannot be listed reliably,
 * so the index, not the directory, says which seeds exist and in which order.
 */
public final class Corpus {

    /** Where the seeds and their index are, relative to this class. */
    static final String SEEDS_DIRECTORY = "seeds/";
    /** Where the gold files are, relative to this class. */
    static final String GOLD_DIRECTORY = "gold/";
    static final String INDEX_FILE = SEEDS_DIRECTORY + "index.tsv";

    private Corpus() {
    }

    /**
     * The seeds in index order, each checked to be on the class path.
     *
     * @throws IllegalStateException when the index is missing or malformed, or names a file that is
     *                               not on the class path; the message says which line
     */
    public static List<Seed> seeds() {
        try (InputStream in = Corpus.class.getResourceAsStream(INDEX_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the corpus index " + resourcePath(INDEX_FILE)
                        + " is not on the class path");
            }
            return SeedIndex.parse(resourcePath(INDEX_FILE), SeedIndex.lines(in),
                    file -> Corpus.class.getResource(SEEDS_DIRECTORY + file) != null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the corpus index " + resourcePath(INDEX_FILE), e);
        }
    }

    /**
     * The seed with document id {@code docId}: its file name without {@code .txt}.
     *
     * @throws IllegalArgumentException when there is no such seed; the message lists the known ids
     */
    public static Seed seed(String docId) {
        Objects.requireNonNull(docId, "docId must not be null");
        List<Seed> seeds = seeds();
        return seeds.stream().filter(seed -> seed.id().equals(docId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed with id '" + docId + "'; known ids: "
                        + seeds.stream().map(Seed::id).collect(Collectors.joining(", "))));
    }

    /**
     * Writes every seed file into {@code dir} under its own file name, for tools that read files
     * (the command line, tests of file input). Creates {@code dir} if needed and overwrites seed
     * files already there; leaves other files alone.
     *
     * @return {@code dir}
     * @throws IOException when a file cannot be written
     */
    public static Path exportTo(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir must not be null");
        Files.createDirectories(dir);
        for (Seed seed : seeds()) {
            try (InputStream in = seed.open()) {
                Files.copy(in, dir.resolve(seed.fileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The class-path name of a resource given relative to this class, for messages. */
    static String resourcePath(String relative) {
        return Corpus.class.getPackageName().replace('.', '/') + "/" + relative;
    }
}
