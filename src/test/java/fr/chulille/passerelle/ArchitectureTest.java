package fr.chulille.passerelle;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of the walking skeleton, kept by the build. */
@AnalyzeClasses(packages = "fr.chulille.passerelle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices()
            .matching("fr.chulille.passerelle.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eligibilityIsPureJava = classes()
            .that().resideInAPackage("fr.chulille.passerelle.eligibility..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.chulille.passerelle.eligibility..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule trialFactsDependOnNothingElse = classes()
            .that().resideInAPackage("fr.chulille.passerelle.trial..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "fr.chulille.passerelle.trial..");

    @ArchTest
    static final ArchRule viewsArePackagePrivate = classes()
            .that().areAnnotatedWith(Route.class)
            .should().bePackagePrivate();

    @ArchTest
    static final ArchRule viewsReachDataOnlyThroughServices = noClasses()
            .that().areAnnotatedWith(Route.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
            .orShould().dependOnClassesThat().areAssignableTo(JdbcTemplate.class);

    @ArchTest
    static final ArchRule servicesOwnTheirTransactions = classes()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(Transactional.class)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule nothingNeedsAFrontendBundleRebuild = noClasses()
            .should().beAnnotatedWith(CssImport.class)
            .orShould().beAnnotatedWith(JsModule.class)
            .orShould().beAnnotatedWith(NpmPackage.class);
}
