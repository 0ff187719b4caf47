package io.gopherscope.launch;

import io.gopherscope.cli.Cli;

/**
 * The jar's {@code Main-Class}. {@code run} and {@code trace} start here and go straight to the
 * command line: the build copies this package, {@code cli} and the engine's packages (which need
 * nothing but the JDK, see ArchitectureTest) to the jar's root, so they load through the JVM's own
 * class loader and skip Spring Boot's nested-jar launcher, which costs about a tenth of a second
 * before the first line of a program runs. Everything else (the web application, {@code lessons},
 * Spring Boot's {@code -Djarmode=...} tools) is handed to Spring Boot's {@code JarLauncher}, which
 * starts {@code Start-Class} ({@link io.gopherscope.GopherscopeApplication}) as before.
 *
 * <p>In a plain class-path run (an IDE, {@code ./mvnw spring-boot:run}) start
 * {@link io.gopherscope.GopherscopeApplication} instead; it accepts the same arguments.
 */
public final class Launcher {
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        if (args.length > 0 && Cli.isCommand(args[0]) && System.getProperty("jarmode") == null) {
            System.exit(Cli.execute(args, System.out, System.err));
        }
        Class<?> launcher;
        try {
            launcher = Class.forName(SPRING_BOOT_LAUNCHER);
        } catch (ClassNotFoundException notInABootJar) {
            launcher = Class.forName("io.gopherscope.GopherscopeApplication");
        }
        try {
            launcher.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
