package com.cacfiling.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The design card's one-way dependencies (web → docs → rules → domain) and a model free of Spring. Maven scopes
 * already make the reverse direction fail to compile; this keeps it visible and covers transitive slips.
 */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cacfiling");
    }

    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("web").definedBy("com.cacfiling.web..")
                .layer("docs").definedBy("com.cacfiling.docs..")
                .layer("rules").definedBy("com.cacfiling.rules..")
                .layer("domain").definedBy("com.cacfiling.domain..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("docs").mayOnlyBeAccessedByLayers("web")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("docs", "web")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rules", "docs", "web")
                .check(portal);
    }

    @Test
    void domainAndRulesStayFreeOfSpring() {
        noClasses().that().resideInAnyPackage("com.cacfiling.domain..", "com.cacfiling.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .check(portal);
    }

    @Test
    void documentsDoNotUseSpringMvc() {
        noClasses().that().resideInAPackage("com.cacfiling.docs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .allowEmptyShould(true)
                .check(portal);
    }

    @Test
    void theDomainIsNotCoupledToTheWebOrDocuments() {
        noClasses().that().resideInAPackage("com.cacfiling.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.cacfiling.rules..", "com.cacfiling.docs..",
                        "com.cacfiling.web..")
                .check(portal);
    }

    @Test
    void cachesAreBuiltWithTheirUpkeepOnTheUsingThread() {
        noClasses().that().doNotHaveFullyQualifiedName("com.cacfiling.web.system.Caches")
                .should().callMethod(com.github.benmanes.caffeine.cache.Caffeine.class, "newBuilder")
                .because("Caches.caffeine() keeps a cache's upkeep off the common fork-join pool")
                .check(portal);
    }
}
