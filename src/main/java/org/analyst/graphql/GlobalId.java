package org.analyst.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The global, opaque id of a Node: the type name and the database key, base64url-encoded, so
 * that {@code node(id:)} can tell which table to read and clients cannot build ids by hand.
 */
public record GlobalId(String type, long key) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public static String encode(String type, long key) {
        return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** This id as clients see it. */
    public String encoded() {
        return encode(type, key);
    }

    /** Decodes any well-formed id; a malformed one is the caller's mistake. */
    public static GlobalId decode(String id) {
        try {
            String text = new String(DECODER.decode(id), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon > 0) {
                return new GlobalId(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, like any other id that does not decode
        }
        throw new BadUserInputException("Malformed id: " + id);
    }

    /** The key of an id that must name an object of the given type. */
    public static long keyOf(String id, String expectedType) {
        GlobalId decoded = decode(id);
        if (!decoded.type().equals(expectedType)) {
            throw new BadUserInputException("Id " + id + " names a " + decoded.type() + ", not a " + expectedType);
        }
        return decoded.key();
    }
}
