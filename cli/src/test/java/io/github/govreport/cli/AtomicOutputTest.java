package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    private Path dir;

    @Test
    void commitReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "old");

        try (AtomicOutput output = AtomicOutput.open(target)) {
            output.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertThat(target).hasContent("old");
            output.commit();
        }

        assertThat(target).hasContent("new");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void closingWithoutCommitKeepsTheTargetAndDeletesTheTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "old");

        try (AtomicOutput output = AtomicOutput.open(target)) {
            output.stream().write("half".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(target).hasContent("old");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    @Test
    void aDirectoryIsNotATarget() {
        assertThatThrownBy(() -> AtomicOutput.open(dir)).isInstanceOf(IOException.class).hasMessage("is a directory");
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
