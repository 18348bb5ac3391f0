package id.sinergi.cascade;

import java.io.IOException;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.sinergi.problem.Text;
import id.sinergi.config.SinergiConfig;
import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Counts a tree's nodes while the body is read and stops reading at the first one past
 * {@code sinergi.limits.max-tree-nodes}: 16 MB of minimal nodes is ten times the limit, and reading it
 * all before counting held a few hundred megabytes for one request that is refused anyway.
 */
@Singleton
public class TreeSizeLimit implements ObjectMapperCustomizer {

    private static final Object COUNT = TreeSizeLimit.class;

    /** Looked up when the deserializer is built, at the first tree read: the mapper itself is made before runtime config. */
    @Inject
    Instance<SinergiConfig> settings;

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("sinergi-tree-size");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return bean.getBeanClass() == TreeSubmission.Node.class
                        ? new Counted(deserializer, settings.get().limits().maxTreeNodes()) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    /** The node reader, counting the nodes of one body (a per-read attribute of the context). */
    static final class Counted extends DelegatingDeserializer {
        private final int maxNodes;

        Counted(JsonDeserializer<?> delegate, int maxNodes) {
            super(delegate);
            this.maxNodes = maxNodes;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Counted(delegate, maxNodes);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Integer seen = (Integer) context.getAttribute(COUNT);
            int count = seen == null ? 1 : seen + 1;
            if (count > maxNodes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        Text.of("tree-size-limit.detail", maxNodes, maxNodes));
            }
            context.setAttribute(COUNT, count);
            return super.deserialize(parser, context);
        }
    }
}
