package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedIndexTest {

    private static final String HEADER = "file\ttitle\tnotes";

    @Test
    void readsOneSeedPerRowSkippingBlankLines() {
        List<Seed> seeds = SeedIndex.parse("index.tsv", List.of(HEADER, "a.txt\tA\tnotes on a", "", "b.txt\tB\t"),
                file -> true);
        assertThat(seeds).containsExactly(new Seed("a", "a.txt", "A", "notes on a"), new Seed("b", "b.txt", "B", ""));
    }

    @Test
    void rejectsAMissingHeader() {
        assertRejected(List.of("a.txt\tA\tnotes"), "index.tsv line 1: expected the header 'file\\ttitle\\tnotes'");
    }

    @Test
    void rejectsARowWithoutThreeColumns() {
        assertRejected(List.of(HEADER, "a.txt\tA"), "index.tsv line 2: expected 3 tab-separated columns but found 2");
    }

    @Test
    void rejectsAFileThatIsNotOnTheClassPath() {
        assertThatThrownBy(() -> SeedIndex.parse("index.tsv", List.of(HEADER, "a.txt\tA\t", "gone.txt\tG\t"),
                file -> file.equals("a.txt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("index.tsv line 3: seed file 'gone.txt' is not on the class path"
                        + " (expected io/github/govreport/corpus/seeds/gone.txt)");
    }

    @Test
    void rejectsASeedListedTwiceAndAnEmptyIndex() {
        assertRejected(List.of(HEADER, "a.txt\tA\t", "a.txt\tA again\t"), "index.tsv line 3: seed 'a' is listed twice");
        assertRejected(List.of(HEADER), "index.tsv lists no seeds");
    }

    private static void assertRejected(List<String> lines, String message) {
        assertThatThrownBy(() -> SeedIndex.parse("index.tsv", lines, file -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(message);
    }
}
