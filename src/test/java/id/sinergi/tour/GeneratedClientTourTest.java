package id.sinergi.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.sinergi.client.ApiClient;
import id.sinergi.client.ApiException;
import id.sinergi.client.api.AdministrationApi;
import id.sinergi.client.api.AgenciesApi;
import id.sinergi.client.api.AgreementsApi;
import id.sinergi.client.api.BudgetsApi;
import id.sinergi.client.api.CascadeTreesApi;
import id.sinergi.client.api.CrossCuttingLinksApi;
import id.sinergi.client.api.PlanningPeriodsApi;
import id.sinergi.client.api.RealisationsApi;
import id.sinergi.client.api.ReportsApi;
import id.sinergi.client.api.SearchApi;
import id.sinergi.client.model.Agency;
import id.sinergi.client.model.AgencyKind;
import id.sinergi.client.model.AgencyRequest;
import id.sinergi.client.model.Agreement;
import id.sinergi.client.model.AgreementStatus;
import id.sinergi.client.model.CascadeIndicator;
import id.sinergi.client.model.CascadeNode;
import id.sinergi.client.model.CascadeTree;
import id.sinergi.client.model.CascadeTreeSubmission;
import id.sinergi.client.model.Level;
import id.sinergi.client.model.NodeOwner;
import id.sinergi.client.model.Period;
import id.sinergi.client.model.PeriodRequest;
import id.sinergi.client.model.Polarity;
import id.sinergi.client.model.Realisation;
import id.sinergi.client.model.RealisationRequest;
import id.sinergi.client.model.TreeStatus;
import id.sinergi.client.model.TreeVersionSummary;
import id.sinergi.client.model.YearlyTarget;
import id.sinergi.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The README's tour, driven through a Java client generated from openapi/openapi.yaml (by the build, into
 * target/generated-test-sources): every call is a typed method, every answer a typed model, read by the
 * client's own JSON mapper. A contract that no longer describes the service, or that a generator cannot turn
 * into a working client, fails here.
 */
@QuarkusTest
class GeneratedClientTourTest {

    static final String DEMO_PERIOD = "2025-2029";
    static final int YEAR = 2025;

    @TestHTTPResource("/")
    java.net.URI root;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceFirst("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private ApiClient admin() {
        return client(Api.token("admin", null, false));
    }

    private ApiClient analyst() {
        return client(Api.token("analyst", null, false));
    }

    @Test
    void theDemoReadThroughTypedMethods() throws ApiException {
        loadDemo();
        AgenciesApi agencies = new AgenciesApi(analyst());
        Agency jateng = agencies.getAgency("PEMPROV-JATENG");
        assertEquals(AgencyKind.PROVINCE, jateng.getKind());
        assertTrue(agencies.listAgencies(null, 0, null, "KEMENPANRB", 100).getItems().stream()
                .anyMatch(agency -> agency.getCode().equals("KEMENPANRB")));

        CascadeTreesApi trees = new CascadeTreesApi(analyst());
        CascadeTree tree = trees.getTree("KEMENPANRB", DEMO_PERIOD, null, null, null);
        assertEquals(Level.GOAL, tree.getNodes().get(0).getLevel());
        assertFalse(trees.getTree("KEMENPANRB", DEMO_PERIOD, null, "nested", null).getNodes().get(0).getChildren().isEmpty());
        assertEquals(List.of("T1"), trees.getNode("S1", "KEMENPANRB", DEMO_PERIOD, null, null, null).getPath().stream()
                .map(CascadeNode::getKey).toList());
        List<TreeVersionSummary> versions = trees.listTreeVersions("KEMENPANRB", DEMO_PERIOD);
        assertEquals(1, versions.get(0).getVersion());
        assertNotNull(trees.getTreeVersion(1, "KEMENPANRB", DEMO_PERIOD, null).getVersion().getCreatedBy());

        RealisationsApi realisations = new RealisationsApi(analyst());
        assertFalse(realisations.listIndicatorRealisations("IK-K2", "KEMENPANRB", DEMO_PERIOD).isEmpty());
        assertEquals(4, realisations.getIndicatorFigures("IK-K2", YEAR, "KEMENPANRB", DEMO_PERIOD, null).getQuarters().size());

        SearchApi search = new SearchApi(analyst());
        assertFalse(search.searchIndicators(DEMO_PERIOD, null, null, true, null, null, null, null, null, null)
                .getItems().isEmpty());
        assertFalse(new CrossCuttingLinksApi(analyst()).listLinks(null, null, 0, DEMO_PERIOD, 50, null, null)
                .getItems().isEmpty());

        AgreementsApi agreements = new AgreementsApi(analyst());
        Agreement inForce = agreements.getAgreement("PEMPROV-JATENG", DEMO_PERIOD, YEAR, null);
        assertEquals(AgreementStatus.SIGNED, inForce.getStatus());
        assertTrue(inForce.getInForce());
        assertFalse(agreements.getActionPlan("PEMPROV-JATENG", DEMO_PERIOD, YEAR, null).getIndicators().isEmpty());
        assertFalse(new BudgetsApi(analyst()).getBudget("PEMPROV-JATENG", DEMO_PERIOD, YEAR).getLines().isEmpty());
    }

