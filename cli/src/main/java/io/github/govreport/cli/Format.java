package io.github.govreport.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The output formats of {@code extract}, by their names on the command line. */
// The writers are constructor references, which hold no state: the constants are immutable.
@SuppressWarnings("ImmutableEnumChecker")
enum Format {
    JSONL("jsonl", JsonlWriter::new),
    JSON("json", JsonWriter::new),
    CSV("csv", CsvWriter::new),
    /** Not a stream: written by {@link SqliteWriter} into a database file. */
    SQLITE("sqlite", null);

    private final String optionName;
    private final Function<OutputStream, FactWriter> writer;

    Format(String optionName, Function<OutputStream, FactWriter> writer) {
        this.optionName = optionName;
        this.writer = writer;
    }

    FactWriter writerFor(OutputStream out) {
        if (writer == null) {
            throw new IllegalStateException(optionName + " is not written to a stream");
        }
        return writer.apply(out);
    }

    static String names() {
        return Arrays.stream(values()).map(f -> f.optionName).collect(Collectors.joining(", "));
    }

    /** Reads {@code --format}; the error names the formats there are. */
    static final class Converter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format format : values()) {
                if (format.optionName.equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new TypeConversionException("expected one of " + names() + " but was '" + value + "'");
        }
    }
}
