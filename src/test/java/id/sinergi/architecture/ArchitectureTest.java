package id.sinergi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sinergi.cache.CacheableAnswer;
import id.sinergi.openapi.ContractFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules, checked on the compiled classes (plain JUnit, no application started): packages are
 * features (agency, cascade, crosscut, demo, period, realisation, report, search) over a base they share
 * (common, config, idempotency, observability, problem, scoring, security); no package depends on itself
 * through others, the base depends on no feature, and the tree rules stay plain Java.
 */
class ArchitectureTest {

    private static final String[] FEATURES = {"id.sinergi.agency..", "id.sinergi.agreement..", "id.sinergi.budget..", "id.sinergi.cascade..", "id.sinergi.crosscut..",
            "id.sinergi.demo..", "id.sinergi.openapi..", "id.sinergi.period..", "id.sinergi.realisation..", "id.sinergi.report..",
            "id.sinergi.search.."};
    private static final String[] BASE = {"id.sinergi.cache..", "id.sinergi.common..", "id.sinergi.config..", "id.sinergi.idempotency..", "id.sinergi.json..",
            "id.sinergi.observability..", "id.sinergi.problem..", "id.sinergi.scoring..", "id.sinergi.security..", "id.sinergi.svg..", "id.sinergi.xlsx.."};

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.sinergi");
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("id.sinergi.(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void theBaseDependsOnNoFeature() {
        noClasses().that().resideInAnyPackage(BASE).should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("features call the base (scoring, problems, config), never the other way round")
                .check(application);
    }

    @Test
    void everyPackageIsAFeatureOrTheBase() {
        classes().should().resideInAnyPackage(concat(FEATURES, BASE))
                .because("a new package must be placed: add it to FEATURES or BASE here")
                .check(application);
    }

    @Test
    void treeRulesArePlainJava() {
        noClasses().that().haveNameMatching("id\\.sinergi\\.cascade\\.TreeValidator(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "io.vertx..", "org.jdbi..",
                        "java.sql..", "javax.sql..", "com.fasterxml..", "org.hibernate..", "org.eclipse.microprofile..")
                .because("the tree rules are domain logic, testable without HTTP, a database or a framework")
                .check(application);
    }

    @Test
    void onlyTheSqlLayerTouchesJdbcDirectly() {
        noClasses().that().resideInAnyPackage(FEATURES).and().doNotHaveSimpleName("ReportSql")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .because("SQL binds values by name through Jdbi (common.Jdbis); positional JDBC binding is what it replaced")
                .check(application);
    }

    @Test
    void theContractDeclaresConditionalGetForEveryResourceThatAnswersIt() {
        Set<Class<?>> marked = application.stream().filter(type -> type.isAnnotatedWith(CacheableAnswer.class))
                .filter(type -> type.isAnnotatedWith(Path.class)).map(JavaClass::reflect).collect(Collectors.toSet());
        assertEquals(marked, Set.copyOf(ContractFilter.CONDITIONAL),
                "ContractFilter.CONDITIONAL must name every class marked @CacheableAnswer, so the contract declares its 304");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
