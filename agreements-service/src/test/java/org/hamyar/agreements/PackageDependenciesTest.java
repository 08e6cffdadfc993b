package org.hamyar.agreements;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package graph of the main code (its compiled classes, so fully qualified names and annotations
 * count as well as imports). {@code agreement} is the root aggregate: {@code commitment},
 * {@code committee} and {@code calendar} build on its domain, never the reverse; {@code lifecycle}
 * and {@code demo} drive the others and nothing depends on them.
 */
class PackageDependenciesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.hamyar.agreements");

    @Test
    void theTopLevelPackagesFormNoCycle() {
        slices().matching("org.hamyar.agreements.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noPackageIsInACycleWithItsNeighbours() {
        slices().matching("org.hamyar.agreements.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theAgreementDependsOnNothingBuiltOnIt() {
        noClasses().that().resideInAPackage("org.hamyar.agreements.agreement..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hamyar.agreements.commitment..",
                        "org.hamyar.agreements.committee..", "org.hamyar.agreements.calendar..",
                        "org.hamyar.agreements.lifecycle..", "org.hamyar.agreements.demo..")
                .check(MAIN);
    }

    @Test
    void theDomainPackagesKnowNothingOfHttpOrTheirApiRecords() {
        noClasses().that().resideInAnyPackage("org.hamyar.agreements.agreement", "org.hamyar.agreements.commitment",
                        "org.hamyar.agreements.committee", "org.hamyar.agreements.calendar",
                        "org.hamyar.agreements.organization")
                .should().dependOnClassesThat().resideInAnyPackage("..rest..", "jakarta.ws.rs..",
                        "com.fasterxml.jackson..", "org.eclipse.microprofile.openapi..", "jakarta.validation..")
                .check(MAIN);
    }
}
