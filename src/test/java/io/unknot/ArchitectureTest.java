package io.unknot;

import com.formdev.flatlaf.FlatLaf;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.unknot.core.BreakEngine;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.HistoryRecorder;
import io.unknot.history.HistoryStore;
import io.unknot.history.Journal;
import io.unknot.history.PastDrives;
import io.unknot.platform.x11.XConnection;
import io.unknot.ui.theme.Appearance;
import org.slf4j.Logger;

import javax.swing.LookAndFeel;
import javax.swing.UIManager;

import java.util.ResourceBundle;
import java.util.Set;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, checked on the compiled main classes: a forbidden import fails the
 * build. Each rule's {@code because} is the reason a reader gets with the failure.
 */
@AnalyzeClasses(packages = "io.unknot",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String CORE = "io.unknot.core..";
    private static final String UI = "io.unknot.ui..";

    @ArchTest
    static final ArchRule coreUsesOnlyCore = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAPackage("io.unknot..").and(not(resideInAPackage(CORE))))
            .because("the core is the pure model everything else is built around; adapters depend on it, "
                    + "never the other way round");

    @ArchTest
    static final ArchRule coreUsesNoDesktopSchedulerNativeCodeOrLogging = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "org.quartz..",
                    "com.sun.jna..", "dorkbox..", "org.slf4j..", "java.util.logging..")
            .because("the core is plain Java: views, timers, native calls and the log are the adapters' work; "
                    + "the core returns what happened or reports it to a listener");

    @ArchTest
    static final ArchRule coreReadsNoFiles = noClasses().that().resideInAPackage(CORE)
            .should().dependOnClassesThat(resideInAnyPackage("java.nio.file..", "java.nio.channels..")
                    .or(resideInAPackage("java.io").and(fileAccess()))
                    .or(type(ClassLoader.class)).or(type(java.net.URL.class)))
            .orShould().accessTargetWhere(classPathResource())
            .orShould().callMethodWhere(DescribedPredicate.describe("ResourceBundle.getBundle",
                    call -> call.getTarget().getOwner().isEquivalentTo(java.util.ResourceBundle.class)
                            && call.getTarget().getName().equals("getBundle")))
            .because("files and class-path resources are read by an adapter (io.unknot.catalog for suggestions "
                    + "and health tips); the core parses text it is given");

    @ArchTest
    static final ArchRule coreReadsNoSystemTime = noClasses().that().resideInAPackage(CORE)
            .should().accessTargetWhere(systemTime())
            .because("the core is tested on a fake clock: time comes from the injected Clock and Ticker");

    @ArchTest
    static final ArchRule onlySchedulingUsesQuartz = onlyInside("io.unknot.scheduling..", "org.quartz..",
            "Quartz sits behind scheduling's TriggerSource, so it can be replaced or faked in one place");

    @ArchTest
    static final ArchRule onlyTheTrayUsesDorkbox = onlyInside("io.unknot.ui.tray..", "dorkbox..",
            "dorkbox SystemTray sits behind the tray's neutral menu model (DorkboxTray)");

    @ArchTest
    static final ArchRule viewsDoNotSchedule = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("io.unknot.scheduling..")
            .because("when the engine runs is the app's business; a view only asks the app");

    @ArchTest
    static final ArchRule viewsDoNotCommandTheEngine = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().areAssignableTo(BreakEngine.class)
            .because("one command path: a button or key reaches the engine through the app's commands "
                    + "(AppActions behind TrayActions, BreakCommands, DriveLog), which wake the scheduler and log "
                    + "what the user did");

    @ArchTest
    static final ArchRule viewsDoNotWriteHistory = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().areAssignableTo(HistoryStore.class)
            .orShould().dependOnClassesThat().areAssignableTo(HistoryKeeper.class)
            .orShould().dependOnClassesThat().areAssignableTo(Journal.class)
            .orShould().dependOnClassesThat().areAssignableTo(HistoryRecorder.class)
            .orShould().dependOnClassesThat().areAssignableTo(PastDrives.class)
            .because("views read the history through HistoryFigures and log a drive through the app's DriveLog; "
                    + "only the app and the recorder write it");

    @ArchTest
    static final ArchRule historyKnowsNoViews = noClasses().that().resideInAPackage("io.unknot.history..")
            .should().dependOnClassesThat().resideInAPackage("io.unknot.ui..")
            .because("the history records and reads what happened; the views read it, not the other way round");

    @ArchTest
    static final ArchRule noCyclesBetweenAreas = slices().matching("io.unknot.(*)..").should().beFreeOfCycles()
            .because("each top-level package is a layer or an adapter; a cycle would make two of them one");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("io.unknot.(**)").should().beFreeOfCycles()
            .because("a package that needs another must not be needed by it: e.g. core.suggest never uses core");

    @ArchTest
    static final ArchRule noStaticRegistries = fields().that().areStatic()
            .and().areDeclaredInClassesThat(not(name(XConnection.class.getName() + "$ErrorGuard")
                    .or(name("io.unknot.app.Logging"))))
            .should().beFinal()
            .because("state is owned by an object that is passed where it is needed, never a static slot anyone "
                    + "can change; the exceptions are process-wide by nature: Xlib has one error handler per "
                    + "process (XConnection.ErrorGuard), java.util.logging one configuration (Logging)");

    @ArchTest
    static final ArchRule themeAndLanguageKeepNoStaticState = fields().that().areStatic()
            .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
            .and().areDeclaredInClassesThat().resideInAnyPackage("io.unknot.ui.theme..", "io.unknot.i18n..")
            .should().haveRawType(DescribedPredicate.describe("a constant (primitive, String, bundle control) or a "
                    + "Logger", (JavaClass raw) -> raw.isPrimitive() || raw.isEquivalentTo(String.class)
                    || raw.isEquivalentTo(Logger.class) || raw.isEquivalentTo(ResourceBundle.Control.class)))
            .because("the theme and the language are objects App owns (Appearance, Language) and passes where "
                    + "they are needed; a static map, set or flag here would be a registry again");

    @ArchTest
    static final ArchRule onlyAppearanceInstallsALook = noClasses().that().doNotHaveFullyQualifiedName(
                    Appearance.class.getName())
            .should().callMethod(FlatLaf.class, "setup", LookAndFeel.class)
            .orShould().callMethod(UIManager.class, "setLookAndFeel", LookAndFeel.class)
            .orShould().callMethod(UIManager.class, "setLookAndFeel", String.class)
            .because("the one Appearance decides light or dark and follows the theme setting");

    /** Classes outside {@code owner} never use {@code library}. */
    private static ArchRule onlyInside(String owner, String library, String because) {
        return noClasses().that().resideOutsideOfPackage(owner)
                .should().dependOnClassesThat().resideInAPackage(library).because(because);
    }

    /** java.io classes that open, name or stream files (File, FileInputStream, RandomAccessFile, ...). */
    private static DescribedPredicate<JavaClass> fileAccess() {
        return simpleNameStartingWith("File").or(simpleNameStartingWith("RandomAccess"))
                .or(type(java.io.InputStream.class)).or(type(java.io.OutputStream.class))
                .or(type(java.io.Reader.class)).or(type(java.io.Writer.class))
                .or(simpleNameStartingWith("Buffered")).or(simpleNameStartingWith("InputStream"))
                .or(simpleNameStartingWith("OutputStream"))
                .as("file access");
    }

    /** Class.getResource(AsStream) and the like: reading the jar. */
    private static DescribedPredicate<JavaAccess<?>> classPathResource() {
        return DescribedPredicate.describe("a class-path resource (getResource, getResourceAsStream)",
                access -> access.getTarget().getName().startsWith("getResource")
                        && Set.of("java.lang.Class", "java.lang.ClassLoader", "java.lang.Module")
                                .contains(access.getTarget().getOwner().getName()));
    }

    /** Reading the machine's time: System.currentTimeMillis/nanoTime, X.now() without a Clock, Clock.system*. */
    private static DescribedPredicate<JavaAccess<?>> systemTime() {
        Set<String> nowOwners = Set.of("java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
                "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
                "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");
        return DescribedPredicate.describe("the system clock (System.currentTimeMillis/nanoTime, now() without a "
                + "Clock, Clock.system*)", access -> {
            AccessTarget target = access.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            boolean noClock = !(target instanceof AccessTarget.CodeUnitAccessTarget unit)
                    || unit.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(java.time.Clock.class));
            return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || nowOwners.contains(owner) && name.equals("now") && noClock
                    || owner.equals("java.time.Clock") && name.startsWith("system");
        });
    }
}
