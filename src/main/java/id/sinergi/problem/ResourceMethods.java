package id.sinergi.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods the API's resources serve on a path, read once from their JAX-RS annotations. The
 * router answers 404 rather than 405 when two resource classes share the beginning of a path (the
 * tree's and its realisations'), so the problem mapper asks here before it says a path does not exist.
 */
@Singleton
public class ResourceMethods {

    private record Route(Pattern path, String method) {
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private final List<Route> routes = new ArrayList<>();

    @Inject
    ResourceMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                addResource(root.value(), bean.getBeanClass());
            }
        }
    }

    private void addResource(String root, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String verb = httpMethod(method);
            if (verb != null) {
                Path sub = method.getAnnotation(Path.class);
                routes.add(new Route(compile(root + (sub == null ? "" : "/" + sub.value())), verb));
            }
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /** A JAX-RS path template as a regular expression: {name} is one segment, {name: regex} its own pattern. */
    static Pattern compile(String template) {
        String normalised = ("/" + template).replaceAll("/+", "/");
        if (normalised.length() > 1 && normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(normalised);
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(normalised.substring(last, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
            last = parameter.end();
        }
        regex.append(Pattern.quote(normalised.substring(last)));
        return Pattern.compile(regex + "/?");
    }

    /** The methods served on the path, with HEAD and OPTIONS where the router adds them; empty when none is. */
    public Set<String> allowed(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }
}
