package org.analyst.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.AstPrinter;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The served schema contains every type, field, argument and enum value of the contract's
 * delivered sections, with the same types (nullability and list wrapping included).
 */
@QuarkusTest
class SchemaContractTest {

    /** The contract sections that finished issues deliver; grows as issues land. */
    private static final Set<String> DELIVERED = Set.of("read", "write", "search", "live");

    private static final Pattern SECTION = Pattern.compile("^# -{10,} \\[(\\w+)\\].*$", Pattern.MULTILINE);

    @Test
    void servedSchemaContainsTheDeliveredContract() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(deliveredSections(contractText()));
        TypeDefinitionRegistry served = new SchemaParser().parse(
                given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        for (TypeDefinition<?> expected : contract.types().values()) {
            compare(expected, served.getType(expected.getName()).orElse(null), differences);
        }
        for (ScalarTypeDefinition scalar : contract.scalars().values()) {
            if (!served.scalars().containsKey(scalar.getName())) {
                differences.add("missing scalar " + scalar.getName());
            }
        }
        assertEquals(List.of(), differences, "differences from the contract");
    }

    @Test
    void contractCopyCoversTheReadSection() throws IOException {
        String read = deliveredSections(contractText());
        assertTrue(read.contains("type Query"), "the [read] section defines the queries");
        assertTrue(read.contains("type Statement implements Node"), "the [read] section defines statements");
    }

    private static void compare(TypeDefinition<?> expected, TypeDefinition<?> actual, List<String> differences) {
        String name = expected.getName();
        if (actual == null || actual.getClass() != expected.getClass()) {
            differences.add("missing " + kind(expected) + " " + name);
        } else if (expected instanceof ObjectTypeDefinition object) {
            ObjectTypeDefinition servedObject = (ObjectTypeDefinition) actual;
            compareFields(name, object.getFieldDefinitions(), servedObject.getFieldDefinitions(), differences);
            compareInterfaces(name, object.getImplements(), servedObject.getImplements(), differences);
        } else if (expected instanceof InterfaceTypeDefinition contractInterface) {
            compareFields(name, contractInterface.getFieldDefinitions(),
                    ((InterfaceTypeDefinition) actual).getFieldDefinitions(), differences);
        } else if (expected instanceof InputObjectTypeDefinition input) {
            compareInputs(name, input.getInputValueDefinitions(),
                    ((InputObjectTypeDefinition) actual).getInputValueDefinitions(), differences);
        } else if (expected instanceof EnumTypeDefinition enumeration) {
            Set<String> values = ((EnumTypeDefinition) actual).getEnumValueDefinitions().stream()
                    .map(EnumValueDefinition::getName).collect(Collectors.toSet());
            enumeration.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                    .filter(value -> !values.contains(value))
                    .forEach(value -> differences.add("missing enum value " + name + "." + value));
        }
    }

    private static void compareFields(String type, List<FieldDefinition> expected, List<FieldDefinition> actual,
            List<String> differences) {
        Map<String, FieldDefinition> served = actual.stream()
                .collect(Collectors.toMap(FieldDefinition::getName, field -> field));
        for (FieldDefinition field : expected) {
            FieldDefinition match = served.get(field.getName());
            String path = type + "." + field.getName();
            if (match == null) {
                differences.add("missing field " + path);
                continue;
            }
            compareType(path, field.getType(), match.getType(), differences);
            compareInputs(path, field.getInputValueDefinitions(), match.getInputValueDefinitions(), differences);
        }
    }

    private static void compareInputs(String owner, List<InputValueDefinition> expected,
            List<InputValueDefinition> actual, List<String> differences) {
        Map<String, InputValueDefinition> served = actual.stream()
                .collect(Collectors.toMap(InputValueDefinition::getName, value -> value));
        for (InputValueDefinition value : expected) {
            InputValueDefinition match = served.get(value.getName());
            String path = owner + "(" + value.getName() + ")";
            if (match == null) {
                differences.add("missing argument or input field " + path);
            } else {
                compareType(path, value.getType(), match.getType(), differences);
            }
        }
    }

    private static void compareInterfaces(String type, List<Type> expected, List<Type> actual, List<String> differences) {
        Set<String> served = actual.stream().map(t -> ((TypeName) t).getName()).collect(Collectors.toSet());
        expected.stream().map(t -> ((TypeName) t).getName()).filter(name -> !served.contains(name))
                .forEach(name -> differences.add(type + " does not implement " + name));
    }

    private static void compareType(String path, Type<?> expected, Type<?> actual, List<String> differences) {
        String want = AstPrinter.printAst(expected);
        String got = AstPrinter.printAst(actual);
        if (!want.equals(got)) {
            differences.add(path + " is " + got + ", the contract says " + want);
        }
    }

    private static String kind(TypeDefinition<?> definition) {
        return definition.getClass().getSimpleName().replace("TypeDefinition", "").toLowerCase();
    }

    private static String contractText() throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream("/contract/schema.graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The scalars (before the first section) and the text of every delivered section. */
    static String deliveredSections(String contract) {
        Matcher matcher = SECTION.matcher(contract);
        StringBuilder text = new StringBuilder();
        int sectionStart = 0;
        String tag = "read";
        while (matcher.find()) {
            if (DELIVERED.contains(tag)) {
                text.append(contract, sectionStart, matcher.start());
            }
            tag = matcher.group(1);
            sectionStart = matcher.end();
        }
        if (DELIVERED.contains(tag)) {
            text.append(contract.substring(sectionStart));
        }
        return text.toString();
    }
}
