package io.gopherscope;

import io.gopherscope.cli.Cli;
import io.gopherscope.lesson.LessonsCommand;
import io.gopherscope.ops.DbCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import java.io.OutputStream;
import java.util.Map;

/**
 * The application's entry point (the jar's {@code Start-Class}). A first argument naming a command
 * ({@code run}, {@code trace}, {@code lessons}, {@code db}) goes to the command line, which never starts a
 * Spring context; anything else starts the web application. In the jar, {@code run} and
 * {@code trace} are answered earlier, by {@link io.gopherscope.launch.Launcher}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GopherscopeApplication {

    /** Commands that need Spring's libraries (but no Spring context), by name. */
    static final Map<String, Cli.Command> COMMANDS = Map.of(
            "lessons", LessonsCommand::execute,
            "db", DbCommand::execute);

    public static void main(String[] args) {
        if (args.length > 0 && isCommand(args[0])) {
            System.exit(command(args, System.out, System.err));
        }
        SpringApplication.run(GopherscopeApplication.class, args);
    }

    static boolean isCommand(String arg) {
        return Cli.isCommand(arg) || COMMANDS.containsKey(arg);
    }

    /** Runs a command line and returns its exit status. */
    public static int command(String[] args, OutputStream out, OutputStream err) {
        return Cli.execute(args, out, err, COMMANDS);
    }
}
