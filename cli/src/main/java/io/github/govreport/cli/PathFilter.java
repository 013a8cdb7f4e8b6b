package io.github.govreport.cli;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which files of a directory are inputs: {@code --include} and {@code --exclude} globs, matched
 * against the path relative to the directory given on the command line.
 *
 * <p>A glob with a {@code /} is matched against the whole relative path ({@code 2024/*.pdf},
 * {@code **}{@code /draft/**}); a glob without one against the file name alone, at any depth
 * ({@code *.pdf}), as in {@code .gitignore}. An excluded directory is not walked. Without
 * {@code --include} the document extensions are included, case-insensitively.
 */
final class PathFilter {

    private final List<Glob> includes;
    private final List<Glob> excludes;
    /** The extensions taken when no glob is included, lower case; empty when globs are. */
    private final List<String> extensions;

    private PathFilter(List<Glob> includes, List<Glob> excludes, List<String> extensions) {
        this.includes = includes;
        this.excludes = excludes;
        this.extensions = extensions;
    }

    /** The default: every file with a document extension. */
    static PathFilter documents() {
        return new PathFilter(List.of(), List.of(), InputCollector.DOCUMENT_EXTENSIONS);
    }

    /** Every file with a document extension or one of {@code more} (json). */
    static PathFilter documentsAnd(String... more) {
        return new PathFilter(List.of(), List.of(),
                Stream.concat(InputCollector.DOCUMENT_EXTENSIONS.stream(), Stream.of(more)).toList());
    }

    /** The globs given; no includes means the document extensions. */
    static PathFilter of(List<String> includes, List<String> excludes) {
        FileSystem fs = FileSystems.getDefault();
        return new PathFilter(globs(fs, includes), globs(fs, excludes),
                includes.isEmpty() ? InputCollector.DOCUMENT_EXTENSIONS : List.of());
    }

    /** Whether a file found at {@code relative} below the directory given is an input. */
    boolean acceptsFile(Path relative) {
        boolean included = includes.isEmpty() ? hasExtension(relative)
                : includes.stream().anyMatch(glob -> glob.matches(relative));
        return included && !isExcluded(relative);
    }

    /** Whether the directory at {@code relative} below the directory given is to be walked. */
    boolean acceptsDirectory(Path relative) {
        return !isExcluded(relative);
    }

    /** What was looked for, for the message about a directory without inputs. */
    String describe() {
        String included = includes.isEmpty()
                ? "." + String.join(", .", extensions)
                : includes.stream().map(Glob::pattern).collect(Collectors.joining(", "));
        return excludes.isEmpty() ? included
                : included + " except " + excludes.stream().map(Glob::pattern).collect(Collectors.joining(", "));
    }

    private boolean isExcluded(Path relative) {
        return excludes.stream().anyMatch(glob -> glob.matches(relative));
    }

    private boolean hasExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Glob> globs(FileSystem fs, List<String> patterns) {
        return patterns.stream().map(p -> new Glob(p, fs.getPathMatcher("glob:" + p), p.contains("/"))).toList();
    }

    private record Glob(String pattern, PathMatcher matcher, boolean wholePath) {

        boolean matches(Path relative) {
            return matcher.matches(wholePath ? relative : relative.getFileName());
        }
    }
}
