package io.github.govreport.cli;

import io.github.govreport.extract.ReportExtractor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-size} and {@code --max-chars}, shared by the commands that read reports. */
final class ReadingLimits {

    private static final Pattern BYTES = Pattern.compile("([0-9]+)\\s*(|B|K|KB|KIB|M|MB|MIB|G|GB|GIB)");
    private static final Pattern COUNT = Pattern.compile("([0-9]+)\\s*(|K|M)");

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "100MB", converter = ByteSize.class,
            description = "refuse files larger than SIZE, before reading them: bytes, or with K, M or G "
                    + "(powers of 1024), e.g. 512K, 1G (default: ${DEFAULT-VALUE})")
    private long maxBytes;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "10M", converter = CharCount.class,
            description = "refuse documents with more than N characters of text: a number, or with K or M "
                    + "(thousands, millions) (default: ${DEFAULT-VALUE})")
    private int maxChars;

    /** The builder with these limits set. */
    ReportExtractor.Builder applyTo(ReportExtractor.Builder builder) {
        return builder.maxInputBytes(maxBytes).maxChars(maxChars);
    }

    /** {@code 100MB}, {@code 512k}, {@code 2G}, {@code 1048576}: powers of 1024, as Java's -Xmx reads them. */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            Matcher m = BYTES.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("expected a size such as 100MB, 512K or 1G but was '" + value + "'");
            }
            int shift = switch (m.group(2).isEmpty() ? 'B' : m.group(2).charAt(0)) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                default -> 0;
            };
            return positive(m.group(1), shift, Long.MAX_VALUE, value);
        }
    }

    /** {@code 10M}, {@code 500K}, {@code 250000}: thousands and millions, as characters are counted. */
    static final class CharCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            Matcher m = COUNT.matcher(value.strip().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("expected a number such as 10M, 500K or 250000 but was '"
                        + value + "'");
            }
            long factor = switch (m.group(2)) {
                case "K" -> 1_000;
                case "M" -> 1_000_000;
                default -> 1;
            };
            long n = positive(m.group(1), 0, Integer.MAX_VALUE, value) * factor;
            if (n > Integer.MAX_VALUE) {
                throw new TypeConversionException("at most " + Integer.MAX_VALUE + " characters, was '" + value + "'");
            }
            return (int) n;
        }
    }

    private static long positive(String digits, int shift, long max, String value) {
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is too large");
        }
        if (n == 0) {
            throw new TypeConversionException("must be more than 0, was '" + value + "'");
        }
        if (n > max >> shift) {
            throw new TypeConversionException("'" + value + "' is too large");
        }
        return n << shift;
    }
}
