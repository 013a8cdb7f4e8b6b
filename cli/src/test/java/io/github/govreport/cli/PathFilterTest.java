package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --include and --exclude, through the collector that walks a directory. */
class PathFilterTest {

    @TempDir
    private Path dir;

    @Test
    void aGlobWithoutSlashMatchesTheFileNameAtAnyDepth() throws IOException {
        touch("a.pdf", "b.txt", "2023/c.pdf", "2023/q1/d.PDF");

        assertThat(collect(List.of("*.pdf"), List.of())).containsExactly(file("2023/c.pdf"), file("a.pdf"));
    }

    @Test
    void aGlobWithSlashMatchesThePathBelowTheDirectoryGiven() throws IOException {
        touch("a.pdf", "2023/c.pdf", "2023/q1/d.pdf", "2024/e.pdf");

        assertThat(collect(List.of("2023/*.pdf"), List.of())).containsExactly(file("2023/c.pdf"));
        assertThat(collect(List.of("2023/**"), List.of())).containsExactly(file("2023/c.pdf"), file("2023/q1/d.pdf"));
    }

    @Test
    void excludeRemovesFilesAndPrunesDirectories() throws IOException {
        touch("a.txt", "a.draft.txt", "drafts/b.txt", "keep/drafts/c.txt", "keep/d.txt");

        assertThat(collect(List.of(), List.of("*.draft.txt", "drafts")))
                .containsExactly(file("a.txt"), file("keep/d.txt"));
        assertThat(collect(List.of(), List.of("keep/**"))).containsExactly(
                file("a.draft.txt"), file("a.txt"), file("drafts/b.txt"));
    }

    @Test
    void withoutIncludeTheDocumentExtensionsAreTaken() throws IOException {
        touch("a.txt", "b.csv", "c.DOCX");

        assertThat(collect(List.of(), List.of())).containsExactly(file("a.txt"), file("c.DOCX"));
    }

    @Test
    void includeReplacesTheDocumentExtensions() throws IOException {
        touch("a.txt", "b.csv");

        assertThat(collect(List.of("*.csv"), List.of())).containsExactly(file("b.csv"));
    }

    @Test
    void aDirectoryWithNothingLeftSaysWhatWasLookedFor() throws IOException {
        touch("a.txt");

        List<Input> inputs = collect(List.of("*.pdf"), List.of("old/**"));

        assertThat(inputs).containsExactly(new Input.Unreadable(dir.toString(),
                "no documents in this directory (looked for *.pdf except old/**)"));
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverTheGlobs() throws IOException {
        touch("a.txt");

        List<Input> inputs = new InputCollector(PathFilter.of(List.of("*.pdf"), List.of("*.txt")))
                .collect(List.of(dir.resolve("a.txt")));

        assertThat(inputs).containsExactly(file("a.txt"));
    }

    private List<Input> collect(List<String> includes, List<String> excludes) {
        return new InputCollector(PathFilter.of(includes, excludes)).collect(List.of(dir));
    }

    private Input file(String name) {
        return new Input.File(dir.resolve(name));
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path path = dir.resolve(name);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "x");
        }
    }
}
