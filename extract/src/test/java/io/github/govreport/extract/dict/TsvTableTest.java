package io.github.govreport.extract.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TsvTableTest {

    private static TsvTable read(String text, String... required) throws IOException {
        return TsvTable.read("test.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), required);
    }

    @Test
    void readsHeaderRowsCommentsAndLineNumbers() throws IOException {
        TsvTable table = read("\uFEFF# comment\nsurface\tfactor\n\n万\t10000\n亿\t100000000\n", "surface");
        assertThat(table.columns()).containsExactly("surface", "factor");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(1).get("surface")).isEqualTo("亿");
        assertThat(table.rows().get(1).line()).isEqualTo(5);
    }

    @Test
    void badLinesFailWithFileAndLine() {
        assertThatThrownBy(() -> read("surface\tfactor\n万\n"))
                .isInstanceOf(DictionaryException.class)
                .hasMessage("test.tsv:2: expected 2 tab-separated columns [surface, factor], found 1");
        assertThatThrownBy(() -> read("surface\n万\n", "factor"))
                .hasMessageContaining("test.tsv:1: header lacks column 'factor'");
        assertThatThrownBy(() -> read("# only a comment\n")).hasMessageContaining("empty file");
    }

    @Test
    void badValuesInBundledShapesFailWithFileAndLine() throws IOException {
        TsvTable units = read("surface\tdimension\tbase\tfactor\tmagnitudes\texample\n元\tmoney\tCNY\t1\tyes\tx\n");
        TsvTable magnitudes = read("surface\tfactor\texample\n万\t10000\tx\n");
        assertThatThrownBy(() -> new UnitCatalog(units, magnitudes))
                .hasMessageContaining("test.tsv:2: unknown Dimension 'money'");
        TsvTable badFactor = read("surface\tfactor\texample\n万\tten\tx\n");
        TsvTable fine = read("surface\tdimension\tbase\tfactor\tmagnitudes\texample\n元\tcurrency\tCNY\t1\tyes\tx\n");
        assertThatThrownBy(() -> new UnitCatalog(fine, badFactor))
                .hasMessageContaining("test.tsv:2: column 'factor' must be a decimal number, was 'ten'");
        TsvTable badPattern = read("pattern\treason\texample\n[0-9\tx\tx\n");
        assertThatThrownBy(() -> new PatternList(badPattern))
                .hasMessageContaining("test.tsv:2: pattern is not a valid regular expression");
    }

    @Test
    void unitCatalogCombinesMagnitudesAndPrefersExplicitUnits() {
        UnitCatalog units = Dictionaries.bundled().units();
        assertThat(units.get("万平方米")).hasValueSatisfying(u -> {
            assertThat(u.factor().toPlainString()).isEqualTo("10000");
            assertThat(u.baseUnit()).isEqualTo("m²");
        });
        assertThat(units.get("千米")).hasValueSatisfying(u -> assertThat(u.factor().toPlainString()).isEqualTo("1000"));
        assertThat(units.get("万千瓦")).hasValueSatisfying(u -> assertThat(u.factor().toPlainString()).isEqualTo("10000"));
        assertThat(units.get("万%")).isEmpty();
        assertThat(units.longestAt("4186万平方米", 4)).hasValueSatisfying(u -> assertThat(u.surface()).isEqualTo("万平方米"));
    }
}
