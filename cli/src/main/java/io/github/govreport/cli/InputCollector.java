package io.github.govreport.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the PATH arguments into the inputs of a run: files, standard input and the paths that failed. */
final class InputCollector {

    /**
     * The extensions of the files taken from a directory unless {@code --include} says otherwise; a
     * file named on the command line is always taken.
     */
    static final List<String> DOCUMENT_EXTENSIONS =
            List.of("txt", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "doc");

    private static final String STDIN = "-";

    private final PathFilter filter;

    /** Takes the files with a document extension from directories. */
    InputCollector() {
        this(PathFilter.documents());
    }

    /** Takes the files that {@code filter} accepts from directories. */
    InputCollector(PathFilter filter) {
        this.filter = filter;
    }

    /** The inputs in argument order; the files of a directory sorted by path. */
    List<Input> collect(List<Path> paths) {
        List<Input> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (path.toString().equals(STDIN)) {
                inputs.add(new Input.Stdin());
            } else if (Files.isDirectory(path)) {
                inputs.addAll(walk(path));
            } else if (Files.exists(path)) {
                inputs.add(new Input.File(path));
            } else {
                inputs.add(new Input.Unreadable(path.toString(), "no such file or directory"));
            }
        }
        return inputs;
    }

    private List<Input> walk(Path directory) {
        // Keyed by path so that files and unreadable subdirectories come out in one sorted order.
        Map<Path, Input> found = new TreeMap<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            // The directory given is walked even when hidden ("." is); .git and the like below it are not.
                            if (dir.equals(directory)) {
                                return FileVisitResult.CONTINUE;
                            }
                            return isHidden(dir) || !filter.acceptsDirectory(directory.relativize(dir))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && !isHidden(file) && filter.acceptsFile(directory.relativize(file))) {
                                found.put(file, new Input.File(file));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            found.put(file, new Input.Unreadable(file.toString(), Messages.describe(e)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                            if (e != null) {
                                found.put(dir, new Input.Unreadable(dir.toString(), Messages.describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            // The visitor records every failure itself; this is only reached if the walk cannot start.
            return List.of(new Input.Unreadable(directory.toString(), Messages.describe(e)));
        }
        if (found.isEmpty()) {
            return List.of(new Input.Unreadable(directory.toString(),
                    "no documents in this directory (looked for " + filter.describe() + ")"));
        }
        return List.copyOf(found.values());
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
