package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.govreport.core.Document;
import io.github.govreport.core.Fact;
import io.github.govreport.core.json.ModelJson;
import io.github.govreport.extract.ExtractionException;
import io.github.govreport.extract.ReportExtractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleTest {

    @Test
    void extractsFactsThroughTheInstalledLibrary() {
        Document document = Example.fromText("2024年主要预期目标\n地区生产总值增长6%左右，新开工改造城镇老旧小区4186万平方米。");
        assertEquals(2, document.facts().size());
        Fact growth = document.facts().get(0);
        assertEquals("6%左右", growth.text());
        assertTrue(ModelJson.factLine(growth).startsWith("{\"schema\":\"facts/2\""));
    }

    @Test
    void aPdfWithoutThePdfParserModuleSaysWhichModuleToAdd(@TempDir Path dir) throws IOException {
        // this project, like a user's, has no tika-parser-pdf-module: it is optional in extract
        Path pdf = Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        ExtractionException e = assertThrows(ExtractionException.class, () -> ReportExtractor.create().extract(pdf));

        assertEquals(ExtractionException.Kind.NO_PARSER, e.kind());
        assertEquals(pdf + ": cannot read PDF: no PDF parser on the class path (add tika-parser-pdf-module)",
                e.getMessage());
    }

    @Test
    void theLibraryBringsNoLoggingBinding() throws IOException {
        // a binding is the user's choice: one from the library would clash with theirs (docs/dependencies.md §7)
        ClassLoader loader = ExampleTest.class.getClassLoader();
        assertFalse(loader.getResources("META-INF/services/org.slf4j.spi.SLF4JServiceProvider").hasMoreElements(),
                "an SLF4J 2 provider on the class path");
        assertFalse(loader.getResources("org/slf4j/impl/StaticLoggerBinder.class").hasMoreElements(),
                "an SLF4J 1 binding on the class path");
    }

    @Test
    void installedJarsCarryModuleNamesSourcesAndJavadoc() throws IOException, URISyntaxException {
        String version = System.getProperty("govreportVersion");
        Path repository = Path.of(System.getProperty("localRepository"), "io", "github", "govreport");
        for (String module : new String[] {"core", "extract"}) {
            Path dir = repository.resolve("govreport-" + module).resolve(version);
            String base = "govreport-" + module + "-" + version;
            assertTrue(Files.isRegularFile(dir.resolve(base + "-sources.jar")), base + "-sources.jar");
            assertTrue(Files.isRegularFile(dir.resolve(base + "-javadoc.jar")), base + "-javadoc.jar");
        }
        Path extractJar = Path.of(ReportExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile jar = new JarFile(extractJar.toFile())) {
            assertEquals("io.github.govreport.extract",
                    jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        Path coreJar = Path.of(Document.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile jar = new JarFile(coreJar.toFile())) {
            assertEquals("io.github.govreport.core",
                    jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }
}
