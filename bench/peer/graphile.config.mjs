// PostGraphile 5, read-only, over the bench database: the peer Analyst is measured against.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";
import { makePgService } from "postgraphile/adaptors/pg";

const env = process.env;

/** @type {GraphileConfig.Preset} */
const preset = {
  // pg-aggregates: grouped aggregates on connections, for the timeline.
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset, PgAggregatesPreset],
  // Read-only: no create, update or delete mutations.
  disablePlugins: ["PgMutationCreatePlugin", "PgMutationUpdateDeletePlugin", "PgMutationPayloadEdgePlugin"],
  pgServices: [
    makePgService({
      connectionString: env.PEER_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/bench",
      schemas: ["public"],
      // The same pool size as Analyst's; connections stay open for the whole run, like Agroal's. A
      // statement timeout (bench/run.sh: the client's timeout): without one, a query the client gave
      // up on kept its backend busy into the next query's run, which paid for it.
      poolConfig: {
        max: Number(env.PEER_POOL_SIZE ?? 20),
        idleTimeoutMillis: 600000,
        statement_timeout: Number(env.PEER_STATEMENT_TIMEOUT_MS ?? 10000),
      },
    }),
  ],
  grafserv: { port: Number(env.PEER_PORT ?? 5693), host: "127.0.0.1", graphiql: false, watch: false },
  grafast: { explain: false },
};
export default preset;
