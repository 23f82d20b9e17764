package org.threadguard.imap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The connector is a service layer: no UI toolkit, no dependency on the app. */
@AnalyzeClasses(packages = "org.threadguard.imap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noUi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "org.threadguard.app..")
            .because("UI code calls the connector, never the other way round");

    @ArchTest
    static final ArchRule sqlStaysInTheCache = noClasses().that().resideOutsideOfPackage("org.threadguard.imap.cache..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("storage hides behind MessageCache");
}