    @Test
    void everyReportThroughItsTypedMethod() throws ApiException {
        loadDemo();
        ReportsApi reports = new ReportsApi(analyst());
        String period = DEMO_PERIOD;
        assertFalse(reports.indicatorAchievement(period, YEAR, null, null, 0, null, 50).getItems().isEmpty());
        assertFalse(reports.nodeAchievement(period, YEAR, null, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.treeAchievement(period, YEAR, null, null).getItems().isEmpty());
        assertFalse(reports.agencyAchievement(period, YEAR, null).getItems().isEmpty());
        assertNotNull(reports.earlyWarning(period, 2, YEAR, null, null, 0, 50).getItems());
        assertFalse(reports.sharedKpiCoverage(period, YEAR, 0, 50).getItems().isEmpty());
        assertFalse(reports.crossCuttingOutcomes(period, null, 0, 50, YEAR).getItems().isEmpty());
        assertFalse(reports.crosscuttingMatrix(period, YEAR, 0, 50).getRows().isEmpty());
        assertFalse(reports.integrityFindings(period, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.duplicationCandidates(period, null, 0, 50, null).getItems().isEmpty());
        assertFalse(reports.outcomeInputs(period, null, 0, 50, YEAR).getItems().isEmpty());
        assertFalse(reports.absorption(period, YEAR, null, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.outcomeEfficiency(period, YEAR, null, null, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.agencyEfficiency(period, YEAR, null, null, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.lkjipTables("PEMPROV-JATENG", period, YEAR, null, 0, 50).getItems().isEmpty());
        assertFalse(reports.synergyRatios(period).getItems().isEmpty());
    }

    @Test
    void aPlannersYearWrittenThroughTypedMethods() throws ApiException {
        String agency = Api.unique("KLIEN");
        String period = Api.unique("2025-2029");
        new AgenciesApi(admin()).registerAgency(new AgencyRequest().code(agency).name("Dinas Klien")
                .kind(AgencyKind.REGIONAL_OFFICE), null);
        Period created = new PlanningPeriodsApi(admin()).createPeriod(new PeriodRequest().code(period).firstYear(YEAR)
                .lastYear(YEAR + 4), null);
        assertEquals(YEAR + 4, created.getLastYear());

        ApiClient planner = client(Api.token("planner", agency, false));
        CascadeTreesApi trees = new CascadeTreesApi(planner);
        TreeVersionSummary first = trees.putTree(agency, period, tree(agency, new BigDecimal("80")), null);
        assertEquals(1, first.getVersion());
        TreeVersionSummary second = trees.putTree(agency, period, tree(agency, new BigDecimal("85")), "\"1\"");
        assertEquals(2, second.getVersion());
        assertEquals(1, trees.compareTreeVersions(agency, period, 1, 2).getIndicators().getChanged().size());
        assertEquals(TreeStatus.SUBMITTED, trees.submitTree(agency, period, "\"2\"").getStatus());
        assertEquals(TreeStatus.FINAL, trees.finalizeTree(agency, period, "\"2\"").getStatus());

        Realisation reported = new RealisationsApi(planner).reportRealisation("IKU-S1", String.valueOf(YEAR), agency,
                period, new RealisationRequest().value(new BigDecimal("76")).note("Rekap " + Year.of(YEAR)));
        assertEquals(0, new BigDecimal("76").compareTo(reported.getValue()));
        ApiException refused = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> trees.putTree(agency, period, tree(agency, new BigDecimal("90")), "\"1\""));
        assertEquals(412, refused.getCode());
    }

    private static CascadeTreeSubmission tree(String agency, BigDecimal target) {
        NodeOwner owner = new NodeOwner().agency(agency);
        return new CascadeTreeSubmission()
                .addNodesItem(new CascadeNode().key("T1").level(Level.GOAL).statement("Pelayanan publik prima")
                        .owner(owner))
                .addNodesItem(new CascadeNode().key("S1").parent("T1").level(Level.TARGET)
                        .statement("Meningkatnya kepuasan masyarakat").owner(owner)
                        .addIndicatorsItem(new CascadeIndicator().key("IKU-S1").name("Indeks kepuasan masyarakat")
                                .unit("indeks").polarity(Polarity.HIGHER_IS_BETTER)
                                .addTargetsItem(new YearlyTarget().year(YEAR).value(target))));
    }

    private void loadDemo() throws ApiException {
        try {
            new AdministrationApi(admin()).loadDemoDataset();
        } catch (ApiException e) {
            // another test class loaded it first: the demo is loaded once per database
            assertEquals(409, e.getCode(), e.getResponseBody());
        }
    }
}
