package io.github.govreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of 1,000 files, good ones among empty, damaged, encrypted, oversized and misnamed
 * ones, run in a child JVM with a 256 MB heap: it ends normally, writes every good file's facts
 * and names every bad file exactly once.
 */
class LoadTest {

    private static final int GOOD = 900;

    @TempDir
    private Path dir;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aThousandMixedFilesInA256MegabyteHeap() throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Set<String> good = new LinkedHashSet<>();
        Set<Path> bad = new LinkedHashSet<>();
        for (int i = 0; i < GOOD; i++) {
            String name = String.format("good-%04d", i);
            Files.writeString(reports.resolve(name + ".txt"), report(i), StandardCharsets.UTF_8);
            good.add(name);
        }
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        byte[] textPdf = pdf("GDP grew 6.1% in 2023.", false);
        byte[] lockedPdf = pdf("GDP grew 6.1% in 2023.", true);
        for (int i = 0; i < 20; i++) {
            bad.add(Files.write(reports.resolve(String.format("empty-%02d.txt", i)), new byte[0]));
            bad.add(Files.write(reports.resolve(String.format("truncated-%02d.pdf", i)),
                    Arrays.copyOf(textPdf, textPdf.length / 2)));
            bad.add(Files.write(reports.resolve(String.format("encrypted-%02d.pdf", i)), lockedPdf));
            Path huge = reports.resolve(String.format("huge-%02d.txt", i));
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(1024 * 1024);   // sparse: over --max-size without writing a megabyte
            }
            bad.add(huge);
        }
        for (int i = 0; i < 10; i++) {
            // Misnamed: a good PDF named .txt is read (detection looks at the bytes); noise named .docx is not.
            Files.write(reports.resolve(String.format("misnamed-pdf-%02d.txt", i)), textPdf);
            good.add(String.format("misnamed-pdf-%02d", i));
            bad.add(Files.write(reports.resolve(String.format("misnamed-noise-%02d.docx", i)), junk));
        }
        assertThat(good.size() + bad.size()).isEqualTo(1000);
        Path output = dir.resolve("facts.jsonl");
        Path errors = dir.resolve("errors.jsonl");

        long start = System.nanoTime();
        ChildJvm child = ChildJvm.start(dir, List.of("-Xmx256m"), "extract", "-j", "2", "--max-size", "64K",
                "--errors", errors.toString(), "-o", output.toString(), reports.toString());
        boolean ended = child.process().waitFor(150, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertThat(ended).as("finished within 150 s").isTrue();
        String stderr = child.stderr();
        assertThat(child.process().exitValue()).as(stderr).isEqualTo(1);
        assertThat(stderr).doesNotContain("Exception", "\tat ", "OutOfMemory");
        List<String> docs = Files.readAllLines(output).stream().map(BatchExtractTest::docOf).distinct().toList();
        assertThat(docs).containsExactlyInAnyOrderElementsOf(good);
        assertThat(docs).isSorted();
        List<String> reported = new ArrayList<>();
        for (String line : Files.readAllLines(errors)) {
            JsonNode error = JsonMapper.builder().build().readTree(line);
            reported.add(error.get("path").asText());
        }
        assertThat(reported).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(bad.stream().map(Path::toString).toList());
        for (Path path : bad) {
            assertThat(stderr.lines().filter(line -> line.startsWith("govreport: " + path + ": ")))
                    .as(path.toString()).hasSize(1);
        }
        assertThat(stderr).contains("govreport: 90 of 1000 inputs failed");
        System.out.printf("LoadTest: 1,000 files in a child JVM with -Xmx256m, -j 2: %d s%n", seconds);
    }

    /** A few lines of report text with numbers, different per file. */
    private static String report(int i) {
        return "一、" + (2000 + i % 24) + "年工作回顾\n"
                + "地区生产总值增长" + (5 + i % 3) + "." + (i % 10) + "%。\n"
                + "城镇新增就业" + (10 + i % 50) + "万人，新开工改造城镇老旧小区" + (100 + i) + "个。\n"
                + "一般公共预算收入" + (1000 + i) + "亿元，增长" + (i % 9) + "%。\n";
    }

    private static byte[] pdf(String line, boolean encrypted) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
