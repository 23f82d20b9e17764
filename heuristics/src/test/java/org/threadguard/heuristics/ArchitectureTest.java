package org.threadguard.heuristics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Heuristics is pure logic: no UI, no mail library, no database, no files, no network. */
@AnalyzeClasses(packages = "org.threadguard.heuristics", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noUiMailOrDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "jakarta.mail..", "javax.mail..", "java.sql..", "java.nio.file..",
                    "java.net.http..", "org.threadguard.imap..", "org.threadguard.app..")
            .because("heuristics must stay pure logic over the message model");

    @ArchTest
    static final ArchRule noFilesOrSockets = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
            .because("heuristics reads only the bytes it is given");
}
