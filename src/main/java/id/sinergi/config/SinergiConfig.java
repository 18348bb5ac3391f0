package id.sinergi.config;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Every setting of the service's own, read and validated once at start: a value out of range stops the
 * application with a message naming the property, instead of surfacing as odd figures later. Each
 * default is written once, in application.properties, beside the environment variable that overrides it
 * (README, "Configuration").
 */
@ConfigMapping(prefix = "sinergi")
public interface SinergiConfig {

    Achievement achievement();

    Reports reports();

    Integrity integrity();

    Limits limits();

    Demo demo();

    Monitoring monitoring();

    Cache cache();

    interface Achievement {
        /**
         * Capaian above this, in percent, is reported as this (ACHIEVEMENT_CAP). At least 100: a figure on
         * target must be able to reach 100. Changing it rescores every tree at the next start.
         */
        @DecimalMin("100")
        @DecimalMax("1000")
        BigDecimal cap();

        /** The predikat bands with their colours, best first (ACHIEVEMENT_BANDS; format: {@link Bands}). */
        @WithConverter(Bands.Reader.class)
        Bands bands();
    }

    interface Reports {
        /** A report statement running longer is stopped and the report answers 503 (REPORT_TIMEOUT). */
        @DurationMin(millis = 1)
        Duration statementTimeout();

        /**
         * How long a report about to be computed on a standby waits for it to replay what the primary has written
         * (REPORT_STANDBY_CATCH_UP); past it, the report is computed on the primary.
         */
        @DurationMin(millis = 0)
        Duration standbyCatchUp();
    }

    interface Integrity {
        /** A link still PROPOSED after this many days is an integrity finding (LINK_PENDING_DAYS). */
        @Min(1)
        @Max(3650)
        int linkPendingDays();
    }

    interface Limits {
        /** The largest request body accepted (MAX_BODY_SIZE); larger ones are refused with 413 while being read. */
        MemorySize maxBodySize();

        /** The largest evidence file accepted (MAX_EVIDENCE_SIZE); within the body limit. */
        MemorySize maxEvidenceSize();

        /** The most nodes one tree may have (MAX_TREE_NODES); counted while the body is read. */
        @Min(1)
        int maxTreeNodes();

        /**
         * The most a workbook (.xlsx) may unpack to, all its parts together (MAX_WORKBOOK_SIZE): counted on the
         * archive before it is read, so that a small upload cannot unpack into gigabytes.
         */
        MemorySize maxWorkbookSize();
    }

    interface Monitoring {
        /** A period's realisation is due this many days after the period ends; later it is overdue (REPORTING_DAYS). */
        @Min(0)
        @Max(366)
        int reportingDays();

        /**
         * Early warning: an indicator whose projected capaian for the year falls below this, in percent, is
         * flagged (WARNING_BELOW).
         */
        @DecimalMin("0")
        @DecimalMax("1000")
        BigDecimal warningBelow();

        /**
         * Efficiency (capaian / absorption) from which an outcome or agency is EFFICIENT: performance ahead of
         * spending (EFFICIENT_FROM).
         */
        @DecimalMin("0")
        @DecimalMax("100")
        BigDecimal efficientFrom();

        /** Efficiency below which it is a WARNING: spending ahead of performance (EFFICIENCY_WARNING_BELOW). */
        @DecimalMin("0")
        @DecimalMax("100")
        BigDecimal efficiencyWarningBelow();
    }

    interface Cache {
        /**
         * The most the rendered answers kept for conditional GET may hold, bodies together (ANSWER_CACHE_SIZE); one
         * answer at most an eighth of it. 0 keeps none: entity tags and 304 answers work all the same.
         */
        MemorySize maxSize();
    }

    interface Demo {
        /** Load the demo dataset at start into an empty database (dev mode). */
        boolean loadOnStart();
    }
}
