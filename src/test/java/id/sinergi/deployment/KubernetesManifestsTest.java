package id.sinergi.deployment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The manifests under k8s/ parse and fit the application: the kustomization lists them, images are the
 * one application image, probes point at paths this service answers, every environment variable is
 * one it reads, selectors select the pods, and the database objects name each other consistently.
 */
@QuarkusTest
class KubernetesManifestsTest {

    static final Path K8S = Path.of("k8s");
    /** Environment read by something other than the application's own configuration. */
    static final Set<String> OUTSIDE_APPLICATION_PROPERTIES = Set.of(
            "QUARKUS_INIT_AND_EXIT",  // Quarkus: run the init tasks (Flyway) and exit
            "QUARKUS_FLYWAY_MIGRATE_AT_START", // overrides quarkus.flyway.migrate-at-start
            "JAVA_OPTS_APPEND");      // the image's Java launcher

    static JsonNode kustomization;
    static Map<String, JsonNode> byKindAndName = new HashMap<>();
    static JsonNode secretTemplate;

    @BeforeAll
    static void parse() throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        kustomization = yaml.readTree(K8S.resolve("kustomization.yaml").toFile());
        for (JsonNode resource : kustomization.get("resources")) {
            for (JsonNode document : yaml.readerFor(JsonNode.class).<JsonNode>readValues(K8S.resolve(resource.asText()).toFile())
                    .readAll()) {
                byKindAndName.put(document.get("kind").asText() + "/" + document.at("/metadata/name").asText(), document);
            }
        }
        secretTemplate = yaml.readTree(K8S.resolve("secret.template.yaml").toFile());
    }

    static JsonNode get(String kindAndName) {
        return assertPresent(byKindAndName.get(kindAndName), kindAndName);
    }

    static JsonNode assertPresent(JsonNode node, String what) {
        assertNotNull(node, what + " is missing");
        return node;
    }

    @Test
    void theKustomizationListsEveryManifestButTheSecretTemplate() throws IOException {
        Set<String> listed = new HashSet<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            Set<String> manifests = new HashSet<>(files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml") && !f.equals("secret.template.yaml"))
                    .toList());
            assertEquals(manifests, listed);
        }
        for (String kind : List.of("Namespace/sinergi", "ConfigMap/sinergi-config", "Deployment/sinergi", "Service/sinergi",
                "HorizontalPodAutoscaler/sinergi", "PodDisruptionBudget/sinergi", "NetworkPolicy/sinergi",
                "Cluster/sinergi-db", "Pooler/sinergi-db-pooler-rw")) {
            get(kind);
        }
        assertEquals("Secret", secretTemplate.get("kind").asText());
    }

    @Test
    void everyContainerRunsTheApplicationImageHardened() {
        String image = kustomization.at("/images/0/name").asText();
        assertFalse(kustomization.at("/images/0/newTag").asText().isBlank(), "the image tag is pinned");
        for (JsonNode pod : List.of(get("Deployment/sinergi").at("/spec/template/spec"), migrationJob().at("/spec/template/spec"))) {
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), "non-root");
            for (JsonNode container : pod.get("containers")) {
                assertEquals(image, container.get("image").asText());
                assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), "read-only root filesystem");
                assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true));
                assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText());
                assertFalse(container.at("/resources/requests/memory").isMissingNode(), "memory request");
                assertFalse(container.at("/resources/limits/memory").isMissingNode(), "memory limit");
            }
        }
        assertTrue(get("Deployment/sinergi").at("/spec/replicas").asInt() >= 2, "at least two replicas");
    }

    @Test
    void probesPointAtPathsTheServiceAnswers() {
        JsonNode container = get("Deployment/sinergi").at("/spec/template/spec/containers/0");
        for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
            String path = assertPresent(container.at("/" + probe + "/httpGet/path"), probe).asText();
            given().get(path).then().statusCode(200);
            assertEquals("http", container.at("/" + probe + "/httpGet/port").asText());
        }
        assertEquals("http", container.at("/ports/0/name").asText());
        assertEquals(8080, container.at("/ports/0/containerPort").asInt());
        assertEquals("http", get("Service/sinergi").at("/spec/ports/0/targetPort").asText());
    }

    @Test
    void everyVariableIsOneTheApplicationReadsAndTheRequiredOnesAreSet() throws IOException {
        Set<String> read = new HashSet<>(OUTSIDE_APPLICATION_PROPERTIES);
        Matcher placeholder = Pattern.compile("\\$\\{([A-Z_]+)").matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (placeholder.find()) {
            read.add(placeholder.group(1));
        }
        Map<String, String> config = new HashMap<>();
        get("ConfigMap/sinergi-config").get("data").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        for (JsonNode pod : List.of(get("Deployment/sinergi"), migrationJob())) {
            Map<String, String> environment = new HashMap<>(config);
            pod.at("/spec/template/spec/containers/0/env").forEach(e -> environment.put(e.get("name").asText(),
                    e.has("value") ? e.get("value").asText() : "(secret)"));
            for (String name : environment.keySet()) {
                assertTrue(read.contains(name), name + " is not read by the application");
            }
            for (String required : List.of("DB_URL", "DB_USER", "DB_PASSWORD", "JWT_PUBLIC_KEY_LOCATION")) {
                assertTrue(environment.containsKey(required), required + " is not set");
            }
        }
        assertEquals("false", config.get("QUARKUS_FLYWAY_MIGRATE_AT_START"), "replicas never migrate");
        assertEquals("true", env(migrationJob(), "QUARKUS_INIT_AND_EXIT"));
        assertEquals("true", env(migrationJob(), "QUARKUS_FLYWAY_MIGRATE_AT_START"));
    }

    @Test
    void selectorsSelectTheApplicationPods() {
        JsonNode deployment = get("Deployment/sinergi");
        Map<String, String> podLabels = labels(deployment.at("/spec/template/metadata/labels"));
        List<JsonNode> selectors = new ArrayList<>(List.of(deployment.at("/spec/selector/matchLabels"),
                get("Service/sinergi").at("/spec/selector"), get("PodDisruptionBudget/sinergi").at("/spec/selector/matchLabels"),
                get("NetworkPolicy/sinergi").at("/spec/podSelector/matchLabels")));
        for (JsonNode selector : selectors) {
            assertFalse(labels(selector).isEmpty());
            assertTrue(podLabels.entrySet().containsAll(labels(selector).entrySet()), selector + " does not select the pods");
        }
        JsonNode hpa = get("HorizontalPodAutoscaler/sinergi");
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals("sinergi", hpa.at("/spec/scaleTargetRef/name").asText());
        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2);
        Map<String, String> jobLabels = labels(migrationJob().at("/spec/template/metadata/labels"));
        assertTrue(jobLabels.entrySet().containsAll(labels(get("NetworkPolicy/sinergi-migrate").at("/spec/podSelector/matchLabels")).entrySet()));
    }

    @Test
    void theDatabaseObjectsAndSecretsNameEachOther() {
        JsonNode cluster = get("Cluster/sinergi-db");
        String name = cluster.at("/metadata/name").asText();
        assertEquals(3, cluster.at("/spec/instances").asInt());
        JsonNode pooler = get("Pooler/sinergi-db-pooler-rw");
        assertEquals(name, pooler.at("/spec/cluster/name").asText());
        assertEquals("rw", pooler.at("/spec/type").asText());
        String database = cluster.at("/spec/bootstrap/initdb/database").asText();
        assertEquals("jdbc:postgresql://" + pooler.at("/metadata/name").asText() + ":5432/" + database,
                get("ConfigMap/sinergi-config").at("/data/DB_URL").asText());
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + database, env(migrationJob(), "DB_URL"));
        for (JsonNode pod : List.of(get("Deployment/sinergi"), migrationJob())) {
            for (JsonNode variable : pod.at("/spec/template/spec/containers/0/env")) {
                if (variable.has("valueFrom")) {
                    // CloudNativePG creates <cluster>-app with the owner's username and password
                    assertEquals(name + "-app", variable.at("/valueFrom/secretKeyRef/name").asText());
                }
            }
            JsonNode jwtVolume = pod.at("/spec/template/spec/volumes/0");
            assertEquals(secretTemplate.at("/metadata/name").asText(), jwtVolume.at("/secret/secretName").asText());
            String mount = pod.at("/spec/template/spec/containers/0/volumeMounts/0/mountPath").asText();
            String key = secretTemplate.get("stringData").fieldNames().next();
            assertEquals(mount + "/" + key, get("ConfigMap/sinergi-config").at("/data/JWT_PUBLIC_KEY_LOCATION").asText());
        }
    }

    static JsonNode migrationJob() {
        return byKindAndName.entrySet().stream().filter(e -> e.getKey().startsWith("Job/")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no migration Job"));
    }

    static String env(JsonNode pod, String name) {
        for (JsonNode variable : pod.at("/spec/template/spec/containers/0/env")) {
            if (variable.get("name").asText().equals(name)) {
                return variable.get("value").asText();
            }
        }
        throw new AssertionError(name + " not set");
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }
}
