package org.analyst.engine.schema;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;

/**
 * A date scalar's coercing that checks an argument's text before graphql-java accepts it. SmallRye's
 * takes any string and converts it only when it calls the Java method: {@code publishedFrom:
 * "2022-02-30"} was answered with "is not a valid 'Unknown Scalar Type [org.analyst.article.ArticleFilter]'",
 * a Java class in a client's error. Checked here, a bad date is a validation error that names the
 * argument and what a date looks like, on every transport, in queries and mutations alike, before
 * anything runs. Values are still converted and written by SmallRye's coercing.
 */
final class CheckedDateCoercing implements Coercing<Object, Object> {

    private final Coercing<Object, Object> smallRye;
    private final DateTimeFormatter format;
    private final String example;

    @SuppressWarnings("unchecked")
    CheckedDateCoercing(Coercing<?, ?> smallRye, DateTimeFormatter format, String example) {
        this.smallRye = (Coercing<Object, Object>) smallRye;
        this.format = format;
        this.example = example;
    }

    @Override
    public Object serialize(Object value, GraphQLContext context, Locale locale) {
        return smallRye.serialize(value, context, locale);
    }

    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String text) {
            String mistake = mistake(text);
            if (mistake != null) {
                throw new CoercingParseValueException(mistake);
            }
        }
        return smallRye.parseValue(input, context, locale);
    }

    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof StringValue text) {
            String mistake = mistake(text.getValue());
            if (mistake != null) {
                throw new CoercingParseLiteralException(mistake);
            }
        }
        return smallRye.parseLiteral(input, variables, context, locale);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return smallRye.valueToLiteral(input, context, locale);
    }

    /** What is wrong with the text as this scalar; null when nothing is. */
    private String mistake(String text) {
        try {
            format.parse(text);
            return null;
        } catch (DateTimeParseException unparsable) {
            return "'" + text + "' is not an ISO-8601 " + example + ": " + unparsable.getMessage();
        }
    }
}
