package org.analyst.editing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.analyst.graphql.ErrorCode;
import org.analyst.graphql.UserErrors;

/** URL names: lower-case words joined by hyphens, unique per kind of object. */
public final class Slugs {

    private static final Pattern WELL_FORMED = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_LENGTH = 120;

    private Slugs() {
    }

    /** "Türkiye's Return" becomes "turkiyes-return". */
    public static String derive(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        slug = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "untitled" : slug;
    }

    /**
     * The slug to store: the given one when it is well-formed and free (otherwise an INVALID or
     * DUPLICATE error at the path), or one derived from the source text and numbered until free.
     */
    public static String choose(String given, String source, Predicate<String> taken, UserErrors errors,
            Object... path) {
        if (given == null) {
            String base = derive(source == null ? "" : source);
            String slug = base;
            for (int n = 2; taken.test(slug); n++) {
                slug = base + "-" + n;
            }
            return slug;
        }
        check(given, taken, errors, path);
        return given;
    }

    /** Whether the slug is well-formed and free; an INVALID or DUPLICATE error at the path otherwise. */
    public static boolean check(String slug, Predicate<String> taken, UserErrors errors, Object... path) {
        if (slug == null || !WELL_FORMED.matcher(slug).matches() || slug.length() > MAX_LENGTH) {
            errors.add(ErrorCode.INVALID, "'" + slug + "' is not a slug: lower-case letters and digits joined by"
                    + " single hyphens, at most " + MAX_LENGTH + " characters", path);
            return false;
        }
        if (taken.test(slug)) {
            errors.add(ErrorCode.DUPLICATE, "'" + slug + "' exists already", path);
            return false;
        }
        return true;
    }
}
