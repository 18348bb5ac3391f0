package id.sinergi.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Collects violations found in any order and keeps the first {@link #MAX_LISTED} of them in document
 * order, counting the rest: what a request sends back, and what the server holds while checking it,
 * stays bounded however many rules a request breaks. Each violation is placed by the index of the
 * element it belongs to (a tree's node, say) and, within it, by the order it was found in.
 */
public final class ViolationList {

    /** Most violations listed in one problem document. */
    public static final int MAX_LISTED = 1000;

    private record Placed(int element, long sequence, Violation violation) {
    }

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::element)
            .thenComparingLong(Placed::sequence);

    // the largest kept on top, so that a smaller one can displace it
    private final PriorityQueue<Placed> kept = new PriorityQueue<>(ORDER.reversed());
    private final Map<String, Integer> byRule = new TreeMap<>();
    private long sequence;

    public void add(int element, Violation violation) {
        byRule.merge(violation.rule(), 1, Integer::sum);
        Placed placed = new Placed(element, sequence++, violation);
        if (kept.size() < MAX_LISTED) {
            kept.add(placed);
        } else if (ORDER.compare(placed, kept.peek()) < 0) {
            kept.poll();
            kept.add(placed);
        }
    }

    public boolean isEmpty() {
        return sequence == 0;
    }

    /** How many were found, listed or not. */
    public long total() {
        return sequence;
    }

    /** How many were found but not listed. */
    public long omitted() {
        return sequence - kept.size();
    }

    /** How many of each rule were found, listed or not. */
    public Map<String, Integer> countsByRule() {
        return Map.copyOf(byRule);
    }

    /** The listed violations, in document order. */
    public List<Violation> listed() {
        List<Placed> sorted = new ArrayList<>(kept);
        sorted.sort(ORDER);
        return sorted.stream().map(Placed::violation).toList();
    }
}
