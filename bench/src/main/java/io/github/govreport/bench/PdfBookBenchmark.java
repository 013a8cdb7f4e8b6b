package io.github.govreport.bench;

import io.github.govreport.extract.internal.pdf.PdfLayoutReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.xml.sax.SAXException;

/**
 * Reading a 270-page budget book: Tika's PDF text (how PDFs were read before the layout reader,
 * the time the issue compares against) and the layout reader ({@link PdfLayoutReader}: glyphs,
 * lines, tables). The book is the pages of the table fixtures t001–t003 and of f003 (a plan
 * report with two indicator tables), repeated to 270 pages, built once in the setup.
 * Target: the layout reader under twice Tika's time ({@link BenchRunner}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PdfBookBenchmark {

    static final int PAGES = 270;

    private byte[] book;
    private final PdfLayoutReader layout = new PdfLayoutReader(line -> false, header -> false);

    @Setup
    public void buildBook() throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument out = new PDDocument()) {
            for (String name : List.of("t001.pdf", "t002.pdf", "t003.pdf", "f003.pdf")) {
                try (InputStream in = PdfBookBenchmark.class.getResourceAsStream(Inputs.FIXTURES + name)) {
                    sources.add(Loader.loadPDF(in.readAllBytes()));
                }
            }
            while (out.getNumberOfPages() < PAGES) {
                for (PDDocument source : sources) {
                    for (int p = 0; p < source.getNumberOfPages() && out.getNumberOfPages() < PAGES; p++) {
                        out.importPage(source.getPage(p));
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            book = bytes.toByteArray();
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    @Benchmark
    public String tikaText() throws IOException, SAXException, TikaException {
        BodyContentHandler text = new BodyContentHandler(-1);
        try (InputStream in = new ByteArrayInputStream(book)) {
            new PDFParser().parse(in, text, new Metadata(), new ParseContext());
        }
        return text.toString();
    }

    @Benchmark
    public PdfLayoutReader.Result layoutText() throws IOException {
        return layout.read(book);
    }
}
