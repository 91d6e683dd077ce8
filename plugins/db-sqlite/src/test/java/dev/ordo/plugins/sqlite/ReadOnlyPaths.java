package dev.ordo.plugins.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes files and folders really read-only for a test. Permission bits do not stop root (tests often run as
 * root in containers), so where they are not enough the file is made immutable with chattr; a test that can do
 * neither is skipped rather than passing falsely.
 */
final class ReadOnlyPaths {

    private final List<Path> chmodded = new ArrayList<>();
    private final List<Path> immutable = new ArrayList<>();

    void make(Path path) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
            Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        chmodded.add(path);
        if (Files.isWritable(path) && chattr("+i", path)) {
            immutable.add(path);
        }
        Assumptions.assumeFalse(Files.isWritable(path), "cannot make " + path + " read-only for this user");
    }

    void restore() throws IOException, InterruptedException {
        for (Path path : immutable) {
            chattr("-i", path);
        }
        for (Path path : chmodded) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
        }
        immutable.clear();
        chmodded.clear();
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
        } catch (IOException noChattr) {
            return false;
        }
        process.getInputStream().readAllBytes();
        return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
