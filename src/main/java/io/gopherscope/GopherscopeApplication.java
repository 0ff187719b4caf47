package io.gopherscope;

import io.gopherscope.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The one entry point of the jar. A first argument naming a command ({@code run}, {@code trace},
 * {@code lessons}) goes to the command line, which never starts a Spring context; anything else
 * starts the web application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GopherscopeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.execute(args, System.out, System.err));
        }
        SpringApplication.run(GopherscopeApplication.class, args);
    }
}
