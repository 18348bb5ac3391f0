package id.sinergi.json;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A property of an answer that is left out of the JSON when it has no value. Every other property of an
 * answer is always there, and the published contract lists it as required: a generated client can rely on it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD})
public @interface MayBeAbsent {
}
