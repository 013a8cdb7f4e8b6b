package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private static final List<String> SEED_IDS = List.of("000_3348ee11c8af0d59", "001_5ae12cae80745738",
            "002_bf05f5ec527d8442", "003_893f256abc3ac6ed", "004_dcb3941a0537cd0a");

    @Test
    void listsTheFiveSeedsInIndexOrder() {
        assertThat(Corpus.seeds()).extracting(Seed::id).containsExactlyElementsOf(SEED_IDS);
        assertThat(Corpus.seeds()).allSatisfy(seed -> {
            assertThat(seed.fileName()).isEqualTo(seed.id() + ".txt");
            assertThat(seed.title()).isNotBlank();
            assertThat(seed.notes()).isNotBlank();
        });
    }

    @Test
    void everySeedHasText() {
        assertThat(Corpus.seeds()).allSatisfy(seed -> assertThat(seed.text()).isNotBlank());
        assertThat(Corpus.seed("003_893f256abc3ac6ed").text()).contains("渝中区");
    }

    @Test
    void theSeedsAreTheSharedSeedsUnchanged() throws IOException {
        Optional<Path> shared = SharedSeeds.directory();
        assumeTrue(shared.isPresent(), "no shared/seeds beside the checkout");
        for (Seed seed : Corpus.seeds()) {
            try (InputStream in = seed.open()) {
                assertThat(in.readAllBytes()).as(seed.fileName())
                        .isEqualTo(Files.readAllBytes(shared.get().resolve(seed.fileName())));
            }
        }
        try (Stream<Path> files = Files.list(shared.get())) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".txt")))
                    .as("seeds in %s", shared.get())
                    .containsExactlyInAnyOrderElementsOf(Corpus.seeds().stream().map(Seed::fileName).toList());
        }
    }

    @Test
    void findsASeedById() {
        assertThat(Corpus.seed("002_bf05f5ec527d8442").fileName()).isEqualTo("002_bf05f5ec527d8442.txt");
    }

    @Test
    void anUnknownIdIsRejectedWithTheKnownIds() {
        assertThatThrownBy(() -> Corpus.seed("005_unknown"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no seed with id '005_unknown'; known ids: " + String.join(", ", SEED_IDS));
    }

    @Test
    void aSeedWithoutGoldHasNoGoldLines() {
        assertThat(new Seed("no_such_seed", "no_such_seed.txt", "none", "").gold()).isEmpty();
    }

    @Test
    void aSeedWhoseFileIsMissingSaysWhichFile() {
        assertThatThrownBy(() -> new Seed("no_such_seed", "no_such_seed.txt", "none", "").text())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("seed file io/github/govreport/corpus/seeds/no_such_seed.txt is not on the class path");
    }

    @Test
    void exportWritesEverySeedFile(@TempDir Path tmp) throws IOException {
        Path dir = Corpus.exportTo(tmp.resolve("seeds"));

        assertThat(dir).isEqualTo(tmp.resolve("seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(5);
        }
        for (Seed seed : Corpus.seeds()) {
            assertThat(dir.resolve(seed.fileName())).content(StandardCharsets.UTF_8)
                    .isEqualTo(seed.text());
        }
    }
}
