package fr.chulille.passerelle;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The house rules of the walking skeleton, kept by the build. */
@AnalyzeClasses(packages = "fr.chulille.passerelle", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String REFERRAL_PACKAGE = "fr.chulille.passerelle.referral";
    private static final String REFERRAL = REFERRAL_PACKAGE + "..";

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

    /** The referral's table belongs to `referral`: others read it through ReferralRecords, never its repository. */
    @ArchTest
    static final ArchRule onlyReferralUsesTheReferralRepository = noClasses()
            .that().resideOutsideOfPackage(REFERRAL)
            .should().dependOnClassesThat().haveFullyQualifiedName(REFERRAL_PACKAGE + ".ReferralRepository");

    /** Others see ReferralRecord (immutable), so the entity and its workflow can change within `referral` alone. */
    @ArchTest
    static final ArchRule onlyReferralUsesTheReferralEntity = noClasses()
            .that().resideOutsideOfPackage(REFERRAL)
            .should().dependOnClassesThat().haveFullyQualifiedName(REFERRAL_PACKAGE + ".Referral");

    /** The snapshots' JSON format lives in `referral` alone: others get the facts and pre-check decoded (SubmittedContent). */
    @ArchTest
    static final ArchRule onlyReferralKnowsTheSnapshotFormat = noClasses()
            .that().resideOutsideOfPackage(REFERRAL)
            .should().dependOnClassesThat().haveNameMatching(
                    Pattern.quote(REFERRAL_PACKAGE + ".") + "(ClinicalSnapshot|PreCheckSnapshot)(\\$.*)?");

    /** Every repository is used only by its own feature package, which offers a service to the others. */
    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInTheirOwnPackage = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should(onlyBeUsedInTheirOwnPackage());

    @ArchTest
    static final ArchRule nothingNeedsAFrontendBundleRebuild = noClasses()
            .should().beAnnotatedWith(CssImport.class)
            .orShould().beAnnotatedWith(JsModule.class)
            .orShould().beAnnotatedWith(NpmPackage.class);

    private static ArchCondition<JavaClass> onlyBeUsedInTheirOwnPackage() {
        return new ArchCondition<>("be used only in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
