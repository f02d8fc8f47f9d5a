package org.analyst.graphql;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;

import graphql.ExecutionResult;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.cdi.event.AfterExecute;
import io.smallrye.graphql.execution.context.SmallRyeContext;

/**
 * Hands SmallRye each result's data as a jakarta.json view of graphql-java's maps and lists.
 * SmallRye copies plain data into a tree of JSON builders before writing it, which took a tenth of
 * a front page's CPU (bench/results/NOTES.md); a {@link JsonValue} it writes as it is, and the
 * view converts each value only as it is written, the way SmallRye would have.
 */
@ApplicationScoped
public class JsonResultData {

    /** Looked up once: JsonProvider.provider() searches the class path on every call (see Cursor). */
    private static final JsonProvider JSON = JsonProvider.provider();

    void viewAsJson(@Observes @AfterExecute Context context) {
        if (context instanceof SmallRyeContext execution) {
            ExecutionResult result = execution.unwrap(ExecutionResult.class);
            if (result != null && result.getData() instanceof Map<?, ?> data) {
                // SmallRye writes the result the context holds once the after-execute observers are done.
                execution.setExecutionResult(result.transform(builder -> builder.data(new ObjectView(data))));
            }
        }
    }

    /**
     * A value of graphql-java's result as JSON, converted as SmallRye's ExecutionResponse does.
     * The final classes most values have come first: testing a class against an interface scans
     * its list of interfaces and rewrites a per-class cache line that worker threads share on
     * JDK 17 (JDK-8180450), where checking a final class is one comparison.
     */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        } else if (value instanceof String text) {
            return JSON.createValue(text);
        } else if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        } else if (value instanceof Map<?, ?> map) {
            return new ObjectView(map);
        } else if (value instanceof List<?> list) {
            return new ArrayView(list);
        } else if (value instanceof JsonValue json) {
            return json;
        } else if (value instanceof Collection<?> items) {
            return new ArrayView(new ArrayList<>(items));
        } else if (value instanceof Double number) {
            return JSON.createValue(number);
        } else if (value instanceof Float number) {
            return JSON.createValue(new BigDecimal(String.valueOf(number))); // as a double it would gain digits
        } else if (value instanceof Long number) {
            return JSON.createValue(number);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).intValue());
        } else if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        } else if (value instanceof BigInteger number) {
            return JSON.createValue(number);
        } else if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        return JsonbFallback.read(value);
    }

    /** Values of other types go through JSON-B, as in SmallRye; created only if one ever comes. */
    private static final class JsonbFallback {
        private static final Jsonb JSONB = JsonbBuilder.create();

        static JsonValue read(Object value) {
            try (JsonReader reader = JSON.createReader(new StringReader(JSONB.toJson(value)))) {
                return reader.readValue();
            }
        }
    }

    private static String written(JsonStructure structure) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(text)) {
            writer.write(structure);
        }
        return text.toString();
    }

    /** A result map (field name to value, in selection order) as a JSON object. */
    static final class ObjectView extends AbstractMap<String, JsonValue> implements JsonObject {

        private final Map<?, ?> fields;

        ObjectView(Map<?, ?> fields) {
            this.fields = fields;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonValue>> iterator() {
                    Iterator<? extends Entry<?, ?>> entries = fields.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, JsonValue> next() {
                            Entry<?, ?> entry = entries.next();
                            return new SimpleImmutableEntry<>(String.valueOf(entry.getKey()), json(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }

        @Override
        public JsonValue get(Object name) {
            return fields.containsKey(name) ? json(fields.get(name)) : null;
        }

        @Override
        public boolean containsKey(Object name) {
            return fields.containsKey(name);
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        @Override
        public String getString(String name) {
            return getJsonString(name).getString();
        }

        @Override
        public String getString(String name, String otherwise) {
            return text(get(name), otherwise);
        }

        @Override
        public int getInt(String name) {
            return getJsonNumber(name).intValue();
        }

        @Override
        public int getInt(String name, int otherwise) {
            return integer(get(name), otherwise);
        }

        @Override
        public boolean getBoolean(String name) {
            return bool(get(name));
        }

        @Override
        public boolean getBoolean(String name, boolean otherwise) {
            return bool(get(name), otherwise);
        }

        @Override
        public boolean isNull(String name) {
            return get(name).equals(JsonValue.NULL);
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public String toString() {
            return written(this);
        }
    }

    /** A result list as a JSON array. */
    static final class ArrayView extends AbstractList<JsonValue> implements JsonArray {

        private final List<?> items;

        ArrayView(List<?> items) {
            this.items = items;
        }

        @Override
        public JsonValue get(int index) {
            return json(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return (JsonObject) get(index);
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return (JsonArray) get(index);
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return (JsonNumber) get(index);
        }

        @Override
        public JsonString getJsonString(int index) {
            return (JsonString) get(index);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            return (List<T>) this;
        }

        @Override
        public String getString(int index) {
            return getJsonString(index).getString();
        }

        @Override
        public String getString(int index, String otherwise) {
            return text(orNull(index), otherwise);
        }

        @Override
        public int getInt(int index) {
            return getJsonNumber(index).intValue();
        }

        @Override
        public int getInt(int index, int otherwise) {
            return integer(orNull(index), otherwise);
        }

        @Override
        public boolean getBoolean(int index) {
            return bool(get(index));
        }

        @Override
        public boolean getBoolean(int index, boolean otherwise) {
            return bool(orNull(index), otherwise);
        }

        private JsonValue orNull(int index) {
            return index < size() ? get(index) : null;
        }

        @Override
        public boolean isNull(int index) {
            return get(index).equals(JsonValue.NULL);
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }

        @Override
        public String toString() {
            return written(this);
        }
    }

    private static String text(JsonValue value, String otherwise) {
        return value instanceof JsonString text ? text.getString() : otherwise;
    }

    private static int integer(JsonValue value, int otherwise) {
        return value instanceof JsonNumber number ? number.intValue() : otherwise;
    }

    private static boolean bool(JsonValue value, boolean otherwise) {
        return value == JsonValue.TRUE || value == JsonValue.FALSE ? value == JsonValue.TRUE : otherwise;
    }

    private static boolean bool(JsonValue value) {
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw value == null ? new NullPointerException("no such value") : new ClassCastException("not a JSON boolean: " + value);
    }
}
