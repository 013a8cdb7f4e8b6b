package io.github.govreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The role model's training (docs/roles-model.md) is reproducible and never reads the blind test split. */
class RoleModelTrainerTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsWriteTheSameBytes() throws Exception {
        Path root = RepositoryRoot.resolve(".");
        Path first = dir.resolve("first.bin");
        Path second = dir.resolve("second.bin");
        RoleModelTrainer.main(new String[] {root.toString(), first.toString()});
        RoleModelTrainer.main(new String[] {root.toString(), second.toString()});
        assertThat(Files.size(first)).isBetween(1_000L, 400_000L);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void theReportsLearntFromAreSeedsHandCheckAndTheDevSplitOnly() throws Exception {
        Path root = RepositoryRoot.resolve(".");
        List<String> test = Files.readAllLines(root.resolve(RoleReports.BLIND).resolve("splits.tsv")).stream()
                .filter(line -> line.endsWith("\ttest")).map(line -> line.substring(0, line.indexOf('\t'))).toList();
        List<RoleReports.Report> reports = RoleReports.load(root);
        assertThat(test).isNotEmpty();
        assertThat(reports).extracting(RoleReports.Report::id).doesNotContainAnyElementsOf(test);
        assertThat(reports).extracting(RoleReports.Report::group).containsOnly("seed", "handcheck", "dev");
        assertThat(reports.stream().filter(r -> r.group().equals("dev")))
                .allSatisfy(r -> assertThat(r.gold().facts()).isNotEmpty()
                        .allSatisfy(f -> assertThat(f.doc()).isEqualTo(r.id())));
    }
}
