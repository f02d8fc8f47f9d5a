package org.analyst.graphql;

/**
 * The paging arguments of a connection field, checked against the rules every connection shares:
 * pages of 20 unless asked otherwise, at most 100, forwards with first/after or backwards with
 * last/before, never both directions at once.
 */
public record PageArgs(Integer first, String after, Integer last, String before) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The documentation of the paging arguments, as GraphiQL shows it on every connection field. */
    public static final String FIRST = "Page forwards: at most this many (default 20, at most 100).";
    public static final String AFTER = "Page forwards: start after this cursor.";
    public static final String LAST = "Page backwards: at most this many (at most 100).";
    public static final String BEFORE = "Page backwards: end before this cursor.";

    public PageArgs {
        if (first != null && last != null) {
            throw new BadUserInputException("Pass either first or last, not both");
        }
        checkSize("first", first);
        checkSize("last", last);
    }

    private static void checkSize(String name, Integer size) {
        if (size != null && (size < 0 || size > MAX_SIZE)) {
            throw new BadUserInputException(name + " must be between 0 and " + MAX_SIZE + ", was " + size);
        }
    }

    public boolean backward() {
        return last != null || (first == null && before != null && after == null);
    }

    public int size() {
        Integer asked = backward() ? last : first;
        return asked == null ? DEFAULT_SIZE : asked;
    }
}
