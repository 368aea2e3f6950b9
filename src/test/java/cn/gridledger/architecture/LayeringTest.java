package cn.gridledger.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of DEVELOPERS.md, enforced: model ← logic ← ui/cli, and SQL only in logic.store. */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.gridledger");
    }

    @Test
    void modelIsPlainData() {
        noClasses().that().resideInAPackage("cn.gridledger.model..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gridledger.logic..", "cn.gridledger.ui..",
                        "cn.gridledger.cli..", "javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void logicKnowsNothingOfTheWindowOrTheCommandLine() {
        noClasses().that().resideInAPackage("cn.gridledger.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.gridledger.ui..", "cn.gridledger.cli..", "javafx..")
                .check(classes);
    }

    @Test
    void uiAndCliCallServicesNotStorage() {
        noClasses().that().resideInAnyPackage("cn.gridledger.ui..", "cn.gridledger.cli..")
                .should().dependOnClassesThat().resideInAPackage("cn.gridledger.logic.store..")
                .check(classes);
    }

    @Test
    void sqlStaysInTheStoragePackage() {
        noClasses().that().resideOutsideOfPackage("cn.gridledger.logic.store..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .check(classes);
    }

    @Test
    void theWindowNeverRunsTheFullDatabaseCheck() {
        // PRAGMA integrity_check reads every page: at start it kept the login away 10–14 s on a 270 MB
        // database (50,000 households); the window's start relies on the background quick_check instead
        noClasses().that().resideInAPackage("cn.gridledger.ui..")
                .should().callMethod(cn.gridledger.logic.service.MaintenanceService.class, "check")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFx() {
        noClasses().that().resideInAPackage("cn.gridledger.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "cn.gridledger.ui..")
                .check(classes);
    }
}
