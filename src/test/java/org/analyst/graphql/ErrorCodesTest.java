package org.analyst.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import io.quarkus.test.junit.QuarkusTest;

/** The codes clients can receive are the ones {@link ErrorCode} lists, the README documents and the schema shows. */
@QuarkusTest
class ErrorCodesTest {

    private static final Set<String> USER_ERROR_CODES = Set.of("INVALID", "NOT_FOUND", "DUPLICATE", "STALE_VERSION",
            "IN_USE", "FORBIDDEN");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|(.*)\\|$", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z_]+)`");

    @Test
    void theReadmesTableOfCodesListsEveryCodeAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("### Every error code"));
        section = section.substring(0, section.indexOf("\n## "));
        Set<String> documented = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(section);
        while (row.find()) {
            Matcher code = CODE.matcher(row.group(1).split("\\|")[0]);
            while (code.find()) {
                documented.add(code.group(1));
            }
        }
        assertEquals(Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                documented);
    }

    @Test
    void theSchemaShowsOnlyTheCodesOfUserErrors() {
        String schema = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        EnumTypeDefinition served = new SchemaParser().parse(schema).getType("UserErrorCode", EnumTypeDefinition.class)
                .orElseThrow();
        assertEquals(USER_ERROR_CODES, served.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName)
                .collect(Collectors.toSet()));
    }
}
