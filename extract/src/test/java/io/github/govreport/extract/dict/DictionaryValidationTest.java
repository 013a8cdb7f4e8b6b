package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's broken dictionary fails at load time, naming the file, the line and the reason. */
class DictionaryValidationTest {

    @TempDir
    Path dir;

    @Test
    void aUnitFactorOfZeroIsRejectedWithItsLine() throws IOException {
        write("units.tsv", bundled("units.tsv").replace("元\tcurrency\tCNY\t1\t", "元\tcurrency\tCNY\t0\t"));
        assertThatThrownBy(() -> Dictionaries.withOverrides(dir))
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("units.tsv:").hasMessageContaining("greater than zero");
    }

    @Test
    void theUnitsTheRecognizerNeedsMustBeListed() throws IOException {
        write("units.tsv", bundled("units.tsv").lines().filter(l -> !l.startsWith("‰\t"))
                .reduce("", (a, b) -> a + b + "\n"));
        assertThatThrownBy(() -> Dictionaries.withOverrides(dir))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("'‰' must be listed");
    }

    @Test
    void aMisspeltOverrideFileIsAnErrorNotIgnored() throws IOException {
        write("unit.tsv", bundled("units.tsv"));
        assertThatThrownBy(() -> Dictionaries.withOverrides(dir))
                .isInstanceOf(DictionaryException.class).hasMessageContaining("[unit.tsv] is not a dictionary file");
    }

    @Test
    void aHeadingPatternWithoutATitleGroupIsRejected() throws IOException {
        write("headings.tsv", "pattern\tlevel\tfamily\texample\n^[一二三]、.*$\t1\tnumbering\t一、总体要求\n");
        assertThatThrownBy(() -> ReportExtractor.builder().dictionaries(Dictionaries.withOverrides(dir)).build())
                .isInstanceOf(DictionaryException.class)
                .hasMessageContaining("headings.tsv:2").hasMessageContaining("(?<title>");
    }

    @Test
    void aRegionWithoutItsParentIsRejectedWithItsLine() throws IOException {
        write("regions.tsv", bundled("regions.tsv").replace("500103\t渝中区\tcounty\t500000", "500103\t渝中区\tcounty\t509999"));
        assertThatThrownBy(() -> Dictionaries.withOverrides(dir))
                .isInstanceOf(DictionaryException.class)
                .hasMessageMatching(".*regions\\.tsv:[0-9]+: parent 509999 is not listed");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = TsvTable.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
