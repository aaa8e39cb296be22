package com.cacfiling.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

    /**
     * The portal's feature packages (administration, filing, review, wizard, ...) depend on each other one way only:
     * a feature can be read, changed and tested from the packages below it. Where a lower feature must let a higher
     * one act (a sign-in under attack, the inbox told), it publishes an event instead of calling up.
     */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("com.cacfiling.web.(*)..").should().beFreeOfCycles().check(portal);
    }

    /** Javadoc alone makes no package-info class, so the sources are read (the test runs in filing-web). */
    @Test
    void everyFeaturePackageSaysWhatItIsFor() throws java.io.IOException {
        java.nio.file.Path web = java.nio.file.Path.of("src/main/java/com/cacfiling/web");
        java.util.List<String> undescribed;
        try (java.util.stream.Stream<java.nio.file.Path> features = java.nio.file.Files.list(web)) {
            undescribed = features.filter(java.nio.file.Files::isDirectory)
                    .filter(feature -> !java.nio.file.Files.isRegularFile(feature.resolve("package-info.java")))
                    .map(feature -> feature.getFileName().toString()).sorted().toList();
        }
        org.assertj.core.api.Assertions.assertThat(undescribed).as("feature packages without a package-info")
                .isEmpty();
    }
}
