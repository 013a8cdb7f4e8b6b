package io.github.govreport.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One seed report of the corpus.
 *
 * @param id       the document id: the file name without {@code .txt}
 * @param fileName the file name under {@code io/github/govreport/corpus/seeds/}
 * @param title    what the report is, in a line
 * @param notes    what is in it that matters for extraction (layout, tables, parts)
 */
public record Seed(String id, String fileName, String title, String notes) {

    public Seed {
        requireText(id, "id");
        requireText(fileName, "fileName");
        requireText(title, "title");
        notes = notes == null ? "" : notes;
    }

    /**
     * The seed file's bytes; the caller closes the stream.
     *
     * @throws IllegalStateException when the file is not on the class path
     */
    public InputStream open() {
        InputStream in = Corpus.class.getResourceAsStream(Corpus.SEEDS_DIRECTORY + fileName);
        if (in == null) {
            throw new IllegalStateException("seed file " + Corpus.resourcePath(Corpus.SEEDS_DIRECTORY + fileName)
                    + " is not on the class path");
        }
        return in;
    }

    /**
     * The seed's text, decoded as UTF-8; a malformed byte is an error, not a replacement character,
     * because offsets into the text must mean the same as offsets into the file.
     */
    public String text() {
        try (InputStream in = open()) {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("seed file " + fileName + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + fileName, e);
        }
    }

    /**
     * The non-blank lines of this seed's gold file {@code gold/<id>.gold.jsonl}, one JSON fact a
     * line as {@code spec/facts.md} describes; empty when the seed has no gold yet.
     */
    public List<String> goldLines() {
        try (InputStream in = Corpus.class.getResourceAsStream(Corpus.GOLD_DIRECTORY + id + ".gold.jsonl")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold file of seed " + id, e);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("seed " + field + " must not be blank");
        }
    }
}
