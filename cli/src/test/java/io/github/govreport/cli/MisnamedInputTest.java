package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file that is not what its name says gets one line about what its bytes are, in the same words
 * from every command that reads reports.
 */
class MisnamedInputTest {

    private static final String BINARY = "not a document: binary data of no known format";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"extract", "inspect", "report", "panel", "track"})
    void randomBytesAreBinaryDataWhateverTheirName(String command) throws IOException {
        byte[] junk = new byte[4096];
        new Random(11).nextBytes(junk);
        for (String name : new String[] {"junk.bin", "junk.pdf", "junk.docx", "junk.doc", "junk.html", "junk.txt"}) {
            Path file = Files.write(dir.resolve(name), junk);

            Cli.Result result = Cli.run(command, file.toString());

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
            assertThat(result.errLines()).as(name).first().isEqualTo("govreport: " + file + ": " + BINARY);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "inspect", "report", "panel", "track"})
    void aTruncatedPdfKeepsItsPdfMessage(String command) throws IOException {
        byte[] junk = new byte[4096];
        new Random(12).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(header, header.length + junk.length);
        System.arraycopy(junk, 0, bytes, header.length, junk.length);
        Path truncated = Files.write(dir.resolve("truncated.pdf"), bytes);

        Cli.Result result = Cli.run(command, truncated.toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.errLines()).first().asString()
                .startsWith("govreport: " + truncated + ": damaged or truncated PDF: ");
    }
}
