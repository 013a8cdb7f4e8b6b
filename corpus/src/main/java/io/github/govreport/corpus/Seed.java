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

    /** The gold parts of this seed in the bundled gold (empty when it has none yet). */
    public List<GoldPart> gold() {
        return Gold.bundled().byDocument().getOrDefault(id, List.of());
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("seed " + field + " must not be blank");
        }
    }
}
