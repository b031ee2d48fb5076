package org.cutri.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/decisions/0004-layering.md, checked on the main classes (tests may do as they
 * need). A class's layer is told by its package and by the role its type plays, never by how its name
 * ends:
 * <ul>
 * <li><b>DAO</b>: an interface whose methods carry Jdbi SqlObject statements ({@code @SqlQuery}…);</li>
 * <li><b>service</b>: a class that works with the database (uses Jdbi or a DAO) or is built on such a
 * class (its constructor takes one), and is neither a view nor a view-model;</li>
 * <li><b>view</b>: an FXML controller ({@code @FXML} members), a {@code Screen} of the main window, or a
 * class that builds its own window (a {@code Stage}, {@code Scene} or {@code Dialog});</li>
 * <li><b>view-model</b>: any other class that hands out JavaFX observable state (a public method returning
 * a property, an observable value or an observable list), with its superclasses;</li>
 * <li><b>record</b>: a Java record of a feature package.</li>
 * </ul>
 * Nested classes, anonymous classes and lambdas count as part of their outermost class. When a rule
 * fails, fix the class it names rather than the rule.
 */
class ArchitectureTest {

    /** Packages that are not features: the window shell, the command line and shared helpers. */
    private static final String[] NON_FEATURE_PACKAGES = {"org.cutri.app..", "org.cutri.cli..", "org.cutri.common.."};
    private static final String COMMAND_LINE = "org.cutri.cli..";
    /** The command line opens the window through this class only; past it JavaFX is expected. */
    private static final String WINDOW_ENTRY = "org.cutri.app.CutriApplication";
    /** The composition root builds every service on the database's Jdbi. */
    private static final String COMPOSITION_ROOT = "org.cutri.app.AppContext";

