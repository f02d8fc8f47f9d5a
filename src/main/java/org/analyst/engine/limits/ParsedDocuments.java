package org.analyst.engine.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.analyst.engine.errors.Refusal;
import org.analyst.graphql.ErrorCode;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.ParsingListener;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;

/**
 * Parses GraphQL documents with the request limits as this parse's own {@link ParserOptions} (not
 * graphql-java's JVM-wide defaults), counting their tokens, and remembers the documents of recently
 * admitted queries by their text: frontends send the same few queries over and over. Least
 * recently used first out, so a client sending endless new queries only fills {@link #CAPACITY}
 * places; a document that does not parse is not remembered.
 */
public final class ParsedDocuments {

    static final int CAPACITY = 256;

    /** A parsed document and its token count, which the cost report shows. */
    public record ParsedDocument(Document document, int tokens) {
    }

    private final int maxTokens;
    private final Map<String, ParsedDocument> recent = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ParsedDocument> eldest) {
            return size() > CAPACITY;
        }
    };

    public ParsedDocuments(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    /** The query's document, parsed unless it was recently, or a refusal saying why it does not parse. */
    public ParsedDocument of(String query) {
        return of(query, this::parse);
    }

    ParsedDocument of(String query, Function<String, ParsedDocument> parse) {
        synchronized (recent) {
            ParsedDocument known = recent.get(query);
            if (known != null) {
                return known;
            }
        }
        ParsedDocument parsed = parse.apply(query);
        synchronized (recent) {
            recent.put(query, parsed);
        }
        return parsed;
    }

    private ParsedDocument parse(String query) {
        TokenCounter tokens = new TokenCounter();
        // One token of slack: graphql-java counts the end of the document as a token, the cost report does not.
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions()
                .transform(builder -> builder.maxTokens(maxTokens + 1).parsingListener(tokens));
        try {
            Document document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
                    .document(query).parserOptions(options).build());
            if (tokens.count > maxTokens) {
                throw tooManyTokens();
            }
            return new ParsedDocument(document, tokens.count);
        } catch (ParseCancelledTooDeepException tooDeep) {
            throw Refusal.of(ErrorCode.QUERY_TOO_DEEP, "The query nests too deeply to be read");
        } catch (ParseCancelledException tooLong) {
            throw tooManyTokens();
        } catch (InvalidSyntaxException invalid) {
            throw Refusal.at(ErrorCode.GRAPHQL_PARSE_FAILED, invalid.getMessage(), invalid.getLocation());
        }
    }

    private Refusal tooManyTokens() {
        return Refusal.of(ErrorCode.TOO_MANY_TOKENS, "The query has more than %d tokens".formatted(maxTokens));
    }

    /** Counts the tokens the parser reads. */
    private static final class TokenCounter implements ParsingListener {
        private int count;

        @Override
        public void onToken(Token token) {
            count++;
        }
    }
}
