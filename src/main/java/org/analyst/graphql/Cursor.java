package org.analyst.graphql;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;

/**
 * An opaque cursor: the sort order's name and the row's sort key values, as a base64url JSON
 * array. It names a position in an order, not a row, so it stays valid while the data changes.
 */
public final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    // JSON.createArrayBuilder() and friends look the provider up through ServiceLoader on every
    // call, reading the jar under a lock; once per edge, that was the largest cost of a list request.
    private static final JsonProvider JSON = JsonProvider.provider();

    private Cursor() {
    }

    public static String encode(SortOrder order, List<String> keyTexts) {
        JsonArrayBuilder array = JSON.createArrayBuilder().add(order.name());
        keyTexts.forEach(array::add);
        return ENCODER.encodeToString(array.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The typed key values of a cursor made by the same order; anything else is the caller's mistake. */
    public static List<Object> decode(SortOrder order, String cursor) {
        try {
            String json = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
            JsonArray array = JSON.createReader(new StringReader(json)).readArray();
            if (array.size() == order.keys().size() + 1 && order.name().equals(array.getString(0))) {
                List<Object> values = new ArrayList<>();
                for (int i = 0; i < order.keys().size(); i++) {
                    values.add(order.keys().get(i).type().parse(((JsonString) array.get(i + 1)).getString()));
                }
                return values;
            }
        } catch (IllegalArgumentException | JsonException | ClassCastException | java.time.DateTimeException malformed) {
            // reported below, like a cursor of another order
        }
        throw new BadUserInputException("Malformed cursor: " + cursor);
    }
}
