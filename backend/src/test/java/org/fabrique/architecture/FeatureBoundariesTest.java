package org.fabrique.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the features apart: each feature may only be used by the features above it, and only
 * through its services and records, never its repositories or entities.
 */
class FeatureBoundariesTest {
    /**
     * The features from the bottom up: each may use only the ones before it (and common), so that
     * no two features depend on each other. Where a lower feature needs a higher one, it declares
     * an interface that the higher one implements (AxisKeywords, TerritoryStewardship).
     */
    private static final List<String> FEATURES = List.of(
            "axis",
            "territory",
            "actor",
            "account",
            "coalition",
            "toolbox",
            "exchange",
            "event",
            "note",
            "testimony",
            "participation",
            "people",
            "panorama",
            "graph",
            "search",
            "opendata",
            "sync",
            "webhook",
            "demo");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fabrique");
    }

    @Test
    void featuresOnlyUseFeaturesBelowThem() {
        Architectures.LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String feature : FEATURES) {
            architecture = architecture.layer(feature).definedBy("org.fabrique." + feature + "..");
        }
        for (int i = 0; i < FEATURES.size(); i++) {
            List<String> above = FEATURES.subList(i + 1, FEATURES.size());
            architecture = above.isEmpty()
                    ? architecture.whereLayer(FEATURES.get(i)).mayNotBeAccessedByAnyLayer()
                    : architecture.whereLayer(FEATURES.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        architecture.check(classes);
    }

    @Test
    void repositoriesAreOnlyUsedInsideTheirFeature() {
        for (String feature : FEATURES.subList(0, FEATURES.size() - 1)) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.fabrique." + feature + "..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    "org.fabrique." + feature + ".."),
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Repository")))
                    .because("a feature uses other features' services, never their repositories")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void entitiesAreOnlyUsedInsideTheirFeature_exceptByTheDemoSeed() {
        for (String feature : FEATURES.subList(0, FEATURES.size() - 1)) {
            noClasses()
                    .that()
                    .resideOutsideOfPackages("org.fabrique." + feature + "..", "org.fabrique.demo..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                    "org.fabrique." + feature + ".."),
                            com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                                    Entity.class)))
                    .because("other features hold ids and records, never entities")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void otherFeaturesReachCoalitionsThroughTheDirectoryOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.fabrique.coalition..", "org.fabrique.demo..")
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                                "org.fabrique.coalition.."),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Service")))
                .because("other features use the narrow CoalitionDirectory, not the coalition services")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.fabrique.coalition..", "org.fabrique.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.fabrique.coalition.canvas..",
                        "org.fabrique.coalition.membership..",
                        "org.fabrique.coalition.territorial..")
                .because("the parts of a coalition are its own business")
                .check(classes);
    }

    @Test
    void resourcesDoNotUseRepositoriesDirectly() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .because("resource -> service -> repository")
                .check(classes);
    }
}
