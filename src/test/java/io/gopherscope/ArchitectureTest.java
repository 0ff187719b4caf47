package io.gopherscope;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The wall around the engine (STYLE.md guideline 2): the engine is a plain Java library, and the
 * web and command-line code reach it only through its one door ({@code engine}) and the snapshot
 * records ({@code trace}).
 */
@AnalyzeClasses(packages = "io.gopherscope", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ENGINE = {
            "io.gopherscope.lang..", "io.gopherscope.compile..", "io.gopherscope.vm..",
            "io.gopherscope.rt..", "io.gopherscope.trace..", "io.gopherscope.engine.."};

    private static final String[] ENGINE_INTERNALS = {
            "io.gopherscope.lang..", "io.gopherscope.compile..", "io.gopherscope.vm..", "io.gopherscope.rt.."};

    private static final String[] OUTSIDE = {
            "io.gopherscope.play..", "io.gopherscope.system..", "io.gopherscope.cli..",
            "io.gopherscope.lesson..", "io.gopherscope.classroom.."};

    @ArchTest
    static final ArchRule engineIsPlainJava = noClasses()
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "jakarta..", "javax.servlet..",
                    "tools.jackson..", "com.fasterxml..", "java.net..")
            .because("the engine is a library with no Spring, servlet, JSON library or network access");

    @ArchTest
    static final ArchRule outsideUsesOnlyTheFacade = noClasses()
            .that().resideInAnyPackage(OUTSIDE)
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("web and CLI code reach the engine only through io.gopherscope.engine and io.gopherscope.trace")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule entryPointUsesOnlyTheFacade = noClasses()
            .that().resideInAPackage("io.gopherscope")
            .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INTERNALS)
            .because("the application class only chooses between the CLI and the web server");

    /** What the build copies to the jar's root for {@link io.gopherscope.launch.Launcher} (see pom.xml). */
    private static final String[] JAR_ROOT = {
            "io.gopherscope.launch..", "io.gopherscope.cli..",
            "io.gopherscope.lang..", "io.gopherscope.compile..", "io.gopherscope.vm..",
            "io.gopherscope.rt..", "io.gopherscope.trace..", "io.gopherscope.engine..", "java.."};

    @ArchTest
    static final ArchRule jarRootNeedsOnlyTheJdk = classes()
            .that().resideInAnyPackage(java.util.Arrays.copyOf(JAR_ROOT, JAR_ROOT.length - 1))
            .should().onlyDependOnClassesThat().resideInAnyPackage(JAR_ROOT)
            .because("run and trace load these classes from the jar's root, where Spring's libraries are not visible");

    @ArchTest
    static final ArchRule classroomSitsOnTop = noClasses()
            .that().resideInAnyPackage("io.gopherscope.lesson..", "io.gopherscope.play..", "io.gopherscope.system..",
                    "io.gopherscope.cli..", "io.gopherscope.engine..")
            .should().dependOnClassesThat().resideInAPackage("io.gopherscope.classroom..")
            .because("the classroom plugs into the lesson pages through lesson.AttemptRecorder; nothing depends on it");

    @ArchTest
    static final ArchRule systemStandsAlone = noClasses()
            .that().resideInAPackage("io.gopherscope.system..")
            .should().dependOnClassesThat().resideInAnyPackage("io.gopherscope.lesson..", "io.gopherscope.play..")
            .because("system (security, headers, i18n) is shared by every feature and must not form a cycle with one");
}
