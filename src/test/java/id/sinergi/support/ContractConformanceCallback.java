package id.sinergi.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/** Puts {@link ContractConformance} in front of every Quarkus test class's requests. */
public class ContractConformanceCallback implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractConformance.install();
    }
}
