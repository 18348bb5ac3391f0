package id.sinergi.report;

import java.util.List;

/** Some items of a report, from an offset, with the number of items over the whole report. */
record Slice<T>(List<T> items, long total) {
}
