package org.analyst.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.analyst.actor.ActorService;
import org.analyst.article.ArticleService;
import org.analyst.article.ArticleVisibility;
import org.analyst.graphql.BadUserInputException;
import org.analyst.graphql.Cursor;
import org.analyst.graphql.Node;
import org.analyst.graphql.NodeService;
import org.analyst.graphql.PageArgs;
import org.analyst.graphql.PageInfo;
import org.analyst.graphql.Row;
import org.analyst.graphql.SortKey;
import org.analyst.graphql.SortOrder;
import org.analyst.graphql.SqlReader;
import org.analyst.publication.PublicationService;
import org.analyst.statement.StatementService;

/**
 * Ranked full-text search over articles, actors, statements and publications, on PostgreSQL's
 * own full-text search (the weighted, indexed search_vector columns of migration V3): the query
 * as search boxes take it ({@code websearch_to_tsquery}), one score across types, actors also by
 * names that merely resemble the query (pg_trgm word similarity over names folded by unaccent),
 * ranked below every exact match.
 *
 * <p>One statement ranks every hit, counts them and reads one page of them with its highlights;
 * the nodes follow in one statement per type on the page. Ranking must see every hit (no index
 * orders by rank), so its cost grows with the hits, not with the page: the statement timeout
 * bounds it.
 */
@ApplicationScoped
public class SearchService {

    static final int MAX_QUERY_LENGTH = 500;

    /**
     * Best first; ties by type and key, so that the order is total and paging by (score, type,
     * key) never repeats or skips a hit.
     */
    private static final SortOrder ORDER = SortOrder.descending("SEARCH", SortKey.decimal("h.score"),
            SortKey.text("h.type"), SortKey.id("h.key"));

    /** Ranks in [0, 1) (normalisation 32: rank / (rank + 1)); an exact hit scores 1 more than that. */
    private static final String RANK = "1 + ts_rank(%s.search_vector, q.query, 32)::float8";
    /** The fragment ts_headline picks: the best one of about 30 words; the text is escaped before it marks it. */
    private static final String HIGHLIGHT = "ts_headline('search_english', search_html_escaped(%s), q.query,"
            + " 'StartSel=<mark>, StopSel=</mark>, MaxFragments=1, MaxWords=30, MinWords=12')";

    /** The columns of a hit that no passage matched. */
    private static final String NO_PASSAGE = " null::bigint as attestation, false as excerpt_won,";

    @Inject
    SqlReader sql;

    @Inject
    ArticleVisibility visibility;

    @Inject
    ArticleService articles;

    @Inject
    ActorService actors;

    @Inject
    StatementService statements;

    @Inject
    PublicationService publications;

    public SearchConnection search(String query, List<SearchType> types, PageArgs args) {
        if (query == null || query.isBlank()) {
            throw new BadUserInputException("The search query is empty");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new BadUserInputException("The search query is longer than " + MAX_QUERY_LENGTH + " characters");
        }
        Set<SearchType> searched = types == null || types.isEmpty() ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
        List<Object> values = new ArrayList<>(List.of(query, query));
        String after = "true";
        String cursor = args.backward() ? args.before() : args.after();
        if (cursor != null) {
            after = "(h.score, h.type, h.key) " + (args.backward() ? ">" : "<") + " (?, ?, ?)";
            values.addAll(Cursor.decode(ORDER, cursor));
        }
        String statement = "with q as (select query from websearch_to_tsquery('search_english', ?) query"
                // only stop words (''), or only excluded words ('T', which no index can answer): nothing to find
                + " where querytree(query) not in ('', 'T')),"
                + " folded as (select search_fold(?) as name),"
                + " hits as (" + searched.stream().map(this::hits).collect(Collectors.joining(" union all ")) + "),"
                + " page as (select * from hits h where " + after + " order by " + readingOrder("h", args)
                        + " limit " + (args.size() + 1) + ")"
                + " select total.n as total, p.type, p.key, cast(p.score as text) as score, p.attestation, "
                + highlight() + " as highlight"
                + " from (select count(*) as n from hits) total left join page p on true left join q on true"
                + " order by " + readingOrder("p", args);
        List<Row> rows = sql.list(statement, values, row -> row);
        return new SearchConnection(page(rows, args));
    }

    /** The order rows are read in: best first, or from the end when paging backwards. */
    private static String readingOrder(String alias, PageArgs args) {
        String direction = args.backward() ? " asc" : " desc";
        return alias + ".score" + direction + ", " + alias + ".type" + direction + ", " + alias + ".key" + direction;
    }

