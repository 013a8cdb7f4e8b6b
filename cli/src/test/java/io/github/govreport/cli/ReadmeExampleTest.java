package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README opens with a command and the line it prints: {@code $ ./govreport extract SEED | head -1}
 * and the first fact of that seed. The line must be what the command prints today.
 */
class ReadmeExampleTest {

    private static final Pattern COMMAND = Pattern.compile("^\\$ \\./govreport extract (\\S+) \\| head -1$");

    @Test
    void theOpeningExampleIsTheFirstLineTheCommandPrints() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isRegularFile(root.resolve("README.md"))) {
            root = root.getParent();
        }
        assertThat(root).as("README.md above " + Path.of("").toAbsolutePath()).isNotNull();
        List<String> readme = Files.readAllLines(root.resolve("README.md"));
        int at = -1;
        for (int i = 0; i < readme.size() - 1 && at < 0; i++) {
            if (COMMAND.matcher(readme.get(i)).matches()) {
                at = i;
            }
        }
        assertThat(at).as("a line '$ ./govreport extract PATH | head -1' in the README").isNotNegative();
        Matcher m = COMMAND.matcher(readme.get(at));
        assertThat(m.matches()).isTrue();
        Path input = root.resolve(m.group(1));
        assertThat(input).isRegularFile();

        Cli.Result result = Cli.run("extract", "-q", input.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(readme.get(at + 1)).as("the README's example line").isEqualTo(result.outLines().get(0));
    }
}
