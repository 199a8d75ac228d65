package org.fabrique.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the features apart: each feature may only be used by the features above it, and only
 * through its services and records, never its repositories or entities.
 */
class FeatureBoundariesTest {
    private static final String[] FEATURES = {
        "axis",
        "territory",
        "actor",
        "account",
        "coalition",
        "toolbox",
        "event",
        "note",
        "testimony",
        "panorama",
        "search"
    };
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fabrique");
    }

    @Test
    void featuresOnlyUseFeaturesBelowThem() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Common")
                .definedBy("org.fabrique.common..")
                .layer("Axis")
                .definedBy("org.fabrique.axis..")
                .layer("Territory")
                .definedBy("org.fabrique.territory..")
                .layer("Actor")
                .definedBy("org.fabrique.actor..")
                .layer("Account")
                .definedBy("org.fabrique.account..")
                .layer("Coalition")
                .definedBy("org.fabrique.coalition..")
                .layer("Toolbox")
                .definedBy("org.fabrique.toolbox..")
                .layer("Event")
                .definedBy("org.fabrique.event..")
                .layer("Note")
                .definedBy("org.fabrique.note..")
                .layer("Testimony")
                .definedBy("org.fabrique.testimony..")
                .layer("Panorama")
                .definedBy("org.fabrique.panorama..")
                .layer("Search")
                .definedBy("org.fabrique.search..")
                .layer("Demo")
                .definedBy("org.fabrique.demo..")
                .whereLayer("Demo")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Search")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Panorama")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Testimony")
                .mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Note")
                .mayOnlyBeAccessedByLayers("Panorama", "Search", "Demo")
                .whereLayer("Event")
                .mayOnlyBeAccessedByLayers("Note", "Testimony", "Panorama", "Search", "Demo")
                .whereLayer("Toolbox")
                .mayOnlyBeAccessedByLayers("Panorama", "Search", "Demo")
                .whereLayer("Coalition")
                .mayOnlyBeAccessedByLayers("Toolbox", "Event", "Note", "Testimony", "Panorama", "Search", "Demo")
                .whereLayer("Account")
                .mayOnlyBeAccessedByLayers(
                        "Coalition", "Toolbox", "Event", "Note", "Testimony", "Panorama", "Search", "Demo")
                .whereLayer("Actor")
                .mayOnlyBeAccessedByLayers(
                        "Account", "Coalition", "Toolbox", "Event", "Note", "Testimony", "Panorama", "Search", "Demo")
                .whereLayer("Territory")
                .mayOnlyBeAccessedByLayers(
                        "Actor",
                        "Account",
                        "Coalition",
                        "Toolbox",
                        "Event",
                        "Note",
                        "Testimony",
                        "Panorama",
                        "Search",
                        "Demo")
                .whereLayer("Axis")
                .mayOnlyBeAccessedByLayers("Coalition", "Note", "Panorama", "Search", "Demo")
                .check(classes);
    }

    @Test
    void repositoriesAreOnlyUsedInsideTheirFeature() {
        for (String feature : FEATURES) {
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
        for (String feature : FEATURES) {
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
