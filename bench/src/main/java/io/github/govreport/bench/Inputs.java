package io.github.govreport.bench;

import io.github.govreport.corpus.Corpus;
import io.github.govreport.corpus.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a benchmark runs over, by name: {@code seeds} (the five seed reports as text),
 * {@code 001} (seed 001 alone, the 236 KB gazette issue with three reports), or a fixture file of
 * {@code test-fixtures} ({@code f000.pdf}, {@code f003.docx} …).
 */
final class Inputs {

    static final String FIXTURES = "/io/github/govreport/testing/fixtures/";

    /** One input file: its name (for format detection and the document id) and its bytes. */
    // compared and hashed by no one: the bytes are what a benchmark reads
    @SuppressWarnings("ArrayRecordComponent")
    record Input(String name, byte[] bytes) {
        String id() {
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }

    private Inputs() {
    }

    static List<Input> named(String set) {
        if (set.equals("seeds")) {
            List<Input> all = new ArrayList<>();
            for (Seed seed : Corpus.seeds()) {
                all.add(seed(seed));
            }
            return all;
        }
        if (set.matches("[0-9]{3}")) {
            return List.of(seed(Corpus.seeds().stream().filter(s -> s.id().startsWith(set + "_")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no seed " + set))));
        }
        try (InputStream in = Inputs.class.getResourceAsStream(FIXTURES + set)) {
            if (in == null) {
                throw new IllegalArgumentException("no input set or fixture named " + set);
            }
            return List.of(new Input(set, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Input seed(Seed seed) {
        try (InputStream in = seed.open()) {
            return new Input(seed.fileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seed 001's text, the report the time and memory targets name. */
    static String seed001Text() {
        return Corpus.seeds().stream().filter(s -> s.id().startsWith("001_")).findFirst().orElseThrow().text();
    }
}
