package org.cutri.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions/0004-layering.md, checked on the main classes (tests may do as they
 * need). When a rule fails, fix the class it names rather than the rule.
 */
class ArchitectureTest {

    /** Packages that are not features: the window shell, the command line and shared helpers. */
    private static final String[] NON_FEATURE_PACKAGES = {"org.cutri.app..", "org.cutri.cli..", "org.cutri.common.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the build folder can be moved (-Dcutri.build.dir), which the option above does not know
                .withImportOption(location -> !location.contains("/test-classes/"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.cutri");
    }

    /** The class itself or, for a nested or anonymous class and a lambda's class, its outermost class. */
    private static DescribedPredicate<JavaClass> topLevelNameEndingWith(String... suffixes) {
        return DescribedPredicate.describe("named *" + String.join(" or *", suffixes), javaClass -> {
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            String topLevel = nested < 0 ? name : name.substring(0, nested);
            for (String suffix : suffixes) {
                if (topLevel.endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    void servicesAndDaosDoNotDependOnJavaFx() {
        ArchRule rule = noClasses().that(topLevelNameEndingWith("Service", "Dao"))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("services and DAOs also run in the command line, without a window");
        rule.check(classes);
    }

    @Test
    void recordsOfFeaturesDoNotDependOnJavaFx() {
        ArchRule rule = noClasses().that().areRecords()
                .and().resideOutsideOfPackages(NON_FEATURE_PACKAGES)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the register's values are plain data, shared by the window and the command line");
        rule.check(classes);
    }

    @Test
    void viewModelsDoNotTouchControlsOrLayouts() {
        ArchRule rule = noClasses().that(topLevelNameEndingWith("ViewModel"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
                .because("a view-model holds state as properties; only its view knows the controls");
        rule.check(classes);
    }

    @Test
    void daosAreUsedOnlyByServices() {
        ArchRule rule = classes().that(topLevelNameEndingWith("Dao"))
                .should().onlyHaveDependentClassesThat(topLevelNameEndingWith("Service", "Dao"))
                .because("a service owns the transactions and the checks around its DAO");
        rule.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchRule rule = slices().matching("org.cutri.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.cutri.cli..")
                .and().doNotHaveFullyQualifiedName("org.cutri.Launcher")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("messages go to the window or the log file; the console belongs to the command line");
        rule.check(classes);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        ArchRule rule = noClasses()
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.util.logging..", "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..")
                .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
                .orShould().callMethod(System.class, "getLogger", String.class)
                .because("one logging API (SLF4J) and one log file per data folder");
        rule.check(classes);
    }
}