    /** The hits of one type: type, key, score, the matched passage's key, the name that resembled the query. */
    private String hits(SearchType type) {
        return switch (type) {
            case ARTICLE -> "select 'ARTICLE' as type, a.id as key, " + RANK.formatted("a") + " as score,"
                    + NO_PASSAGE + " null::text as resembling"
                    + " from article a, q where a.search_vector @@ q.query and " + visibility.visibleCondition("a.status");
            case PUBLICATION -> "select 'PUBLICATION' as type, p.id as key, " + RANK.formatted("p") + " as score," + NO_PASSAGE
                    + " null::text as resembling"
                    + " from publication p, q where p.search_vector @@ q.query";
            // An actor's vector holds its name and aliases; a name or alias resembling the query
            // scores its word similarity, below 1, and only when the actor is not an exact hit.
            case ACTOR -> "select 'ACTOR' as type, key, max(score) as score," + NO_PASSAGE
                    + " (array_agg(resembling order by score desc))[1] as resembling"
                    + " from (select a.id as key, " + RANK.formatted("a") + " as score, null::text as resembling"
                    + " from actor a, q where a.search_vector @@ q.query"
                    + " union all select a.id, public.word_similarity(f.name, search_fold(a.name)), a.name"
                    + " from actor a, folded f, q where f.name operator(public.<%) search_fold(a.name)"
                    + " union all select n.actor_id, public.word_similarity(f.name, search_fold(n.name)), n.name"
                    + " from actor_name n, folded f, q where f.name operator(public.<%) search_fold(n.name)) actors"
                    + " group by key";
            // A statement matches by its own summary and quote (when an article the reader may see
            // reports it), or by the excerpt of a passage in an article the reader may see; the
            // best of them scores, and the best matching passage is named.
            case STATEMENT -> "select 'STATEMENT' as type, key, max(score) as score,"
                    + " (array_agg(attestation order by attestation is null, score desc, attestation))[1] as attestation,"
                    + " (array_agg(attestation order by score desc, attestation nulls first))[1] is not null as excerpt_won,"
                    + " null::text as resembling"
                    + " from (select s.id as key, " + RANK.formatted("s") + " as score, null::bigint as attestation"
                    + " from statement s, q where s.search_vector @@ q.query and " + statements.reported()
                    + " union all select at.statement_id, " + RANK.formatted("at") + ", at.id"
                    + " from attestation at join article a on a.id = at.article_id, q"
                    + " where at.search_vector @@ q.query and " + visibility.visibleCondition("a.status") + ") matched"
                    + " group by key";
        };
    }

    /** The highlight of a page's hit {@code p}, from the text that matched best. */
    private static String highlight() {
        return "case p.type"
                + " when 'ARTICLE' then (select " + HIGHLIGHT.formatted("concat_ws(E'\\n\\n', a.title, a.summary, a.body)")
                + " from article a where a.id = p.key)"
                + " when 'PUBLICATION' then (select " + HIGHLIGHT.formatted("concat_ws(' · ', x.title, x.description)")
                + " from publication x where x.id = p.key)"
                + " when 'ACTOR' then case when p.resembling is not null"
                + " then '<mark>' || search_html_escaped(p.resembling) || '</mark>'"
                + " else (select " + HIGHLIGHT.formatted("concat_ws(' · ', a.name, (select string_agg(n.name, ', '"
                        + " order by n.position) from actor_name n where n.actor_id = a.id), a.description)")
                + " from actor a where a.id = p.key) end"
                + " when 'STATEMENT' then case when p.excerpt_won"
                + " then (select " + HIGHLIGHT.formatted("at.excerpt") + " from attestation at where at.id = p.attestation)"
                + " else (select " + HIGHLIGHT.formatted("concat_ws(' · ', s.summary, s.quote)")
                + " from statement s where s.id = p.key) end"
                + " end";
    }

    /** The page from rows read in paging direction with one row of look-ahead (every row carries the total). */
    private SearchPage page(List<Row> rows, PageArgs args) {
        long total = rows.get(0).key("total");
        List<SearchHit> hits = new ArrayList<>();
        for (Row row : rows) {
            String type = row.text("type");
            if (type != null) {
                String score = row.text("score");
                hits.add(new SearchHit(SearchType.valueOf(type), row.key("key"), Double.parseDouble(score), score,
                        row.key("attestation"), row.text("highlight")));
            }
        }
        boolean more = hits.size() > args.size();
        List<SearchHit> kept = new ArrayList<>(hits.subList(0, Math.min(hits.size(), args.size())));
        if (args.backward()) {
            Collections.reverse(kept);
        }
        List<String> cursors = kept.stream().map(hit -> Cursor.encode(ORDER,
                List.of(hit.scoreText(), hit.type().name(), Long.toString(hit.key())))).toList();
        PageInfo info = new PageInfo(args.backward() ? args.before() != null : more,
                args.backward() ? more : args.after() != null,
                cursors.isEmpty() ? null : cursors.get(0), cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
        return new SearchPage(kept, cursors, total, info, this::nodes, statements::attestationsByKeys);
    }

    /** The nodes of the hits, one statement per type, through the service that serves that type everywhere. */
    private Map<SearchType, Map<Long, Node>> nodes(List<SearchHit> hits) {
        Map<SearchType, Map<Long, Node>> nodes = new EnumMap<>(SearchType.class);
        hits.stream().collect(Collectors.groupingBy(SearchHit::type, () -> new EnumMap<>(SearchType.class),
                Collectors.mapping(SearchHit::key, Collectors.toList())))
                .forEach((type, keys) -> nodes.put(type, Collections.unmodifiableMap(service(type).byKeys(keys))));
        return nodes;
    }

    private NodeService<?, ? extends Node> service(SearchType type) {
        return switch (type) {
            case ARTICLE -> articles;
            case ACTOR -> actors;
            case STATEMENT -> statements;
            case PUBLICATION -> publications;
        };
    }
}
