package id.sinergi.common;

import java.util.ArrayList;
import java.util.List;

import id.sinergi.problem.ProblemException;
import id.sinergi.problem.ProblemType;
import id.sinergi.problem.Text;
import id.sinergi.problem.Violation;

/** Validated paging parameters: page from 0, size from 1 to {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public static PageRequest of(String page, String size) {
        Integer requestedPage = QueryParams.integer("page", page);
        Integer requestedSize = QueryParams.integer("size", size);
        int p = requestedPage == null ? 0 : requestedPage;
        int s = requestedSize == null ? DEFAULT_SIZE : requestedSize;
        List<Violation> violations = new ArrayList<>();
        if (p < 0) {
            violations.add(Violation.parameter("page", "PAGE_OUT_OF_RANGE", Text.of("paging.page-negative")));
        } else if ((long) p * s > Integer.MAX_VALUE) {
            violations.add(Violation.parameter("page", "PAGE_OUT_OF_RANGE",
                    Text.of("paging.page-too-far", Integer.MAX_VALUE)));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(Violation.parameter("size", "PAGE_SIZE_OUT_OF_RANGE",
                    Text.of("paging.size-out-of-range", MAX_SIZE)));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, Text.of("paging.invalid"), violations);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
