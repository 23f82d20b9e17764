package org.threadguard.app.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The MVVM rules of ../shared/CONVENTIONS.md, enforced. */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.threadguard.app.ui");

    @Test
    void viewModelsUseNoSceneGraphStageOrPlatform() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .check(UI);
    }

    @Test
    void servicesKnowNothingOfJavaFx() {
        noClasses().that().resideInAPackage("org.threadguard.app.ui.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(UI);
    }

    @Test
    void controllersDoNotTalkToTheCacheOrImporters() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.threadguard.imap..")
                .orShould().dependOnClassesThat().haveSimpleName("MailboxService")
                .check(UI);
    }
}