    private static JavaClasses classes;
    private static Roles roles;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the build folder can be moved (-Dcutri.build.dir), which the option above does not know
                .withImportOption(location -> !location.contains("/test-classes/"))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.cutri");
        roles = new Roles(classes);
    }

    /** The roles of the program's classes, worked out once from their types. */
    private static final class Roles {
        private final Set<String> daos = new HashSet<>();
        private final Set<String> views = new HashSet<>();
        private final Set<String> viewModels = new HashSet<>();
        private final Set<String> services = new HashSet<>();

        Roles(JavaClasses all) {
            for (JavaClass type : all) {
                if (type.isInterface() && type.getMethods().stream().anyMatch(Roles::isStatement)) {
                    daos.add(type.getName());
                }
                if (isView(type)) {
                    views.add(outermost(type).getName());
                }
            }
            for (JavaClass type : all) {
                String top = outermost(type).getName();
                // A control of our own (a Node or its Skin) hands out properties too, but is window-side.
                boolean control = outermost(type).isAssignableTo("javafx.scene.Node")
                        || outermost(type).isAssignableTo("javafx.scene.control.Skin");
                if (!views.contains(top) && !control && type.getMethods().stream().anyMatch(Roles::handsOutObservable)) {
                    viewModels.add(top);
                    type.getAllRawSuperclasses().stream().filter(s -> s.getPackageName().startsWith("org.cutri"))
                            .forEach(s -> viewModels.add(s.getName()));
                }
            }
            for (JavaClass type : all) {
                String top = outermost(type).getName();
                if (!daos.contains(top) && !isWindowSide(top) && !top.equals(COMPOSITION_ROOT)
                        && type.getDirectDependenciesFromSelf().stream().anyMatch(d -> usesDatabase(d.getTargetClass()))) {
                    services.add(top);
                }
            }
            boolean grew = true;
            while (grew) {
                grew = false;
                for (JavaClass type : all) {
                    String name = type.getName();
                    if (services.contains(name) || isWindowSide(name) || type.isRecord() || type.isInterface()
                            || name.equals(COMPOSITION_ROOT)) {
                        continue;
                    }
                    for (JavaConstructor constructor : type.getConstructors()) {
                        if (constructor.getRawParameterTypes().stream().anyMatch(p -> services.contains(p.getName()))) {
                            grew |= services.add(name);
                        }
                    }
                }
            }
        }

        private boolean usesDatabase(JavaClass target) {
            return target.getPackageName().startsWith("org.jdbi") || daos.contains(target.getName());
        }

        private static boolean isStatement(JavaMethod method) {
            return method.getAnnotations().stream()
                    .anyMatch(a -> a.getRawType().getPackageName().startsWith("org.jdbi.v3.sqlobject"));
        }

        private static boolean isView(JavaClass type) {
            boolean fxml = type.getFields().stream().anyMatch(f -> f.isAnnotatedWith("javafx.fxml.FXML"))
                    || type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith("javafx.fxml.FXML"));
            boolean screen = type.getAllRawInterfaces().stream().anyMatch(i -> i.getName().equals("org.cutri.common.ui.Screen"));
            boolean ownWindow = type.getConstructorCallsFromSelf().stream().anyMatch(call -> {
                JavaClass created = call.getTargetOwner();
                return created.isAssignableTo("javafx.stage.Window") || created.isAssignableTo("javafx.scene.Scene")
                        || created.isAssignableTo("javafx.scene.control.Dialog");
            });
            return fxml || screen || ownWindow;
        }

        private static boolean handsOutObservable(JavaMethod method) {
            return method.getModifiers().contains(JavaModifier.PUBLIC)
                    && (method.getRawReturnType().isAssignableTo("javafx.beans.value.ObservableValue")
                            || method.getRawReturnType().isAssignableTo("javafx.collections.ObservableList"));
        }

        boolean isWindowSide(String name) {
            return views.contains(name) || viewModels.contains(name);
        }

        DescribedPredicate<JavaClass> dao() {
            return in("DAOs (Jdbi SqlObject interfaces)", daos);
        }

        /** A record nested in a service (its result, e.g. {@code DemoService.Summary}) is a value, not a service. */
        DescribedPredicate<JavaClass> service() {
            return DescribedPredicate.describe("services (classes working with the database, or built on them)",
                    type -> !type.isRecord() && services.contains(outermost(type).getName()));
        }

        DescribedPredicate<JavaClass> view() {
            return in("views (FXML controllers, screens, classes building a window)", views);
        }

        DescribedPredicate<JavaClass> viewModel() {
            return in("view-models (classes handing out JavaFX observable state)", viewModels);
        }

        private static DescribedPredicate<JavaClass> in(String description, Set<String> names) {
            return DescribedPredicate.describe(description, type -> names.contains(outermost(type).getName()));
        }
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @Test
    void theRolesAreFound() {
        // Guards every rule below against a role that silently matches nothing.
        assertFound(roles.daos, "org.cutri.opinion.OpinionDao", "org.cutri.hamlet.HamletDao");
        assertFound(roles.services, "org.cutri.opinion.OpinionService", "org.cutri.report.ReportFiles",
                "org.cutri.opinionimport.OpinionImportService");
        assertFound(roles.views, "org.cutri.hamlet.HamletView", "org.cutri.opinion.OpinionListView",
                "org.cutri.help.GuideWindow");
        assertFound(roles.viewModels, "org.cutri.hamlet.HamletViewModel", "org.cutri.common.ui.ListEditorViewModel",
                "org.cutri.minutes.MinutesViewModel");
    }

    private static void assertFound(Set<String> role, String... expected) {
        for (String name : expected) {
            if (!role.contains(name)) {
                throw new AssertionError(name + " was not recognised in its role: " + role);
            }
        }
    }

    @Test
    void servicesAndDaosDoNotDependOnJavaFx() {
        ArchRule rule = noClasses().that(roles.service()).or(roles.dao())
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
    void whatTheCommandLineReachesRunsWithoutJavaFx() {
        ArchRule rule = classes().that().resideInAPackage(COMMAND_LINE)
                .should(new ArchCondition<JavaClass>("reach no JavaFX class (except by opening the window)") {
                    @Override
                    public void check(JavaClass start, ConditionEvents events) {
                        List<String> path = pathToJavaFx(start);
                        if (path != null) {
                            events.add(SimpleConditionEvent.violated(start, String.join(" -> ", path)));
                        }
                    }
                })
                .because("every command runs on a machine without a display");
        rule.check(classes);
    }

    /** The shortest chain of dependencies from a class to JavaFX, not passing the window's entry; or null. */
    private static List<String> pathToJavaFx(JavaClass start) {
        Map<JavaClass, JavaClass> cameFrom = new HashMap<>();
        Deque<JavaClass> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            JavaClass current = queue.removeFirst();
            for (Dependency dependency : current.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("javafx.")) {
                    Deque<String> path = new ArrayDeque<>(List.of(target.getName()));
                    for (JavaClass step = current; step != start; step = cameFrom.get(step)) {
                        path.addFirst(step.getName());
                    }
                    path.addFirst(start.getName());
                    return List.copyOf(path);
                }
                if (target.getPackageName().startsWith("org.cutri") && !outermost(target).getName().equals(WINDOW_ENTRY)
                        && !cameFrom.containsKey(target)) {
                    cameFrom.put(target, current);
                    queue.addLast(target);
                }
            }
        }
        return null;
    }

    @Test
    void viewModelsDoNotTouchControlsOrLayouts() {
        ArchRule rule = noClasses().that(roles.viewModel())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.control..", "javafx.scene.layout..")
                .because("a view-model holds state as properties; only its view knows the controls");
        rule.check(classes);
    }

    @Test
    void everyPickerIsTheProgramsOwn() {
        ArchRule rule = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.ComboBox")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.ChoiceBox")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.controlsfx.control.SearchableComboBox")
                .because("every picker filters as lists do, case and diacritics ignored, and keeps its value"
                        + " (docs/decisions/0014-searchable-picker.md): use org.cutri.common.ui.SearchableComboBox");
        rule.check(classes);
    }

    @Test
    void viewsDoNotCallServicesOrDaos() {
        ArchRule rule = noClasses().that(roles.view())
                .should().dependOnClassesThat(roles.service().or(roles.dao()))
                .because("a view binds to its view-model, which calls the services off the FX thread");
        rule.check(classes);
    }

    @Test
    void onlyServicesUseJdbi() {
        ArchRule rule = noClasses().that(roles.view()).or(roles.viewModel())
                .or().resideInAPackage(COMMAND_LINE)
                .or().resideInAPackage("org.cutri.app..").and().doNotHaveFullyQualifiedName(COMPOSITION_ROOT)
                .should().dependOnClassesThat().resideInAPackage("org.jdbi..")
                .because("the database is reached through services only (the composition root builds them on Jdbi)");
        rule.check(classes);
    }

    @Test
    void daosAreUsedOnlyByServicesOfTheirOwnFeature() {
        ArchRule rule = classes().that(roles.dao())
                .should().onlyHaveDependentClassesThat(roles.service().or(roles.dao())
                        .or(DescribedPredicate.describe("the composition root",
                                type -> outermost(type).getName().equals(COMPOSITION_ROOT))))
                .andShould(new ArchCondition<JavaClass>("be used only inside their own feature package") {
                    @Override
                    public void check(JavaClass dao, ConditionEvents events) {
                        for (Dependency use : dao.getDirectDependenciesToSelf()) {
                            if (!use.getOriginClass().getPackageName().equals(dao.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .because("a service owns the transactions and the checks around its DAO; other features call the service");
        rule.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ArchRule rule = slices().matching("org.cutri.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void theSharedPackageDoesNotDependOnFeatures() {
        ArchRule rule = noClasses().that().resideInAPackage("org.cutri.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.cutri.common..", "java..", "javax.crypto..", "javafx..",
                        "org.slf4j..", "org.jdbi..", "org.h2..", "org.flywaydb..", "org.controlsfx..", "com.zaxxer..")
                .because("common is the bottom layer every feature may use");
        rule.check(classes);
    }

    @Test
    void noClassHasStaticStateThatCanChange() {
        ArchRule rule = fields().that().areStatic().should().beFinal()
                .because("no static mutable state: objects are wired through constructors (AppContext)");
        rule.check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(COMMAND_LINE)
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .because("messages go to the window or the log file; the console belongs to the command line");
        rule.check(classes);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        // Only the log's own set-up (a Logback configurator, found as a service) knows Logback.
        ArchRule rule = noClasses().that().doNotBelongToAnyOf(org.cutri.LogFileConfigurator.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.util.logging..", "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..")
                .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class)
                .orShould().callMethod(System.class, "getLogger", String.class)
                .because("one logging API (SLF4J) and one log file per data folder");
        rule.check(classes);
    }
}
