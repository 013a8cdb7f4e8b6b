package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

    @TempDir
    private Path dir;

    @Test
    void directoryGivesItsDocumentsSortedByPathSkippingHiddenAndOtherFiles() throws IOException {
        touch("b.txt");
        touch("A.PDF");
        touch("sub/a.docx");
        touch("sub/page.xhtml");
        touch("notes.csv");
        touch("noextension");
        touch(".hidden.txt");
        touch(".git/HEAD.md");

        List<Input> inputs = collect(dir);

        assertThat(inputs).containsExactly(file("A.PDF"), file("b.txt"), file("sub/a.docx"), file("sub/page.xhtml"));
    }

    @Test
    void argumentsKeepTheirOrderAndAFileNamedExplicitlyIsTakenWhateverItsName() throws IOException {
        touch("z.txt");
        touch("data.bin");

        List<Input> inputs = collect(dir.resolve("z.txt"), Path.of("-"), dir.resolve("data.bin"));

        assertThat(inputs).containsExactly(file("z.txt"), new Input.Stdin(), file("data.bin"));
    }

    @Test
    void missingPathAndDirectoryWithoutDocumentsAreUnreadable() throws IOException {
        touch("empty/readme.rst");
        Path missing = dir.resolve("missing.txt");

        List<Input> inputs = collect(missing, dir.resolve("empty"));

        assertThat(inputs).hasSize(2).allMatch(Input.Unreadable.class::isInstance);
        assertThat(inputs.get(0)).isEqualTo(new Input.Unreadable(missing.toString(), "no such file or directory"));
        assertThat(((Input.Unreadable) inputs.get(1)).reason()).startsWith("no documents in this directory");
    }

    private List<Input> collect(Path... paths) {
        return new InputCollector().collect(List.of(paths));
    }

    private Input file(String name) {
        return new Input.File(dir.resolve(name));
    }

    private void touch(String name) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
    }
}
