package id.sinergi.cache;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks reads of one planning period (named by a {@code period} path or query parameter) whose answers
 * {@link ConditionalAnswers} tags, answers 304 for and keeps: everything they show changes only with that
 * period's data, with what every period shares (agencies, periods, nomenclature), and with the date.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CacheableAnswer {

    /** Whether the answer is computed on the reports' pool ({@link id.sinergi.common.ReportPool}). */
    boolean report() default false;

    /**
     * Whether the answer reads what {@link id.sinergi.scoring.ScoreStore} derives after commit (scores, figures to
     * date, budget roll-ups): if so, computing it first waits for the period's pending refreshes.
     */
    boolean scored() default true;
}
