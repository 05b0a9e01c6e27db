package io.unknot;

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

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * One command path: the views reach the engine and the history only through the app's narrow interfaces
 * (TrayActions, BreakCommands, DriveLog, HistoryFigures), so every user command passes through AppActions.
 */
@AnalyzeClasses(packages = "io.unknot", importOptions = ImportOption.DoNotIncludeTests.class)
class UiBoundaryArchTest {

    private static final String UI = "io.unknot.ui..";

    @ArchTest
    static final ArchRule viewsDoNotSchedule = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage("io.unknot.scheduling..")
            .because("when the engine runs is the app's business; a view only asks the app");

    @ArchTest
    static final ArchRule viewsDoNotCommandTheEngine = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().areAssignableTo(BreakEngine.class)
            .because("a button or key reaches the engine through the app's commands, which wake the scheduler "
                    + "and log what the user did");

    @ArchTest
    static final ArchRule viewsDoNotWriteHistory = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().areAssignableTo(HistoryStore.class)
            .orShould().dependOnClassesThat().areAssignableTo(HistoryKeeper.class)
            .orShould().dependOnClassesThat().areAssignableTo(Journal.class)
            .orShould().dependOnClassesThat().areAssignableTo(HistoryRecorder.class)
            .orShould().dependOnClassesThat().areAssignableTo(PastDrives.class)
            .because("views read the history through HistoryFigures and log a drive through the app's DriveLog; "
                    + "only the app and the recorder write it");
}
