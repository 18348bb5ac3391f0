package id.sinergi.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import id.sinergi.json.MayBeAbsent;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks as required every property of an answer that the service always sends: each component of the
 * record behind the schema, but those marked {@link MayBeAbsent}. Schemas a request body uses keep the
 * required list their validation gives them (what a client must send).
 */
final class AlwaysPresent {

    private static final String PACKAGE = "id/sinergi/";

    private final OpenAPI openAPI;
    private final Map<String, Class<?>> recordsBySchemaName = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    AlwaysPresent(OpenAPI openAPI) {
        this.openAPI = openAPI;
        List<Class<?>> records = applicationClasses().stream().filter(Class::isRecord).toList();
        // a schema's own name wins over a simple class name that happens to be the same
        records.stream().filter(type -> explicitName(type) == null).forEach(type -> {
            if (recordsBySchemaName.put(type.getSimpleName(), type) != null) {
                ambiguous.add(type.getSimpleName());
            }
        });
        records.stream().filter(type -> explicitName(type) != null)
                .forEach(type -> recordsBySchemaName.put(explicitName(type), type));
    }

    void markRequired() {
        Set<String> requests = SchemaWalk.requests(openAPI);
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (requests.contains(name) || schema.getProperties() == null) {
                return;
            }
            Class<?> type = recordFor(name);
            if (type == null) {
                throw new IllegalStateException("No record found behind the answer schema " + name);
            }
            List<String> required = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (schema.getProperties().containsKey(component.getName())
                        && !component.isAnnotationPresent(MayBeAbsent.class)) {
                    required.add(component.getName());
                }
            }
            schema.setRequired(required.isEmpty() ? null : required);
        });
    }

    /** The record a schema was made from; a generic record's schemas are named after it and their type argument. */
    private Class<?> recordFor(String schemaName) {
        Class<?> type = recordsBySchemaName.get(schemaName);
        if (ambiguous.contains(schemaName) && (type == null || explicitName(type) == null)) {
            throw new IllegalStateException("Several records are named " + schemaName + "; give the one in the contract "
                    + "its own @Schema(name)");
        }
        if (type != null) {
            return type;
        }
        return recordsBySchemaName.values().stream()
                .filter(record -> record.getTypeParameters().length > 0 && schemaName.startsWith(record.getSimpleName()))
                .findFirst().orElse(null);
    }

    private static String explicitName(Class<?> type) {
        org.eclipse.microprofile.openapi.annotations.media.Schema schema =
                type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : null;
    }

    private static List<Class<?>> applicationClasses() {
        ClassLoader loader = AlwaysPresent.class.getClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                for (String name : classNames(roots.nextElement())) {
                    classes.add(Class.forName(name, false, loader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return classes;
    }

    private static List<String> classNames(URL root) throws IOException, URISyntaxException {
        List<String> entries = new ArrayList<>();
        if ("jar".equals(root.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) root.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                jar.stream().forEach(entry -> entries.add(entry.getName()));
            }
        } else {
            Path directory = Path.of(root.toURI());
            Path base = directory.getParent().getParent();
            try (Stream<Path> files = Files.walk(directory)) {
                files.forEach(file -> entries.add(base.relativize(file).toString().replace('\\', '/')));
            }
        }
        return entries.stream().filter(entry -> entry.startsWith(PACKAGE) && entry.endsWith(".class"))
                .map(entry -> entry.substring(0, entry.length() - ".class".length()).replace('/', '.')).toList();
    }
}
