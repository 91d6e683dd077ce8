package dev.ordo.platform;

import dev.ordo.api.config.InvalidSettingException;
import dev.ordo.platform.config.EnvironmentSettings;
import dev.ordo.platform.config.OrdoConfig;
import dev.ordo.platform.config.StartupException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line: {@code java -jar ordo.jar [start|bootstrap|version]}. Configuration comes from the
 * environment and {@code .env}; a configuration Ordo cannot use ends the process with exit code 1 and one
 * sentence naming the setting, never a stack trace.
 */
public final class Ordo {

    private Ordo() {
    }

    /** The running host, closed when the process ends. */
    private static volatile OrdoHost running;

    public static void main(String[] args) {
        // One hook, so the log is flushed after the host has said its last words.
        Runtime.getRuntime().addShutdownHook(new Thread(Ordo::stop, "ordo-shutdown"));
        String command = args.length == 0 ? "start" : args[0];
        try {
            switch (command) {
                case "start" -> start();
                case "bootstrap" -> OrdoHost.bootstrap(loadConfig());
                case "version", "--version" -> System.out.println("Ordo " + Version.ORDO);
                case "help", "--help", "-h" -> printUsage();
                default -> {
                    System.err.println("Unknown command \"" + command + "\".");
                    printUsage();
                    System.exit(2);
                }
            }
        } catch (StartupException | InvalidSettingException e) {
            System.err.println("Ordo could not start: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void start() {
        running = OrdoHost.start(loadConfig());
    }

    private static void stop() {
        OrdoHost host = running;
        if (host != null) {
            host.close();
        }
        Logging.flush();
    }

    private static OrdoConfig loadConfig() {
        try {
            return OrdoConfig.from(EnvironmentSettings.load(System.getenv()), builtInPluginDirectory());
        } catch (IOException e) {
            throw new StartupException("The configuration file (CONFIG_PATH, default .env) cannot be read: " + e.getMessage(), e);
        }
    }

    /** {@code plugins/} beside {@code ordo.jar}; when run from a build's classes folder, the distribution's folder. */
    private static Path builtInPluginDirectory() {
        try {
            Path code = Path.of(Ordo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code.getParent().resolve("plugins")
                : code.getParent().resolve("ordo").resolve("plugins");
        } catch (URISyntaxException e) {
            return Path.of("plugins");
        }
    }

    private static void printUsage() {
        System.out.println("""
            Usage: java -jar ordo.jar [command]

              start      serve the API (the default); installs the system tables on first start
              bootstrap  install or update the system tables and create the first admin, then exit
              version    print the version

            Configuration comes from environment variables and an optional .env file; see README.md.""");
    }
}
